/**
 * Checks a phrase table handed in by a caller before it is compiled, so that a
 * table with a missing or mistyped list is an `invalid-option`, not a TypeError
 * deep in the grammar.
 * @internal
 */
import { fail, isObject } from "../../_lib/assert.js";
import { MAGNITUDE_ORDERS } from "../../estimate/magnitude.js";
import type { PhraseTable } from "./types.js";

const LISTS = [
  "hedges", "hedgesAfter", "rangeConnectors", "rangeFillers", "proportionConnectors", "articles", "andAHalf",
  "bareFractions", "percent", "strength", "currencyCodes", "rateWords", "timeNouns", "months", "calibres",
  "ordinalSuffixes", "decadeSuffixes", "clockWords", "ordinalWords", "labelNouns", "changeVerbs", "stopWords", "best",
] as const;
/** Records whose values are words: units, currencies, rate periods. */
const WORD_RECORDS = ["units", "currencySymbols", "currencyNames", "ratePeriods", "rateAdverbs"] as const;
/** Records whose values say whether a bound is strict. */
const FLAG_RECORDS = ["lowerBounds", "upperBounds", "lowerBoundsAfter", "upperBoundsAfter"] as const;
const NUMBERS = ["numberWords", "multipliers"] as const;
const OPTIONAL_LISTS = [
  "framing", "increments", "incrementsAfter", "particleVerbs", "unknownMultipliers", "negativeWords", "multiples",
  "comparisons", "increaseVerbs", "decreaseVerbs", "eventNouns",
  "thresholdVerbs", "thresholdNouns", "comparativesBelow", "comparativesAbove",
  "compoundNouns", "ageWords", "ageGroupNouns", "voteWords", "ratioWords", "tallyVerbs", "addressNouns", "placeNames",
] as const;

/** Whether `v` is a list of words with no hole in it: `every` passes over the holes of a sparse array ("about", , "around"). */
const isList = (v: unknown): boolean => Array.isArray(v) && Array.from(v as unknown[], (w) => typeof w === "string").every(Boolean);
const isRecord = (v: unknown): boolean => isObject(v) && !Array.isArray(v);
const values = (v: unknown): unknown[] => (isRecord(v) ? Object.values(v as object) : [undefined]);
const isNumbers = (v: unknown, least = 0): boolean => values(v).every((n) => typeof n === "number" && Number.isFinite(n) && n >= least);
const isWords = (v: unknown): boolean => values(v).every((w) => typeof w === "string" && w.trim() !== "");
const isFlags = (v: unknown): boolean => values(v).every((f) => typeof f === "boolean");
const isBound = (b: unknown): boolean => isRecord(b) && typeof (b as { lower?: unknown }).lower === "boolean" && typeof (b as { strict?: unknown }).strict === "boolean";

/** Checks the records whose values have a shape of their own: openers, magnitudes, suffixes, fractions, hedged bounds. */
function checkShapes(t: Readonly<Record<string, unknown>>, bad: (path: string, why: string, value: unknown) => never, orders: readonly string[]): void {
  if (!values(t["rangeOpeners"]).every(isList)) bad(".rangeOpeners", "must map words to lists of connectors", t["rangeOpeners"]);
  const order = (m: unknown): boolean => isRecord(m) && orders.includes((m as { order?: unknown }).order as string);
  if (!values(t["magnitudes"]).every(order)) bad(".magnitudes", "must map words to an order of MAGNITUDE_ORDERS", t["magnitudes"]);
  const suffix = (m: unknown): boolean => isRecord(m) && isNumbers({ v: (m as { value?: unknown }).value }, 1);
  if (!values(t["multiplierSuffixes"]).every(suffix)) bad(".multiplierSuffixes", "must map letters to { value } of 1 or more", t["multiplierSuffixes"]);
  if (!isNumbers(t["fractions"], 1)) bad(".fractions", "must map words to denominators of 1 or more", t["fractions"]);
  if (t["hedgedBounds"] !== undefined && !values(t["hedgedBounds"]).every(isBound)) bad(".hedgedBounds", "must map words to { lower, strict }", t["hedgedBounds"]);
}

/** Tables already checked: a table is checked once, not on every call. */
const checked = new WeakSet<object>();

/** Throws `invalid-option` naming the first part of `table` that is not what a {@link PhraseTable} holds. */
export function checkPhraseTable(where: string, table: unknown): asserts table is PhraseTable {
  if (isObject(table) && checked.has(table)) return;
  checkTable(where, table);
  checked.add(table as object);
}

function checkTable(where: string, table: unknown): void {
  const bad = (path: string, why: string, value: unknown): never => fail(where, `options.phrases${path}`, why, value, "invalid-option");
  if (!isRecord(table)) bad("", "must be a phrase table", table);
  const t = table as Readonly<Record<string, unknown>>;
  if (typeof t["locale"] !== "string") bad(".locale", "must be a language subtag", t["locale"]);
  const marks = t["numbers"];
  if (!isRecord(marks) || ((marks as { decimal?: unknown }).decimal !== "." && (marks as { decimal?: unknown }).decimal !== ",")) {
    bad(".numbers", 'must give the decimal mark "." or ","', marks);
  }
  const groups = (marks as { groups?: unknown }).groups;
  if (!Array.isArray(groups) || !groups.every((g) => g === "," || g === "." || g === " ")) bad(".numbers.groups", 'must list "," "." or " "', groups);
  for (const k of LISTS) if (!isList(t[k])) bad(`.${k}`, "must be a list of words", t[k]);
  for (const k of WORD_RECORDS) if (!isWords(t[k])) bad(`.${k}`, "must map words to words", t[k]);
  for (const k of FLAG_RECORDS) if (!isFlags(t[k])) bad(`.${k}`, "must map words to true (strict) or false", t[k]);
  for (const k of NUMBERS) if (!isNumbers(t[k])) bad(`.${k}`, "must map words to numbers of 0 or more", t[k]);
  checkShapes(t, bad, MAGNITUDE_ORDERS);
  for (const k of OPTIONAL_LISTS) if (t[k] !== undefined && !isList(t[k])) bad(`.${k}`, "must be a list of words", t[k]);
  const m = t["modality"];
  if (m === undefined) return;
  if (!isRecord(m)) bad(".modality", "must be an object", m);
  const mm = m as Readonly<Record<string, unknown>>;
  for (const k of ["negations", "growthVerbs", "clauseBreaks"]) if (!isList(mm[k])) bad(`.modality.${k}`, "must be a list of words", mm[k]);
  if (mm["planVerbs"] !== undefined && !isList(mm["planVerbs"])) bad(".modality.planVerbs", "must be a list of words", mm["planVerbs"]);
  if (!isRecord(mm["cues"])) bad(".modality.cues", "must be a record of words", mm["cues"]);
}
