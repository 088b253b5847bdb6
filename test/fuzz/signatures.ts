// Valid arguments for the functions whose parameters the fuzzer should know,
// so that a good share of calls reach the computation and not only the checks.
// A function that is not listed here is still called, with arguments of every kind.
import fc from "fast-check";

import { MAGNITUDE_ORDERS, SOURCE_KIND_NAMES } from "../../src/index.js";
import type { Claim } from "../../src/index.js";
import { DATASET_RULES, datasetFromClaims } from "../../src/dataset/index.js";
import type { Dataset } from "../../src/dataset/index.js";
import { revisionHistory } from "../../src/revision/index.js";
import { hasUnspecifiedText } from "../../src/revision/clock.js";
import { arbAttribution, arbClaim, arbCumulativeSeries, arbDataset, arbEdtf, arbEstimate, arbIsoDate, arbPeriod, arbSource } from "../../src/testing/index.js";
import { nisBriefing2025CasualtiesApril, nisBriefing2025CasualtiesJanuary, nisBriefing2025Claims, nisBriefing2025Sources } from "../../src/fixtures/index.js";
import { linksHold } from "../helpers.js";
import { TESTING_SIGNATURES } from "./testing-signatures.js";
import { arbWaves } from "../deployment/arbitraries.js";
import { nis } from "../deployment/waves.js";

const unit = fc.constantFrom("person", "USD", "1", "person/day");
const inUnit = (u: string) => arbEstimate({ units: [u], integers: false, max: 1e7 });
const anyEstimate = unit.chain(inUnit);
const pair = unit.chain((u) => fc.tuple(inUnit(u), inUnit(u)));
const number = fc.oneof(fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e9, max: 1e9 }), fc.integer({ min: 0, max: 1e6 }));
const period = arbPeriod({ minYear: 1900, maxYear: 2100 });
const bounds = fc.record({ hemisphere: fc.constantFrom("north", "south"), qualifiers: fc.constantFrom("as-stated", "widen") }, { requiredKeys: [] });
const policy = fc.oneof(fc.constantFrom("as-stated", "rounding"), fc.record({ relative: fc.double({ min: 0, max: 1, noNaN: true }) }));
const extras = fc.record({ text: fc.string(), hedge: fc.constantFrom("about", "some", "or so"), approx: fc.boolean(), strict: fc.boolean() }, { requiredKeys: [] });
const claims = fc.uniqueArray(arbClaim(), { selector: (c: Claim) => c.id, maxLength: 6 });
const history = fc.oneof(arbCumulativeSeries({ maxLength: 10, maxRestatements: 3 }), claims.filter((l) => linksHold(l) && l.every((c) => !hasUnspecifiedText(c.validTime)))).map((list) => revisionHistory(list)[0]);
const query = fc.record({ valid: arbEdtf({ minYear: 2020, maxYear: 2026 }), known: arbEdtf({ minYear: 2020, maxYear: 2026 }) }, { requiredKeys: [] });
/** Words that are also the names of Object.prototype's members, which a word table must not find. */
const PROTO_WORDS = ["constructor", "__proto__", "toString", "hasOwnProperty", "valueOf"] as const;
const phrase = fc.oneof(
  fc.constantFrom("about 4,700", "10,000–12,000 troops", "at least 3,000", "billions of dollars", "more than half", "approximately 600 deaths", "4,000 (best estimate 4,200)"),
  fc.tuple(fc.constantFrom("about", "some", "4,700", "up to"), fc.constantFrom(...PROTO_WORDS)).map(([a, b]) => `${a} ${b}`),
);
const timePhrase = fc.oneof(
  fc.constantFrom("in the previous fall", "between January and March", "early 2025", "last year", "in March"),
  fc.tuple(fc.constantFrom("", "early ", "last "), fc.constantFrom(...PROTO_WORDS), fc.constantFrom(" 2024", " year", "")).map((p) => p.join("")),
);
const records = fc.array(fc.record({ date: arbIsoDate({ minYear: 2022, maxYear: 2022 }), personnel: fc.nat(), "personnel*": fc.constantFrom("about", "more") }), { maxLength: 5 });
const seriesOptions = arbAttribution().map((attribution) => ({
  subject: "ru-forces",
  attribution,
  fields: [{ field: "personnel", measure: "ua-genstaff:personnel", unit: "person", hedgeField: "personnel*" }],
}));
const META = { title: "Fuzz", licence: "CC0-1.0", maintainer: "Desk", date: "2025-12-31" } as const;
/** Claims without links to claims that may not be in the list. */
const unlinked = claims.map((list) => list.map(({ restates: _r, status: _s, ...c }) => c as Claim));
const claimsOnly = unlinked.map((list): Dataset => {
  try {
    return datasetFromClaims(list, META);
  } catch {
    return datasetFromClaims([], META); // two arbitrary sources with one id
  }
});
/** Datasets of claims alone, and whole ones from the test kit: breakdowns, waves and ledgers, clean or with one finding. */
const dataset = fc.oneof(claimsOnly, arbDataset({ maxSeries: 2, maxLength: 3, maxBreakdowns: 2, maxWaves: 3, maxLedgers: 1 }), arbDataset({ maxSeries: 1, withFinding: "stale-restatement" }));
const checkOptions = fc.record(
  { rules: fc.dictionary(fc.constantFrom(...DATASET_RULES.map((r) => r.code)), fc.constantFrom("error", "warning", "off")), cumulativeMeasures: fc.constantFrom(["killed"], [], ["oryx:tanks"]) },
  { requiredKeys: [] },
);
const tuple = (...arbs: fc.Arbitrary<unknown>[]) => fc.tuple(...arbs) as fc.Arbitrary<unknown[]>;

