const assert = require("node:assert/strict");

const { approx, formatEstimate, range, sumEstimates } = require("fogcount");
const { nisBriefing2025Claims, nisBriefing2025Ledger } = require("fogcount/fixtures");
const { EstimateSchema } = require("fogcount/schemas");
const { parseEstimate, resolveTimePhrase } = require("fogcount/text");
const { asOf, revisionHistory } = require("fogcount/revision");
const { importCumulativeSeries, importSipriTradeRegister } = require("fogcount/import");
const { balance, summarizeLedger } = require("fogcount/ledger");
const { arbEstimate, fogcountMatchers } = require("fogcount/testing");
const pkg = require("fogcount/package.json");

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
console.log("cjs: every entry requires");
