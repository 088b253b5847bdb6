// Bundles each entry as an app bundler does, with zod left in reach, and
// fails if zod (or the schemas) ends up in a bundle that must not contain it,
// or if the command line's code ends up in any library entry, or csv-parse in
// any entry but fogcount/import, or fast-check or a test runner (optional peer
// dependencies of the test kit) in any entry but the test kit's.
import { build } from "esbuild";
import { gzipSync } from "node:zlib";

/** Words only zod and the schema modules bring. */
const ZOD = ["ZodError", "_zod", "EstimateSchema", "safeParse"];
/** Words only the command line brings: its argument parser, its JSON reader, its output. */
const CLI = ["parseArgs", "createScanner", "jsonc", "process.exitCode", "Usage: fogcount"];
/** The test kit's optional peer dependencies: each loaded by the kit's entries that need it, and by no other entry. */
const PEERS = ["fast-check", "vitest", "jest", "expect", "@jest/globals"];

const checks = [
  { name: "sumEstimates", code: 'import { sumEstimates } from "./dist/index.js"; console.log(sumEstimates);', forbidden: [...ZOD, ...CLI] },
  { name: "formatEstimate", code: 'import { formatEstimate } from "./dist/index.js"; console.log(formatEstimate);', forbidden: [...ZOD, ...CLI] },
  { name: "the whole entry", code: 'import * as all from "./dist/index.js"; console.log(all);', forbidden: [...ZOD, ...CLI] },
  { name: "fogcount/text", code: 'import * as all from "./dist/text.js"; console.log(all);', forbidden: [...ZOD, ...CLI] },
  { name: "fogcount/revision", code: 'import * as all from "./dist/revision.js"; console.log(all);', forbidden: [...ZOD, ...CLI] },
  { name: "fogcount/import", code: 'import * as all from "./dist/import.js"; console.log(all);', forbidden: [...ZOD, ...CLI] },
  { name: "fogcount/explain", code: 'import * as all from "./dist/explain.js"; console.log(all);', forbidden: [...ZOD, ...CLI] },
  { name: "fogcount/casualty", code: 'import * as all from "./dist/casualty.js"; console.log(all);', forbidden: [...ZOD, ...CLI] },
  { name: "fogcount/deployment", code: 'import * as all from "./dist/deployment.js"; console.log(all);', forbidden: [...ZOD, ...CLI] },
  { name: "fogcount/ledger", code: 'import * as all from "./dist/ledger.js"; console.log(all);', forbidden: [...ZOD, ...CLI] },
  { name: "fogcount/render", code: 'import * as all from "./dist/render.js"; console.log(all);', forbidden: [...ZOD, ...CLI] },
  { name: "fogcount/fixtures", code: 'import * as all from "./dist/fixtures.js"; console.log(all);', forbidden: [...ZOD, ...CLI] },
  // reading a dataset is zod's work (a peer dependency, as for fogcount/schemas); the command line stays out
  { name: "fogcount/dataset", code: 'import * as all from "./dist/dataset.js"; console.log(all);', forbidden: CLI },
  { name: "fogcount/schemas", code: 'import * as all from "./dist/schemas.js"; console.log(all);', forbidden: CLI },
  // the test kit loads zod (its matchers read estimates and datasets), and the peers it is for
  { name: "fogcount/testing", code: 'import * as all from "./dist/testing.js"; console.log(all);', forbidden: CLI, peers: ["fast-check"] },
  { name: "fogcount/testing/vitest", code: 'import "./dist/testing/vitest.js";', forbidden: CLI, peers: ["vitest"] },
  { name: "fogcount/testing/jest", code: 'import "./dist/testing/jest.js";', forbidden: CLI, peers: [] },
];
let failed = false;
for (const { name, code, forbidden, peers = [] } of checks) {
  const result = await build({
    stdin: { contents: code, resolveDir: process.cwd(), loader: "js" },
    bundle: true,
    minify: true,
    format: "esm",
    write: false,
    external: ["date-fns", ...PEERS],
    logLevel: "silent",
    metafile: true,
  });
  const text = result.outputFiles[0].text;
  const found = forbidden.filter((word) => text.includes(word));
  const gzip = gzipSync(text).length;
  const kept = forbidden === CLI ? "no command-line code" : "no zod, no command-line code";
  console.log(`${name}: ${text.length} B minified, ${gzip} B gzip${found.length ? `, contains ${found.join(", ")}` : `, ${kept}`}`);
  if (found.length) failed = true;
  // csv-parse reads the SIPRI register in fogcount/import, and loads nowhere else
  const csv = Object.keys(result.metafile.inputs).some((file) => file.includes("node_modules/csv-parse/"));
  // the peers an entry loads: the packages left external that it imports
  const loaded = [...new Set(Object.values(result.metafile.outputs).flatMap((o) => o.imports.filter((i) => i.external).map((i) => i.path)))].filter((p) => PEERS.includes(p));
  const wrong = [...loaded.filter((p) => !peers.includes(p)).map((p) => `loads ${p}`), ...peers.filter((p) => !loaded.includes(p)).map((p) => `does not load ${p}`)];
  if (wrong.length > 0) {
    console.error(`check-bundle: ${name} ${wrong.join(", ")}: fast-check and the test runners are optional peer dependencies of the test kit alone`);
    failed = true;
  }
  if (csv !== (name === "fogcount/import")) {
    console.error(`check-bundle: ${name} ${csv ? "loads csv-parse, which only fogcount/import may load" : "does not load csv-parse, which it reads the SIPRI register with"}`);
    failed = true;
  }
}
if (failed) {
  console.error("check-bundle: zod, the command line, csv-parse or a test kit's peer reached a bundle that must not contain it");
  process.exit(1);
}
