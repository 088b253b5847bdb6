// `fogcount check` on a 100 MB dataset (generated here, not kept), the built command as a user
// runs it, against JSON.parse of the same file in a process of its own: the time and peak
// resident memory of each.
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

import { writeDataset } from "../dataset.js";
import { ROOT, built } from "../_lib/built.js";
import { mb, median, ms, report, size, times } from "../_lib/harness.js";

const MEGABYTES = size(100, 1);
const cli = built("dist/cli.js");
const dir = mkdtempSync(join(tmpdir(), "fogcount-bench-"));

interface Run {
  readonly ms: number;
  readonly peak: number;
  readonly status: number | null;
}

/** Runs node with `args`, and returns its wall time, peak resident memory and exit status. */
function measure(args: readonly string[]): Run {
  const hook = join(dir, "peak.cjs");
  writeFileSync(hook, 'process.on("exit", () => process.stderr.write(`peak ${process.resourceUsage().maxRSS}\\n`));\n');
  const start = performance.now();
  const run = spawnSync(process.execPath, ["--require", hook, ...args], { cwd: ROOT, encoding: "utf8", maxBuffer: 1 << 30 });
  const ms = performance.now() - start;
  const kb = Number(/peak (\d+)/.exec(run.stderr)?.[1] ?? NaN);
  return { ms, peak: kb * 1024, status: run.status };
}

try {
  const file = join(dir, "dataset.json");
  const claims = writeDataset(file, MEGABYTES);
  const runs: [Run, Run][] = [];
  for (let k = 0; k < size(3, 1); k++) {
    const baseline = measure(["-e", `JSON.parse(require("fs").readFileSync(${JSON.stringify(file)}, "utf8"))`]);
    const check = measure([cli, "check", file]);
    if (check.status !== 0) throw new Error(`fogcount check exited ${check.status}`);
    runs.push([check, baseline]);
  }
  const pick = (side: 0 | 1, field: "ms" | "peak"): number => median(runs.map((r) => r[side][field]));
  const [ours, hand] = [pick(0, "ms"), pick(1, "ms")];
  report({
    rows: [
      {
        what: `fogcount check on a ${MEGABYTES} MB dataset (${claims.toLocaleString("en")} claims)`,
        library: ms(ours),
        baseline: `${ms(hand)} (JSON.parse)`,
        ratio: times(ours / hand),
        aim: "report time and peak memory",
        within: null,
        memory: `${mb(pick(0, "peak"))} / ${mb(pick(1, "peak"))} = ${times(pick(0, "peak") / pick(1, "peak"))}`,
      },
    ],
    notes: [`fogcount check and JSON.parse each in a process of their own, started ${runs.length} times: the median wall time (node's start included) and peak resident memory`],
  });
} finally {
  rmSync(dir, { recursive: true, force: true });
}
