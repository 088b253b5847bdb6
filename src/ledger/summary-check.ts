// Checking a ledger summary from outside (read back from JSON, made by
// another process) before it is merged or read: its fields, its order, that
// its exact sums are written as this room writes them, and that each sum's
// ends and best are what the estimates summed make them. Not exported from the package.

import { fail, isObject, isText } from "../_lib/assert.js";
import { keyText } from "../claim/indicator-key.js";
import { checkParty, checkPeriodText, checkValue, isId, placeFor } from "./check.js";
import type { Place } from "./check.js";
import { pick } from "./copy.js";
import { fieldProblem, NONE_OBSERVED_LINE, SUMMARY, SUMMARY_GROUP, SUMMED, UNKNOWN_COUNTS, VALUATION_LINE } from "./fields.js";
import type { Noun } from "./fields.js";
import { compareSums, expansion, isCanonical, roundSum } from "./exact.js";
import { builtSummaries, byLine, byText, groupKey, made } from "./summary-shape.js";
import type { HedgePolicy } from "../estimate/hedge.js";
import type { LedgerParty } from "./schema.js";
import type { LedgerSummary, NoneObservedLine, SummaryGroup, ValuationLine } from "./summary-shape.js";
import type { SummedEstimates } from "./sums.js";
import { isCurrencyCode, isLedgerCategory, LEDGER_EVIDENCE, LEDGER_STAGES, UNKNOWN_CURRENCY } from "./vocabulary.js";

type Loose = Readonly<Record<string, unknown>>;

function bad(place: Place, path: string, why: string, value: unknown): never {
  fail(place.where, path, why, value, place.code);
}

/**
 * An object's own fields, copied into one without a prototype: a field inherited from a prototype is never read as data.
 * A field that is not one of the noun's is refused, naming it and the field most likely meant.
 */
function object(place: Place, path: string, value: unknown, noun: Noun): Loose {
  if (!isObject(value) || Array.isArray(value)) bad(place, path, "must be an object", value);
  const copy = Object.assign(Object.create(null) as Record<string, unknown>, value);
  const problem = fieldProblem(noun, copy);
  if (problem !== undefined) bad(place, `${path}.${problem[0]}`, problem[1], copy[problem[0]]);
  return copy;
}

function list(place: Place, path: string, value: unknown): readonly unknown[] {
  if (!Array.isArray(value)) bad(place, path, "must be an array", value);
  return value;
}

const isCount = (v: unknown): v is number => Number.isSafeInteger(v) && (v as number) >= 0;

function counted(place: Place, path: string, value: unknown): number {
  if (!isCount(value)) bad(place, path, "must be a whole number from 0", value);
  return value;
}

function oneOf(place: Place, path: string, value: unknown, allowed: readonly unknown[]): string {
  if (!allowed.includes(value)) bad(place, path, `must be one of ${allowed.map(String).join(", ")}`, value);
  return value as string;
}

/** A sum, checked: exact sums written canonically, counts that fit, ends in order; its unit read trimmed and in normal form C, as `ledger()` stores units. */
function checkSum(place: Place, path: string, value: unknown, kind: "quantity" | "money" | "index"): SummedEstimates {
  const s = object(place, path, value, SUMMED);
  const unit = s["unit"];
  const money = typeof unit === "string" && isCurrencyCode(unit);
  if (!isText(unit) || (kind === "money" && !money) || (kind === "index" && (money || unit === UNKNOWN_CURRENCY))) {
    bad(place, `${path}.unit`, kind === "money" ? "must be an ISO 4217 currency code" : kind === "index" ? "must be an index unit, not a currency" : "must be non-empty text", unit);
  }
  const entries = counted(place, `${path}.entries`, s["entries"]);
  for (const key of ["low", "high", "best"]) {
    if (!isCanonical(s[key])) bad(place, `${path}.${key}`, "must be an exact sum as summarizeLedger writes it", s[key]);
  }
  for (const key of ["unbounded", "withoutBest"]) if (!(counted(place, `${path}.${key}`, s[key]) <= entries)) bad(place, `${path}.${key}`, "must not exceed entries", s[key]);
  for (const key of ["lowOpen", "highOpen", "approx"]) if (typeof s[key] !== "boolean") bad(place, `${path}.${key}`, "must be a boolean", s[key]);
  if (entries === 0) bad(place, path, "must sum one estimate or more", value);
  const sum = pick<SummedEstimates>({ ...s, unit: keyText(unit) }, SUMMED.fields);
  const problem = endsProblem(sum);
  if (problem !== undefined) bad(place, `${path}.${problem[0]}`, problem[1], sum[problem[0]]);
  return sum;
}

