import { createHash } from 'node:crypto';
import { shanghaiDay, type CatalogItem } from '@toolbox/sdk';
import { PostgresAdapter } from 'kysely';
import type { AuthUser } from '../auth/AuthUser.ts';
import type { Db } from '../db/createDatabase.ts';
import { sqliteHandleOf } from '../db/sqliteHandle.ts';
import type { OrgTree } from '../org/OrgTree.ts';
import { catalogListenerOf, type CatalogListener } from '../serving/CatalogListener.ts';
import { POSTGRES_BUMP } from '../serving/catalogChannel.ts';
import { catalogItem } from './catalogItem.ts';
import { effectiveStatus } from './effectiveStatus.ts';
import { newestPending, withOwnersPending } from './pendingTry.ts';
import { loadSnapshot, type SnapApp, type Snapshot } from './Snapshot.ts';
import { isVisibleTo } from './visibility.ts';

export interface CatalogBody {
  /** `{"items":[...]}`, serialized once per audience. */
  json: string;
  etag: string;
}

const MAX_CACHED_BODIES = 1000;

/**
 * The catalogue, kept in memory and shared by every request of this instance.
 *
 * Any instance may change the catalogue, so each write bumps `catalog_state.generation` in the same transaction
 * (`bump`), and each read first checks that one integer (`snapshot`). The serialized answer is cached per audience
 * (origin, role, unit, Shanghai date): the date is part of the key because retirements fall due at midnight.
 */
export class CatalogStore {
  private current: Snapshot | undefined;
  private loading: { generation: number; promise: Promise<Snapshot> } | undefined;
  private bodies = new Map<string, CatalogBody>();
  private readonly pendingByOwner = new WeakMap<Snapshot, Map<string, SnapApp[]>>();
  private todayMinute = Number.NaN;
  private todayDate = '';
  // Compiled once: this query runs on every catalogue and bundle request.
  private readonly generationQuery;
  /** SQLite: the generation read through one prepared statement; undefined while a transaction is open (see below). */
  private readonly committedGeneration: (() => number | undefined) | undefined;
  /** PostgreSQL: the generation query on the wire, and the one that waits for it to answer (see latestGeneration). */
  private sentQuery: Promise<number> | undefined;
  private queuedQuery: Promise<number> | undefined;
  /** PostgreSQL: the generation pushed by NOTIFY, for the bundle route (servingSnapshot). */
  private readonly listener: CatalogListener | undefined;

  constructor(
    private readonly db: Db,
    private readonly org: OrgTree,
    private readonly now: () => Date,
  ) {
    this.generationQuery = db.selectFrom('catalog_state').select('generation').where('id', '=', 1).compile();
    const sqlite = sqliteHandleOf(db);
    if (sqlite) {
      // Kysely prepares the statement again on every call, a tenth of a bundle request's CPU. On the one connection,
      // though, a read inside a write's open transaction would see its bump before the commit (and keep it after a
      // rollback), so then the read goes through Kysely, which waits for the transaction to end.
      const statement = sqlite.prepare('select generation from catalog_state where id = 1').pluck();
      this.committedGeneration = () => (sqlite.inTransaction ? undefined : Number(statement.get() ?? 0));
    }
    this.listener = catalogListenerOf(db);
  }

  /** Marks the catalogue changed; call inside the transaction of the write. On PostgreSQL it also NOTIFYs at commit. */
  static async bump(db: Db): Promise<void> {
    if (db.getExecutor().adapter instanceof PostgresAdapter) {
      await db.executeQuery(POSTGRES_BUMP);
      return;
    }
    await db
      .updateTable('catalog_state')
      .set((eb) => ({ generation: eb('generation', '+', 1) }))
      .where('id', '=', 1)
      .execute();
  }

  /** The up-to-date snapshot of every app and version. */
  async snapshot(): Promise<Snapshot> {
    return this.snapshotAt(this.committedGeneration?.() ?? (await this.latestGeneration()));
  }

  /**
   * The snapshot the bundle route serves from. On PostgreSQL, while the catalogue listener is up, it is the
   * generation NOTIFY brought (a change on another instance counts once its notification arrives, in milliseconds)
   * rather than a query per request; while it is down, or until this instance's own last write is confirmed, each
   * request asks the database as `snapshot()` does. SQLite reads the one file per request, as `snapshot()` does.
   */
  async servingSnapshot(): Promise<Snapshot> {
    const listener = this.listener;
    if (!listener) return this.snapshot();
    const known = listener.generation();
    if (known === undefined) {
      const commits = listener.commitsSoFar;
      const snapshot = await this.snapshot();
      listener.confirm(commits, snapshot.generation);
      return snapshot;
    }
    if (this.current && this.current.generation >= known) return this.current;
    return this.snapshotAt(known);
  }

  /** The snapshot of at least `generation` (read after it was learned, so possibly newer than its label). */
  private async snapshotAt(generation: number): Promise<Snapshot> {
    if (this.current && this.current.generation >= generation) return this.current;
    // Share a load in progress only when it is at least as new as what this caller saw: after its own write, a
    // caller must not get a snapshot that predates it.
    if (!this.loading || this.loading.generation < generation) {
      const promise = loadSnapshot(this.db, generation).finally(() => {
        if (this.loading?.promise === promise) this.loading = undefined;
      });
      this.loading = { generation, promise };
    }
    const next = await this.loading.promise;
    if (!this.current || next.generation >= this.current.generation) {
      if (this.current?.generation !== next.generation) this.bodies.clear();
      this.current = next;
    }
    return next;
  }

