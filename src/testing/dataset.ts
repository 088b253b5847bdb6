import fc from "fast-check";

import { fail, optionsOf } from "../_lib/assert.js";
import { notPeople } from "../claim/measures.js";
import { guarded } from "../_lib/guard.js";
import type { CasualtyBreakdown } from "../casualty/schema.js";
import { BREAKDOWN_FIELDS } from "../casualty/vocabulary.js";
import type { Claim, Indicator } from "../claim/schema.js";
import { AGGREGATIONS, MODALITIES } from "../claim/kinds.js";
import type { DatasetRuleCode } from "../dataset/codes.js";
import { datasetFromClaims } from "../dataset/from-claims.js";
import type { DatasetParts } from "../dataset/from-parts.js";
import type { DatasetParty } from "../dataset/parts.js";
import type { Dataset } from "../dataset/schema.js";
import type { Deployment } from "../deployment/schema.js";
import type { LedgerParty } from "../ledger/schema.js";
import type { Source } from "../provenance/schema.js";
import { arbBreakdown } from "./casualty.js";
import type { ArbClaimOptions } from "./claim.js";
import { isoOf, windowOf } from "./days.js";
import type { Window } from "./days.js";
import { arbWaves, oneOriginatorPerRun } from "./deployment.js";
import { isSeeded, SEEDED_FINDINGS, seedOf } from "./findings.js";
import { measureList, measureUnitPairs } from "./indicator.js";
import type { MeasureUnit } from "./indicator.js";
import { arbLedger } from "./ledger.js";
import { fitsWave } from "../dataset/rules/claim-figures.js";
import { asClaimed, restingOn } from "./resting.js";
import { finiteNumber, sourceList, textList, wholeNumber, unitList } from "./options.js";
import { arbSource, defined } from "./provenance.js";
import { SEED_DAYS, seedSubject } from "./seed.js";
import type { Seed } from "./seed.js";
import { seriesClaims } from "./series.js";

/** Options for {@link arbDataset}. */
export interface ArbDatasetOptions extends Pick<ArbClaimOptions, "subjects" | "measures" | "units" | "from" | "to"> {
  /**
   * The least number a figure of a series states, and the largest number any
   * figure of the dataset states (series, breakdowns, waves, ledger
   * quantities and values); by default 0, and 1,000,000 for a series (the
   * other figures as their arbitraries draw them). The seed of `withFinding`
   * states figures of its own.
   */
  readonly min?: number;
  readonly max?: number;
  /** Seed exactly one finding of this code: any code of `DatasetRuleCode`, every one listed in {@link SEEDED_FINDINGS}; none by default. Needs a window of at least 60 days. */
  readonly withFinding?: DatasetRuleCode;
  /** The sources of the dataset (distinct ids): every originator, outlet and intermediary is one of them; one to four drawn sources by default. */
  readonly sources?: readonly Source[];
  /** The parties (two or more, of different codes), named by their code in lowercase; North Korea, Russia and Ukraine by default. */
  readonly parties?: readonly LedgerParty[];
  /** The most series of claims (each on an indicator of its own), figures in a series, breakdowns, waves and ledgers; 4, 6, 2, 4 and 1 by default (0 leaves a section empty). */
  readonly maxSeries?: number;
  readonly maxLength?: number;
  readonly maxBreakdowns?: number;
  readonly maxWaves?: number;
  readonly maxLedgers?: number;
}

const NAMES = ["withFinding", "sources", "parties", "subjects", "measures", "units", "min", "max", "from", "to", "maxSeries", "maxLength", "maxBreakdowns", "maxWaves", "maxLedgers"] as const;
const PARTIES: readonly LedgerParty[] = [
  { code: "KP", name: "North Korea" },
  { code: "RU", name: "Russia" },
  { code: "UA", name: "Ukraine" },
];
const SCOPES = [undefined, "Kursk", "Donetsk"];
const LAST_DAY = "9999-12-31";

interface Settings {
  readonly window: Window;
  readonly finding: DatasetRuleCode | undefined;
  readonly sources: fc.Arbitrary<readonly Source[]>;
  readonly parties: readonly DatasetParty[];
  readonly subjects: readonly string[];
  /** The measures and units of the series, paired as a claim can take them. */
  readonly pairs: readonly MeasureUnit[];
  readonly measures: readonly string[];
  /** The units of the breakdowns: those given that can count people (not money, not a unit of measurement), or `"person"` when none can. */
  readonly countUnits: readonly string[];
  readonly units: readonly string[];
  /** The least and largest number a series states; the largest any other figure states, when given. */
  readonly figures: readonly [min: number, max: number, others: number | undefined];
  readonly max: Readonly<Record<"series" | "length" | "breakdowns" | "waves" | "ledgers", number>>;
}

