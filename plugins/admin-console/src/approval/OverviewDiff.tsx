import { Card } from '@toolbox/sdk/ui';
import type { ReactNode } from 'react';
import { type LocalizedText, localized } from '@toolbox/sdk';
import { useLocale, useT } from '@toolbox/sdk/react';
import type { EntryPoint, VersionDiff, Visibility } from '../api/types.ts';
import { TextList } from '../ui/TextList.tsx';
import { ChangeTag } from './ChangeTag.tsx';

import { stableJson } from './schemaDiff.ts';
import { labelOr } from '../i18n/labelOr.ts';
import { messages } from '../i18n/messages.ts';

interface Props {
  diff: VersionDiff;
  unitName(id: string): string;
}

/**
 * Name, description, visibility and entry, before and after, one row each. What differs is tinted, and the entry's
 * origin is singled out: for an app deployed elsewhere it is where the code that runs in users' desktops comes from.
 */
export function OverviewDiff({ diff, unitName }: Props) {
  const locale = useLocale();
  const t = useT(messages);
  const text = (value: LocalizedText | null) => (value ? localized(value, locale) : t('approval.none'));

  const visibilityLines = (v: Visibility | null) => {
    const units = v?.units ?? [];
    const roles = v?.roles ?? [];
    if (units.length === 0 && roles.length === 0) return [t('approval.everyone')];
    return [
      ...(units.length ? [`${t('approval.units')}${t('colon')}${units.map(unitName).join(t('approval.sep'))}`] : []),
      ...(roles.length ? [`${t('approval.roles')}${t('colon')}${roles.map((r) => labelOr(t, 'approval.roleName', r)).join(t('approval.sep'))}`] : []),
    ];
  };
  const listChange = (from: string[] = [], to: string[] = [], name: (id: string) => string) => ({
    added: to.filter((x) => !from.includes(x)).map(name),
    removed: from.filter((x) => !to.includes(x)).map(name),
  });
  const vis = diff.visibility;
  const unitChange = listChange(vis.from?.units, vis.to?.units, unitName);
  const roleChange = listChange(vis.from?.roles, vis.to?.roles, (r) => labelOr(t, 'approval.roleName', r));
  const visAdded = [...unitChange.added, ...roleChange.added];
  const visRemoved = [...unitChange.removed, ...roleChange.removed];

  const originChanged = diff.entry.to.origin !== (diff.entry.from?.origin ?? null);
  const entryCell = (e: EntryPoint | null, highlight: boolean) =>
    e ? (
      <ul className="ac-ap-lines">
        <li>{labelOr(t, 'approval.entryKind', e.kind)}</li>
        <li className="ac-ap-code">{e.entry}</li>
        {e.origin && (
          <li>
            {t('approval.origin')}
            {t('colon')}
            <span className={`ac-ap-origin${highlight ? ' ac-ap-origin--changed' : ''}`} data-testid="origin">
              {e.origin}
            </span>
          </li>
        )}
      </ul>
    ) : (
      t('approval.none')
    );

  const isNew = diff.base === null;
  const rows: { key: 'name' | 'description' | 'visibility' | 'entry'; from: ReactNode; to: ReactNode; same: boolean; note?: ReactNode }[] = [
    { key: 'name', from: diff.name.from ? text(diff.name.from) : t('approval.none'), to: text(diff.name.to), same: same(diff.name) },
    { key: 'description', from: text(diff.description.from), to: text(diff.description.to), same: same(diff.description) },
    {
      key: 'visibility',
      from: <TextList className="ac-ap-lines" items={visibilityLines(vis.from)} />,
      to: (
        <>
          <TextList className="ac-ap-lines" items={visibilityLines(vis.to)} />
          {!isNew && (visAdded.length > 0 || visRemoved.length > 0) && (
            <ul className="ac-ap-lines ac-sub">
              {visAdded.length > 0 && <li className="ac-ap-plus">{t('approval.added', visAdded.join(t('approval.sep')))}</li>}
              {visRemoved.length > 0 && <li className="ac-ap-minus">{t('approval.removed', visRemoved.join(t('approval.sep')))}</li>}
            </ul>
          )}
        </>
      ),
      same: sameVisibility(vis.from, vis.to),
    },
    {
      key: 'entry',
      from: entryCell(diff.entry.from, false),
      to: entryCell(diff.entry.to, originChanged && !isNew),
      same: same(diff.entry),
    },
  ];

  // Code from outside the platform, or from a new place, is the reviewer's first question: say it above the table.
  const originWarning =
    diff.entry.to.kind === 'external' && originChanged ? (isNew || !diff.entry.from?.origin ? t('approval.originNew') : t('approval.originChanged')) : null;

  return (
    <Card className="ac-panel" title={t('approval.overview')}>
      {originWarning && (
        <p className="ac-ap-warning" role="note">
          {originWarning}
        </p>
      )}
      <table className="ac-ap-grid" aria-label={t('approval.overview')}>
        <colgroup>
          <col style={{ width: 96 }} />
          <col />
          <col />
          <col style={{ width: 76 }} />
        </colgroup>
        <thead>
          <tr>
            <td />
            <th scope="col">{t('approval.from')}</th>
            <th scope="col">{t('approval.to')}</th>
            <td />
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.key} data-field={row.key}>
              <th scope="row">{t(`approval.field.${row.key}`)}</th>
              <td className={`ac-ap-from${row.same || isNew ? '' : ' ac-ap-differs'}`}>{row.from}</td>
              <td className={`ac-ap-to${row.same ? '' : ' ac-ap-differs'}`}>{row.to}</td>
              <td>
                {isNew ? (
                  <ChangeTag kind="added" label={t('approval.newTag')} />
                ) : row.same ? (
                  <ChangeTag kind="unchanged" label={t('approval.unchanged')} />
                ) : (
                  <ChangeTag kind="changed" label={t('approval.changedTag')} />
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </Card>
  );
}

/** Absent, `{}` and empty lists all mean "everyone": only a real difference in units or roles counts. */
export function sameVisibility(a: Visibility | null, b: Visibility | null): boolean {
  const norm = (v: Visibility | null) => stableJson({ units: v?.units ?? [], roles: v?.roles ?? [] });
  return norm(a) === norm(b);
}

function same(change: { from: unknown; to: unknown }): boolean {
  return stableJson(change.from) === stableJson(change.to);
}