  /**
   * The generation as of a query sent after this call, so a caller sees every write committed before it asked (its own
   * included). Callers that arrive while a query is on the wire share the next one, sent when that one answers: one
   * round trip per wave of requests rather than one per request (opening an app fetches a dozen files at once, and on
   * PostgreSQL the query costs more than serving a file from memory).
   */
  private latestGeneration(): Promise<number> {
    if (!this.sentQuery) return this.sendQuery();
    this.queuedQuery ??= this.sentQuery.then(
      () => this.sendQueued(),
      () => this.sendQueued(),
    );
    return this.queuedQuery;
  }

  private sendQueued(): Promise<number> {
    this.queuedQuery = undefined;
    return this.sendQuery();
  }

  private sendQuery(): Promise<number> {
    const query = this.queryGeneration().finally(() => {
      if (this.sentQuery === query) this.sentQuery = undefined;
    });
    this.sentQuery = query;
    return query;
  }

  private async queryGeneration(): Promise<number> {
    const { rows } = await this.db.executeQuery(this.generationQuery);
    return Number(rows[0]?.generation ?? 0);
  }

  /** Today in Asia/Shanghai. Asked on every bundle request, so formatted once a minute: UTC+8 days begin on a minute. */
  today(): string {
    const at = this.now();
    const minute = Math.floor(at.getTime() / 60_000);
    if (minute !== this.todayMinute) {
      this.todayMinute = minute;
      this.todayDate = shanghaiDay(at);
    }
    return this.todayDate;
  }

  /** The catalogue as `user` sees it, serialized. */
  async bodyFor(user: AuthUser, origin: string): Promise<CatalogBody> {
    const snapshot = await this.snapshot();
    const today = this.today();
    // Someone with a pending version of their own gets a catalogue of their own (their "try" entries); everyone else
    // shares the body of their audience.
    const owned = this.ownedPending(snapshot, user, today);
    const audience = `${snapshot.generation}|${origin}|${user.role}|${user.adminOf ? 'unit-admin' : ''}|${user.unit.id}|${today}`;
    const key = owned.length > 0 ? `${audience}|owner:${user.id}` : audience;
    const cached = this.bodies.get(key);
    if (cached) return cached;
    const items = withOwnersPending(this.itemsFrom(snapshot, user, origin, today), owned, snapshot, this.org, origin);
    const json = JSON.stringify({ items });
    const body = { json, etag: `"${createHash('sha1').update(json).digest('base64url')}"` };
    if (this.bodies.size >= MAX_CACHED_BODIES) this.bodies.clear();
    this.bodies.set(key, body);
    return body;
  }

  async itemsFor(user: AuthUser, origin: string): Promise<CatalogItem[]> {
    const snapshot = await this.snapshot();
    const today = this.today();
    return withOwnersPending(this.itemsFrom(snapshot, user, origin, today), this.ownedPending(snapshot, user, today), snapshot, this.org, origin);
  }

  /** The user's own apps (not retired) that have a version awaiting review. */
  private ownedPending(snapshot: Snapshot, user: AuthUser, today: string): SnapApp[] {
    let byOwner = this.pendingByOwner.get(snapshot);
    if (!byOwner) {
      // Indexed once per snapshot: this runs on every catalogue request, and most users own nothing pending.
      byOwner = new Map();
      for (const id of snapshot.order) {
        const app = snapshot.apps.get(id);
        if (!app || !newestPending(app)) continue;
        const list = byOwner.get(app.row.owner_user_id) ?? [];
        list.push(app);
        byOwner.set(app.row.owner_user_id, list);
      }
      this.pendingByOwner.set(snapshot, byOwner);
    }
    return (byOwner.get(user.id) ?? []).filter((app) => effectiveStatus(app.row, today) !== 'retired');
  }

  /** Whether `user` may open app `appId` now: it exists, is not retired, has a current version and is visible. */
  async canOpen(user: AuthUser, appId: string): Promise<boolean> {
    const snapshot = await this.snapshot();
    const app = snapshot.apps.get(appId);
    return !!app && this.openable(app, this.today()) && isVisibleTo(app.visibility, user);
  }

  private openable(app: SnapApp, today: string): boolean {
    return effectiveStatus(app.row, today) !== 'retired' && app.row.current_version !== null;
  }

  private itemsFrom(snapshot: Snapshot, user: AuthUser, origin: string, today: string): CatalogItem[] {
    const items: CatalogItem[] = [];
    for (const id of snapshot.order) {
      const app = snapshot.apps.get(id);
      if (!app || !this.openable(app, today) || !isVisibleTo(app.visibility, user)) continue;
      const current = app.byVersion.get(app.row.current_version ?? '');
      if (!current) continue;
      const item = catalogItem(snapshot, this.org, app, current, origin);
      if (item) items.push(item);
    }
    return items;
  }
}
