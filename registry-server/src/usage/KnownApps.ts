/**
 * Which app ids exist, for `POST /api/usage` to reject events of unknown apps without a database read per request.
 *
 * Apps are never deleted (a retired app keeps its row, its versions and its usage), so an id once known stays known
 * and is answered from memory. An id not known yet is looked up in the catalogue's snapshot, which checks the shared
 * generation counter first: an app published a moment ago, on this instance or another, is known at once.
 */
export class KnownApps {
  private readonly known = new Set<string>();

  constructor(private readonly snapshot: () => Promise<{ apps: ReadonlyMap<string, unknown> }>) {}

  /** The ids among `ids` that are apps. */
  async filter(ids: readonly string[]): Promise<Set<string>> {
    if (!ids.every((id) => this.known.has(id))) {
      const { apps } = await this.snapshot();
      for (const id of ids) if (apps.has(id)) this.known.add(id);
    }
    return new Set(ids.filter((id) => this.known.has(id)));
  }
}
