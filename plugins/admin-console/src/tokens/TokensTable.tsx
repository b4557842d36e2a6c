import { Button, StatusTag } from '@toolbox/sdk/ui';
import type { ApiToken } from '../api/types.ts';
import { useConsole } from '../ConsoleContext.tsx';
import { shanghaiDateTime } from '../lib/shanghaiDate.ts';
import { daysLeft, isExpired } from './tokenRows.ts';

/** A token expiring within this many days is marked, so its owner can be told before their CI breaks. */
const SOON_DAYS = 7;

interface Props {
  tokens: ApiToken[];
  now: Date;
  onRevoke(token: ApiToken): void;
}

export function TokensTable({ tokens, now, onRevoke }: Props) {
  const { m, locale } = useConsole();
  const t = m.tokens;
  return (
    <table className="ac-table ac-tk-table" aria-label={t.table}>
      <thead>
        <tr>
          <th scope="col">{t.col.owner}</th>
          <th scope="col">{t.col.name}</th>
          <th scope="col">{t.col.scope}</th>
          <th scope="col">{t.col.createdAt}</th>
          <th scope="col">{t.col.expiresAt}</th>
          <th scope="col">{t.col.lastUsedAt}</th>
          <th scope="col">
            <span className="ac-sr-only">{t.col.actions}</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {tokens.map((token) => {
          const expired = isExpired(token, now);
          const left = daysLeft(token, now);
          const apps = token.scope === 'publish' && token.apps && token.apps.length > 0 ? token.apps : undefined;
          return (
            <tr key={token.id} data-token={token.id} className={expired ? 'ac-tk-expired' : undefined}>
              <th scope="row">
                {token.user.name}
                <div className="ac-ap-id">{token.user.username}</div>
              </th>
              <td className="ac-tk-name">{token.name}</td>
              <td>
                <StatusTag tone={token.scope === 'publish' ? 'warning' : 'neutral'}>{t.scope[token.scope]}</StatusTag>
                <div className="ac-tk-apps">{apps ? t.appsOnly(apps.join('、')) : token.scope === 'publish' ? t.appsAll : ''}</div>
              </td>
              <td className="ac-nowrap">{shanghaiDateTime(token.createdAt, locale)}</td>
              <td className="ac-nowrap">
                {shanghaiDateTime(token.expiresAt, locale)}
                <div>
                  {expired ? (
                    <StatusTag tone="danger">{t.expired}</StatusTag>
                  ) : (
                    <StatusTag tone={left <= SOON_DAYS ? 'warning' : 'neutral'}>{t.expiresIn(left)}</StatusTag>
                  )}
                </div>
              </td>
              <td className="ac-nowrap">
                {token.lastUsedAt ? shanghaiDateTime(token.lastUsedAt, locale) : <span className="ac-muted">{t.neverUsed}</span>}
              </td>
              <td>
                <Button variant="danger" size="small" onClick={() => onRevoke(token)} aria-label={t.revokeLabel(token.name, token.user.name)}>
                  {t.revoke}
                </Button>
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
