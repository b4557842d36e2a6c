/**
 * The usage, rating and review tables, as Kysely sees them. `Database` (src/db/schema.ts) extends this.
 * A person appears here only as `user_hash`, a keyed HMAC of the user id (see userHash.ts), never as an id or name.
 * Days, months and years are Shanghai calendar periods, stored as text (`YYYY-MM-DD`, `YYYY-MM`, `YYYY`).
 * A user without a unit is stored with `unit_id` '' so that it can sit in a primary key on both engines.
 */
export interface UsageTables {
  /** Raw events, kept `rawRetentionDays` (90) days: they make ids idempotent and let rollups be rebuilt. */
  usage_events: {
    id: string;
    app_id: string;
    type: string;
    /** ISO instant the client gave. */
    at: string;
    day: string;
    unit_id: string;
    user_hash: string;
    received_at: string;
  };
  /** The base rollup: events per (app, day, unit, type). */
  usage_daily: { app_id: string; day: string; unit_id: string; type: string; count: number };
  /** Events per (app, day, type), all units together: the daily series, and how a new active day is noticed. */
  usage_app_days: { app_id: string; day: string; type: string; count: number };
  /** Events per (app, month, type) and the number of days of the month with that type: what the review reads. */
  usage_app_months: { month: string; app_id: string; type: string; count: number; days: number };
  /** Presence: who (as a hash) used an app on a day, with the unit they were in. Distinct users of any period are a union of these. */
  usage_daily_users: { app_id: string; day: string; user_hash: string; unit_id: string };
  /** Presence per month (`YYYY-MM`) and per year (`YYYY`); `unit_id` is the unit the user was in when first seen in the period. */
  usage_period_users: { app_id: string; period: string; user_hash: string; unit_id: string };
  /** Distinct users per (app, period), kept as a counter: incremented only when a presence row is new, so it is a union. */
  usage_period_active: { app_id: string; period: string; users: number };
  /** Per (app, year, unit): a bitmask of the months (bit 0 = January) with an open, and the opens, for coverage and streets. */
  usage_unit_years: { app_id: string; year: string; unit_id: string; months: number; opens: number };
  /**
   * Events not counted, per (Shanghai day received, app, reason): counts only, with no user or unit. `app_id` is ''
   * where the app is not a registered one or the refusal concerns a whole request (the rate limit). Reasons are listed
   * in refusalReasons.ts.
   */
  usage_refused: { day: string; app_id: string; reason: string; count: number };
  /** One current rating per user per app. */
  app_ratings: {
    app_id: string;
    user_hash: string;
    score: number;
    comment: string | null;
    created_at: string;
    updated_at: string;
  };
}