/** An exact sum as a message shows it: the number it rounds to. */
const shown = (list: readonly number[]): number => roundSum(expansion(list));

/**
 * What is wrong with the ends of a sum (its fields and counts checked), as
 * `[field, why]`; undefined for nothing. What `summarizeLedger` writes, from
 * how each estimate adds to a sum, and a reader relies on: sums of figures
 * from 0 are from 0; `high` and `best` are 0 (`[]`) when no estimate has one;
 * a low end opens only for a strict "at least", which has no upper bound, and
 * a high end only for a bounded estimate whose high end is above its low end
 * (a strict "at most", an order of magnitude), so that no open end leaves a
 * sum no number; the sum of the best values lies in the interval, off an open
 * end, where every estimate has one (a part of it, from 0, where some have).
 */
function endsProblem(s: SummedEstimates): readonly [keyof SummedEstimates, string] | undefined {
  const bounded = s.unbounded === 0;
  const [low, high] = [shown(s.low), bounded ? shown(s.high) : Infinity];
  for (const key of ["low", "high", "best"] as const) if (compareSums(s[key], []) < 0) return [key, "must not be below 0"];
  if (s.unbounded === s.entries && s.high.length > 0) return ["high", "must be [] (0): no estimate summed has a high end"];
  if (s.withoutBest === s.entries && s.best.length > 0) return ["best", "must be [] (0): no estimate summed has one"];
  const room = compareSums(s.high, bounded ? s.low : []);
  if (bounded && room < 0) return ["low", `must not be above high (${high})`];
  if (s.lowOpen && bounded) return ["lowOpen", 'must be false: only a strict "at least", with no upper bound, opens a low end'];
  if (s.highOpen && room === 0) return ["highOpen", `must be false: no estimate summed opens a high end${bounded ? `, and [${low}, ${high}) holds no number` : ""}`];
  const all = s.withoutBest === 0;
  const above = all ? compareSums(s.best, s.low) : 1;
  const below = bounded ? compareSums(s.high, s.best) : 1;
  if (above < 0 || below < 0 || (above === 0 && s.lowOpen) || (below === 0 && s.highOpen)) {
    return ["best", `must lie in the sum's interval ${all && s.lowOpen ? "(" : "["}${all ? low : 0}, ${high}${s.highOpen || !bounded ? ")" : "]"}`];
  }
  return undefined;
}

function sorted<T>(place: Place, path: string, items: readonly T[], order: (a: T, b: T) => number, strict: boolean): readonly T[] {
  for (let i = 1; i < items.length; i++) {
    const c = order(items[i - 1] as T, items[i] as T);
    if (c > 0 || (strict && c === 0)) bad(place, `${path}[${i}]`, strict ? "must come after the one before it, and differ from it (sorted, one per key)" : "must not come before the one before it (sorted)", items[i]);
  }
  return Object.freeze([...items]);
}

function sums(place: Place, path: string, value: unknown, kind: "quantity" | "money" | "index"): readonly SummedEstimates[] {
  const items = list(place, path, value);
  const out: SummedEstimates[] = [];
  for (let i = 0; i < items.length; i++) out.push(checkSum(place, `${path}[${i}]`, items[i], kind));
  return sorted(place, path, out, (a, b) => byText(a.unit, b.unit), true);
}