function partiesOf(where: string, value: unknown): readonly DatasetParty[] {
  const list = value ?? PARTIES;
  const ok = (p: unknown): p is LedgerParty => typeof p === "object" && p !== null && /^[A-Z]{2}$/.test(String((p as LedgerParty).code)) && typeof (p as LedgerParty).name === "string" && (p as LedgerParty).name.trim() !== "";
  if (!(Array.isArray(list) && list.length >= 2 && Array.from(list).every(ok) && new Set(list.map((p) => p.code)).size === list.length)) {
    fail(where, "options.parties", "must be two or more parties { code, name } of different ISO 3166-1 alpha-2 codes", value, "invalid-option");
  }
  return list.map((p: LedgerParty) => ({ id: p.code.toLowerCase(), code: p.code, name: p.name.trim() }));
}

function settings(where: string, given: ArbDatasetOptions | undefined): Settings {
  return guarded(where, { options: given }, () => {
    const o = optionsOf(where, given, "options", NAMES);
    const finding = o.withFinding;
    if (finding !== undefined && !isSeeded(finding)) {
      fail(where, "options.withFinding", `is not the code of a lint rule of checkDataset (${SEEDED_FINDINGS.join(", ")})`, finding, "invalid-option");
    }
    const sources = sourceList(where, "sources", o.sources);
    const listed = measureList(where, o.measures);
    const measures = listed ?? ["killed", "wounded", "casualties", "deployed", "present", "repatriated"];
    const units = unitList(where, "units", o.units, ["person"]);
    const counts = units.filter((u) => notPeople(u) === undefined);
    const count = (name: "maxSeries" | "maxLength" | "maxBreakdowns" | "maxWaves" | "maxLedgers", fallback: number) => wholeNumber(where, name, o[name], name === "maxLength" ? 1 : 0, 100, fallback);
    return {
      window: windowFor(where, o.from, o.to, finding),
      finding,
      sources: sources === undefined ? fc.uniqueArray(arbSource(), { minLength: 1, maxLength: 4, selector: (s) => s.id }) : fc.constant(sources),
      parties: partiesOf(where, o.parties),
      subjects: textList(where, "subjects", o.subjects, ["kp-forces-in-russia", "ru-forces", "ua-civilians"]),
      pairs: measureUnitPairs(where, measures, units, listed === undefined),
      measures,
      countUnits: counts.length === 0 ? ["person"] : counts,
      units,
      figures: figureRange(where, o.min, o.max),
      max: { series: count("maxSeries", 4), length: count("maxLength", 6), breakdowns: count("maxBreakdowns", 2), waves: count("maxWaves", 4), ledgers: count("maxLedgers", 1) },
    };
  });
}

/** The window of a dataset: 60 days or more to seed a finding, and a day after it in the year 9999 for a report after the dataset's date. */
function windowFor(where: string, from: unknown, to: unknown, finding: DatasetRuleCode | undefined): Window {
  const window = windowOf(where, from, to, finding === undefined ? 1 : SEED_DAYS);
  if (finding === "reported-after-dataset" && isoOf(window[1]) === LAST_DAY) {
    fail(where, "options.to", `must be before ${LAST_DAY} to seed reported-after-dataset, which reports a claim the day after it (years after 9999 are no ISO dates)`, to ?? LAST_DAY, "invalid-option");
  }
  return window;
}

function figureRange(where: string, min: unknown, max: unknown): Settings["figures"] {
  const low = finiteNumber(where, "min", min, 0, 0);
  const high = max === undefined ? undefined : finiteNumber(where, "max", max, Math.max(1, low), 0);
  return [low, high ?? Math.max(1e6, low), high];
}

/** Series on indicators of their own: no two share subject, measure and scope, so that no rule reads two as one. */
function arbSeriesClaims(s: Settings, sources: readonly Source[]): fc.Arbitrary<Claim[]> {
  const plan = fc.record({ subject: fc.constantFrom(...s.subjects), pair: fc.constantFrom(...s.pairs), scope: fc.constantFrom(...SCOPES), aggregation: fc.constantFrom(undefined, ...AGGREGATIONS), modality: fc.constantFrom(undefined, ...MODALITIES), by: fc.nat() });
  const plans = fc.uniqueArray(plan, { maxLength: s.max.series, selector: (p) => JSON.stringify([p.subject, p.pair[0], p.scope]) });
  return plans.chain((list) =>
    fc.tuple(
      ...list.map((p, n) => {
        const originator = sources[p.by % sources.length] as Source;
        const indicator = defined({ subject: p.subject, measure: p.pair[0], unit: p.pair[1], scope: p.scope, aggregation: p.aggregation }) as Indicator;
        const outlets = sources.filter((x) => x.id !== originator.id);
        return seriesClaims({ prefix: `c${n}`, indicator, modality: p.modality, originator, outlets, window: s.window, min: s.figures[0], max: s.figures[1], minLength: 1, maxLength: s.max.length });
      }),
    ).map((all) => all.flat()),
  );
}