// fogcount/deployment: waves whose links agree with their dates, and one originator's deployed claims.
const waves = arbWaves();
const deployedClaims = fc.uniqueArray(
  arbClaim({ subjects: ["kp-forces-in-russia"] }).map((c) => ({
    ...c,
    indicator: { subject: c.indicator.subject, measure: "deployed" as const, unit: "person", ...(c.indicator.aggregation !== undefined && { aggregation: c.indicator.aggregation }) },
    attribution: { ...c.attribution, originator: nis },
  })),
  { selector: (c: Claim) => c.id, maxLength: 5 },
);
const waveOptions = { category: fc.constantFrom("troops", "laborers"), modality: fc.constantFrom("asserted", ["asserted", "planned"], ["planned"]) };
const person = inUnit("person");

/** Valid arguments, by export name. */
export const SIGNATURES: Readonly<Record<string, fc.Arbitrary<unknown[]>>> = {
  add: pair,
  subtract: pair,
  overlaps: pair,
  compareEstimates: pair,
  ratio: pair,
  multiply: tuple(anyEstimate, anyEstimate),
  divide: tuple(anyEstimate, anyEstimate),
  scale: tuple(anyEstimate, number),
  sumEstimates: unit.chain((u) => tuple(fc.array(inUnit(u), { maxLength: 6 }), fc.record({ unit: fc.constant(u) }, { requiredKeys: [] }))),
  toInterval: tuple(anyEstimate, fc.record({ hedge: policy }, { requiredKeys: [] })),
  applyHedge: tuple(anyEstimate, policy),
  isApproximate: tuple(anyEstimate),
  contains: tuple(anyEstimate, number),
  formatEstimate: tuple(
    anyEstimate,
    fc.record({ style: fc.constantFrom("stated", "compact", "percent"), digits: fc.integer({ min: 1, max: 21 }), unit: fc.boolean(), locale: fc.constantFrom("en-US", "de-DE") }, { requiredKeys: [] }),
  ),
  fromInterval: tuple(
    fc.tuple(number, number, fc.boolean(), fc.boolean()).map(([a, b, lowOpen, highOpen]) => ({ low: Math.min(a, b), high: Math.max(a, b), lowOpen, highOpen })),
    unit,
    fc.record({ approx: fc.boolean() }, { requiredKeys: [] }),
  ),
  roundingStep: tuple(number),
  magnitudeInterval: tuple(fc.constantFrom(...MAGNITUDE_ORDERS)),
  exact: tuple(number, unit, extras),
  approx: tuple(number, unit, extras),
  atLeast: tuple(number, unit, extras),
  atMost: tuple(fc.nat(), unit, extras),
  range: tuple(number, number, unit, extras),
  magnitude: tuple(fc.constantFrom(...MAGNITUDE_ORDERS), unit, extras),
  period: tuple(arbEdtf()),
  parsePeriod: tuple(arbEdtf()),
  formatPeriod: tuple(period),
  periodBounds: tuple(period, bounds),
  comparePeriods: tuple(period, period, bounds),
  isWithin: tuple(period, period, bounds),
  overlapsPeriod: tuple(period, period, bounds),
  source: tuple(fc.constantFrom("kr-nis", "x"), fc.constantFrom(...SOURCE_KIND_NAMES), fc.constantFrom("NIS", " MoD "), fc.record({ country: fc.constantFrom("KR", "UA") }, { requiredKeys: [] })),
  originatorOf: tuple(arbAttribution()),
  lastRelay: tuple(arbAttribution()),
  effectiveReliability: arbAttribution().chain((a) => tuple(fc.oneof(fc.constant(a.originator), arbSource()), fc.constant(a))),
  claim: tuple(arbClaim()),
  indicatorKey: tuple(arbClaim()),
  isMeasure: tuple(fc.constantFrom("killed", "oryx:tanks", "kia", "constructor")),
  parseClaim: tuple(arbClaim()),
  safeParseClaim: tuple(arbClaim()),
  parseEstimate: tuple(phrase, fc.record({ unit }, { requiredKeys: [] })),
  extractEstimates: tuple(phrase, fc.record({ unit }, { requiredKeys: [] })),
  resolveTimePhrase: tuple(timePhrase, fc.record({ reference: arbIsoDate() })),
  revisionHistory: tuple(
    claims,
    fc.record({ groupBy: fc.constantFrom("originator", "indicator"), knownFrom: fc.constantFrom("start", "end"), anchor: fc.constantFrom("start", "end") }, { requiredKeys: [] }),
  ),
  asOf: tuple(history, query),
  latest: tuple(history, fc.record({ restatements: fc.constantFrom("exclude", "include") }, { requiredKeys: [] })),
  renderings: history.chain((h) =>
    tuple(fc.constant(h), h === undefined || h.claims.length === 0 ? fc.string() : fc.constantFrom(...h.claims.map((c) => c.id)), fc.record({ known: arbEdtf({ minYear: 2020, maxYear: 2026 }) }, { requiredKeys: [] })),
  ),
  revisions: tuple(history, fc.record({ known: arbEdtf({ minYear: 2020, maxYear: 2026 }) }, { requiredKeys: [] })),
  findContradictions: tuple(history, fc.record({ cumulative: fc.boolean(), known: arbEdtf({ minYear: 2020, maxYear: 2026 }) }, { requiredKeys: [] })),
  consensus: tuple(claims, query),
  importCumulativeSeries: tuple(records, seriesOptions),
  importCorrections: tuple(
    fc.array(fc.record({ date: arbIsoDate({ minYear: 2022, maxYear: 2022 }), personnel: fc.integer({ min: -5, max: 5 }) }), { maxLength: 3 }),
    seriesOptions.chain((o) => fc.constantFrom(...[[], ...fc.sample(arbCumulativeSeries({ maxLength: 5 }), 3)]).map((series) => ({ ...o, series }))),
  ),
  parseDataset: tuple(dataset.map((d) => JSON.parse(JSON.stringify(d)) as unknown)),
  safeParseDataset: tuple(dataset.map((d) => JSON.parse(JSON.stringify(d)) as unknown)),
  checkDataset: tuple(dataset, checkOptions),
  datasetClaims: tuple(dataset),
  datasetBreakdowns: tuple(dataset),
  datasetDeployments: tuple(dataset),
  datasetLedgers: tuple(dataset),
  datasetFromClaims: tuple(unlinked, fc.constant(META)),
  isFogcountError: tuple(fc.anything(), fc.constantFrom("invalid-argument", "overflow")),
  "fogcountMatchers.toBeEstimate": tuple(anyEstimate),
  "fogcountMatchers.toAllow": tuple(anyEstimate, number),
  "fogcountMatchers.toOverlapEstimate": pair,
  "fogcountMatchers.toEqualEstimate": pair,
  arbEstimate: tuple(fc.record({ units: fc.constant(["person"]), max: fc.nat(), integers: fc.boolean() }, { requiredKeys: [] })),
  arbPeriod: tuple(fc.record({ minYear: fc.integer({ min: -9999, max: 2000 }), maxYear: fc.integer({ min: 2000, max: 9999 }) }, { requiredKeys: [] })),
  arbCumulativeSeries: tuple(fc.record({ minLength: fc.integer({ min: 1, max: 5 }), maxRestatements: fc.nat(5) }, { requiredKeys: [] })),
  ...casualtySignatures(),

  // ── fogcount/deployment ─────────────────────────────────────────────────
  deployment: waves.map((list) => [list[0]]),
  isDeploymentCategory: tuple(fc.constantFrom("troops", "acme:drone-crews", "Troops", "constructor", ":x")),
  deploymentTotal: tuple(waves, fc.record({ ...waveOptions, asOf: arbEdtf({ minYear: 2023, maxYear: 2026 }) }, { requiredKeys: [] })),
  deploymentSeries: tuple(waves, fc.record(waveOptions, { requiredKeys: [] })),
  deploymentFindings: tuple(waves),
  deploymentsFromClaims: tuple(deployedClaims, fc.record({ from: fc.constant("KP"), to: fc.constant("RU"), category: fc.constantFrom("troops", "engineers") }, { requiredKeys: ["from", "to"] })),
  netPresence: tuple(
    fc.record({ deployed: person, killed: person, captured: person, missing: person, wounded: person, repatriated: person }, { requiredKeys: ["deployed"] }),
    fc.record({ label: fc.constantFrom("troops", "troops still there") }, { requiredKeys: [] }),
  ),
  // ── end of fogcount/deployment ──────────────────────────────────────────
};

