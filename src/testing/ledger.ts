import fc from "fast-check";

import { fail, isText, optionsOf } from "../_lib/assert.js";
import { guarded } from "../_lib/guard.js";
import { MAGNITUDE_ORDERS, magnitudeBounds } from "../estimate/magnitude.js";
import { readInterval } from "../estimate/read.js";
import type { Estimate } from "../estimate/schema.js";
import { ledger } from "../ledger/constructors.js";
import type { Ledger, LedgerEntry, LedgerParty, LedgerValuation, LedgerValue } from "../ledger/schema.js";
import { isLedgerCategory, LEDGER_EVIDENCE, LEDGER_STAGES } from "../ledger/vocabulary.js";
import type { LedgerCategory, LedgerEvidence, LedgerStage } from "../ledger/vocabulary.js";
import type { Attribution, Source } from "../provenance/schema.js";
import { spanEdtf, windowOf } from "./days.js";
import { estimates } from "./estimate.js";
import { finiteNumber, flag, sourceList, subset, textList, wholeNumber, unitList } from "./options.js";
import { arbSource, some } from "./provenance.js";

/** Options for {@link arbLedgerEntries} and {@link arbLedger}. */
export interface ArbLedgerOptions {
  /** The two parties; North Korea (`KP`) and Russia (`RU`) by default. */
  readonly parties?: readonly [LedgerParty, LedgerParty];
  /** The most entries; 12 by default (and at least `minLength`, 0 by default). */
  readonly minLength?: number;
  readonly maxLength?: number;
  /** What the ids start with: `e0`, `e1`, … by default. Entries of two lists with other prefixes never share an id or an item. */
  readonly prefix?: string;
  /** The categories to draw from; a few of `LEDGER_CATEGORIES` and `"sipri:satellite"` by default. */
  readonly categories?: readonly LedgerCategory[];
  /** The stages to draw from; all of `LEDGER_STAGES` by default. */
  readonly stages?: readonly LedgerStage[];
  /** The evidence levels to draw from; all of `LEDGER_EVIDENCE` (`none-observed` too) by default. */
  readonly evidence?: readonly LedgerEvidence[];
  /** The units of quantities (trimmed texts); `["shell", "person"]` by default. */
  readonly units?: readonly string[];
  /** The currencies of money values (ISO 4217, or `"unknown"`); `["USD", "EUR", "unknown"]` by default. Values in SIPRI TIV (`"SIPRI-TIV-million"`, basis `index`) are drawn too. */
  readonly currencies?: readonly string[];
  /** The largest number a quantity or a value states; by default 1,000,000 for quantities, 1,000,000,000 for money and 10,000 for SIPRI TIV. */
  readonly max?: number;
  /** Whole numbers only (the default); false adds decimals with up to two places. */
  readonly integers?: boolean;
  /** The sources to draw the originator of each entry (and of each valuation of {@link arbLedger}) from (distinct ids); one drawn source for all by default. */
  readonly originators?: readonly Source[];
  /** The first and last day (ISO `YYYY-MM-DD`) of the window the periods lie in; 2022 to 2025 by default. */
  readonly from?: string;
  readonly to?: string;
}

const NAMES = ["parties", "minLength", "maxLength", "prefix", "categories", "stages", "evidence", "units", "currencies", "max", "integers", "originators", "from", "to"] as const;
const PARTIES: readonly [LedgerParty, LedgerParty] = [
  { code: "KP", name: "North Korea" },
  { code: "RU", name: "Russia" },
];

interface Settings {
  readonly parties: readonly [LedgerParty, LedgerParty];
  readonly lengths: readonly [number, number];
  readonly prefix: string;
  readonly entry: fc.Arbitrary<Omit<LedgerEntry, "id" | "item" | "attribution" | "period"> & { by: number }>;
  readonly value: fc.Arbitrary<LedgerValue>;
  readonly period: fc.Arbitrary<string>;
  readonly sources: fc.Arbitrary<readonly Source[]>;
}

function partiesOf(where: string, value: unknown): readonly [LedgerParty, LedgerParty] {
  if (value === undefined) return PARTIES;
  const ok = (p: unknown): boolean => typeof p === "object" && p !== null && /^[A-Z]{2}$/.test(String((p as LedgerParty).code)) && isText((p as LedgerParty).name);
  if (!(Array.isArray(value) && value.length === 2 && ok(value[0]) && ok(value[1]) && value[0].code !== value[1].code)) {
    fail(where, "options.parties", "must be two parties { code, name } of different ISO 3166-1 alpha-2 codes", value, "invalid-option");
  }
  return [value[0], value[1]];
}

/**
 * The orders of magnitude money is drawn in: none that reads as an order a
 * TIV of at most `tivMax` is drawn in (as it is or in millions), so that no
 * money value is by chance the figure of an index value.
 */