function ends(place: Place, path: string, g: Loose, codes: readonly string[]): void {
  for (const end of ["from", "to"]) if (!codes.includes(g[end] as string)) bad(place, `${path}.${end}`, `must be one of the summary's parties (${codes.join(", ")})`, g[end]);
  if (g["from"] === g["to"]) bad(place, `${path}.to`, "must be the other party", g["to"]);
}

function direction(place: Place, path: string, g: Loose, codes: readonly string[]): void {
  ends(place, path, g, codes);
  if (!isLedgerCategory(g["category"])) bad(place, `${path}.category`, "must be one of LEDGER_CATEGORIES or namespace:name", g["category"]);
  oneOf(place, `${path}.stage`, g["stage"], LEDGER_STAGES);
}

function checkGroup(place: Place, path: string, value: unknown, codes: readonly string[]): SummaryGroup {
  const g = object(place, path, value, SUMMARY_GROUP);
  direction(place, path, g, codes);
  oneOf(place, `${path}.evidence`, g["evidence"], LEDGER_EVIDENCE.slice(0, 3));
  const entries = counted(place, `${path}.entries`, g["entries"]);
  const u = object(place, `${path}.unknown`, g["unknown"], UNKNOWN_COUNTS);
  const [quantity, value_, currency] = ["quantity", "value", "currency"].map((k) => counted(place, `${path}.unknown.${k}`, u[k])) as [number, number, number];
  const quantities = sums(place, `${path}.quantities`, g["quantities"], "quantity");
  const money = sums(place, `${path}.money`, g["money"], "money");
  const indices = sums(place, `${path}.indices`, g["indices"], "index");
  const total = (xs: readonly SummedEstimates[]): number => xs.reduce((n, s) => n + s.entries, 0);
  if (entries === 0 || total(quantities) + quantity !== entries || total(money) + total(indices) + value_ + currency !== entries) {
    bad(place, path, "must count each of its entries once among its quantities and once among its values", value);
  }
  return Object.freeze({ ...pick<SummaryGroup>(g, ["from", "to", "category", "stage", "evidence", "entries"]), quantities, money, indices, unknown: Object.freeze({ quantity, value: value_, currency }) });
}

function checkLine(place: Place, path: string, value: unknown, codes: readonly string[]): NoneObservedLine {
  const line = object(place, path, value, NONE_OBSERVED_LINE);
  direction(place, path, line, codes);
  for (const key of ["id", "item", "period"]) if (!isText(line[key])) bad(place, `${path}.${key}`, "must be non-empty text", line[key]);
  return pick({ ...line, item: keyText(line["item"] as string) }, NONE_OBSERVED_LINE.fields);
}

function checkValuationLine(place: Place, path: string, value: unknown, codes: readonly string[]): ValuationLine {
  const line = object(place, path, value, VALUATION_LINE);
  if (line["from"] !== undefined || line["to"] !== undefined) ends(place, path, line, codes);
  for (const key of ["id", "item"]) if (!isText(line[key])) bad(place, `${path}.${key}`, "must be non-empty text", line[key]);
  const checked = { ...line, item: keyText(line["item"] as string), value: checkValue(place, `${path}.value`, line["value"]), period: checkPeriodText(place, `${path}.period`, line["period"]) };
  return pick(checked, VALUATION_LINE.fields);
}

/** The hedge policy a summary was made under, checked as `hedgePolicy` checks an option. */
function checkHedge(place: Place, path: string, value: unknown): HedgePolicy {
  if (value === "as-stated" || value === "rounding") return value;
  const relative = isObject(value) && !Array.isArray(value) && Object.keys(value).length === 1 ? value["relative"] : undefined;
  if (typeof relative !== "number" || !(relative >= 0 && relative < Infinity)) bad(place, path, 'must be "as-stated", "rounding" or { relative: r } with a finite r >= 0', value);
  return Object.freeze({ relative });
}

