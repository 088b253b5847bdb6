// Casualty breakdowns: what a source gave, what its figures determine, and
// the ratios, each with its working; a figure not given is never read as 0.
import assert from "node:assert/strict";

import { approx, formatEstimate, isFogcountError } from "fogcount";
import { killedToWounded, lethality, reconcileCasualties, woundedToKilled } from "fogcount/casualty";
import { datasetBreakdowns } from "fogcount/dataset";
import { explain } from "fogcount/explain";
import { nisBriefing2025Dataset } from "fogcount/fixtures";

const names = { names: { "kr-nis": "NIS" } };
const figure = (value) => (typeof value === "string" ? value : formatEstimate(value, { unit: true }));

// The breakdowns a dataset holds, each with the claims its figures come from.
const [april, january] = datasetBreakdowns(nisBriefing2025Dataset);
const { breakdown, derived, findings } = reconcileCasualties(april.breakdown);
console.log(`${april.id} (${april.party.name}): killed ${figure(breakdown.killed)}, wounded ${figure(breakdown.wounded)}, total ${figure(breakdown.total)}`);
assert.deepEqual(breakdown.wounded, { kind: "approx", value: 4100, unit: "person" });
assert.deepEqual(findings, []);

// How the wounded were derived: the total less the killed, as the total counts killed and wounded.
console.log(explain(derived.wounded, names));
assert.equal(
  explain(derived.wounded, names),
  "about 4,100 wounded = an estimated 4,700 casualties (NIS, 30 April 2025) − approximately 600 killed (NIS, 30 April 2025) (casualties count killed and wounded)",
);

// Ratios take the claims (so their working names the source) or derived figures.
const killed = april.breakdown.claims.killed;
const share = lethality(killed, april.breakdown.claims.total);
const perKilled = woundedToKilled(derived.wounded, killed);
console.log(explain(share, names));
console.log(explain(perKilled, names));
assert.equal(formatEstimate(share.estimate, { style: "percent" }), "about 13%");
assert.equal(formatEstimate(perKilled.estimate, { digits: 2 }), "about 6.8");

// January gave killed and wounded, not the total: the total is derived from them.
const jan = reconcileCasualties(january.breakdown);
console.log(`${january.id}: ${explain(jan.derived.total, names)}`);
assert.deepEqual(jan.breakdown.total, { kind: "approx", value: 3000, unit: "person" });

// Unknown is not zero: with the missing unknown, the total less the killed leaves wounded and missing together.
const mine = {
  killed: approx(600, "person"),
  wounded: "unknown",
  missing: "unknown",
  captured: "not-reported",
  total: approx(4700, "person"),
  includes: ["killed", "wounded", "missing"],
};
const unread = reconcileCasualties(mine);
console.log(unread.findings.map((f) => `${f.code}: ${f.message}`).join("\n"));
assert.equal(unread.breakdown.wounded, "unknown");
assert.deepEqual(unread.findings.map((f) => f.code), ["not-derivable"]);

// A ratio that cannot be had is refused with a reason, never a number.
assert.throws(
  () => killedToWounded(approx(600, "person"), approx(0, "person")),
  (e) => isFogcountError(e, "division-by-zero-interval"),
);
