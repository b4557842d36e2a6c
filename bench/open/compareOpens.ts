import { loadavg } from 'node:os';
import type { Condition } from './conditions.ts';
import type { Open } from './pressToContent.ts';

/** One run of one variant: a cold open (fresh context), then a warm one (back, and open again). */
export interface Sample {
  cold: Open;
  warm: Open;
  /** Where the cold open's time went (marksSince). */
  coldMarks: Record<string, number>;
  /** The same for the warm open. */
  marks: Record<string, number>;
}

/** A way of opening the component: the subject (the host) or what it is compared with. */
export interface Variant {
  name: string;
  measure(condition: Condition): Promise<Sample>;
}

export interface Phase {
  condition: Condition;
  /** Samples per variant, in the order of the variants. */
  samples: Sample[][];
  /** The 1-minute load average before the runs and after each. */
  load: number[];
}

export const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};

/**
 * Runs every variant `runs` times under `condition`, interleaved (a, b, then b, a…: each run starts with the next
 * variant) so that a change in the machine's load and the order itself hit all alike, after one unrecorded round of
 * each (it warms the server: SQLite pages, Node's JIT; not the browser, whose contexts are fresh). Prints each run as
 * it ends.
 */
export async function runInterleaved(variants: Variant[], condition: Condition, runs: number): Promise<Phase> {
  const load = [loadavg()[0]!];
  for (const v of variants) await v.measure(condition);
  const samples: Sample[][] = variants.map(() => []);
  const f = (o: Open) => o.fromDown.toFixed(0);
  for (let i = 0; i < runs; i++) {
    // Each run starts with the next variant: an open measured right after another is slowed by what the one before
    // left running (its context's teardown, the server's logging), so no variant may always come first or last.
    const taken: Sample[] = [];
    for (let j = 0; j < variants.length; j++) {
      const k = (i + j) % variants.length;
      taken[k] = await variants[k]!.measure(condition);
    }
    for (const [k, sample] of taken.entries()) samples[k]!.push(sample);
    load.push(loadavg()[0]!);
    const line = variants.map((v, k) => `${v.name} ${f(samples[k]![i]!.cold)}/${f(samples[k]![i]!.warm)} ms`).join(', ');
    process.stdout.write(`  ${condition.label} run ${i + 1}/${runs}, from pointerdown (cold/warm): ${line}, load ${load.at(-1)!.toFixed(1)}\n`);
  }
  return { condition, samples, load };
}

/** Goals of the first variant against the second, per figure ('' for none). */
export interface Goals {
  coldFromDown: string;
  warmFromDown: string;
}

/** Prints the medians of a phase, the first variant against the second, and where each open's time went. */
export function printPhase(title: string, variants: Variant[], phase: Phase, goals: Goals): void {
  const [a, b] = [phase.samples[0]!, phase.samples[1]!];
  const line = (what: string, pick: (x: Sample) => number, goal: string) => {
    const x = median(a.map(pick));
    const y = median(b.map(pick));
    const names = `${variants[0]!.name} ${x.toFixed(1).padStart(7)} ms, ${variants[1]!.name} ${y.toFixed(1).padStart(7)} ms`;
    console.log(`  ${what.padEnd(26)} ${names} → ${(x / y).toFixed(2)}×${goal ? ` (goal ${goal})` : ''}`);
  };
  const { load } = phase;
  console.log(`\n${title}, ${phase.condition.label}: medians of ${a.length} interleaved runs, Chromium`);
  console.log(`  load average (1 min) during the runs: ${Math.min(...load).toFixed(1)}–${Math.max(...load).toFixed(1)}, median ${median(load).toFixed(1)}`);
  line('cold, from pointerdown', (x) => x.cold.fromDown, goals.coldFromDown);
  line('cold, from the click', (x) => x.cold.fromClick, '');
  line('warm, from pointerdown', (x) => x.warm.fromDown, goals.warmFromDown);
  line('warm, from the click', (x) => x.warm.fromClick, '');
  // Further variants: their cold open from pointerdown, against the second (the baseline).
  for (const [k, v] of variants.entries()) {
    if (k < 2) continue;
    const x = median(phase.samples[k]!.map((s) => s.cold.fromDown));
    const y = median(b.map((s) => s.cold.fromDown));
    console.log(`  cold, from pointerdown: ${v.name} ${x.toFixed(1)} ms, ${variants[1]!.name} ${y.toFixed(1)} ms → ${(x / y).toFixed(2)}×`);
  }
  // The runtime's marks and the data read, median ms after the pointerdown.
  for (const which of ['coldMarks', 'marks'] as const) {
    for (const [k, v] of variants.entries()) {
      const samples = phase.samples[k]!;
      const names = [...new Set(samples.flatMap((x) => Object.keys(x[which])))];
      const at = names
        .map((name) => ({ name, ms: median(samples.filter((x) => name in x[which]).map((x) => x[which][name]!)) }))
        .sort((p, q) => p.ms - q.ms);
      console.log(`  ${v.name} ${which === 'marks' ? 'warm' : 'cold'} open, after pointerdown: ${at.map((x) => `${x.name} ${x.ms.toFixed(0)}`).join(', ')}`);
    }
  }
}
