/**
 * `fogcount check` on a 100 MB dataset (generated here, not committed): the
 * time and peak memory of the built command, against a hand-written baseline
 * in the same run, `JSON.parse` of the same file in a process of its own.
 * A measurement, not a timed test. Build first, then run with
 * `npx tsx bench/check.bench.ts [MEGABYTES]`.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";

import { writeDataset } from "./dataset.js";

const root = resolve(import.meta.dirname, "..");
const cli = join(root, "dist/cli.js");
if (!existsSync(cli)) throw new Error("build first: npm run build");

const megabytes = Number(process.argv[2] ?? 100);
const dir = mkdtempSync(join(tmpdir(), "fogcount-bench-"));

/** Runs node with `args`, and returns its wall time, peak resident memory and exit status. */
function measure(args: readonly string[]): { ms: number; mb: number; status: number | null } {
  const hook = join(dir, "peak.cjs");
  writeFileSync(hook, 'process.on("exit", () => process.stderr.write(`peak ${process.resourceUsage().maxRSS}\\n`));\n');
  const start = performance.now();
  const run = spawnSync(process.execPath, ["--require", hook, ...args], { encoding: "utf8", maxBuffer: 1 << 30 });
  const ms = performance.now() - start;
  const kb = Number(/peak (\d+)/.exec(run.stderr)?.[1] ?? NaN);
  return { ms, mb: kb / 1024, status: run.status };
}

try {
  const file = join(dir, "dataset.json");
  const claims = writeDataset(file, megabytes);
  console.log(`fogcount check on ${megabytes} MB, ${claims} claims`);
  const baseline = measure(["-e", `JSON.parse(require("fs").readFileSync(${JSON.stringify(file)}, "utf8"))`]);
  const check = measure([cli, "check", file]);
  const row = (name: string, m: { ms: number; mb: number; status: number | null }) =>
    console.log(`${name.padEnd(26)} ${(m.ms / 1000).toFixed(1).padStart(6)} s  ${m.mb.toFixed(0).padStart(6)} MB peak  exit ${m.status}`);
  row("JSON.parse (baseline)", baseline);
  row("fogcount check", check);
  console.log(`ratio to the baseline: ${(check.ms / baseline.ms).toFixed(1)}× the time, ${(check.mb / baseline.mb).toFixed(1)}× the memory`);
  if (check.status !== 0) process.exitCode = 1;
} finally {
  rmSync(dir, { recursive: true, force: true });
}
