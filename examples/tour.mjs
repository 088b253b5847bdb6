// A guided tour of fogcount over the figures of the NIS 2025 briefing on North
// Korean forces in Russia: estimates as stated, intervals, totals and ratios,
// reading figures and time phrases out of text, revisions on two clocks, and
// the casualty breakdown and the deployment total with their working.
// Run it with `npm start`.
import {
  applyHedge,
  compareEstimates,
  formatEstimate,
  formatPeriod,
  isFogcountError,
  periodBounds,
  ratio,
  sumEstimates,
  toInterval,
} from "fogcount";
import { casualtyRate, reconcileCasualties, woundedToKilled } from "fogcount/casualty";
import { deploymentTotal, netPresence } from "fogcount/deployment";
import { derive, explain } from "fogcount/explain";
import { nisBriefing2025CasualtiesApril, nisBriefing2025Claims, nisBriefing2025Deployments } from "fogcount/fixtures";
import { asOf, revisionHistory, revisions } from "fogcount/revision";
import { extractEstimates, resolveTimePhrase } from "fogcount/text";

const figure = (id) => {
  const found = nisBriefing2025Claims.find((c) => c.id === id);
  if (!found) throw new Error(`no claim ${id} in the fixture`);
  return found.estimate;
};
const show = (e) => formatEstimate(e, { unit: true });
const interval = ({ low, high, lowOpen, highOpen, best }) =>
  `${lowOpen ? "(" : "["}${low}, ${high}${highOpen ? ")" : "]"}${best === undefined ? "" : ` best ${best}`}`;
const heading = (n, title) => console.log(`\n${n}. ${title}\n${"-".repeat(title.length + 4)}`);

console.log("fogcount: the numbers of the NIS 2025 briefing, as stated and as intervals");

heading(1, "Every figure keeps what the source said");
for (const c of nisBriefing2025Claims.filter((c) => c.indicator.unit === "person" || c.estimate.kind === "magnitude")) {
  const { subject, measure } = c.indicator;
  console.log(`  ${subject} ${measure}, valid ${c.validTime}\n    "${c.estimate.text}" -> ${c.estimate.kind}: ${show(c.estimate)}`);
}

heading(2, "Stated forms become intervals for arithmetic");
const killed = figure("nis-2025-04-killed");
const casualties = figure("nis-2025-04-casualties");
console.log(`  ${show(killed)} as stated:   ${interval(toInterval(killed))}`);
console.log(`  ${show(killed)} by rounding: ${interval(toInterval(killed, { hedge: "rounding" }))}`);
console.log(`  ${show(casualties)} by rounding: ${interval(toInterval(casualties, { hedge: "rounding" }))}`);
console.log(`  ${show(figure("nis-kp-ru-exchange-value"))}: ${interval(toInterval(figure("nis-kp-ru-exchange-value")))}`);

heading(3, "Totals carry their uncertainty: troops sent across two waves");
const waves = [figure("nis-2024-autumn-deployed"), figure("nis-2023-early-deployed")];
const troops = sumEstimates(waves);
console.log(`  ${waves.map(show).join(" + ")} = ${show(troops)}`);
const hedged = sumEstimates(waves.map((e) => applyHedge(e, "rounding")));
console.log(`  reading "approximately" by its rounding: ${show(hedged)}`);

heading(4, "Ratios with honest bounds: deaths among casualties");
const share = ratio(killed, casualties);
console.log(`  ${show(killed)} of ${show(casualties)}: ${formatEstimate(share, { digits: 3 })} (${(share.value * 100).toFixed(1)}%)`);
const wide = ratio(applyHedge(killed, "rounding"), applyHedge(casualties, "rounding"));
console.log(`  read by rounding: ${formatEstimate(wide, { digits: 3 })}`);

heading(5, "Revisions: how each estimate stands to the last");
const history = [
  ["January (killed + wounded)", sumEstimates([figure("nis-2025-01-killed"), figure("nis-2025-01-wounded")])],
  ["March", figure("nis-2025-03-casualties")],
  ["April", casualties],
];
for (let i = 1; i < history.length; i++) {
  const [fromLabel, from] = history[i - 1];
  const [toLabel, to] = history[i];
  const relation = compareEstimates(from, to);
  const word = relation === "below" ? "revised up" : relation === "above" ? "revised down" : relation;
  console.log(`  ${fromLabel} ${show(from)} -> ${toLabel} ${show(to)}: ${word}`);
}

