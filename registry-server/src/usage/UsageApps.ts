import type { AuthUser } from '../auth/AuthUser.ts';
import type { Db } from '../db/createDatabase.ts';
import type { Snapshot } from '../catalog/Snapshot.ts';
import { isVisibleTo, type Visibility } from '../catalog/visibility.ts';
import type { UsageRejectionCode } from './errors.ts';
import { shanghaiDayStart } from '@toolbox/sdk';

/** What `POST /api/usage` needs to know of an app to judge an event of it. */
interface UsageApp {
  visibility: Visibility;
  /** When it went live: its first version's publication, or null while it has no current version. */
  liveFrom: number | null;
  /** From when it is retired (a deprecated app from its retireOn day), or null. */
  retiredFrom: number | null;
}

/**
 * Judges an event's app as the catalogue would: the app exists, the user may open it (the catalogue's own
 * isVisibleTo), and it was live at the event's `at` (it had a current version by then and was not retired yet;
 * deprecated still counts). Built from the catalogue's snapshot, so it follows every change on any instance; the
 * first publication of each app is read once per snapshot generation.
 */
export class UsageApps {
  private cached: { snapshot: Snapshot; apps: Map<string, UsageApp> } | undefined;
  private loading: { snapshot: Snapshot; promise: Promise<Map<string, UsageApp>> } | undefined;

  constructor(
    private readonly db: Db,
    private readonly snapshot: () => Promise<Snapshot>,
  ) {}

  /** A judge for one batch: why an event of `appId` at `at` from `user` is refused, or undefined to take it. */
  async judge(user: Pick<AuthUser, 'role' | 'unitAncestors'>): Promise<(appId: string, at: number) => UsageRejectionCode | undefined> {
    const apps = await this.apps();
    return (appId, at) => {
      const app = apps.get(appId);
      if (!app) return 'TOOLBOX_USAGE_UNKNOWN_APP';
      if (app.retiredFrom !== null && at >= app.retiredFrom) return 'TOOLBOX_USAGE_APP_RETIRED';
      if (app.liveFrom === null || at < app.liveFrom) return 'TOOLBOX_USAGE_NOT_LIVE';
      if (!isVisibleTo(app.visibility, user)) return 'TOOLBOX_USAGE_NOT_VISIBLE';
      return undefined;
    };
  }

  /** Whether `appId` is a registered app (for counting refusals under it rather than under ''). */
  async known(): Promise<(appId: string) => boolean> {
    const apps = await this.apps();
    return (appId) => apps.has(appId);
  }

  private async apps(): Promise<Map<string, UsageApp>> {
    const snapshot = await this.snapshot();
    if (this.cached?.snapshot === snapshot) return this.cached.apps;
    let loading = this.loading;
    if (loading?.snapshot !== snapshot) {
      const promise = this.load(snapshot);
      loading = this.loading = { snapshot, promise };
      promise
        .then((apps) => {
          if (!this.cached || this.cached.snapshot.generation <= snapshot.generation) this.cached = { snapshot, apps };
        })
        .catch(() => undefined)
        .finally(() => {
          if (this.loading?.promise === promise) this.loading = undefined;
        });
    }
    return loading.promise;
  }

  private async load(snapshot: Snapshot): Promise<Map<string, UsageApp>> {
    // The snapshot holds no publication times; one grouped read per generation gives each app's first.
    const firsts = await this.db
      .selectFrom('versions')
      .select(['app_id', (eb) => eb.fn.min('published_at').as('first')])
      .groupBy('app_id')
      .execute();
    const firstOf = new Map(firsts.map((f) => [f.app_id, Date.parse(String(f.first))]));
    const apps = new Map<string, UsageApp>();
    for (const [id, app] of snapshot.apps) {
      const { row } = app;
      const first = firstOf.get(id);
      apps.set(id, {
        visibility: app.visibility,
        liveFrom: row.current_version === null || first === undefined ? null : first,
        retiredFrom: retiredFrom(row),
      });
    }
    return apps;
  }
}

/** From when an app counts as retired: its retirement, or the start of the retireOn day of a deprecated app. */
function retiredFrom(row: { status: string; retired_at: string | null; retire_on: string | null }): number | null {
  if (row.status === 'retired') {
    if (row.retired_at) return Date.parse(row.retired_at);
    return row.retire_on ? shanghaiDayStart(row.retire_on).getTime() : Number.NEGATIVE_INFINITY;
  }
  if (row.status === 'deprecated' && row.retire_on) return shanghaiDayStart(row.retire_on).getTime();
  return null;
}
