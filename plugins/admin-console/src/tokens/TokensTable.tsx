import { Button, StatusTag } from '@toolbox/sdk/ui';
import { useT } from '@toolbox/sdk/react';
import type { ApiToken } from '../api/types.ts';
import { shanghaiDateTime } from '@toolbox/sdk';
import { DataTable } from '../ui/DataTable.tsx';
import { daysLeft, isExpired } from './tokenRows.ts';
import { messages } from '../i18n/messages.ts';

/** A token expiring within this many days is marked, so its owner can be told before their CI breaks. */
const SOON_DAYS = 7;

interface Props {
  tokens: ApiToken[];
  now: Date;
  onRevoke(token: ApiToken): void;
}

export function TokensTable({ tokens, now, onRevoke }: Props) {
  const t = useT(messages);
  const expiry = (token: ApiToken) => {
    const left = daysLeft(token, now);
    return isExpired(token, now) ? (
      <StatusTag tone="danger">{t('tokens.expired')}</StatusTag>
    ) : (
      <StatusTag tone={left <= SOON_DAYS ? 'warning' : 'neutral'}>{t('tokens.expiresIn', left)}</StatusTag>
    );
  };
  const apps = (token: ApiToken) => {
    if (token.scope !== 'publish') return '';
    return token.apps && token.apps.length > 0 ? t('tokens.appsOnly', token.apps.join('、')) : t('tokens.appsAll');
  };
  return (
    <DataTable
      className="ac-table ac-tk-table"
      label={t('tokens.table')}
      rows={tokens}
      rowKey={(token) => token.id}
      rowAttributes={(token) => ({ 'data-token': token.id, className: isExpired(token, now) ? 'ac-tk-expired' : undefined })}
      columns={[
        {
          header: t('tokens.col.owner'),
          rowHeader: true,
          cell: (token) => (
            <>
              {token.user.name}
              <div className="ac-ap-id">{token.user.username}</div>
            </>
          ),
        },
        { header: t('tokens.col.name'), className: 'ac-tk-name', cell: (token) => token.name },
        {
          header: t('tokens.col.scope'),
          cell: (token) => (
            <>
              <StatusTag tone={token.scope === 'publish' ? 'warning' : 'neutral'}>{t(`tokens.scope.${token.scope}`)}</StatusTag>
              <div className="ac-tk-apps">{apps(token)}</div>
            </>
          ),
        },
        { header: t('tokens.col.createdAt'), className: 'ac-nowrap', cell: (token) => shanghaiDateTime(token.createdAt) },
        {
          header: t('tokens.col.expiresAt'),
          className: 'ac-nowrap',
          cell: (token) => (
            <>
              {shanghaiDateTime(token.expiresAt)}
              <div>{expiry(token)}</div>
            </>
          ),
        },
        {
          header: t('tokens.col.lastUsedAt'),
          className: 'ac-nowrap',
          cell: (token) =>
            token.lastUsedAt ? shanghaiDateTime(token.lastUsedAt) : <span className="ac-muted">{t('tokens.neverUsed')}</span>,
        },
        {
          header: t('tokens.col.actions'),
          hiddenHeader: true,
          cell: (token) => (
            <Button variant="danger" size="small" onClick={() => onRevoke(token)} aria-label={t('tokens.revokeLabel', token.name, token.user.name)}>
              {t('tokens.revoke')}
            </Button>
          ),
        },
      ]}
    />
  );
}