// ——— fogcount/casualty ———————————————————————————————————————————————————————
// Breakdowns (the seed's and any others), one originator's casualty claims, and
// the inputs of the ratios, so that calls reach the reconciliation and the checks.

function casualtySignatures(): Readonly<Record<string, fc.Arbitrary<unknown[]>>> {
  const parts = ["killed", "wounded", "missing", "captured"] as const;
  const count = arbEstimate({ units: ["person"], integers: false, max: 1e7 });
  const value = fc.oneof({ weight: 3, arbitrary: count }, { weight: 1, arbitrary: fc.constantFrom("unknown", "not-reported", "none-observed") });
  const breakdown = fc.oneof(
    fc.constantFrom(nisBriefing2025CasualtiesApril, nisBriefing2025CasualtiesJanuary),
    fc.record({ killed: value, wounded: value, missing: value, captured: value, total: value, includes: fc.subarray([...parts], { minLength: 1 }) }),
  );
  const casualtyClaim = fc
    .record({
      measure: fc.constantFrom(...parts, "casualties" as const),
      estimate: count,
      validTime: fc.constantFrom("2025-01", "2025-03-31", "2025-04-30"),
      reportedAt: fc.constantFrom("2025-01", "2025-04-30", "2025-05-02"),
      includes: fc.option(fc.subarray([...parts], { minLength: 1 }), { nil: undefined }),
      modality: fc.constantFrom(undefined, "asserted", "projected"),
    })
    .map(({ measure, estimate, validTime, reportedAt, includes, modality }) => ({
      indicator: { subject: "kp-forces-in-russia", measure, unit: "person", ...(measure === "casualties" && includes !== undefined && { includes }) },
      estimate,
      validTime,
      reportedAt,
      attribution: { originator: nisBriefing2025Sources[0] },
      ...(modality !== undefined && { modality }),
    }));
  const claims = fc.oneof(
    fc.constant(nisBriefing2025Claims),
    fc.array(casualtyClaim, { maxLength: 8 }).map((list) => list.map((c, i) => ({ id: `c${i}`, status: { kind: "normal" as const }, ...c }))),
  );
  const query = fc.record(
    {
      valid: fc.constantFrom("2025-01", "2025-03-31", "2025-04-30", "2025"),
      known: fc.constantFrom("2025-02-01", "2025-04-30", "2025-12-31"),
      maxAgeDays: fc.nat(120),
      includes: fc.subarray([...parts], { minLength: 1 }),
    },
    { requiredKeys: ["valid"] },
  );
  const forces = nisBriefing2025Claims.filter((c) => c.indicator.subject === "kp-forces-in-russia");
  const input = fc.oneof(
    count,
    fc.constantFrom(...forces),
    count.map((estimate) => ({ estimate, derivation: { op: "given" as const } })),
    count.map((estimate) => ({ estimate, label: "x", derivation: { op: "sum" as const, inputs: [{ estimate, derivation: { op: "given" as const } }] } })),
  );
  const label = fc.record({ label: fc.constantFrom("of the force", "share") }, { requiredKeys: [] });
  return {
    reconcileCasualties: fc.tuple(breakdown) as fc.Arbitrary<unknown[]>,
    breakdownFromClaims: fc.tuple(claims, query) as fc.Arbitrary<unknown[]>,
    checkComposition: fc.tuple(claims, fc.record({ hedge: fc.constantFrom("as-stated", "rounding"), known: fc.constantFrom("2025-02-01", "2025-12-31") }, { requiredKeys: [] })) as fc.Arbitrary<unknown[]>,
    killedToWounded: fc.tuple(input, input, label) as fc.Arbitrary<unknown[]>,
    lethality: fc.tuple(input, input, label) as fc.Arbitrary<unknown[]>,
    casualtyRate: fc.tuple(input, input, label) as fc.Arbitrary<unknown[]>,
  };
}
// ————————————————————————————————————————————————————————————————————————————
// fogcount/ledger and the SIPRI trade-register reader of fogcount/import.
// Ledgers as built by ledger() and as read back from JSON, summaries of both
// kinds, and small trade-register exports.
// ————————————————————————————————————————————————————————————————————————————

