/**
 * The benchmark: `npm run bench` runs every row of bench/rows/ and prints one table of what
 * the library took next to a hand-written or third-party baseline doing the same work in the
 * same run, the ratio, the aim, and whether the row is within it.
 *
 *   npm run bench                     every row at full size (several minutes)
 *   npm run bench -- --quick          every row at a small size, to check the harness (seconds)
 *   npm run bench -- --only=sum,as-of the rows named (file names in bench/rows/)
 *   npm run bench -- --json=FILE      the results as JSON too
 *   npm run bench -- --no-build       the built package as it is, even if src/ is newer
 *
 * The method. Each row runs in a node process of its own (`node --import tsx --expose-gc`),
 * one after the other, so that rows do not share a heap or a JIT. The library functions are
 * read from `src/` through tsx (esbuild, as the build uses); the rows that measure what a user
 * runs, `fogcount check` and the import times, use the built package, which this script builds
 * first when `src/` is newer than `dist/`. Within a row the library and its baseline are timed
 * with `performance.now()` in the same process on the same input: warm-up rounds of each that
 * are not counted, then rounds in which both run one right after the other (which one first
 * alternates). No garbage collection is forced between them: garbage one side leaves may be
 * collected while the other runs, which flatters the side that leaves more; a forced full
 * collection before each side would prevent that, but it makes V8 drop type feedback, so that
 * code is recompiled in the middle of the next call, and it shrinks the young generation, which
 * slows whichever side allocates more. docs/performance.md gives ratios measured both ways where
 * they differ. The times printed are the medians of each side; the ratio is the median of the
 * rounds' ratios, so that load from other work on the machine, which comes and goes, falls on
 * both sides of a ratio alike. A row that measures peak memory starts itself again twice, once
 * for each side, builds its input, collects garbage, runs the side once and reports how far the
 * process's peak resident memory (`process.resourceUsage().maxRSS`) rose above the memory it
 * held just before the call. `fogcount check` and `JSON.parse` of the same file run as processes
 * of their own, whose wall time and peak resident memory are measured from outside. Import
 * times are `await import()` in a fresh process each time, from the package's root.
 *
 * These are measurements, not tests: a row over its aim is printed as such and does not fail
 * the run; a row that throws (its library and baseline disagree, or it crashed) does.
 */
import { spawnSync } from "node:child_process";
import { readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { cpus } from "node:os";
import { join } from "node:path";

import { ROOT } from "./_lib/built.js";
import { RESULT } from "./_lib/harness.js";
import type { Row, RowResult } from "./_lib/harness.js";

/** Stops with a one-line message (no stack): a mistake in the command, not in the benchmark. */
function usage(message: string): never {
  console.error(`npm run bench: ${message}`);
  process.exit(1);
}

const args = process.argv.slice(2);
for (const a of args) {
  if (!["--quick", "--no-build"].includes(a) && !a.startsWith("--only=") && !a.startsWith("--json=")) {
    usage(`${a} is not an option: the options are --quick, --only=ROWS, --json=FILE and --no-build`);
  }
}
const quick = args.includes("--quick");
const only = args.find((a) => a.startsWith("--only="))?.slice("--only=".length).split(",");
const jsonFile = args.find((a) => a.startsWith("--json="))?.slice("--json=".length);
const build = !args.includes("--no-build");

/** The rows in the order of the table. */
const ORDER = ["dataset", "as-of", "history", "ledger", "sum", "extract", "check", "import", "growth"];
const rowsDir = join(ROOT, "bench/rows");
const names = readdirSync(rowsDir)
  .filter((f) => f.endsWith(".ts"))
  .map((f) => f.slice(0, -3))
  .sort((a, b) => ORDER.indexOf(a) - ORDER.indexOf(b));
for (const n of only ?? []) if (!names.includes(n)) usage(`no row ${JSON.stringify(n)}: the rows are ${names.join(", ")}`);
const chosen = names.filter((n) => only === undefined || only.includes(n));

/** The newest modification time of the files under `dir`. */
function newest(dir: string): number {
  let t = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) t = Math.max(t, statSync(join(entry.parentPath, entry.name)).mtimeMs);
  }
  return t;
}

