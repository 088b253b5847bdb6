// What every row of the benchmark shares: its sizes (full or --quick), the timing of the
// library against its baseline in the same process, the peak memory of one side in a child
// process of its own, and the line a row hands its result back to bench/run.ts on.
// The method is described in bench/run.ts.
import { spawnSync } from "node:child_process";
import { performance } from "node:perf_hooks";

/** `--quick`: small sizes and few rounds, so that the harness itself is tested in seconds. */
export const QUICK = process.argv.includes("--quick");

/** The full size of a row, or its quick one. */
export function size(full: number, quick: number): number {
  return QUICK ? quick : full;
}

/** The median of a list of numbers. */
export function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 === 1 ? (s[m] as number) : ((s[m - 1] as number) + (s[m] as number)) / 2;
}

/** Values a timed function returns are added here, so that no call can be optimised away. */
export let sink = 0;

/** The time of one call of `fn`, in ms. */
export function timeOnce(fn: () => unknown): number {
  const t0 = performance.now();
  const out = fn();
  const ms = performance.now() - t0;
  sink += out === undefined ? 0 : 1;
  return ms;
}

/** How many rounds a comparison runs after its warm-up ones. */
export interface Rounds {
  readonly warmup?: number;
  readonly rounds?: number;
}

/** The medians of a comparison, in ms, and the median of the ratios of its rounds. */
export interface Timing {
  readonly library: number;
  readonly baseline: number;
  readonly ratio: number;
  readonly rounds: number;
}

/**
 * Times `library` and `baseline` in turn, round by round: `warmup` rounds of each that are
 * not counted, then `rounds` rounds. Each round runs both, one right after the other (which one
 * first alternates), so that the two see the same load; the ratio is the median of the rounds'
 * ratios, and the times the medians of each side.
 */
export function compare(library: () => unknown, baseline: () => unknown, r: Rounds = {}): Timing {
  const warmup = r.warmup ?? (QUICK ? 1 : 3);
  const rounds = r.rounds ?? (QUICK ? 3 : 9);
  // no collection is forced between the sides: see bench/run.ts
  const timed = timeOnce;
  for (let k = 0; k < warmup; k++) {
    timed(library);
    timed(baseline);
  }
  const lib: number[] = [];
  const base: number[] = [];
  const ratios: number[] = [];
  for (let k = 0; k < rounds; k++) {
    let l: number;
    let b: number;
    if (k % 2 === 0) {
      l = timed(library);
      b = timed(baseline);
    } else {
      b = timed(baseline);
      l = timed(library);
    }
    lib.push(l);
    base.push(b);
    ratios.push(l / b);
  }
  return { library: median(lib), baseline: median(base), ratio: median(ratios), rounds };
}

/** One line of the table. */
export interface Row {
  readonly what: string;
  /** What the library took, as printed: `"123 ms"`. */
  readonly library: string;
  readonly baseline: string;
  /** The figure the aim is about, as printed: `"2.31×"`, `"31 MB/s"`. */
  readonly ratio: string;
  readonly aim: string;
  /** Whether the row is within its aim; `null` for a row that only reports. */
  readonly within: boolean | null;
  /** Peak memory, where the row measures it. */
  readonly memory?: string;
}

/** What a row hands back: its lines, and notes printed under the table. */
export interface RowResult {
  readonly rows: readonly Row[];
  readonly notes?: readonly string[];
}

/** The prefix of the line a row prints its result on. */
export const RESULT = "BENCH_RESULT ";

/** Prints a row's result for bench/run.ts. */
export function report(result: RowResult): void {
  process.stdout.write(`${RESULT}${JSON.stringify(result)}\n`);
}

/** A time in ms as printed in the table. */
export function ms(t: number): string {
  return t >= 10_000 ? `${(t / 1000).toFixed(1)} s` : t >= 100 ? `${t.toFixed(0)} ms` : t >= 1 ? `${t.toFixed(1)} ms` : `${(t * 1000).toFixed(1)} µs`;
}

/** A ratio as printed. */
export function times(r: number): string {
  return `${r.toFixed(2)}×`;
}

/** Megabytes as printed. */
export function mb(bytes: number): string {
  return `${(bytes / 2 ** 20).toFixed(0)} MB`;
}

/** The `--memory=<side>` a row was started with, if it was started to measure one side's memory. */
export const MEMORY_SIDE: string | undefined = /^--memory=(.+)$/.exec(process.argv.find((a) => a.startsWith("--memory=")) ?? "")?.[1];

/**
 * In a child started with `--memory=<side>`: runs `fn` once, after collecting garbage, and
 * prints how far the process's peak resident memory rose above its resident memory just
 * before the call (in bytes), and the resident memory before it (the input held).
 */
export function measurePeak(fn: () => unknown): void {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (gc === undefined) throw new Error("run with --expose-gc");
  gc();
  gc();
  const before = process.memoryUsage().rss;
  const peakBefore = process.resourceUsage().maxRSS * 1024;
  sink += fn() === undefined ? 0 : 1;
  const peak = process.resourceUsage().maxRSS * 1024;
  process.stdout.write(`${RESULT}${JSON.stringify({ before, peakBefore, peak, rise: peak - before })}\n`);
}

/** What {@link peakOf} measures: the rise of the peak over the memory held before the call, and that memory. */
export interface Peak {
  readonly rise: number;
  readonly before: number;
}

/**
 * Starts this row again in a child process of its own with `--memory=<side>`, where it builds
 * its input and calls {@link measurePeak}; returns what that printed.
 */
export function peakOf(side: string): Peak {
  const args = [...process.execArgv, "--expose-gc", process.argv[1] as string, `--memory=${side}`, ...(QUICK ? ["--quick"] : [])];
  const run = spawnSync(process.execPath, args, { encoding: "utf8", maxBuffer: 1 << 26 });
  const line = run.stdout.split("\n").find((l) => l.startsWith(RESULT));
  if (run.status !== 0 || line === undefined) throw new Error(`the ${side} memory run failed: ${run.stderr.slice(-2000)}`);
  return JSON.parse(line.slice(RESULT.length)) as Peak;
}
