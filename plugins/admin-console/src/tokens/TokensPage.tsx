import { useMemo, useState } from 'react';
import { useT } from '@toolbox/sdk/react';
import type { ApiToken } from '../api/types.ts';
import { useConsole } from '../ConsoleContext.tsx';
import { ListHeader } from '../ui/ListHeader.tsx';
import { RefreshButton } from '../ui/RefreshButton.tsx';
import { SearchField } from '../ui/SearchField.tsx';
import { useLoad } from '../lib/useLoad.ts';
import { Empty, ScrollRegion, WhenLoaded } from '../ui/StateView.tsx';
import { RevokeDialog } from './RevokeDialog.tsx';
import { emptyTokenFilter, visibleTokens, type TokenFilter } from './tokenRows.ts';
import { TokensTable } from './TokensTable.tsx';
import { messages } from '../i18n/messages.ts';

interface Props {
  /** The clock that says what has expired; tests pass their own. */
  now?: () => Date;
}

/** 令牌: every user's API tokens, for an admin to see which are used and revoke the ones that should not exist. */
export function TokensPage({ now = () => new Date() }: Props) {
  const { api, notify } = useConsole();
  const t = useT(messages);
  const tokens = useLoad(() => api.tokens(), 'tokens');
  const [filter, setFilter] = useState<TokenFilter>(emptyTokenFilter);
  const [revoking, setRevoking] = useState<ApiToken>();
  // Read the clock once per load, so the marks and the filter agree within one render.
  // biome-ignore lint/correctness/useExhaustiveDependencies: the clock is read again when the tokens load, not on each render
  const at = useMemo(() => now(), [tokens.data]);
  const all = tokens.data ?? [];
  const shown = useMemo(() => visibleTokens(all, filter, at), [all, filter, at]);

  return (
    <div className="ac-page">
      <ListHeader
        heading={t('tokens.heading')}
        subtitle={t('tokens.subtitle')}
        toolsClassName="ac-tk-tools"
        tools={
          <>
            <div className="ac-filters" role="search">
              <SearchField label={t('tokens.filter')} value={filter.text} placeholder={t('tokens.filterPlaceholder')} onChange={(text) => setFilter({ ...filter, text })} />
              <label className="ac-tk-toggle">
                <input
                  type="checkbox"
                  checked={filter.hideExpired}
                  onChange={(e) => setFilter({ ...filter, hideExpired: e.target.checked })}
                />
                <span>{t('tokens.hideExpired')}</span>
              </label>
            </div>
            <RefreshButton onClick={tokens.reload} loading={tokens.loading} />
          </>
        }
      />
      {tokens.data && (
        <p className="ac-muted ac-tk-count" aria-live="polite">
          {t('tokens.count', shown.length, all.length)}
        </p>
      )}
      <ScrollRegion busy={tokens.loading}>
        <WhenLoaded loaded={tokens}>
          {() =>
            all.length === 0 ? (
              <Empty title={t('tokens.empty')} hint={t('tokens.emptyHint')} />
            ) : shown.length === 0 ? (
              <Empty title={t('tokens.noMatch')} filtered />
            ) : (
              <TokensTable tokens={shown} now={at} onRevoke={setRevoking} />
            )
          }
        </WhenLoaded>
      </ScrollRegion>
      {revoking && (
        <RevokeDialog
          token={revoking}
          onClose={() => setRevoking(undefined)}
          onRevoked={() => {
            notify({ type: 'success', message: t('tokens.revoked', revoking.name, revoking.user.name) });
            setRevoking(undefined);
            tokens.reload();
          }}
        />
      )}
    </div>
  );
}
