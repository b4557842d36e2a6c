import { useT } from '@toolbox/sdk/react';
import type { OrgUnit } from '../api/types.ts';
import { messages } from '../i18n/messages.ts';

interface Props {
  roots: OrgUnit[];
  childrenOf: Map<string, OrgUnit[]>;
  expanded: Set<string>;
  selected: string | undefined;
  onToggle(id: string): void;
  onSelect(id: string): void;
}

/** The org tree as a WAI-ARIA tree: a button per unit selects it, the triangle expands or collapses it. */
export function UnitTree({ roots, childrenOf, expanded, selected, onToggle, onSelect }: Props) {
  const t = useT(messages);
  const render = (unit: OrgUnit, level: number) => {
    const kids = childrenOf.get(unit.id) ?? [];
    const open = expanded.has(unit.id);
    return (
      // biome-ignore lint/a11y/useFocusableInteractive: the keyboard reaches each item's own buttons (expand, select); roving focus on the items themselves (the full ARIA tree pattern) is still to do
      <li
        key={unit.id}
        role="treeitem"
        aria-level={level}
        aria-selected={selected === unit.id}
        aria-expanded={kids.length > 0 ? open : undefined}
        data-unit={unit.id}
      >
        <div className={`ac-org-node${selected === unit.id ? ' ac-org-node--selected' : ''}${unit.disabled ? ' ac-org-node--disabled' : ''}`}>
          {kids.length > 0 ? (
            <button type="button" className="ac-org-twisty" aria-label={open ? t('org.collapse', unit.name) : t('org.expand', unit.name)} onClick={() => onToggle(unit.id)}>
              {open ? '▾' : '▸'}
            </button>
          ) : (
            <span className="ac-org-twisty" aria-hidden="true" />
          )}
          <button type="button" className="ac-org-name" onClick={() => onSelect(unit.id)}>
            {unit.name}
          </button>
          {unit.disabled && <span className="ac-tag ac-tag--grey">{t('org.disabledTag')}</span>}
        </div>
        {open && kids.length > 0 && <ul role="group">{kids.map((k) => render(k, level + 1))}</ul>}
      </li>
    );
  };
  return (
    // biome-ignore lint/a11y/noNoninteractiveElementToInteractiveRole: a nested list is the tree's natural markup; the browser tests find units by role tree
    <ul className="ac-org-tree" role="tree" aria-label={t('org.tree')}>
      {roots.map((r) => render(r, 1))}
    </ul>
  );
}
