/**
 * Checks a phrase table handed in by a caller before it is compiled, so that a
 * table with a missing or mistyped list is an `invalid-option`, not a TypeError
 * deep in the grammar.
 * @internal
 */
import { fail, isObject } from "../../_lib/assert.js";
import type { PhraseTable } from "./types.js";

const LISTS = [
  "hedges", "hedgesAfter", "rangeConnectors", "rangeFillers", "proportionConnectors", "articles", "andAHalf",
  "bareFractions", "percent", "strength", "currencyCodes", "rateWords", "timeNouns", "months", "calibres",
  "ordinalSuffixes", "decadeSuffixes", "clockWords", "ordinalWords", "labelNouns", "changeVerbs", "stopWords", "best",
] as const;
const RECORDS = [
  "lowerBounds", "upperBounds", "lowerBoundsAfter", "upperBoundsAfter", "rangeOpeners", "magnitudes", "units",
  "currencySymbols", "currencyNames", "ratePeriods", "rateAdverbs", "multiplierSuffixes",
] as const;
const NUMBERS = ["numberWords", "multipliers", "fractions"] as const;
const OPTIONAL_LISTS = [
  "framing", "increments", "incrementsAfter", "particleVerbs", "unknownMultipliers", "negativeWords", "multiples",
  "comparisons", "increaseVerbs",
] as const;

const isList = (v: unknown): boolean => Array.isArray(v) && v.every((w) => typeof w === "string");
const isRecord = (v: unknown): boolean => isObject(v) && !Array.isArray(v);
const isNumbers = (v: unknown): boolean => isRecord(v) && Object.values(v as object).every((n) => typeof n === "number" && Number.isFinite(n) && n >= 0);

/** Throws `invalid-option` naming the first part of `table` that is not what a {@link PhraseTable} holds. */
export function checkPhraseTable(where: string, table: unknown): asserts table is PhraseTable {
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
  for (const k of RECORDS) if (!isRecord(t[k])) bad(`.${k}`, "must be a record of words", t[k]);
  for (const k of NUMBERS) if (!isNumbers(t[k])) bad(`.${k}`, "must map words to numbers of 0 or more", t[k]);
  for (const k of OPTIONAL_LISTS) if (t[k] !== undefined && !isList(t[k])) bad(`.${k}`, "must be a list of words", t[k]);
  if (t["hedgedBounds"] !== undefined && !isRecord(t["hedgedBounds"])) bad(".hedgedBounds", "must be a record of words", t["hedgedBounds"]);
  const m = t["modality"];
  if (m === undefined) return;
  if (!isRecord(m)) bad(".modality", "must be an object", m);
  const mm = m as Readonly<Record<string, unknown>>;
  for (const k of ["negations", "growthVerbs", "clauseBreaks"]) if (!isList(mm[k])) bad(`.modality.${k}`, "must be a list of words", mm[k]);
  if (mm["planVerbs"] !== undefined && !isList(mm["planVerbs"])) bad(".modality.planVerbs", "must be a list of words", mm["planVerbs"]);
  if (!isRecord(mm["cues"])) bad(".modality.cues", "must be a record of words", mm["cues"]);
}