heading(6, "Reading the article: figures and time phrases out of text");
const sentences = [
  "Earlier, the NIS had estimated lower casualty numbers, indicating the deaths of about 300 soldiers and 2,700 injuries in January, which later escalated to 4,000 in March.",
  "Approximately 3,000 additional troops were dispatched in early 2023.",
  "Pyongyang decided to send 12,000 troops; the toll could exceed 5,000, though it is not 300,000.",
];
for (const found of sentences.flatMap((s) => extractEstimates(s))) {
  const doing = `${found.modality === "asserted" ? "" : `, ${found.modality}`}${found.increment ? ", an increment" : ""}`;
  console.log(`  "${found.text}" -> ${found.estimate.kind} ${show(found.estimate)}${doing}`);
}
for (const phrase of ["in the previous fall", "between January and March", "in early 2023"]) {
  const read = resolveTimePhrase(phrase, { reference: "2025-04-30" });
  if (!read.ok) throw new Error(`${phrase}: ${read.reason}`);
  const { earliest, latest } = periodBounds(read.value);
  console.log(`  "${phrase}", read on 2025-04-30 -> ${formatPeriod(read.value)} (${earliest} to ${latest})`);
}

heading(7, "Two clocks: what was believed when, about when");
const [casualties7] = revisionHistory(nisBriefing2025Claims.filter((c) => c.indicator.measure === "casualties"));
for (const [valid, known] of [["2025-03-31", "2025-04-01"], ["2025-04-30", "2025-04-01"], ["2025-04-30", undefined]]) {
  const found = asOf(casualties7, known === undefined ? { valid } : { valid, known });
  console.log(`  as of ${valid}, known ${known ?? "now"}: ${found ? `${show(found.estimate)} (${found.id})` : "nothing yet"}`);
}
for (const r of revisions(casualties7)) {
  console.log(`  ${r.from.id} -> ${r.to.id}: ${r.direction}${r.change ? `, change ${formatEstimate(r.change)}` : ""}`);
}

heading(8, "Mistakes are errors with stable codes, not wrong answers");
try {
  sumEstimates([casualties, figure("nis-kp-ru-exchange-value")]);
} catch (e) {
  if (!isFogcountError(e)) throw e;
  console.log(`  ${e.code}: ${e.message}`);
}
heading(9, "Casualties: what the figures determine, with their working");
const names = { names: { "kr-nis": "NIS" } };
const reconciled = reconcileCasualties(nisBriefing2025CasualtiesApril);
for (const field of ["killed", "wounded", "missing", "captured", "total"]) {
  const value = reconciled.breakdown[field];
  console.log(`  ${field}: ${typeof value === "string" ? value : show(value)}${reconciled.derived[field] ? " (derived)" : ""}`);
}
console.log(`  ${explain(reconciled.derived.wounded, names)}`);
const perKilled = woundedToKilled(reconciled.derived.wounded, nisBriefing2025CasualtiesApril.claims.killed);
console.log(`  ${explain(perKilled, names).split("\n")[0]}`);
const force = derive.sum(nisBriefing2025Claims.filter((c) => c.indicator.measure === "deployed"), { label: "troops" });
for (const line of explain(casualtyRate(nisBriefing2025CasualtiesApril.claims.total, force), names).split("\n")) console.log(`  ${line}`);


heading(10, "Deployments: the waves in force, and who is still there");
const total = deploymentTotal(nisBriefing2025Deployments, { asOf: "2025-04-30" });
console.log(`  ${explain(total, names)}`);
const byId = (id) => nisBriefing2025Claims.find((c) => c.id === id);
const present = netPresence(
  { deployed: total, killed: byId("nis-2025-04-killed"), wounded: reconciled.derived.wounded, repatriated: byId("nis-2025-q1-repatriated") },
  { label: "troops still there" },
);
console.log(`  naive (the repatriated wounded counted twice): ${show(present.naive.estimate)}`);
console.log(`  aware (counted once):                         ${show(present.aware.estimate)}`);

console.log("\nMore: README.md, and the guides in docs/.");
