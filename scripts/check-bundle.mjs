// Bundles `import { sumEstimates } from "fogcount"` with zod left in reach,
// and fails if any of zod (or the schemas) ends up in the bundle, or if
// csv-parse is loaded by any entry but fogcount/import (its only user).
import { build } from "esbuild";
import { gzipSync } from "node:zlib";

const checks = [
  { name: "sumEstimates", code: 'import { sumEstimates } from "./dist/index.js"; console.log(sumEstimates);' },
  { name: "formatEstimate", code: 'import { formatEstimate } from "./dist/index.js"; console.log(formatEstimate);' },
  { name: "the whole entry", code: 'import * as all from "./dist/index.js"; console.log(all);' },
  { name: "fogcount/text", code: 'import * as all from "./dist/text.js"; console.log(all);' },
  { name: "fogcount/revision", code: 'import * as all from "./dist/revision.js"; console.log(all);' },
  { name: "fogcount/import", code: 'import * as all from "./dist/import.js"; console.log(all);' },
  { name: "fogcount/explain", code: 'import * as all from "./dist/explain.js"; console.log(all);' },
  { name: "fogcount/casualty", code: 'import * as all from "./dist/casualty.js"; console.log(all);' },
  { name: "fogcount/deployment", code: 'import * as all from "./dist/deployment.js"; console.log(all);' },
  { name: "fogcount/ledger", code: 'import * as all from "./dist/ledger.js"; console.log(all);' },
];
const forbidden = ["ZodError", "_zod", "EstimateSchema", "safeParse"];
let failed = false;
for (const { name, code } of checks) {
  const result = await build({
    stdin: { contents: code, resolveDir: process.cwd(), loader: "js" },
    bundle: true,
    minify: true,
    format: "esm",
    write: false,
    external: ["date-fns"],
    logLevel: "silent",
    metafile: true,
  });
  const text = result.outputFiles[0].text;
  const found = forbidden.filter((word) => text.includes(word));
  const gzip = gzipSync(text).length;
  const csv = Object.keys(result.metafile.inputs).some((file) => file.includes("node_modules/csv-parse/"));
  const csvWanted = name === "fogcount/import";
  console.log(`${name}: ${text.length} B minified, ${gzip} B gzip${found.length ? `, contains ${found.join(", ")}` : ", no zod"}${csv ? ", loads csv-parse" : ""}`);
  if (found.length) failed = true;
  if (csv !== csvWanted) {
    console.error(`check-bundle: ${name} ${csv ? "loads csv-parse, which only fogcount/import may load" : "does not load csv-parse, which it reads the SIPRI register with"}`);
    failed = true;
  }
}
if (failed) {
  console.error("check-bundle: a bundle holds what it must not (zod, or csv-parse outside fogcount/import)");
  process.exit(1);
}
