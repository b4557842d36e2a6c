// Reading a spreadsheet upload on a worker thread (registry-server/src/sheets/readSheetFile.ts) against reading it on
// the server's main thread, as the server did until 7 December 2026: how long the event loop is held (nobody else's
// request is answered meanwhile) and how long the read takes. The two largest files the limits let through that a
// district actually sends: a roster of 20,000 rows × 11 columns (ROSTER_LIMITS) and a form app's import of 5,000 rows ×
// 60 columns (IMPORT_LIMITS), both .xlsx.
// Run: cd bench && node --import tsx sheetRead.ts [runs=3]     (or: pnpm bench:sheetRead)
// The event loop's delay is Node's own histogram (perf_hooks.monitorEventLoopDelay, 5 ms resolution), taken over each
// read; runs alternate (main thread, worker, main thread…) and the figures are medians.
import { availableParallelism, loadavg } from 'node:os';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import ExcelJS from 'exceljs';
import { DEFAULT_LIMITS } from '../registry-server/src/options.ts';
import { IMPORT_READING } from '../registry-server/src/data/readImportRows.ts';
import { ROSTER_READING } from '../registry-server/src/roster/RosterTable.ts';
import { readSheetBytes } from '../registry-server/src/sheets/readSheetBytes.ts';
import { readSheetFile } from '../registry-server/src/sheets/readSheetFile.ts';
import type { SheetReading, SheetTable } from '../registry-server/src/sheets/SheetTable.ts';

const RUNS = Number(process.argv[2] ?? 3);

async function workbook(rows: number, columns: number, cell: (r: number, c: number) => string | number): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('名册');
  sheet.addRow(Array.from({ length: columns }, (_, c) => `列${c + 1}`));
  for (let r = 0; r < rows; r++) sheet.addRow(Array.from({ length: columns }, (_, c) => cell(r, c)));
  return Buffer.from(await book.xlsx.writeBuffer());
}

interface Figures {
  /** The longest the event loop was held, ms. */
  maxDelay: number;
  /** The 99th percentile of its delay, ms. */
  p99: number;
  /** The read, from call to table, ms. */
  took: number;
}

async function measure(read: () => Promise<SheetTable>, rows: number): Promise<Figures> {
  (globalThis as { gc?: () => void }).gc?.();
  const histogram = monitorEventLoopDelay({ resolution: 5 });
  histogram.enable();
  const started = performance.now();
  const table = await read();
  const took = performance.now() - started;
  // One more turn of the loop, so a block at the very end is sampled.
  await new Promise((resolve) => setTimeout(resolve, 20));
  histogram.disable();
  if (table.rows.length !== rows) throw new Error(`read ${table.rows.length} rows, expected ${rows}`);
  return { maxDelay: histogram.max / 1e6, p99: histogram.percentile(99) / 1e6, took };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

async function compare(name: string, bytes: Buffer, reading: SheetReading, rows: number): Promise<void> {
  const inline: Figures[] = [];
  const thread: Figures[] = [];
  // One unrecorded read of each: the thread's start and both readers' first compilation.
  await readSheetBytes(bytes, reading, 'zh-CN');
  await readSheetFile(bytes, reading, 'zh-CN', DEFAULT_LIMITS);
  for (let i = 0; i < RUNS; i++) {
    inline.push(await measure(() => readSheetBytes(bytes, reading, 'zh-CN'), rows));
    thread.push(await measure(() => readSheetFile(bytes, reading, 'zh-CN', DEFAULT_LIMITS), rows));
  }
  const m = (xs: Figures[], k: keyof Figures) => median(xs.map((x) => x[k]));
  const row = (what: string, k: keyof Figures) =>
    console.log(`  ${what.padEnd(34)} main thread ${m(inline, k).toFixed(0).padStart(6)} ms, worker ${m(thread, k).toFixed(0).padStart(6)} ms → ${(m(thread, k) / m(inline, k)).toFixed(2)}×`);
  console.log(`\n${name} (${(bytes.length / 1024).toFixed(0)} KiB), medians of ${RUNS}:`);
  row('event loop held, longest', 'maxDelay');
  row('event loop delay, 99th percentile', 'p99');
  row('the read, call to table', 'took');
}

async function main(): Promise<void> {
  console.log(`reading spreadsheet uploads: on the server's main thread (before) against the worker thread (now), ${availableParallelism()} cores`);
  const roster = await workbook(20_000, 11, (r, c) => (c === 7 ? 13_900_000_000 + r : `第${r}行${c}`));
  await compare('roster, 20,000 rows × 11 columns', roster, ROSTER_READING, 20_000);
  const wide = await workbook(5_000, 60, (r, c) => `第${r}行第${c}列`);
  await compare("form app's import, 5,000 rows × 60 columns", wide, IMPORT_READING, 5_000);
  console.log(`\nload average ${loadavg().map((l) => l.toFixed(1)).join(' ')}`);
}

await main();
