// What the charts refuse, and how: every mistake a FogcountError naming the
// function, the argument and the value.
import { describe, expect, it } from "vitest";

import { nisBriefing2025CasualtiesApril, nisBriefing2025Deployments, nisBriefing2025Ledger } from "../../src/fixtures/index.js";
import { balance, EMPTY_LEDGER_SUMMARY } from "../../src/ledger/index.js";
import { casualtyChart, deploymentChart, ledgerChart, revisionChart } from "../../src/render/index.js";
import { revisionHistory } from "../../src/revision/index.js";
import { deepFreeze, expectFogcountError } from "../helpers.js";
import { casualtiesApril, casualtiesMarch, casualtyClaim, exact, seedHistory } from "./data.js";

const CHARTS = [
  ["revisionChart", (o: unknown) => revisionChart(seedHistory, o as never)],
  ["deploymentChart", (o: unknown) => deploymentChart(nisBriefing2025Deployments, o as never)],
  ["casualtyChart", (o: unknown) => casualtyChart(nisBriefing2025CasualtiesApril, o as never)],
  ["ledgerChart", (o: unknown) => ledgerChart(nisBriefing2025Ledger, o as never)],
] as const;

describe("the options every chart takes", () => {
  it("refuse a size too small to draw the chart's text whole and at 8 px or more", () => {
    expectFogcountError(() => revisionChart(seedHistory, { width: 240, height: 400 }), "invalid-option", /^revisionChart: options.width must be a number of pixels from 360 to 4000, got 240$/);
    expectFogcountError(() => revisionChart(seedHistory, { height: 160 }), "invalid-option", /^revisionChart: options.height must be a number of pixels from 240 to 4000, got 160$/);
    expectFogcountError(() => deploymentChart(nisBriefing2025Deployments, { height: 200 }), "invalid-option", /options.height must be a number of pixels from 240 to 4000, got 200$/);
    expectFogcountError(() => casualtyChart(nisBriefing2025CasualtiesApril, { width: 300 }), "invalid-option", /options.width must be a number of pixels from 400 to 4000, got 300$/);
    expectFogcountError(() => casualtyChart(nisBriefing2025CasualtiesApril, { height: 160 }), "invalid-option", /^casualtyChart: options.height must be at least \d+ pixels for this chart \(its text would be drawn below 8 px\), got 160$/);
    expectFogcountError(() => ledgerChart(nisBriefing2025Ledger, { width: 240 }), "invalid-option", /options.width must be a number of pixels from 480 to 4000, got 240$/);
    expectFogcountError(() => ledgerChart(nisBriefing2025Ledger, { height: 300 }), "invalid-option", /^ledgerChart: options.height must be at least \d+ pixels for this chart/);
    expect(revisionChart(seedHistory, { width: 360, height: 240 })).toContain('width="360" height="240"');
  });

  it.each(CHARTS)("%s refuses options that are not an object, names it does not take, and values outside their domain", (name, chart) => {
    expectFogcountError(() => chart(null), "invalid-option", new RegExp(`^${name}: options must be an object, got null$`));
    expectFogcountError(() => chart([]), "invalid-option", /options must be an object/);
    expectFogcountError(() => chart({ widht: 300 }), "invalid-option", new RegExp(`^${name}: options.widht is not an option \\(width, height, title, id, locale`));
    expectFogcountError(() => chart({ width: 100 }), "invalid-option", /options.width must be a number of pixels from (360|400|480) to 4000, got 100/);
    expectFogcountError(() => chart({ width: "640" }), "invalid-option", /options.width must be a number of pixels/);
    expectFogcountError(() => chart({ height: Infinity }), "invalid-option", /options.height must be a number of pixels from \d+ to 4000, got Infinity/);
    expectFogcountError(() => chart({ height: Number.NaN }), "invalid-option", /options.height/);
    expectFogcountError(() => chart({ title: 5 }), "invalid-option", /options.title must be text of at most 200 characters, got 5/);
    expectFogcountError(() => chart({ title: "x".repeat(201) }), "invalid-option", /options.title/);
    expectFogcountError(() => chart({ title: "" }), "invalid-option", new RegExp(`^${name}: options.title must not be empty or blank, nor only characters a reader cannot see \\(leave it out for the default title\\), got ""$`));
    for (const invisible of ["\u200b", "\u2060\u200d", "\u115f", " \u200b "]) expectFogcountError(() => chart({ title: invisible }), "invalid-option", /options.title must not be empty or blank, nor only characters a reader cannot see/);
    expectFogcountError(() => chart({ title: "   " }), "invalid-option", /options.title must not be empty or blank.*, got " {3}"$/);
    expectFogcountError(() => chart({ id: "1abc" }), "invalid-option", /options.id must be a letter followed by letters, digits, - or _/);
    expectFogcountError(() => chart({ id: 'a" onload="x' }), "invalid-option", /options.id/);
    expectFogcountError(() => chart({ locale: "not a locale!" }), "invalid-option", /options.locale must be a BCP 47 language tag/);
    expect(chart(undefined)).toBe(chart({}));
  });

  it("writes numbers in the locale asked for", () => {
    expect(casualtyChart(nisBriefing2025CasualtiesApril, { locale: "de-DE" })).toContain("an estimated 4.700");
  });
});

