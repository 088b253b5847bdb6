import assert from "node:assert/strict";

import { approx, formatEstimate, isFogcountError, range, sumEstimates } from "fogcount";
import { nisBriefing2025Claims, nisBriefing2025Ledger } from "fogcount/fixtures";
import { EstimateSchema } from "fogcount/schemas";
import { parseEstimate, resolveTimePhrase } from "fogcount/text";
import { asOf, revisionHistory } from "fogcount/revision";
import { importCumulativeSeries, importSipriTradeRegister } from "fogcount/import";
import { balance, summarizeLedger } from "fogcount/ledger";
import { ledgerChart } from "fogcount/render";
import { arbEstimate, fogcountMatchers } from "fogcount/testing";
import pkg from "fogcount/package.json" with { type: "json" };
import { checkDataset, parseDataset } from "fogcount/dataset";
import { nisBriefing2025Dataset } from "fogcount/fixtures";
import datasetSchema from "fogcount/schema/dataset.json" with { type: "json" };

const total = sumEstimates([range(10_000, 12_000, "person"), approx(3000, "person")]);
assert.equal(formatEstimate(total), "about 13,000–15,000");
assert.equal(EstimateSchema.parse(total).kind, "range");
assert.ok(nisBriefing2025Claims.length > 0);
assert.equal(typeof arbEstimate, "function");
assert.equal(typeof fogcountMatchers.toAllow, "function");
assert.equal(pkg.name, "fogcount");
const read = parseEstimate("approximately 600 deaths");
assert.ok(read.ok && read.value.kind === "approx" && read.value.unit === "person");
const when = resolveTimePhrase("the previous fall", { reference: "2025-04-30" });
assert.ok(when.ok);
const history = revisionHistory(nisBriefing2025Claims).find((h) => h.claims.some((c) => c.id === "nis-2025-03-casualties"));
assert.equal(asOf(history, { valid: "2025-03-31" })?.id, "nis-2025-03-casualties");
assert.equal(typeof importCumulativeSeries, "function");
assert.equal(typeof importSipriTradeRegister, "function");
assert.deepEqual(balance(summarizeLedger(nisBriefing2025Ledger)).noneObserved.map((n) => n.item), ["cash payments"]);
assert.ok(ledgerChart(nisBriefing2025Ledger).startsWith("<svg "));
try {
  sumEstimates([]);
  assert.fail("sumEstimates([]) should throw");
} catch (e) {
  assert.ok(isFogcountError(e, "empty-sum"));
}
const dataset = parseDataset(JSON.parse(JSON.stringify(nisBriefing2025Dataset)));
assert.deepEqual(checkDataset(dataset).map((f) => f.code), ["increment-before-wave"]);
assert.equal(datasetSchema.title, "fogcount dataset");
console.log("esm: every entry imports");