import { nisBriefing2025Ledger } from "../../src/fixtures/index.js";
import { EMPTY_LEDGER_SUMMARY, ledger as buildLedger, LEDGER_CATEGORIES, LEDGER_EVIDENCE, LEDGER_STAGES, summarizeLedger } from "../../src/ledger/index.js";
import type { Ledger } from "../../src/ledger/index.js";

const LEDGER_PARTIES = [
  { code: "KP", name: "North Korea" },
  { code: "RU", name: "Russia" },
] as const;
const ledgerValue = fc.oneof(
  fc.constantFrom("USD", "EUR", "unknown").chain((u) => arbEstimate({ units: [u], integers: false, max: 1e9 })).map((estimate) => ({ estimate, basis: "stated" })),
  arbEstimate({ units: ["SIPRI-TIV-million"], max: 1e4 }).map((estimate) => ({ estimate, basis: "index", reference: "SIPRI TIV" })),
);
const ledgerEntryArb = fc
  .record(
    {
      id: fc.constantFrom("a", "b", "c", "kp-ru-1"),
      forward: fc.boolean(),
      category: fc.constantFrom(...LEDGER_CATEGORIES, "sipri:satellite"),
      item: fc.constantFrom("troops", "shells", "drones"),
      quantity: arbEstimate({ units: ["person", "shell"], integers: false, max: 1e6 }),
      value: ledgerValue,
      stage: fc.constantFrom(...LEDGER_STAGES),
      evidence: fc.constantFrom(...LEDGER_EVIDENCE),
      period: arbEdtf({ minYear: 2020, maxYear: 2026 }),
      attribution: arbAttribution(),
    },
    { requiredKeys: ["id", "forward", "category", "item", "stage", "evidence", "period", "attribution"] },
  )
  // a transfer nobody saw has no quantity and no value (one in five keeps them, to be refused)
  .chain(({ forward, ...e }) =>
    fc.nat(4).map((keep) => {
      const { quantity: _q, value: _v, ...bare } = e;
      return { ...(e.evidence === "none-observed" && keep > 0 ? bare : e), from: forward ? "KP" : "RU", to: forward ? "RU" : "KP" };
    }),
  );