describe("revisionChart", () => {
  it("refuses what is not a revision history", () => {
    expectFogcountError(() => revisionChart(null as never), "invalid-history", /^revisionChart: history is not a revision history built by revisionHistory, got null$/);
    expectFogcountError(() => revisionChart([seedHistory, { kind: "history" }] as never), "invalid-history", /^revisionChart: history\[1\] is not a revision history/);
    expectFogcountError(() => revisionChart([] as never), "invalid-argument", /^revisionChart: history must be a revision history or a non-empty list of them, got \[\]$/);
    // eslint-disable-next-line no-sparse-arrays
    expectFogcountError(() => revisionChart([seedHistory, , seedHistory] as never), "invalid-history", /history\[1\]/);
    const edited = JSON.parse(JSON.stringify(seedHistory));
    edited.index.validDay[0] = 0;
    expectFogcountError(() => revisionChart(edited), "invalid-history", /index does not match/);
  });

  it("refuses a knowledge time that is not EDTF or has no latest day", () => {
    expectFogcountError(() => revisionChart(seedHistory, { known: "31 March" }), "invalid-as-of", /^revisionChart: options.known is not an EDTF date or period/);
    expectFogcountError(() => revisionChart(seedHistory, { known: "2025-03/.." }), "invalid-as-of", /has no latest day/);
    expectFogcountError(() => revisionChart(seedHistory, { known: 20250331 as never }), "invalid-as-of", /^revisionChart: options.known must be an EDTF date or date and time, got 20250331$/);
    expectFogcountError(() => revisionChart(seedHistory, { known: 5 as never }), "invalid-as-of", /^revisionChart: options.known must be an EDTF date or date and time, got 5$/);
  });

  it("refuses histories of different indicators, and a claim in two histories", () => {
    const killed = revisionHistory([{ ...casualtiesApril, id: "k", indicator: { ...casualtiesApril.indicator, measure: "killed" }, estimate: exact(600, "person") }])[0]!;
    expectFogcountError(() => revisionChart([seedHistory, killed]), "mixed-indicators", /^revisionChart: the histories are about different indicators/);
    expectFogcountError(() => revisionChart([seedHistory, revisionHistory([casualtiesMarch])[0]!]), "duplicate-claim-id", /both hold the claim "nis-2025-03-casualties"/);
  });

  it("refuses a history that cannot be read, naming the part", () => {
    const { proxy, revoke } = Proxy.revocable({}, {});
    revoke();
    expectFogcountError(() => revisionChart(proxy as never), "invalid-argument", /^revisionChart: history cannot be read \(a getter or proxy threw\)/);
    const options = Object.defineProperty({}, "known", { enumerable: true, get: () => { throw new Error("boom"); } });
    expectFogcountError(() => revisionChart(seedHistory, options), "invalid-argument", /^revisionChart: options.known cannot be read/);
  });

  it("does not change the history it draws", () => {
    const claims = deepFreeze([casualtiesApril, casualtiesMarch, casualtyClaim("gur", exact(5000, "person"), "2025-02", "2025-03-01")]);
    const [h] = revisionHistory(claims, { groupBy: "indicator" });
    const copy = JSON.stringify(h);
    revisionChart(h!);
    expect(JSON.stringify(h)).toBe(copy);
  });
});

describe("deploymentChart", () => {
  it("refuses what the deployment room refuses", () => {
    expectFogcountError(() => deploymentChart(null as never), "invalid-argument", /^deploymentChart: deployments must be an array of deployment waves, got null$/);
    expectFogcountError(() => deploymentChart([{ ...nisBriefing2025Deployments[0], size: exact(-1, "person") }] as never), "invalid-deployment", /^deploymentChart: deployments\[0\]\.size/);
    expectFogcountError(() => deploymentChart([]), "no-waves", /^deploymentChart: no wave to chart/);
    expectFogcountError(() => deploymentChart(nisBriefing2025Deployments, { category: "laborers" }), "no-waves", /no wave of category "laborers"/);
    expectFogcountError(() => deploymentChart(nisBriefing2025Deployments, { category: "Troops" as never }), "invalid-option", /options.category/);
    const laborers = { ...nisBriefing2025Deployments[0]!, id: "l", category: "laborers" };
    expectFogcountError(() => deploymentChart([...nisBriefing2025Deployments, laborers] as never), "mixed-indicators", /differ in category/);
    const plannedLaborers = { ...laborers, modality: "planned" };
    expectFogcountError(() => deploymentChart([plannedLaborers, { ...plannedLaborers, id: "t", category: "troops" }] as never), "mixed-indicators", /^deploymentChart: deployments\[1\] differs in category/);
    const plannedElsewhere = { ...nisBriefing2025Deployments[0]!, id: "p", modality: "planned", to: "BY" };
    expectFogcountError(() => deploymentChart([...nisBriefing2025Deployments, plannedElsewhere] as never), "mixed-indicators", /differs in route/);
    const plannedTonnes = { ...nisBriefing2025Deployments[0]!, id: "p", modality: "planned", size: exact(5, "soldier") };
    expectFogcountError(() => deploymentChart([...nisBriefing2025Deployments, plannedTonnes] as never), "unit-mismatch", /is in "soldier", not "person"/);
    expectFogcountError(() => deploymentChart([{ ...nisBriefing2025Deployments[1]!, adds: "gone" }] as never), "unknown-wave", /adds/);
  });
});