/** Builds the package unless dist/ is newer than src/, for the rows that run what a user runs. */
function ensureBuilt(): void {
  let builtAt = 0;
  try {
    builtAt = Math.min(statSync(join(ROOT, "dist/index.js")).mtimeMs, statSync(join(ROOT, "dist/cli.js")).mtimeMs);
  } catch {
    // not built
  }
  if (builtAt > newest(join(ROOT, "src"))) return;
  process.stderr.write("building the package first (src/ is newer than dist/)…\n");
  const run = spawnSync("npm", ["run", "build", "--silent"], { cwd: ROOT, stdio: ["ignore", "ignore", "inherit"] });
  if (run.status !== 0) throw new Error("the build failed");
}

/** Runs one row in a process of its own. */
function runRow(name: string): RowResult | Error {
  const started = performance.now();
  process.stderr.write(`${name}… `);
  const run = spawnSync(process.execPath, ["--import", "tsx", "--expose-gc", join(rowsDir, `${name}.ts`), ...(quick ? ["--quick"] : [])], {
    cwd: ROOT,
    encoding: "utf8",
    maxBuffer: 1 << 26,
  });
  process.stderr.write(`${((performance.now() - started) / 1000).toFixed(1)} s\n`);
  const line = run.stdout.split("\n").find((l) => l.startsWith(RESULT));
  if (run.status !== 0 || line === undefined) return new Error(`${name}: exit ${run.status}\n${run.stderr.trim().slice(-3000)}`);
  return JSON.parse(line.slice(RESULT.length)) as RowResult;
}

const COLUMNS: readonly [string, (r: Row) => string][] = [
  ["what", (r) => r.what],
  ["library", (r) => r.library],
  ["baseline", (r) => r.baseline],
  ["ratio", (r) => r.ratio],
  ["aim", (r) => r.aim],
  // a quick run's sizes are too small for a ratio to mean anything: it says nothing of the aims
  ["within aim", (r) => (r.within === null || quick ? "—" : r.within ? "yes" : "NO")],
  ["peak memory (library / baseline)", (r) => r.memory ?? ""],
];

/** The rows as a table of text, columns padded. */
function table(rows: readonly Row[]): string {
  const cells = [COLUMNS.map(([h]) => h), ...rows.map((r) => COLUMNS.map(([, f]) => f(r)))];
  const widths = COLUMNS.map((_, c) => Math.max(...cells.map((line) => (line[c] as string).length)));
  const line = (cs: readonly string[]): string => cs.map((s, c) => s.padEnd(widths[c] as number)).join("  ").trimEnd();
  return [line(cells[0] as string[]), widths.map((w) => "-".repeat(w)).join("  "), ...cells.slice(1).map(line)].join("\n");
}

/** The machine, as the docs record it. */
function machine(): string {
  const model = /model name\s*:\s*(.+)/.exec(safeRead("/proc/cpuinfo"))?.[1] ?? cpus()[0]?.model ?? "unknown CPU";
  return `node ${process.version}, ${cpus().length} × ${model}, ${new Date().toISOString().slice(0, 10)}${quick ? ", --quick sizes" : ""}`;
}

function safeRead(file: string): string {
  try {
    return readFileSync(file, "utf8");
  } catch {
    return "";
  }
}

if (build && chosen.some((n) => n === "check" || n === "import")) ensureBuilt();
const rows: Row[] = [];
const notes: string[] = [];
const failures: Error[] = [];
for (const name of chosen) {
  const result = runRow(name);
  if (result instanceof Error) failures.push(result);
  else {
    rows.push(...result.rows);
    notes.push(...(result.notes ?? []));
  }
}
console.log(machine());
console.log();
console.log(table(rows));
if (notes.length > 0) console.log(`\n${notes.map((n) => `- ${n}`).join("\n")}`);
if (jsonFile !== undefined) writeFileSync(jsonFile, `${JSON.stringify({ machine: machine(), rows, notes }, null, 2)}\n`);
for (const f of failures) console.error(`\n${f.message}`);
if (failures.length > 0) process.exitCode = 1;
