import { describe, expect, it } from "vitest";

import { extractEstimates } from "../../src/text/extract.js";

/** Each span as [text, kind, value or "low–high", increment]. */
const read = (s: string) =>
  extractEstimates(s).map(({ text, estimate: e, increment }) => [text, e.kind, e.kind === "range" ? `${e.low}–${e.high}` : "value" in e ? e.value : undefined, increment]);

describe("the size of a change with words between its verb and 'by'", () => {
  it.each([
    ["Officials raised the toll by 200 to 1,500.", [["200", "exact", 200, true], ["1,500", "exact", 1500, false]]],
    ["The ministry increased its estimate by 2,000 to 35,000 troops.", [["2,000", "exact", 2000, true], ["35,000 troops", "exact", 35000, false]]],
    ["The toll was revised upward by 1,200 to 9,400.", [["1,200", "exact", 1200, true], ["9,400", "exact", 9400, false]]],
    ["The toll was revised up by 1,200.", [["1,200", "exact", 1200, true]]],
    ["Pakistan has officially raised the death toll from last month's earthquake by 15,676 to 73,276.", [["15,676", "exact", 15676, true], ["73,276", "exact", 73276, false]]],
    ["The UN raised its count of civilian deaths by 300 to 9,000.", [["300", "exact", 300, true], ["9,000", "exact", 9000, false]]],
    ["The strike killed 12, raising the total by 12 to 40.", [["12", "exact", 12, false], ["12", "exact", 12, true], ["40", "exact", 40, false]]],
    ["Officials raised the toll from 300 to 1,500.", [["300", "exact", 300, false], ["1,500", "exact", 1500, false]]],
  ])("is an increment and the figure after 'to' a level: %s", (sentence, found) => {
    expect(read(sentence)).toEqual(found);
  });

  it.each([
    ["The toll was revised downward by 300 to 4,000.", [["4,000", "exact", 4000, false]]],
    ["The army cut its strength by 3,000 to 12,000 troops.", [["12,000 troops", "exact", 12000, false]]],
    ["The cuts reduce the force by 2,000 to 10,000 soldiers.", [["10,000 soldiers", "exact", 10000, false]]],
    ["Moscow cut the force by a third.", []],
    ["Moscow cut the garrison by about a half to 5,000.", [["5,000", "exact", 5000, false]]],
  ])("is refused for a fall, and the level after 'to' read: %s", (sentence, found) => {
    expect(read(sentence)).toEqual(found);
  });

  it.each([
    ["Russia increased attacks on towns hit by 200 drones.", [["200 drones", "exact", 200, false]]],
    ["The village was shelled by 30 tanks.", [["30 tanks", "exact", 30, false]]],
    ["Between 300 and 400 troops were raised by the region.", [["Between 300 and 400 troops", "range", "300–400", false]]],
  ])("is not found past another verb or a preposition: %s", (sentence, found) => {
    expect(read(sentence)).toEqual(found);
  });
});

describe("verbs of a fall and 'up'", () => {
  it.each([
    "Exports slumped by 60,000 tonnes.",
    "Grain exports plummeted 40%.",
    "Shipments tumbled by 1,200 tonnes.",
    "Output sank by 12%.",
    "Reserves dipped by 300 tonnes.",
    "Stocks slid by 8%.",
    "Recruitment dropped by 2,000 a month.",
    "Shipments shrank by a quarter.",
  ])("refuse the size of a fall: %s", (sentence) => {
    expect(read(sentence)).toEqual([]);
  });

  it.each([
    ["Exports slumped to 60,000 tonnes.", [["60,000 tonnes", "exact", 60000, false]]],
    ["Output plummeted from 300 to 100 tonnes.", [["300", "exact", 300, false], ["100 tonnes", "exact", 100, false]]],
  ])("leave the level a fall ends at: %s", (sentence, found) => {
    expect(read(sentence)).toEqual(found);
  });

  it.each([
    ["Deaths were up 20% on last year.", [["20%", "exact", 20, true]]],
    ["Recruitment was up 3,000 from last month.", [["3,000", "exact", 3000, true]]],
  ])("make 'up' before a figure a rise: %s", (sentence, found) => {
    expect(read(sentence)).toEqual(found);
  });

  it.each([
    ["Women make up 20% of the force.", [["20%", "exact", 20, false]]],
    ["Police picked up 20 suspects.", [["20", "exact", 20, false]]],
    ["They rounded up 30 men.", [["30 men", "exact", 30, false]]],
    ["Troops set up 12 checkpoints.", [["12", "exact", 12, false]]],
  ])("leave 'up' after a verb it belongs to alone: %s", (sentence, found) => {
    expect(read(sentence)).toEqual(found);
  });
});

describe("a change that does not say which way it went", () => {
  it.each([
    ["The toll was revised by 300 to 4,000.", [["4,000", "exact", 4000, false]]],
    ["Estimates of the dead changed by 2,000.", []],
  ])("is refused, as it may be a fall: %s", (sentence, found) => {
    expect(read(sentence)).toEqual(found);
  });
});

describe("a change between two figures that name their unit", () => {
  it.each([
    ["Losses rose from 3,000 troops to 4,000 troops.", [["3,000 troops", "exact", 3000, false], ["4,000 troops", "exact", 4000, false]]],
    ["The range grew from 300 km to 500 km.", [["300 km", "exact", 300, false], ["500 km", "exact", 500, false]]],
    ["The ministry revised its tally upward from 3,000 dead to 4,000 dead.", [["3,000 dead", "exact", 3000, false], ["4,000 dead", "exact", 4000, false]]],
  ])("is two figures, the level it starts from and the one it ends at, not a range: %s", (sentence, found) => {
    expect(read(sentence)).toEqual(found);
  });

  it.each([
    ["Russia sent 3,000 troops to 4,000 troops.", [["3,000 troops to 4,000 troops", "range", "3000–4000", false]]],
    ["Russia moved 300 troops to 400 troops.", [["300 troops to 400 troops", "range", "300–400", false]]],
    ["Estimates ranged from 3 km to 5 km.", [["from 3 km to 5 km", "range", "3–5", false]]],
  ])("is still a range with no verb of change, or after one that moves its object: %s", (sentence, found) => {
    expect(read(sentence)).toEqual(found);
  });
});

describe("the size of a cut: 'scaled back by', 'trimmed by', 'cut … by'", () => {
  it.each([
    "The force was scaled back by 2,000.",
    "The contingent was trimmed by 500 troops.",
    "France cut its contingent by 1,000.",
    "France scaled back its contingent by 1,000 troops.",
    "Britain pared back its deployment in the area by 300 soldiers.",
    "The garrison was rolled back by 400.",
  ])("is a change below zero, not a level, and is not read: %s", (sentence) => {
    expect(read(sentence)).toEqual([]);
  });

  it.each([
    ["The force was scaled back to 3,000.", [["3,000", "exact", 3000, false]]],
    ["The force was scaled back from 5,000 to 3,000.", [["5,000", "exact", 5000, false], ["3,000", "exact", 3000, false]]],
    ["Russia scaled up its force by 2,000.", [["2,000", "exact", 2000, true]]],
    ["They brought back 300 prisoners.", [["300 prisoners", "exact", 300, false]]],
    ["Police held back 300 protesters by the gate.", [["300 protesters", "exact", 300, false]]],
    ["The army cut back 300 troops.", [["300 troops", "exact", 300, false]]],
  ])("leaves a level, a rise and a count as they were: %s", (sentence, found) => {
    expect(read(sentence)).toEqual(found);
  });
});