function moneyOrders(tivMax: number): readonly (typeof MAGNITUDE_ORDERS)[number][] {
  const tiv = MAGNITUDE_ORDERS.map(magnitudeBounds).filter(([, high]) => high <= tivMax);
  return MAGNITUDE_ORDERS.filter((o) => {
    const [low, high] = magnitudeBounds(o);
    return !tiv.some(([l, h]) => [1, 1e6].some((k) => l * k === low && h * k === high));
  });
}

/** Money in one of the currencies, or a SIPRI TIV index value. */
function values(where: string, currencies: readonly string[], integers: boolean, max: number | undefined): fc.Arbitrary<LedgerValue> {
  const tivMax = max ?? 1e4;
  const orders = moneyOrders(tivMax);
  const money = fc.record({ unit: fc.constantFrom(...currencies), basis: fc.constantFrom("stated" as const, "price-list" as const) }).chain(({ unit, basis }) =>
    estimates(where, { units: [unit], integers, max: max ?? 1e9, ...(orders.length > 0 ? { orders } : { kinds: ["exact", "approx", "range", "atLeast", "atMost"] }) }).map((estimate): LedgerValue => ({ estimate, basis })),
  );
  const tiv = estimates(where, { units: ["SIPRI-TIV-million"], integers, max: tivMax }).map((estimate): LedgerValue => ({ estimate, basis: "index", reference: "SIPRI TIV" }));
  return fc.oneof({ weight: 3, arbitrary: money }, { weight: 1, arbitrary: tiv });
}

function settings(where: string, given: ArbLedgerOptions | undefined): Settings {
  return guarded(where, { options: given }, () => {
    const o = optionsOf(where, given, "options", NAMES);
    const parties = partiesOf(where, o.parties);
    const min = wholeNumber(where, "minLength", o.minLength, 0, 1000, 0);
    const prefix = o.prefix ?? "e";
    if (!(typeof prefix === "string" && /^\S+$/.test(prefix))) fail(where, "options.prefix", "must be an id: non-empty text without whitespace", prefix, "invalid-option");
    const categories = o.categories ?? ["munitions", "personnel", "technology", "sipri:satellite"];
    if (!(Array.isArray(categories) && categories.length > 0 && Array.from(categories).every(isLedgerCategory))) {
      fail(where, "options.categories", "must be a non-empty list of categories (LEDGER_CATEGORIES, or namespace:name)", categories, "invalid-option");
    }
    const currencies = textList(where, "currencies", o.currencies, ["USD", "EUR", "unknown"]);
    if (!currencies.every((c) => /^[A-Z]{3}$/.test(c) || c === "unknown")) fail(where, "options.currencies", 'must list ISO 4217 codes or "unknown"', currencies, "invalid-option");
    const integers = flag(where, "integers", o.integers, true);
    const max = o.max === undefined ? undefined : finiteNumber(where, "max", o.max, 0, 0);
    const [from, to] = windowOf(where, o.from, o.to);
    const day = fc.integer({ min: from, max: to });
    const originators = sourceList(where, "originators", o.originators);
    const ends = fc.boolean().map((forward) => (forward ? [parties[0].code, parties[1].code] : [parties[1].code, parties[0].code]));
    return {
      parties,
      lengths: [min, wholeNumber(where, "maxLength", o.maxLength, min, 1000, Math.max(min, 12))],
      prefix,
      entry: fc.record(
        {
          ends,
          category: fc.constantFrom(...categories),
          stage: fc.constantFrom(...subset(where, "stages", o.stages, LEDGER_STAGES)),
          evidence: fc.constantFrom(...subset(where, "evidence", o.evidence, LEDGER_EVIDENCE)),
          quantity: some(estimates(where, { units: unitList(where, "units", o.units, ["shell", "person"]), integers, max: max ?? 1e6 })),
          value: some(values(where, currencies, integers, max)),
          by: fc.nat(),
        },
        { requiredKeys: ["ends", "category", "stage", "evidence", "by"] },
      ).map(({ ends: [f, t], ...e }) => ({ ...e, from: f as string, to: t as string })),
      value: values(where, currencies, integers, max),
      period: fc.tuple(day, day).map(([a, b]) => spanEdtf(Math.min(a, b), Math.max(a, b))),
      sources: originators === undefined ? arbSource().map((s) => [s]) : fc.constant(originators),
    };
  });
}

