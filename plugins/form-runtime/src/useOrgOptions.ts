import { useToolbox } from '@toolbox/sdk/react';
import { useEffect, useState } from 'react';
import type { OrgOption } from './OrgCombobox.tsx';

/**
 * The choices of a person or unit picker, read once from `toolbox.org` when the picker mounts. null while loading;
 * `loadError` when the desktop has no org API or the read failed: the picker then takes a typed name, as before.
 */
export function useOrgOptions(kind: 'person' | 'unit'): { options: OrgOption[] | null; loadError: boolean } {
  const toolbox = useToolbox();
  const [state, setState] = useState<{ options: OrgOption[] | null; loadError: boolean }>({ options: null, loadError: !toolbox.org });
  useEffect(() => {
    const org = toolbox.org;
    if (!org) return;
    let live = true;
    const read: Promise<OrgOption[]> =
      kind === 'person'
        ? org.people(toolbox.unit.id).then((people) => people.map((p) => ({ id: p.id, name: p.name, detail: toolbox.unit.name })))
        : org.units().then((units) => units.map((u) => ({ id: u.id, name: u.name, detail: u.path.slice(0, -1).join(' / ') })));
    read.then(
      (options) => live && setState({ options, loadError: false }),
      () => live && setState({ options: [], loadError: true }),
    );
    return () => {
      live = false;
    };
  }, [toolbox, kind]);
  return state;
}
