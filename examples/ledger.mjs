// A ledger: what two parties sent each other, both directions side by side;
// totals that never read unknown as 0; what nobody observed and what was
// valued as a whole, listed apart; a net only where both sides are valued.
import assert from "node:assert/strict";

import { exact, formatEstimate, isFogcountError, range } from "fogcount";
import { datasetLedgers } from "fogcount/dataset";
import { nisBriefing2025Dataset } from "fogcount/fixtures";
import { balance, flows, ledger } from "fogcount/ledger";

// The exchange between North Korea and Russia in the NIS briefing.
const [{ id, ledger: exchange }] = datasetLedgers(nisBriefing2025Dataset);
const b = balance(exchange);
console.log(`${id}: ${b.parties.map((p) => p.name).join(" and ")}`);
for (const d of b.directions) {
  console.log(`  ${d.from} → ${d.to}, ${d.entries} entries`);
  for (const line of d.lines) {
    const quantities = line.quantities.map((q) => formatEstimate(q.total, { unit: true }));
    const unknown = line.unknown.quantity > 0 ? [`${line.unknown.quantity} of unknown quantity`] : [];
    console.log(`    ${line.category} (${line.stage}): ${[...quantities, ...unknown].join(", ")}`);
  }
}
const personnel = b.directions[0].lines.find((l) => l.category === "personnel");
assert.equal(formatEstimate(personnel.quantities[0].total, { unit: true }), "about 13,000–15,000 people");
// what Russia sent has no number: counted as unknown, never as 0
assert.deepEqual(b.directions[1].lines.map((l) => [l.category, l.quantities.length, l.unknown.quantity]), [["munitions", 0, 1], ["technology", 0, 2], ["weapon-systems", 0, 1]]);

// Listed apart: what the source looked for and did not see, and the value of the exchange as a whole.
for (const n of b.noneObserved) console.log(`  no indication of ${n.item} from ${n.from} to ${n.to}`);
for (const v of b.valuations) console.log(`  ${v.item}: "${v.value.estimate.text}", currency ${v.value.estimate.unit}`);
assert.deepEqual(b.noneObserved.map((n) => n.item), ["cash payments"]);
assert.deepEqual(b.valuations.map((v) => v.value.estimate.order), ["billions"]);
assert.deepEqual(b.net, []);
assert.deepEqual(flows(exchange, { from: "KP", evidence: "alleged" }).map((e) => e.item), ["conventional weapons"]);

// Your own ledger, valued in dollars both ways: the net is every difference the values allow,
// and unbounded on a side with an entry of unknown value.
const cia = { originator: { id: "us-cia", kind: "intelligence-agency", name: "CIA", country: "US" } };
const entry = (id, from, category, item, more) => ({ id, from, to: from === "KP" ? "RU" : "KP", category, item, stage: "delivered", evidence: "reported", period: "2024", attribution: cia, ...more });
const parties = [{ code: "KP", name: "North Korea" }, { code: "RU", name: "Russia" }];
const shells = entry("shells", "KP", "munitions", "artillery shells", { value: { estimate: range(1e9, 2e9, "USD"), basis: "stated" } });
const oil = entry("oil", "RU", "energy", "refined oil", { value: { estimate: exact(3e8, "USD"), basis: "stated" } });
const [net] = balance(ledger({ parties, entries: [shells, oil] })).net;
console.log(`  net, ${net.from} → ${net.to} in ${net.unit}: ${net.net.low.toLocaleString("en-US")} to ${net.net.high.toLocaleString("en-US")}`);
assert.deepEqual([net.net.low, net.net.high], [7e8, 1.7e9]);
const missiles = entry("missiles", "RU", "munitions", "air defense missiles");
const [open] = balance(ledger({ parties, entries: [shells, oil, missiles] })).net;
assert.deepEqual([open.net.low, open.net.high, open.unvalued], [-Infinity, 1.7e9, [0, 1]]);

// A dataset whose ledger has an entry to a country that is not one of its parties cannot be balanced.
const astray = structuredClone(nisBriefing2025Dataset);
astray.ledgers[0].entries[6].to = "IR";
assert.throws(() => datasetLedgers(astray), (e) => isFogcountError(e, "invalid-dataset") && /entries\[6\]\.to/.test(e.message));
