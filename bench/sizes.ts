/**
 * The bundle sizes the performance page lists: every budget of `.size-limit.json` as
 * `size-limit --json` measures it, and the headline functions each imported alone from its
 * entry of the built package, bundled and minified by esbuild (zod, date-fns and csv-parse
 * left out, as the entries' budgets leave them out) and gzipped. Build first, then
 * `npx tsx bench/sizes.ts`.
 */
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";

import { build } from "esbuild";

import { ROOT, built } from "./_lib/built.js";

/** Headline functions, by the entry a user imports them from. */
const HEADLINES: readonly (readonly [string, string])[] = [
  ["index", "sumEstimates"],
  ["index", "parsePeriod"],
  ["index", "claim"],
  ["text", "parseEstimate"],
  ["text", "extractEstimates"],
  ["revision", "revisionHistory"],
  ["revision", "asOf"],
  ["ledger", "summarizeLedger"],
  ["dataset", "checkDataset"],
  ["dataset", "parseDataset"],
];

const kb = (bytes: number): string => `${(bytes / 1000).toFixed(2)} kB`;

/** The gzipped size of `import { name } from entry`, bundled and minified. */
async function sizeOf(entry: string, name: string): Promise<number> {
  const file = built(`dist/${entry}.js`);
  const out = await build({
    stdin: { contents: `export { ${name} } from ${JSON.stringify(file)};`, resolveDir: ROOT, loader: "js" },
    bundle: true,
    minify: true,
    format: "esm",
    write: false,
    external: ["zod", "date-fns", "date-fns/*", "csv-parse", "csv-parse/*"],
    logLevel: "silent",
  });
  return gzipSync(out.outputFiles[0]?.contents ?? new Uint8Array()).length;
}

const run = spawnSync("npx", ["size-limit", "--json"], { cwd: ROOT, encoding: "utf8" });
const budgets = JSON.parse(run.stdout) as { name: string; passed: boolean; size: number; sizeLimit: number }[];
const configured = JSON.parse(readFileSync(join(ROOT, ".size-limit.json"), "utf8")) as { name: string }[];
if (budgets.length !== configured.length) throw new Error(`size-limit measured ${budgets.length} of ${configured.length} budgets: ${run.stderr}`);

console.log("| budget (.size-limit.json, gzip) | size | limit | within |\n| --- | --- | --- | --- |");
for (const b of budgets) console.log(`| ${b.name} | ${kb(b.size)} | ${kb(b.sizeLimit)} | ${b.passed ? "yes" : "no"} |`);
console.log("\n| headline function, imported alone (minified, gzip) | size |\n| --- | --- |");
for (const [entry, name] of HEADLINES) {
  console.log(`| \`import { ${name} } from "${entry === "index" ? "fogcount" : `fogcount/${entry}`}"\` | ${kb(await sizeOf(entry, name))} |`);
}
