// The benchmark harness at its quick sizes, so that it cannot rot: every row runs, its library
// and baseline agree (a row checks that before it times them), and the table has every row.
// Its timings are not checked: benchmarks are measurements (npm run bench), not tests.
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";

import { ROOT } from "./run.js";

const dir = mkdtempSync(join(tmpdir(), "fogcount-bench-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

interface Result {
  readonly machine: string;
  readonly rows: readonly { what: string; ratio: string; aim: string; within: boolean | null; memory?: string }[];
  readonly notes: readonly string[];
}

describe("npm run bench -- --quick", () => {
  it("runs every row and prints the table", () => {
    const json = join(dir, "bench.json");
    const run = spawnSync(process.execPath, ["--import", "tsx", "bench/run.ts", "--quick", "--no-build", `--json=${json}`], { cwd: ROOT, encoding: "utf8" });
    expect(run.stderr).not.toMatch(/exit \d|Error/);
    expect(run.status).toBe(0);
    const result = JSON.parse(readFileSync(json, "utf8")) as Result;
    const whats = result.rows.map((r) => r.what);
    for (const what of [
      /^validate a .*-claim dataset \(parseDataset \+ checkDataset\)$/,
      /^.* asOf queries on a .*-claim history$/,
      /^revisionHistory of .* plain claims$/,
      /^summarizeLedger of .* entries$/,
      /^sumEstimates of .* estimates$/,
      /^extractEstimates, one call a sentence/,
      /^extractEstimates on .* MB of news-style text in one call$/,
      /^fogcount check on a .* MB dataset/,
      /^import "fogcount"$/,
      /^import "fogcount\/text"$/,
      /^import "fogcount\/revision"$/,
      /^revisionHistory of .* claims built by claim\(\)$/,
      /^mergeLedgers of entries told by both ledgers: .* against /,
      /^resolveTimePhrase of a phrase of n words: .* against /,
    ]) {
      expect(whats.some((w) => what.test(w)), `a row ${what}`).toBe(true);
    }
    for (const row of result.rows) expect(row.ratio, row.what).toMatch(/^\d+(\.\d+)?(×|× faster| MB\/s|× linear)$/);
    for (const row of result.rows.filter((r) => r.what.startsWith("revisionHistory"))) expect(row.memory, row.what).toMatch(/ MB \/ .* MB = /);
    expect(result.notes.some((n) => /^revisionHistory of plain objects copies and checks every claim, those of the usual shape in one pass: that pass alone takes \d.*the general path's copy alone \d.*its check alone \d/.test(n))).toBe(true);
    expect(run.stdout).toContain("within aim");
    expect(run.stdout.split("\n").filter((l) => /\s(yes|NO|—)(\s|$)/.test(l))).toHaveLength(result.rows.length);
  }, 120_000);

  it("refuses an option or a row it does not know in one line, without a stack", () => {
    for (const [arg, said] of [
      ["--frobnicate", "npm run bench: --frobnicate is not an option: the options are --quick, --only=ROWS, --json=FILE and --no-build"],
      ["--only=nope", 'npm run bench: no row "nope": the rows are dataset, as-of, history, ledger, sum, extract, check, import, growth'],
    ]) {
      const run = spawnSync(process.execPath, ["--import", "tsx", "bench/run.ts", arg as string, "--no-build"], { cwd: ROOT, encoding: "utf8" });
      expect(run.status).toBe(1);
      expect(run.stderr.trim()).toBe(said);
    }
  });
});
