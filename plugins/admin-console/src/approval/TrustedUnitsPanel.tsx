import { Button, Card } from '@toolbox/sdk/ui';
import { useT } from '@toolbox/sdk/react';
import type { UnitRef } from '../api/types.ts';
import type { Loaded } from '../lib/useLoad.ts';
import { LoadError } from '../ui/StateView.tsx';
import { messages } from '../i18n/messages.ts';

interface Props {
  trusted: Loaded<UnitRef[]>;
  /** Only an admin changes the list; a reviewer reads it (the server refuses their PUT in any case). */
  canEdit: boolean;
  onEdit(): void;
}

/** The owner units whose versions skip review: few, named, and changed only with an audited reason. */
export function TrustedUnitsPanel({ trusted, canEdit, onEdit }: Props) {
  const t = useT(messages);
  const units = trusted.data;
  return (
    <Card
      className="ac-panel"
      title={t('approval.trusted')}
      actions={
        canEdit && units ? (
          <Button variant="secondary" size="small" onClick={onEdit}>
            {t('approval.trustedEdit')}
          </Button>
        ) : undefined
      }
    >
      {trusted.error && !units ? (
        <LoadError error={trusted.error} onRetry={trusted.reload} />
      ) : !units ? (
        <p className="ac-muted" role="status">
          {t('loading')}
        </p>
      ) : (
        <>
          <p className="ac-muted">{units.length ? t('approval.trustedHelp') : t('approval.trustedNone')}</p>
          {units.length > 0 && (
            <ul className="ac-ap-units">
              {units.map((u) => (
                <li key={u.id}>{u.name}</li>
              ))}
            </ul>
          )}
          {!canEdit && <p className="ac-muted ac-footnote">{t('approval.trustedReadOnly')}</p>}
        </>
      )}
    </Card>
  );
}
