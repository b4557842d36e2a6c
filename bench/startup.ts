// Start-up benchmark (issue 13): from spawning the registry server to its first 200 on GET /api/catalog, on a database
// with the demo and its year of usage, for the compiled server (`node registry-server/dist/cli.js`, as production and
// `pnpm start` run it) against the same source through tsx (`node --import tsx src/cli.ts`), in the same run.
// Goal: compiled ≤ 2 s. It also prints each server's CPU time until then (user + system, from /proc, at 100 ticks a
// second): on a loaded machine that figure is steadier than the wall time.
// Run: `pnpm run build` first (it compiles the server), then `cd bench && node --import tsx startup.ts [rounds=5]`.
//
// The database is prepared once, as `pnpm start` does it: the compiled server seeds the demo on an empty file, then
// dist/usage/seedDemoUsageCli.js writes the demo year of usage. staff signs in once; the session lives in the
// database, so each start is timed to the first 200 of /api/catalog with that cookie (the server listens, has migrated
// and loaded the catalogue). The variants alternate round by round so that the machine's load hits them alike:
// - compiled: `node dist/cli.js`;
// - tsx, warm: `node --import tsx src/cli.ts` with tsx's transform cache (a second start on a developer's machine);
// - tsx, cold: the same with TSX_DISABLE_CACHE=1 (every file compiled at start, as the first start after a change).
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { freePort } from '../registry-server/test/helpers/freePort.ts';

const rounds = Number(process.argv[2] ?? 5);
const GOAL_MS = 2000;
const serverDir = fileURLToPath(new URL('../registry-server/', import.meta.url));
const compiledCli = join(serverDir, 'dist/cli.js');
const compiledSeed = join(serverDir, 'dist/usage/seedDemoUsageCli.js');
if (!existsSync(compiledCli) || !existsSync(compiledSeed)) {
  console.error('registry-server/dist is missing: run `pnpm run build` (or `pnpm --filter @toolbox/registry-server run build`) first');
  process.exit(1);
}

interface Variant {
  short: string;
  name: string;
  args: string[];
  env?: Record<string, string>;
}
const VARIANTS: Variant[] = [
  { short: 'compiled', name: 'compiled  node dist/cli.js', args: [compiledCli] },
  { short: 'tsx-warm', name: 'tsx, warm node --import tsx src/cli.ts', args: ['--import', 'tsx', 'src/cli.ts'] },
  { short: 'tsx-cold', name: 'tsx, cold (TSX_DISABLE_CACHE=1)', args: ['--import', 'tsx', 'src/cli.ts'], env: { TSX_DISABLE_CACHE: '1' } },
];

const dir = mkdtempSync(join(tmpdir(), 'toolbox-bench-startup-'));
const baseEnv = {
  ...process.env,
  HOST: '127.0.0.1',
  NODE_ENV: 'production',
  TOOLBOX_DB: join(dir, 'toolbox.db'),
  TOOLBOX_DATA_DIR: join(dir, 'bundles'),
  TOOLBOX_DEMO: '1',
};

/** CPU time (user + system) the process has used so far, from /proc (Linux); on a loaded machine steadier than wall time. */
function cpuMs(pid: number | undefined): number {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100;
  } catch {
    return Number.NaN;
  }
}

/** Starts a variant: the milliseconds from spawn to the first 200 of `path` (with `cookie`), and its CPU time by then. */
async function timeStart(variant: Variant, path: string, cookie?: string): Promise<{ wall: number; cpu: number }> {
  const port = await freePort();
  const origin = `http://127.0.0.1:${port}`;
  const started = performance.now();
  const child = spawn(process.execPath, variant.args, {
    cwd: serverDir,
    env: { ...baseEnv, ...variant.env, PORT: String(port) },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr?.on('data', (d: Buffer) => (stderr += d.toString()));
  const exited = new Promise((r) => child.once('exit', r));
  try {
    for (;;) {
      if (child.exitCode !== null) throw new Error(`${variant.name} exited with ${child.exitCode}:\n${stderr}`);
      const ok = await fetch(`${origin}${path}`, { headers: cookie ? { cookie } : {}, signal: AbortSignal.timeout(3000) }).then(
        (r) => r.status === 200,
        () => false,
      );
      if (ok) return { wall: performance.now() - started, cpu: cpuMs(child.pid) };
      if (performance.now() - started > 300_000) throw new Error(`${variant.name} did not answer within 300 s:\n${stderr}`);
      await new Promise((r) => setTimeout(r, 20));
    }
  } finally {
    child.kill('SIGTERM');
    await exited;
  }
}

async function prepare(): Promise<string> {
  console.log(`preparing ${dir}: the demo, then its year of usage (as pnpm start does)`);
  await timeStart(VARIANTS[0]!, '/api/docs/json');
  const seeded = spawnSync(process.execPath, [compiledSeed], { cwd: serverDir, env: baseEnv, encoding: 'utf8' });
  if (seeded.status !== 0) throw new Error(`seeding the demo usage failed:\n${seeded.stdout}\n${seeded.stderr}`);
  console.log(seeded.stdout.trim());
  // A session made once and kept in the database: each timed start answers the catalogue to it.
  const port = await freePort();
  const child = spawn(process.execPath, [compiledCli], { cwd: serverDir, env: { ...baseEnv, PORT: String(port) }, stdio: 'ignore' });
  const exited = new Promise((r) => child.once('exit', r));
  try {
    const origin = `http://127.0.0.1:${port}`;
    for (;;) {
      const res = await fetch(`${origin}/api/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', origin },
        body: JSON.stringify({ username: 'staff', password: 'toolbox' }),
      }).catch(() => undefined);
      if (res?.status === 200) return (res.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
      await new Promise((r) => setTimeout(r, 100));
    }
  } finally {
    child.kill('SIGTERM');
    await exited;
  }
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;

try {
  const cookie = await prepare();
  const times = new Map<string, number[]>(VARIANTS.map((v) => [v.name, []]));
  const cpu = new Map<string, number[]>(VARIANTS.map((v) => [v.name, []]));
  console.log(`\n${rounds} rounds, load average ${loadavg().map((l) => l.toFixed(1)).join(' ')} on ${process.arch}`);
  for (let round = 1; round <= rounds; round++) {
    const line: string[] = [];
    for (const variant of VARIANTS) {
      const ms = await timeStart(variant, '/api/catalog', cookie);
      times.get(variant.name)!.push(ms.wall);
      cpu.get(variant.name)!.push(ms.cpu);
      line.push(`${variant.short} ${seconds(ms.wall)} (CPU ${seconds(ms.cpu)})`);
    }
    console.log(`  round ${round}: ${line.join(', ')}`);
  }
  console.log('\nspawn → first 200 of GET /api/catalog (median, min–max):');
  for (const variant of VARIANTS) {
    const xs = times.get(variant.name)!;
    console.log(
      `  ${variant.name.padEnd(40)} ${seconds(median(xs))}  (${seconds(Math.min(...xs))}–${seconds(Math.max(...xs))}), CPU ${seconds(median(cpu.get(variant.name)!))}`,
    );
  }
  const compiled = median(times.get(VARIANTS[0]!.name)!);
  console.log(`\ncompiled: ${seconds(compiled)} against the goal of ≤ ${seconds(GOAL_MS)}: ${compiled <= GOAL_MS ? 'met' : 'NOT met'}`);
  console.log(`load average after: ${loadavg().map((l) => l.toFixed(1)).join(' ')}`);
} finally {
  if (!process.env.TOOLBOX_BENCH_KEEP) rmSync(dir, { recursive: true, force: true });
}