/** The ids of a summary at `path`: ids, sorted, each once, as many as it counts and lists, every listed line's among them. */
function checkIds(place: Place, path: string, value: unknown, summary: Omit<LedgerSummary, "ids">): readonly string[] {
  const ids = list(place, `${path}.ids`, value);
  for (let i = 0; i < ids.length; i++) {
    if (!isId(ids[i])) bad(place, `${path}.ids[${i}]`, "must be an entry or valuation id: non-empty text without whitespace", ids[i]);
    if (i > 0 && !((ids[i - 1] as string) < (ids[i] as string))) bad(place, `${path}.ids[${i}]`, "must come after the one before it, and differ from it (sorted, each once)", ids[i]);
  }
  const counted = summary.groups.reduce((n, g) => n + g.entries, 0) + summary.noneObserved.length + summary.valuations.length;
  if (ids.length !== counted) bad(place, `${path}.ids`, `must list the id of each of the summary's ${counted} entries and valuations`, value);
  const unused = new Set(ids as readonly string[]);
  for (const name of ["noneObserved", "valuations"] as const) {
    const lines = summary[name];
    for (let i = 0; i < lines.length; i++) if (!unused.delete((lines[i] as { id: string }).id)) bad(place, `${path}.${name}[${i}].id`, "must be one of the summary's ids, and no other line's", (lines[i] as { id: string }).id);
  }
  return Object.freeze([...(ids as readonly string[])]);
}

/**
 * The summary to read for `where`: one this room made, as it is, or any other
 * value checked field by field and in its order, then frozen and remembered.
 * Units, items and party names are read trimmed and in Unicode normalization
 * form C, as `ledger()` stores them, so that a summary written with another
 * encoding of an accent merges with one written in form C.
 * Throws `invalid-ledger` naming the first problem. @internal
 */
export function checkSummary(where: string, path: string, value: unknown): LedgerSummary {
  if (isObject(value) && builtSummaries.has(value)) return value as unknown as LedgerSummary;
  const place = placeFor(where);
  const s = object(place, path, value, SUMMARY);
  if (s["kind"] !== "ledger-summary") bad(place, `${path}.kind`, 'must be "ledger-summary"', s["kind"]);
  const given = list(place, `${path}.parties`, s["parties"]);
  if (given.length !== 0 && given.length !== 2) bad(place, `${path}.parties`, "must be two parties (none in the empty summary)", given);
  // An index loop: a hole in a sparse array is a party that is not one.
  const read0: LedgerParty[] = [];
  for (let i = 0; i < given.length; i++) read0.push(checkParty(place, `${path}.parties[${i}]`, given[i]));
  const parties = sorted(place, `${path}.parties`, read0, (a, b) => byText(a.code, b.code), true);
  const codes = parties.map((p) => p.code);
  const read = <T>(name: string, check: (place: Place, path: string, value: unknown, codes: readonly string[]) => T): T[] => {
    const items = list(place, `${path}.${name}`, s[name]);
    const out: T[] = [];
    for (let i = 0; i < items.length; i++) out.push(check(place, `${path}.${name}[${i}]`, items[i], codes));
    return out;
  };
  const summary = {
    kind: "ledger-summary",
    parties,
    hedge: checkHedge(place, `${path}.hedge`, s["hedge"]),
    groups: sorted(place, `${path}.groups`, read("groups", checkGroup), (a, b) => byText(groupKey(a), groupKey(b)), true),
    noneObserved: sorted(place, `${path}.noneObserved`, read("noneObserved", checkLine), byLine, false),
    valuations: sorted(place, `${path}.valuations`, read("valuations", checkValuationLine), byLine, false),
  } as const;
  return made({ ...summary, ids: checkIds(place, path, s["ids"], summary) });
}