const ledgerValuationArb = fc.record(
  { id: fc.constantFrom("v", "w"), item: fc.constant("the exchange"), value: ledgerValue, period: arbEdtf({ minYear: 2020, maxYear: 2026 }), attribution: arbAttribution() },
);
const ledgerInit = fc.record({
  parties: fc.constant(LEDGER_PARTIES),
  entries: fc.uniqueArray(ledgerEntryArb, { selector: (e) => e.id, maxLength: 4 }),
  valuations: fc.uniqueArray(ledgerValuationArb, { selector: (v) => v.id, maxLength: 1 }),
});
/** Built ledgers (used as they are), the same read back from JSON (checked), and the seed's. */
const anyLedger: fc.Arbitrary<Ledger> = fc.oneof(
  ledgerInit.map((init) => {
    try {
      return buildLedger(init as never);
    } catch {
      return nisBriefing2025Ledger; // an entry id that is also a valuation id
    }
  }),
  fc.constant(nisBriefing2025Ledger),
  fc.constant(JSON.parse(JSON.stringify(nisBriefing2025Ledger)) as Ledger),
);
const anySummary = fc.oneof(
  anyLedger.map((l) => summarizeLedger(l)),
  fc.tuple(anyLedger, policy).map(([l, hedge]) => summarizeLedger(l, { hedge })),
  anyLedger.map((l) => JSON.parse(JSON.stringify(summarizeLedger(l))) as unknown),
  fc.constant(EMPTY_LEDGER_SUMMARY),
);
const ledgerFilters = fc.record(
  { category: fc.oneof(fc.constantFrom(...LEDGER_CATEGORIES), fc.constant(["munitions", "cash"])), stage: fc.constantFrom(...LEDGER_STAGES), evidence: fc.oneof(fc.constantFrom(...LEDGER_EVIDENCE), fc.constant(["reported", "none-observed"])), hedge: policy },
  { requiredKeys: [] },
);
const SIPRI_HEADER =
  "Recipient,Supplier,Year of order, ,Number ordered, ,Weapon designation,Weapon description,Number delivered, ,Year(s) of delivery,status,Comments,SIPRI TIV per unit,SIPRI TIV for total order,SIPRI TIV of delivered weapons";
