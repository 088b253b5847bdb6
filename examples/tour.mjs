// A guided tour of fogcount's estimate room over the figures of the NIS 2025
// briefing on North Korean forces in Russia. Run it with `npm start`.
import {
  applyHedge,
  compareEstimates,
  formatEstimate,
  isFogcountError,
  ratio,
  sumEstimates,
  toInterval,
} from "fogcount";
import { nisBriefing2025Claims } from "fogcount/fixtures";

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

heading(6, "Mistakes are errors with stable codes, not wrong answers");
try {
  sumEstimates([casualties, figure("nis-kp-ru-exchange-value")]);
} catch (e) {
  if (!isFogcountError(e)) throw e;
  console.log(`  ${e.code}: ${e.message}`);
}
console.log("\nMore: README.md, and the guides in docs/.");
