// Deployment waves: the total in force on a date with its working, the total
// over time, and what is wrong with the waves' dates; a plan is never counted
// as sent unless asked for.
import assert from "node:assert/strict";

import { exact, isFogcountError } from "fogcount";
import { datasetDeployments } from "fogcount/dataset";
import { deployment, deploymentFindings, deploymentSeries, deploymentTotal } from "fogcount/deployment";
import { explain } from "fogcount/explain";
import { nisBriefing2025Dataset } from "fogcount/fixtures";

const names = { names: { "kr-nis": "NIS" } };

// The waves a dataset holds: 10,000–12,000 troops in autumn 2024, and about 3,000 more dated "early 2023".
const waves = datasetDeployments(nisBriefing2025Dataset);
const total = deploymentTotal(waves, { asOf: "2025-04-30" });
console.log(explain(total, names));
assert.deepEqual(total.estimate, { kind: "range", low: 13000, high: 15000, unit: "person", approx: true });

// The increment is dated before the wave it adds to: a finding, and no total for the days between.
const [finding] = deploymentFindings(waves);
console.log(`${finding.code}: ${finding.message}`);
assert.equal(finding.code, "increment-before-base");
assert.throws(() => deploymentSeries(waves), (e) => isFogcountError(e, "increment-before-base"));

// With the year read as 2025, the total over time: a point each day a wave begins or completes.
const fixed = waves.map((w) => (w.period === "2023-01/2023-04" ? { ...w, period: "2025-01/2025-04" } : w));
for (const point of deploymentSeries(fixed)) console.log(`from ${point.date}: ${point.waves.join(" + ")}`);
assert.deepEqual(deploymentSeries(fixed).map((p) => p.date), ["2024-09-01", "2024-11-30", "2025-01-01", "2025-04-30"]);
// while the second wave is being sent, it counts as an unstated share of its size
assert.deepEqual(deploymentTotal(fixed, { asOf: "2025-02-28" }).estimate, { kind: "range", low: 10000, high: 15000, unit: "person", approx: true });

// "Pyongyang decided to send 12,000 more": a plan, not counted as sent unless asked for.
const [autumn] = fixed;
const plan = deployment({ id: "plan", from: "KP", to: "RU", category: "troops", size: exact(12000, "person"), period: "2025-06", reportedAt: "2025-05-01", attribution: autumn.attribution, modality: "planned" });
assert.deepEqual(deploymentTotal([...fixed, plan], { asOf: "2025-06-30" }).estimate, deploymentTotal(fixed, { asOf: "2025-06-30" }).estimate);
const planned = deploymentTotal([...fixed, plan], { asOf: "2025-06-30", modality: ["asserted", "planned"] });
console.log(explain(planned, names));
assert.equal(planned.label, "troops (asserted, planned)");
