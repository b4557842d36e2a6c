import { Card } from '@toolbox/sdk/ui';
import type { ReactNode } from 'react';
import { type LocalizedText, localized } from '@toolbox/sdk';
import type { EntryPoint, VersionDiff, Visibility } from '../api/types.ts';
import { useConsole } from '../ConsoleContext.tsx';
import { TextList } from '../ui/TextList.tsx';
import { ChangeTag } from './ChangeTag.tsx';

import { stableJson } from './schemaDiff.ts';

interface Props {
  diff: VersionDiff;
  unitName(id: string): string;
}

/**
 * Name, description, visibility and entry, before and after, one row each. What differs is tinted, and the entry's
 * origin is singled out: for an app deployed elsewhere it is where the code that runs in users' desktops comes from.
 */
export function OverviewDiff({ diff, unitName }: Props) {
  const { m, locale } = useConsole();
  const a = m.approval;
  const text = (t: LocalizedText | null) => (t ? localized(t, locale) : a.none);

  const visibilityLines = (v: Visibility | null) => {
    const units = v?.units ?? [];
    const roles = v?.roles ?? [];
    if (units.length === 0 && roles.length === 0) return [a.everyone];
    return [
      ...(units.length ? [`${a.units}${m.colon}${units.map(unitName).join(a.sep)}`] : []),
      ...(roles.length ? [`${a.roles}${m.colon}${roles.map((r) => a.roleName[r] ?? r).join(a.sep)}`] : []),
    ];
  };
  const listChange = (from: string[] = [], to: string[] = [], name: (id: string) => string) => ({
    added: to.filter((x) => !from.includes(x)).map(name),
    removed: from.filter((x) => !to.includes(x)).map(name),
  });
  const vis = diff.visibility;
  const unitChange = listChange(vis.from?.units, vis.to?.units, unitName);
  const roleChange = listChange(vis.from?.roles, vis.to?.roles, (r) => a.roleName[r] ?? r);
  const visAdded = [...unitChange.added, ...roleChange.added];
  const visRemoved = [...unitChange.removed, ...roleChange.removed];

  const originChanged = diff.entry.to.origin !== (diff.entry.from?.origin ?? null);
  const entryCell = (e: EntryPoint | null, highlight: boolean) =>
    e ? (
      <ul className="ac-ap-lines">
        <li>{a.entryKind[e.kind] ?? e.kind}</li>
        <li className="ac-ap-code">{e.entry}</li>
        {e.origin && (
          <li>
            {a.origin}
            {m.colon}
            <span className={`ac-ap-origin${highlight ? ' ac-ap-origin--changed' : ''}`} data-testid="origin">
              {e.origin}
            </span>
          </li>
        )}
      </ul>
    ) : (
      a.none
    );

  const isNew = diff.base === null;
  const rows: { key: string; from: ReactNode; to: ReactNode; same: boolean; note?: ReactNode }[] = [
    { key: 'name', from: diff.name.from ? text(diff.name.from) : a.none, to: text(diff.name.to), same: same(diff.name) },
    { key: 'description', from: text(diff.description.from), to: text(diff.description.to), same: same(diff.description) },
    {
      key: 'visibility',
      from: <TextList className="ac-ap-lines" items={visibilityLines(vis.from)} />,
      to: (
        <>
          <TextList className="ac-ap-lines" items={visibilityLines(vis.to)} />
          {!isNew && (visAdded.length > 0 || visRemoved.length > 0) && (
            <ul className="ac-ap-lines ac-sub">
              {visAdded.length > 0 && <li className="ac-ap-plus">{a.added(visAdded.join(a.sep))}</li>}
              {visRemoved.length > 0 && <li className="ac-ap-minus">{a.removed(visRemoved.join(a.sep))}</li>}
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
    diff.entry.to.kind === 'external' && originChanged ? (isNew || !diff.entry.from?.origin ? a.originNew : a.originChanged) : null;

  return (
    <Card className="ac-panel" title={a.overview}>
      {originWarning && (
        <p className="ac-ap-warning" role="note">
          {originWarning}
        </p>
      )}
      <table className="ac-ap-grid" aria-label={a.overview}>
        <colgroup>
          <col style={{ width: 96 }} />
          <col />
          <col />
          <col style={{ width: 76 }} />
        </colgroup>
        <thead>
          <tr>
            <td />
            <th scope="col">{a.from}</th>
            <th scope="col">{a.to}</th>
            <td />
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.key} data-field={row.key}>
              <th scope="row">{a.field[row.key]}</th>
              <td className={`ac-ap-from${row.same || isNew ? '' : ' ac-ap-differs'}`}>{row.from}</td>
              <td className={`ac-ap-to${row.same ? '' : ' ac-ap-differs'}`}>{row.to}</td>
              <td>
                {isNew ? (
                  <ChangeTag kind="added" label={a.newTag} />
                ) : row.same ? (
                  <ChangeTag kind="unchanged" label={a.unchanged} />
                ) : (
                  <ChangeTag kind="changed" label={a.changedTag} />
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
