// The PostgreSQL server a benchmark creates its databases on: TOOLBOX_BENCH_PG, else a throwaway cluster started with
// scripts/lib.mjs (Debian's postgresql) on `port`; undefined when there is neither.
export async function postgresServer(port: number): Promise<{ server: string; stop: () => void } | undefined> {
  if (process.env.TOOLBOX_BENCH_PG) return { server: process.env.TOOLBOX_BENCH_PG, stop: () => {} };
  const lib = (await import(new URL('../scripts/lib.mjs', import.meta.url).href)) as {
    startThrowawayPostgres: (port?: number) => { url: string; stop: () => void } | undefined;
  };
  const cluster = lib.startThrowawayPostgres(port);
  return cluster ? { server: cluster.url, stop: cluster.stop } : undefined;
}