/** The entries of a ledger, each by one of `sources`. */
function entriesBy(s: Settings, sources: readonly Source[]): fc.Arbitrary<LedgerEntry[]> {
  return fc.array(fc.tuple(s.entry, s.period), { minLength: s.lengths[0], maxLength: s.lengths[1] }).map((list) =>
    list.map(([{ by, quantity, value, ...e }, period], i): LedgerEntry => ({
      id: `${s.prefix}${i}`,
      ...e,
      // the item names the id: no two entries are the same transfer
      item: `item ${s.prefix}${i}`,
      // a transfer not observed has no quantity and no value
      ...(quantity !== undefined && e.evidence !== "none-observed" && { quantity: quantity as Estimate }),
      ...(value !== undefined && e.evidence !== "none-observed" && { value }),
      period,
      attribution: { originator: sources[by % sources.length] as Source } as Attribution,
    })),
  );
}

/**
 * A fast-check arbitrary for the entries of a ledger between two parties:
 * each from one party to the other, with or without a quantity and a value
 * (money in a currency or `"unknown"`, or SIPRI TIV), at any stage and on
 * any evidence, `none-observed` included; ids `e0`, `e1`, … (or the
 * `prefix` given), and an item that names the id, so that no two are one
 * transfer. Each passes `LedgerEntrySchema`.
 *
 * @category Testing
 * @throws {FogcountError} `invalid-option` for options that are not an object or hold a name it does not take, `parties` that are not two parties of different codes, lengths that are not whole numbers with 0 ≤ `minLength` ≤ `maxLength` ≤ 1000, a `prefix` that is not an id, `categories`, `stages`, `evidence`, `units` or `currencies` that are not non-empty lists of theirs, a `max` that is not a finite number of at least 0, an `integers` that is not a boolean, `originators` that are not sources with distinct ids, or `from` and `to` that are not ISO dates in order; `invalid-argument` for options that cannot be read (a getter that throws, a revoked proxy).
 * @example
 * fc.sample(arbLedgerEntries({ prefix: "a" }), 100).every((entries) => entries.every((e) => e.id.startsWith("a")));
 * //=> true
 */
export function arbLedgerEntries(options?: ArbLedgerOptions): fc.Arbitrary<LedgerEntry[]> {
  const s = settings("arbLedgerEntries", options);
  return s.sources.chain((sources) => entriesBy(s, sources));
}

/**
 * A fast-check arbitrary for ledgers: two parties, entries as
 * {@link arbLedgerEntries} draws them, and up to two valuations of more than
 * one entry (of the whole exchange, or of all one party sent), each by one of
 * the `originators` as the entries are (a ledger with no entries too), built
 * and checked by `ledger()`.
 *
 * @category Testing
 * @throws {FogcountError} `invalid-option` for options that are not an object, hold a name it does not take or a value outside its domain (as {@link arbLedgerEntries}); `invalid-argument` for options that cannot be read (a getter that throws, a revoked proxy).
 * @example
 * fc.sample(arbLedger(), 100).every((l) => balance(l).directions.length === 2);
 * //=> true
 */
export function arbLedger(options?: ArbLedgerOptions): fc.Arbitrary<Ledger> {
  const s = settings("arbLedger", options);
  const valuation = fc.record({ value: s.value, period: s.period, whole: fc.boolean(), forward: fc.boolean(), by: fc.nat() });
  return s.sources.chain((sources) =>
    fc.tuple(entriesBy(s, sources), fc.array(valuation, { maxLength: 2 })).map(([entries, list]) => {
      const valuations = list.map((v, i): LedgerValuation => {
        const [a, b] = v.forward ? s.parties : [s.parties[1], s.parties[0]];
        const attribution = { originator: sources[v.by % sources.length] as Source };
        return { id: `${s.prefix}v${i}`, item: v.whole ? "the exchange as a whole" : `all ${a.name} sent`, value: v.value, period: v.period, attribution, ...(!v.whole && { from: a.code, to: b.code }) };
      });
      return ledger({ parties: s.parties, entries, valuations });
    }).filter((l) => !l.valuations.some((v) => readsAsIndexSum(l, v))),
  );
}

/**
 * Whether a money valuation's figures are, by chance, those of the index values
 * (SIPRI TIV, as they are or in millions) of the entries it covers, which the
 * dataset check reads as TIV summed as money: such a ledger is drawn again.
 */
function readsAsIndexSum(l: Ledger, v: LedgerValuation): boolean {
  if (v.value.basis === "index") return false;
  const valued = l.entries.filter((e) => e.evidence !== "none-observed" && e.value !== undefined && (v.from === undefined || (e.from === v.from && e.to === v.to)));
  if (valued.length === 0 || valued.some((e) => e.value?.basis !== "index")) return false;
  let [low, high] = [0, 0];
  for (const e of valued) {
    const r = readInterval(e.value?.estimate as Estimate);
    [low, high] = [low + r.low, high + r.high];
  }
  const money = readInterval(v.value.estimate);
  const near = (x: number, y: number): boolean => x === y || Math.abs(x - y) <= 1e-9 * Math.max(Math.abs(x), Math.abs(y));
  return [1, 1e6].some((k) => near(money.low, low * k) && near(money.high, high * k));
}
