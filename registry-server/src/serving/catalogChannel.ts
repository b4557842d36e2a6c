import { CompiledQuery } from 'kysely';

/** The PostgreSQL channel on which every catalogue write announces its new generation. */
export const CATALOG_CHANNEL = 'toolbox_catalog';

/**
 * The catalogue bump on PostgreSQL: the NOTIFY is part of the writing transaction, so PostgreSQL delivers it to every
 * listening instance when (and only if) that transaction commits, after the commit is visible.
 * bumpWatchingDialect.ts recognises this exact statement to learn of this instance's own commits.
 */
export const POSTGRES_BUMP = CompiledQuery.raw(
  `with bumped as (update catalog_state set generation = generation + 1 where id = 1 returning generation) ` +
    `select pg_notify('${CATALOG_CHANNEL}', generation::text) from bumped`,
);
