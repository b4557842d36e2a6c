import { OrgCombobox, type PickerProps } from './OrgCombobox.tsx';
import { useOrgOptions } from './useOrgOptions.ts';

/** A unit field: every unit of the org tree, found by its name or its street's, shown with its place in the tree. */
export function UnitPicker(props: PickerProps) {
  return <OrgCombobox {...props} {...useOrgOptions('unit')} />;
}
