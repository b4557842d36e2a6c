import { OrgCombobox, type PickerProps } from './OrgCombobox.tsx';
import { useOrgOptions } from './useOrgOptions.ts';

/** A person field: the people of the user's own unit (名册), found by name; a name not on it may still be typed. */
export function PersonPicker(props: PickerProps) {
  return <OrgCombobox {...props} {...useOrgOptions('person')} />;
}
