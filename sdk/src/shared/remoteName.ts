/**
 * The Module Federation name of an app's remote. MF names end up in JS identifiers, so the slug's dashes become
 * underscores; the prefix keeps them clear of the host's own names.
 */
export function remoteName(appId: string): string {
  return `toolbox_${appId.replace(/-/g, '_')}`;
}