const sipriRow = fc.constantFrom(
  "Russia,North Korea,2023,?,,,Hwasong-11,surface-to-surface missile,100,,2023; 2024,New,,2.5,0,250",
  "North Korea,Russia,1990,?,40,?,R-60,short-range air-to-air missile,40,?,1992,New,,0.09,3.6,0",
  "North Korea,Russia,2024,,12,,Bü-181,trainer aircraft,0,,,New,cut by a break\n,0.14,1.68,",
  "Russia,North Korea,2o24,,x,,A,b,1,,2024;2025,New,,1,1,1",
  "Chad,Libya,1980,,1,,A,b,1,,1981,New,,1,1,1",
);
const sipriCsv = fc.array(sipriRow, { maxLength: 4 }).chain((rows) => {
  const text = ["Data generated: 13 Mar 2025 10:02:49 AM", SIPRI_HEADER, ...rows].join("\n");
  return fc.constantFrom<unknown>(text, Uint8Array.from(text, (c) => c.charCodeAt(0)), new TextEncoder().encode(text));
});

Object.assign(SIGNATURES as Record<string, fc.Arbitrary<unknown[]>>, {
  ledgerParty: tuple(fc.constantFrom("KP", "RU", "kp", "XYZ"), fc.constantFrom("North Korea", " ", "Russia")),
  ledgerEntry: tuple(ledgerEntryArb),
  ledgerValuation: tuple(ledgerValuationArb),
  ledger: tuple(ledgerInit),
  flows: tuple(anyLedger, fc.record({ from: fc.constantFrom("KP", "RU"), to: fc.constantFrom("KP", "RU"), category: fc.constantFrom(...LEDGER_CATEGORIES), stage: fc.constantFrom(...LEDGER_STAGES) }, { requiredKeys: [] })),
  balance: tuple(fc.oneof(anyLedger, anySummary), ledgerFilters),
  summarizeLedger: tuple(anyLedger, fc.record({ hedge: policy }, { requiredKeys: [] })),
  mergeSummaries: tuple(anySummary, anySummary),
  mergeLedgers: fc.oneof(tuple(anyLedger, anyLedger), tuple(anyLedger, anyLedger, anyLedger)),
  importSipriTradeRegister: tuple(
    sipriCsv,
    fc.record({ parties: fc.constant(LEDGER_PARTIES), encoding: fc.constantFrom("latin1", "utf-8"), idPrefix: fc.constantFrom("sipri", "reg") }, { requiredKeys: ["parties"] }),
  ),
});

