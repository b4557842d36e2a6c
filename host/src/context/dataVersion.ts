// The version an app's data requests are checked against, while its owner tries a version awaiting review: the server
// then checks them against that version's collections (X-Toolbox-Version, honoured for the owner only). Set by the
// runtime for each open; absent for the current version, which is what everyone else's requests always use.
const trying = new Map<string, string>();

export function setDataVersion(appId: string, version: string | undefined): void {
  if (version) trying.set(appId, version);
  else trying.delete(appId);
}

export function dataHeaders(appId: string): Record<string, string> | undefined {
  const version = trying.get(appId);
  return version ? { 'x-toolbox-version': version } : undefined;
}
