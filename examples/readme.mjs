// The examples of README.md, checked: every result the README shows is asserted here.
import assert from "node:assert/strict";

import { add, approx, exact, formatEstimate, isFogcountError, range, ratio, sumEstimates, toInterval } from "fogcount";
import { checkDataset } from "fogcount/dataset";
import { nisBriefing2025Claims, nisBriefing2025Dataset } from "fogcount/fixtures";
import { asOf, revisionHistory } from "fogcount/revision";
import { extractEstimates, resolveTimePhrase } from "fogcount/text";

const total = sumEstimates([range(10_000, 12_000, "person"), approx(3000, "person")]);
assert.equal(formatEstimate(total, { unit: true }), "about 13,000–15,000 people");

const share = ratio(approx(600, "person"), approx(4700, "person"));
assert.equal(formatEstimate(share, { digits: 3 }), "about 0.128");

assert.deepEqual(toInterval(approx(600, "person"), { hedge: "rounding" }), {
  low: 550,
  high: 650,
  lowOpen: false,
  highOpen: false,
  best: 600,
});

assert.throws(
  () => add(exact(1, "USD"), exact(2, "EUR")),
  (e) => isFogcountError(e, "unit-mismatch"),
);

assert.deepEqual(
  extractEstimates("the deaths of about 300 soldiers and 2,700 injuries in January").map((e) => e.text),
  ["about 300 soldiers", "2,700 injuries"],
);
assert.deepEqual(resolveTimePhrase("in the previous fall", { reference: "2025-04-30" }), {
  ok: true,
  value: { kind: "season", year: 2024, season: "autumn" },
});

const [casualties] = revisionHistory(nisBriefing2025Claims.filter((c) => c.indicator.measure === "casualties"));
assert.deepEqual(asOf(casualties, { valid: "2025-04-30", known: "2025-04-01" })?.estimate, {
  kind: "exact",
  value: 4000,
  unit: "person",
  text: "4,000",
});
assert.deepEqual(
  checkDataset(nisBriefing2025Dataset).map((f) => f.code),
  ["increment-before-wave"],
);
console.log("README examples hold");