// ————————————————————————————————————————————————————————————————————————————
// fogcount/render: the charts, with histories, waves, breakdowns, ledgers,
// summaries and balances, and the options of every chart.
// ————————————————————————————————————————————————————————————————————————————

import { balance } from "../../src/ledger/index.js";

const chartOptions = {
  width: fc.constantFrom(240, 640, 1200, 100, 5000),
  height: fc.constantFrom(160, 400, 100),
  title: fc.constantFrom("Casualties", "<script>alert(1)</script>", ""),
  id: fc.constantFrom("chart-1", "1bad", "a b"),
  locale: fc.constantFrom("en-US", "de-DE", "xx-!!"),
};
const chartBreakdown = fc.oneof(
  fc.constantFrom(nisBriefing2025CasualtiesApril, nisBriefing2025CasualtiesJanuary),
  fc.record({
    killed: arbEstimate({ units: ["person"], max: 1e7 }),
    wounded: fc.constantFrom("unknown", "not-reported", "none-observed"),
    missing: arbEstimate({ units: ["person"], max: 1e7 }),
    captured: fc.constantFrom("unknown", "none-observed"),
    total: fc.oneof(arbEstimate({ units: ["person"], max: 1e8 }), fc.constant("not-reported")),
    includes: fc.subarray(["killed", "wounded", "missing", "captured"], { minLength: 1 }),
  }),
);

Object.assign(SIGNATURES as Record<string, fc.Arbitrary<unknown[]>>, {
  revisionChart: tuple(
    fc.oneof(history, history.map((h) => (h === undefined ? [] : [h]))),
    fc.record({ ...chartOptions, known: arbEdtf({ minYear: 2020, maxYear: 2026 }) }, { requiredKeys: [] }),
  ),
  deploymentChart: tuple(waves, fc.record({ ...chartOptions, category: fc.constantFrom("troops", "laborers") }, { requiredKeys: [] })),
  casualtyChart: tuple(chartBreakdown, fc.record({ ...chartOptions, reconcile: fc.boolean() }, { requiredKeys: [] })),
  ledgerChart: tuple(fc.oneof(anyLedger, anySummary, anyLedger.map((l) => balance(l))), fc.record(chartOptions, { requiredKeys: [] })),
});

Object.assign(SIGNATURES as Record<string, fc.Arbitrary<unknown[]>>, TESTING_SIGNATURES);
