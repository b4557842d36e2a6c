import { Button, StatusTag } from '@toolbox/sdk/ui';
import type { ApiToken } from '../api/types.ts';
import { useConsole } from '../ConsoleContext.tsx';
import { shanghaiDateTime } from '@toolbox/sdk';
import { DataTable } from '../ui/DataTable.tsx';
import { daysLeft, isExpired } from './tokenRows.ts';

/** A token expiring within this many days is marked, so its owner can be told before their CI breaks. */
const SOON_DAYS = 7;

interface Props {
  tokens: ApiToken[];
  now: Date;
  onRevoke(token: ApiToken): void;
}

export function TokensTable({ tokens, now, onRevoke }: Props) {
  const { m } = useConsole();
  const t = m.tokens;
  const expiry = (token: ApiToken) => {
    const left = daysLeft(token, now);
    return isExpired(token, now) ? (
      <StatusTag tone="danger">{t.expired}</StatusTag>
    ) : (
      <StatusTag tone={left <= SOON_DAYS ? 'warning' : 'neutral'}>{t.expiresIn(left)}</StatusTag>
    );
  };
  const apps = (token: ApiToken) => {
    if (token.scope !== 'publish') return '';
    return token.apps && token.apps.length > 0 ? t.appsOnly(token.apps.join('、')) : t.appsAll;
  };
  return (
    <DataTable
      className="ac-table ac-tk-table"
      label={t.table}
      rows={tokens}
      rowKey={(token) => token.id}
      rowAttributes={(token) => ({ 'data-token': token.id, className: isExpired(token, now) ? 'ac-tk-expired' : undefined })}
      columns={[
        {
          header: t.col.owner,
          rowHeader: true,
          cell: (token) => (
            <>
              {token.user.name}
              <div className="ac-ap-id">{token.user.username}</div>
            </>
          ),
        },
        { header: t.col.name, className: 'ac-tk-name', cell: (token) => token.name },
        {
          header: t.col.scope,
          cell: (token) => (
            <>
              <StatusTag tone={token.scope === 'publish' ? 'warning' : 'neutral'}>{t.scope[token.scope]}</StatusTag>
              <div className="ac-tk-apps">{apps(token)}</div>
            </>
          ),
        },
        { header: t.col.createdAt, className: 'ac-nowrap', cell: (token) => shanghaiDateTime(token.createdAt) },
        {
          header: t.col.expiresAt,
          className: 'ac-nowrap',
          cell: (token) => (
            <>
              {shanghaiDateTime(token.expiresAt)}
              <div>{expiry(token)}</div>
            </>
          ),
        },
        {
          header: t.col.lastUsedAt,
          className: 'ac-nowrap',
          cell: (token) =>
            token.lastUsedAt ? shanghaiDateTime(token.lastUsedAt) : <span className="ac-muted">{t.neverUsed}</span>,
        },
        {
          header: t.col.actions,
          hiddenHeader: true,
          cell: (token) => (
            <Button variant="danger" size="small" onClick={() => onRevoke(token)} aria-label={t.revokeLabel(token.name, token.user.name)}>
              {t.revoke}
            </Button>
          ),
        },
      ]}
    />
  );
}