/**
 * The largest true count of a breakdown's part: its figure states up to a
 * quarter and one above it, and a total of four parts five times it, so that
 * no figure states a number above `max`.
 */
const partMax = (max: number | undefined): number => (max === undefined ? 20_000 : Math.floor((max - 1) / 5));

/**
 * Breakdowns of the parties, each in one of the units that count people, some
 * of their figures stated by claims of their own (a scope per breakdown, one
 * subject of the dataset's): only a figure whose measure (`casualties` for
 * the total) is one of the dataset's measures, in one of its units.
 */
function arbBreakdowns(s: Settings, sources: readonly Source[]): fc.Arbitrary<{ parts: NonNullable<DatasetParts["casualtyBreakdowns"]>; claims: Claim[] }> {
  const breakdown = fc.oneof(...s.countUnits.map((unit) => arbBreakdown({ unit, max: partMax(s.figures[2]) })));
  const one = fc.record({ breakdown, party: fc.nat(), subject: fc.constantFrom(...s.subjects), linked: fc.array(fc.boolean(), { minLength: 5, maxLength: 5 }), day: fc.integer({ min: s.window[0], max: s.window[1] }), by: fc.nat() });
  return fc.array(one, { maxLength: s.max.breakdowns }).map((list) => {
    const claims: Claim[] = [];
    const parts = list.map((b, n) => {
      const id = `b${n}`;
      const kept: Partial<Record<(typeof BREAKDOWN_FIELDS)[number], Claim>> = {};
      BREAKDOWN_FIELDS.forEach((field, k) => {
        const figure = b.breakdown[field];
        const measure = field === "total" ? "casualties" : field;
        if (typeof figure === "string" || b.linked[k] !== true || !s.measures.includes(measure) || !s.units.includes(figure.unit)) return;
        const indicator = defined({ subject: b.subject, measure, unit: figure.unit, scope: id, includes: field === "total" ? b.breakdown.includes : undefined }) as Indicator;
        const c: Claim = { id: `${id}.${field}`, indicator, estimate: figure, validTime: isoOf(b.day), reportedAt: isoOf(b.day), attribution: { originator: sources[b.by % sources.length] as Source }, status: { kind: "normal" } };
        kept[field] = c;
        claims.push(c);
      });
      const breakdown: CasualtyBreakdown = Object.keys(kept).length === 0 ? b.breakdown : { ...b.breakdown, claims: kept };
      return { id, party: (s.parties[b.party % s.parties.length] as DatasetParty).id, breakdown };
    });
    return { parts, claims };
  });
}

/**
 * Waves between the first two parties, and ledgers between two of the
 * parties, their entries resting on claims of the dataset now and then; a
 * wave on an asserted claim of people deployed, present or laborers (or of a
 * namespaced measure), with its figure where it is in the wave's unit, an
 * entry on claims of no losses (and when delivered or in use, on one that is
 * no plan), with their figures in the units of its quantity and value.
 */
function arbMoves(s: Settings, sources: readonly Source[], claims: readonly Claim[], asserted: readonly Claim[]): fc.Arbitrary<Pick<DatasetParts, "deployments" | "ledgers">> {
  const [a, b] = s.parties as [DatasetParty, DatasetParty];
  const [from, to] = [isoOf(s.window[0]), isoOf(s.window[1])];
  const waves: fc.Arbitrary<Deployment[]> = s.max.waves === 0 ? fc.constant([]) : fc.option(arbWaves({ maxLength: s.max.waves, countries: [a.code, b.code], originators: sources, from, to, ...(s.figures[2] !== undefined && { max: s.figures[2] }) }).map(oneOriginatorPerRun), { nil: [] });
  const ledger = fc.tuple(fc.nat(), fc.nat()).chain((pair) => {
    const first = s.parties[pair[0] % s.parties.length] as DatasetParty;
    const others = s.parties.filter((p) => p.code !== first.code);
    const second = others[pair[1] % others.length] as DatasetParty;
    return arbLedger({ parties: [first, second].map(({ code, name }) => ({ code, name })) as [LedgerParty, LedgerParty], maxLength: 6, originators: sources, from, to, ...(s.figures[2] !== undefined && { max: s.figures[2] }) });
  });
  const links = fc.array(fc.nat(), { maxLength: 2 });
  return fc
    .record({ waves, ledgers: fc.array(fc.tuple(ledger, fc.array(links, { maxLength: 6 })), { maxLength: s.max.ledgers }), claimOf: fc.array(fc.option(fc.nat(), { nil: undefined }), { minLength: 8, maxLength: 8 }) })
    .map(({ waves, ledgers, claimOf }) => ({
      deployments: waves.map((w, i) => {
        const pick = claimOf[i % claimOf.length];
        // a wave counted as sent rests on an assertion, never on a plan or a projection
        const claim = pick === undefined ? undefined : asserted[pick % asserted.length];
        return claim === undefined ? w : { ...w, size: asClaimed(w.size, [claim]), claim: claim.id };
      }),
      ledgers: ledgers.map(([l, rests], n) => ({ id: `l${n}`, ledger: restingOn(l, rests, claims) })),
    }));
}

