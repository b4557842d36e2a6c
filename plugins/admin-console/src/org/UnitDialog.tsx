import { Notice } from '@toolbox/sdk/ui';
import { useId, useState } from 'react';
import { useT } from '@toolbox/sdk/react';
import type { OrgUnit, UnitKind } from '../api/types.ts';
import { useConsole } from '../ConsoleContext.tsx';
import { Options } from '../ui/Options.tsx';
import { TextField } from '../ui/TextField.tsx';
import { Dialog } from '../ui/Dialog.tsx';
import { DialogFooter } from '../ui/DialogFooter.tsx';
import { pathLabel } from './unitTree.ts';
import { useSubmit } from '../lib/useSubmit.ts';
import { messages } from '../i18n/messages.ts';

export type UnitDialogMode = 'add' | 'rename' | 'move';

interface Props {
  mode: UnitDialogMode;
  unit: OrgUnit;
  /** Where the unit may go (move) — enabled units the caller manages, outside the unit's own subtree. */
  parents: OrgUnit[];
  kinds: UnitKind[];
  onClose(): void;
  onDone(unit: OrgUnit): void;
}

/** Add a unit below `unit`, rename it, or move it under another parent: one small form each. */
export function UnitDialog({ mode, unit, parents, kinds, onClose, onDone }: Props) {
  const { api } = useConsole();
  const t = useT(messages);
  const id = useId();
  const [name, setName] = useState(mode === 'rename' ? unit.name : '');
  const [nameEn, setNameEn] = useState(mode === 'rename' ? (unit.nameEn ?? '') : '');
  const [kind, setKind] = useState<UnitKind>(kinds.includes('committee') ? 'committee' : kinds[0]!);
  const [parentId, setParentId] = useState(parents[0]?.id ?? '');
  const { error, sending, run } = useSubmit();
  const title = mode === 'add' ? t('org.addChildTitle', unit.name) : mode === 'rename' ? t('org.renameTitle', unit.name) : t('org.moveTitle', unit.name);

  const submit = () =>
    run(async () => {
      const result =
        mode === 'add'
          ? await api.createUnit({ name, kind, parentId: unit.id, nameEn: nameEn || null })
          : mode === 'rename'
            ? await api.updateUnit(unit.id, { name, nameEn: nameEn || null })
            : await api.updateUnit(unit.id, { parentId });
      onDone(result);
    });

  return (
    <Dialog
      title={title}
      onClose={onClose}
      footer={
        <DialogFooter onCancel={onClose} confirm={t('org.save')} onConfirm={submit} sending={sending} disabled={mode === 'move' ? !parentId : !name.trim()} />
      }
    >
      {mode === 'move' ? (
        <>
          <p className="ac-help">{t('org.moveHelp')}</p>
          <div className="ac-field">
            <label htmlFor={`${id}-parent`}>{t('org.parent')}</label>
            <select id={`${id}-parent`} value={parentId} onChange={(e) => setParentId(e.target.value)}>
              <Options items={parents} value={(p) => p.id} label={(p) => pathLabel(p)} />
            </select>
          </div>
        </>
      ) : (
        <>
          {mode === 'rename' && <p className="ac-help">{t('org.renameHelp')}</p>}
          <TextField label={t('org.unitName')} value={name} maxLength={60} onChange={setName} />
          <TextField label={t('org.unitNameEn')} value={nameEn} maxLength={120} onChange={setNameEn} />
          {mode === 'add' && (
            <div className="ac-field">
              <label htmlFor={`${id}-kind`}>{t('org.unitKind')}</label>
              <select id={`${id}-kind`} value={kind} onChange={(e) => setKind(e.target.value as UnitKind)}>
                <Options items={kinds} value={(k) => k} label={(k) => t(`org.kind.${k}`)} />
              </select>
            </div>
          )}
        </>
      )}
      {error && <Notice type="error">{error}</Notice>}
    </Dialog>
  );
}
