// What a load benchmark adds up over its rounds against one server: requests, seconds, the server's CPU and latencies.
import autocannon from 'autocannon';

export interface Tally {
  requests: number;
  seconds: number;
  /** Server CPU (µs) spent during the runs. */
  cpu: number;
  p50: number[];
  p99: number[];
}

export const newTally = (): Tally => ({ requests: 0, seconds: 0, cpu: 0, p50: [], p99: [] });

/** A server under load: the URL to request and where it reports its own CPU time (`{cpu}` in µs). */
export interface LoadTarget {
  url: string;
  cpuUrl: string;
  headers?: Record<string, string>;
}

/** Runs autocannon against `target` for `duration` seconds and adds what it measured to `into`; any non-2xx fails. */
export async function driveLoad(target: LoadTarget, duration: number, connections: number, into: Tally): Promise<void> {
  const cpuOf = async () => ((await (await fetch(target.cpuUrl)).json()) as { cpu: number }).cpu;
  const before = await cpuOf();
  const result = await autocannon({ url: target.url, headers: target.headers ?? {}, duration, connections });
  into.cpu += (await cpuOf()) - before;
  if (result.non2xx > 0 || result.errors > 0) throw new Error(`${target.url}: ${result.non2xx} non-2xx, ${result.errors} errors`);
  into.requests += result.requests.total;
  into.seconds += result.duration;
  into.p50.push(result.latency.p50);
  into.p99.push(result.latency.p99);
}

/** CPU time of this process so far (µs), for a server's `/__cpu`: on a busy machine CPU per request is steadier than req/s. */
export function cpuMicros(): { cpu: number } {
  const { user, system } = process.cpuUsage();
  return { cpu: user + system };
}

export const rps = (x: Tally) => x.requests / x.seconds;
export const cpuPerRequest = (x: Tally) => x.cpu / x.requests;

/** One line of the report: requests per second, server CPU per request and the latencies of each round. */
export const tallyRow = (name: string, x: Tally) =>
  `${name.padEnd(34)} ${rps(x).toFixed(0).padStart(7)} req/s   ${cpuPerRequest(x).toFixed(0).padStart(5)} µs CPU/req   ` +
  `p50 ${x.p50.join('/')} ms   p99 ${x.p99.join('/')} ms`;