/**
 * A fast-check arbitrary for whole datasets: sources, parties, claims in
 * series (each series on an indicator of its own, clean as {@link arbSeries}
 * draws them, with outlets' restatements), casualty breakdowns of the
 * parties (some figures stated by claims of the dataset: on its subjects,
 * in its units, and only for a part whose measure is one of its measures,
 * `casualties` for the total; a breakdown counts in one of its units that is
 * not money, or `"person"` when all are), deployment waves
 * with adds and replaces, some resting on an asserted claim of people
 * deployed, present or laborers (or of a namespaced measure) whose figure
 * they state (in their unit), and ledgers whose entries rest on claims of
 * anything but losses (one of them an assertion for an entry delivered or in
 * use), stating their figures in the units of their quantities and values, built
 * by `datasetFromClaims`. Each passes `DatasetSchema`, and `checkDataset`
 * finds nothing in it; its date is the window's last day, and every time in
 * it lies in the window. With `withFinding`, a few claims, or a casualty
 * breakdown, deployment waves or a ledger with the claims they rest on, whose
 * ids start with a subject no other claim has, give it exactly one finding,
 * of that code, for every lint rule (see {@link SEEDED_FINDINGS} for what is
 * added for each); the dataset still passes `DatasetSchema`.
 *
 * @category Testing
 * @throws {FogcountError} `invalid-option` for options that are not an object or hold a name it does not take, a `withFinding` that is not the code of a lint rule (naming it), `sources` that are not sources with distinct ids, `parties` that are not two or more of different codes, `subjects`, `measures` or `units` that are not non-empty lists of theirs, `units` that are all money or units of measurement (km, t, days, TIV) while the measures (given, or the default ones) all count people, a `min` that is not a finite number of at least 0 or a `max` below 1 or below it, counts that are not whole numbers from 0 to 100 (`maxLength` from 1), or `from` and `to` that are not ISO dates in order (60 days apart or more with `withFinding`, and `to` before 9999-12-31 when seeding a report after the dataset's date); `invalid-argument` for options that cannot be read (a getter that throws, a revoked proxy).
 * @example
 * fc.sample(arbDataset(), 100).every((d) => checkDataset(d).length === 0);
 * //=> true
 * fc.sample(arbDataset({ withFinding: "unit-mismatch" }), 100).every((d) => checkDataset(d).map((f) => f.code).join() === "unit-mismatch");
 * //=> true
 * fc.sample(arbDataset({ withFinding: "parts-exceed-total" }), 100).every((d) => checkDataset(d).map((f) => f.code).join() === "parts-exceed-total");
 * //=> true
 */
export function arbDataset(options?: ArbDatasetOptions): fc.Arbitrary<Dataset> {
  const s = settings("arbDataset", options);
  const metadata = { title: "A dataset drawn by fogcount/testing", licence: "CC0-1.0", maintainer: "fogcount/testing", date: isoOf(s.window[1]) };
  return s.sources.chain((sources) =>
    fc.tuple(arbSeriesClaims(s, sources), arbBreakdowns(s, sources)).chain(([series, breakdowns]) => {
      const claims = [...series, ...breakdowns.claims];
      const place = { subject: seedSubject(s.subjects), window: s.window, originator: sources[0] as Source, outlet: sources[sources.length - 1] as Source, parties: s.parties };
      const seed: fc.Arbitrary<Seed> = s.finding === undefined ? fc.constant({ claims: [] }) : seedOf(s.finding, place);
      // a wave counted as sent rests on an assertion of people sent or present, never on a plan or a count of losses
      const asserted = claims.filter((c) => (c.modality ?? "asserted") === "asserted" && c.restates === undefined && fitsWave(c));
      return fc.tuple(arbMoves(s, sources, claims, asserted), seed).map(([moves, seeded]) => {
        const dataset = datasetFromClaims([...claims, ...seeded.claims], metadata, {
          parties: s.parties,
          casualtyBreakdowns: [...breakdowns.parts, ...(seeded.casualtyBreakdowns ?? [])],
          deployments: [...(moves.deployments ?? []), ...(seeded.deployments ?? [])],
          ledgers: [...(moves.ledgers ?? []), ...(seeded.ledgers ?? [])],
        });
        return seeded.edit === undefined ? dataset : seeded.edit(dataset);
      });
    }),
  );
}