describe("casualtyChart", () => {
  it("refuses what is not a breakdown, and a reconcile that is not a boolean", () => {
    expectFogcountError(() => casualtyChart(null as never), "invalid-breakdown", /^casualtyChart: breakdown must be a casualty breakdown, got null$/);
    expectFogcountError(() => casualtyChart({ ...nisBriefing2025CasualtiesApril, missing: 0 } as never), "invalid-breakdown", /breakdown\.missing/);
    expectFogcountError(() => casualtyChart({ ...nisBriefing2025CasualtiesApril, wounded: "none" } as never), "invalid-breakdown", /must be an estimate or one of "unknown", "not-reported", "none-observed"/);
    expectFogcountError(() => casualtyChart(nisBriefing2025CasualtiesApril, { reconcile: "yes" } as never), "invalid-option", /^casualtyChart: options.reconcile must be a boolean, got "yes"$/);
  });
});

describe("ledgerChart", () => {
  it("refuses what is not a ledger, and the empty summary", () => {
    expectFogcountError(() => ledgerChart(null as never), "invalid-ledger", /^ledgerChart: ledger/);
    expectFogcountError(() => ledgerChart({ ...nisBriefing2025Ledger, parties: [] } as never), "invalid-ledger", /^ledgerChart: ledger\.parties/);
    expectFogcountError(() => ledgerChart(EMPTY_LEDGER_SUMMARY), "invalid-argument", /has no parties/);
  });

  it("refuses a balance that is not one, naming the part", () => {
    const b = JSON.parse(JSON.stringify(balance(nisBriefing2025Ledger)));
    const broken = (edit: (x: typeof b) => void) => {
      const copy = JSON.parse(JSON.stringify(b));
      edit(copy);
      return copy;
    };
    const cases: [string, (x: typeof b) => void, RegExp][] = [
      ["one party", (x) => x.parties.pop(), /^ledgerChart: ledger\.parties must be a list of 2/],
      ["the same party twice", (x) => (x.parties[1] = x.parties[0]), /ledger\.parties must be two different parties/],
      ["a party code", (x) => (x.parties[0].code = "kp"), /ledger\.parties\[0\]\.code/],
      ["directions in the other order", (x) => x.directions.reverse(), /ledger\.directions\[0\] must go from KP to RU/],
      ["a count below zero", (x) => (x.directions[0].lines[1].entries = -1), /ledger\.directions\[0\]\.lines\[1\]\.entries must be a whole number of entries, not below zero, got -1/],
      ["a category", (x) => (x.directions[0].lines[0].category = "Labor"), /lines\[0\]\.category must be a ledger category/],
      ["a stage", (x) => (x.directions[0].lines[0].stage = "sent"), /lines\[0\]\.stage must be one of/],
      ["an evidence count", (x) => (x.directions[0].lines[0].evidence.reported = 1.5), /evidence\.reported/],
      ["an unknown count", (x) => delete x.directions[0].lines[0].unknown.value, /unknown\.value/],
      ["a total below zero", (x) => (x.directions[0].lines[0].quantities[0].total = { kind: "range", low: -1, high: 2, unit: "person" }), /quantities\[0\]\.total must be an estimate in the total's unit that does not go below zero/],
      ["a total in another unit", (x) => (x.directions[0].lines[0].quantities[0].total.unit = "tonne"), /quantities\[0\]\.total/],
      ["money in no currency", (x) => x.directions[0].lines[0].money.push({ unit: "dollars", entries: 1, total: { kind: "exact", value: 1, unit: "dollars" } }), /money\[0\]\.unit must be an ISO 4217 currency code/],
      ["an index in a currency", (x) => x.directions[0].lines[0].indices.push({ unit: "USD", entries: 1, total: { kind: "exact", value: 1, unit: "USD" } }), /indices\[0\]\.unit must not be a currency/],
      ["lines that are not a list", (x) => (x.directions[1].lines = {}), /ledger\.directions\[1\]\.lines must be a list/],
      ["a none-observed line between others", (x) => (x.noneObserved[0].from = "CN"), /ledger\.noneObserved\[0\] must go from one party to the other/],
      ["a none-observed line without an item", (x) => (x.noneObserved[0].item = " "), /ledger\.noneObserved\[0\] must have a category, a stage and an item/],
      ["a valuation's value", (x) => (x.valuations[0].value.basis = "guess"), /ledger\.valuations\[0\]\.value\.basis/],
      ["a valuation's item", (x) => (x.valuations[0].item = ""), /ledger\.valuations\[0\]\.item/],
    ];
    for (const [, edit, message] of cases) expectFogcountError(() => ledgerChart(broken(edit)), "invalid-balance", message);
  });
});
