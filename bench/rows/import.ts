// The time to import each entry of the built package, in a fresh process each time, against
// importing zod alone, the same way, in the same run.
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";

import { ROOT, built } from "../_lib/built.js";
import { median, ms, QUICK, report, size, times } from "../_lib/harness.js";

/** The entries, as a user names them, from the package's exports (with --quick, the three with an aim). */
const exportsMap = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")).exports as Record<string, unknown>;
const AIMED = ["fogcount", "fogcount/text", "fogcount/revision"];
const ENTRIES = QUICK
  ? AIMED
  : Object.keys(exportsMap)
      // the registration entries of the test kit register matchers with a test runner's expect, and refuse to load without one
      .filter((k) => k !== "./package.json" && !k.includes("*") && k !== "./testing/vitest" && k !== "./testing/jest")
      .map((k) => (k === "." ? "fogcount" : `fogcount/${k.slice(2)}`));
for (const e of ENTRIES) built(`dist/${e === "fogcount" ? "index" : e.slice("fogcount/".length)}.js`);

/** The ms `await import(specifier)` takes in a fresh node, resolved from the package's root as a user's code would. */
function importMs(specifier: string): number {
  const code = `const t = performance.now(); await import(${JSON.stringify(specifier)}); process.stdout.write(String(performance.now() - t));`;
  const run = spawnSync(process.execPath, ["--input-type=module", "-e", code], { cwd: ROOT, encoding: "utf8" });
  if (run.status !== 0) throw new Error(`importing ${specifier} failed: ${run.stderr}`);
  return Number(run.stdout);
}

// Round by round, every entry and zod in turn, in a fresh process each; medians over the rounds.
const specifiers = ["zod", ...ENTRIES];
const timesOf = new Map<string, number[]>(specifiers.map((s) => [s, []]));
const ratios = new Map<string, number[]>(ENTRIES.map((s) => [s, []]));
for (let round = 0; round < size(9, 1); round++) {
  const zod = importMs("zod");
  timesOf.get("zod")?.push(zod);
  for (const e of ENTRIES) {
    const t = importMs(e);
    timesOf.get(e)?.push(t);
    ratios.get(e)?.push(t / zod);
  }
}
const zod = median(timesOf.get("zod") ?? []);
report({
  rows: ENTRIES.map((e) => {
    const r = median(ratios.get(e) ?? []);
    const aimed = AIMED.includes(e);
    return {
      what: `import "${e}"`,
      library: ms(median(timesOf.get(e) ?? [])),
      baseline: `${ms(zod)} (import "zod")`,
      ratio: times(r),
      aim: aimed ? "≤ 1×" : "report",
      within: aimed ? r <= 1 : null,
    };
  }),
  notes: [`import times: \`await import()\` in a fresh node process each, from the package's root; ${size(9, 1)} rounds, each importing zod and then every entry; the ratio is the median of each round's ratio to zod`],
});
