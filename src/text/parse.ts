import { rethrow } from "../_lib/guard.js";
import { context, isFail, withText } from "./context.js";
import { matchAt } from "./match.js";
import { strayMarkBefore } from "./marks.js";
import { fail, isText, optionsOf } from "../_lib/assert.js";
import { checkPhraseTable } from "./phrases/check.js";
import { phraseTableFor } from "./phrases/locales.js";
import type { PhraseTable } from "./phrases/types.js";
import type { Estimate } from "../estimate/schema.js";

/** Options for {@link parseEstimate} and {@link extractEstimates}. */
export interface ParseEstimateOptions {
  /** The language of the text, as a BCP 47 tag; `"en"` by default. Only English has a phrase table so far. */
  readonly locale?: string;
  /** A phrase table to read with instead of the one for `locale`. */
  readonly phrases?: PhraseTable;
  /**
   * The unit to assume when the text names none; `"unknown"` by default. A rate
   * in the text keeps it: with `unit: "person"`, "1,500 a day" reads as `"person/day"`.
   */
  readonly unit?: string;
}

/**
 * Why a text is not one quantity phrase:
 *
 * - `empty`: nothing but whitespace.
 * - `no-quantity`: no number, number word, fraction or order of magnitude.
 * - `date`, `calibre`, `designation`, `ordinal`, `clock-time`, `duration`: a number that is not a quantity
 *   ("January 5", "170mm", "KN-23", "3rd", "14:30", "three days").
 * - `ratio`: the terms of a ratio or odds ("3 to 1 in Russia's favour", "a ratio of 3 to 1", "outnumbered 3 to 1"), which count nothing.
 * - `invalid-range`: a range that allows no value: its low end exceeds its high end ("12–10"), or "fewer than 0".
 * - `not-finite`: a number too large to hold, or written with more digits than a number holds exactly
 *   (a whole number past 2^53 − 1, a decimal of more than 15 significant digits).
 * - `negative`: a minus sign or "minus" before the number ("−300"), the size of a fall ("losses fell 3,000", "revised down by 3,000", "25,000 fewer soldiers than"), or of a change that does not say its direction ("revised by 300"); negative figures and changes are not read.
 * - `malformed-number`: digits whose marks cannot be read ("1,2" where "," groups thousands; "5,000,00").
 * - `unknown-multiplier`: a scale word the table does not read ("5 quadrillion"); the figure is not read without it.
 * - `unknown-currency`: a currency the table does not know ("NZ$5m", "฿3,000"), or one said two ways ("$5 billion Canadian dollars").
 * - `unknown-symbol`: a mark the table does not read right before the figure ("± 3,000", "†1945", "≠ 300"), which may change what it says; the figure is not read without it.
 * - `ambiguous-range`: a range whose low end may lack the thousands or hundreds of the high end ("8-10,000": 8 or 8,000? "3-400": 3 or 300?), which is not read either way.
 * - `unsupported-rate`: a rate over something other than a period ("1,000 shells per gun", "30 per 1,000"), or a rate of a rate ("per gun per day"); the figure is not read without it.
 * - `best-outside`: a best estimate outside the figure it comes with ("4,000 (best estimate 4,200)").
 * - `incomplete-range`: a range whose other end cannot be read ("between 5 and the river"); its first end is not read alone.
 * - `mixed-range`: a range whose ends count different things ("between 600 killed and 700 wounded", "600 troops to 700 tanks"): two figures, not one range.
 * - `unsupported-magnitude`: an order of magnitude joined to another the table has no reading for ("thousands of millions").
 * - `trailing-text`: a quantity followed by words that are not part of it.
 * - `unsupported-locale`: no phrase table for the locale.
 */
export type ParseEstimateFailure =
  | "empty"
  | "no-quantity"
  | "date"
  | "calibre"
  | "designation"
  | "ordinal"
  | "clock-time"
  | "duration"
  | "ratio"
  | "invalid-range"
  | "not-finite"
  | "negative"
  | "malformed-number"
  | "unknown-multiplier"
  | "unsupported-magnitude"
  | "incomplete-range"
  | "mixed-range"
  | "best-outside"
  | "unsupported-rate"
  | "unknown-currency"
  | "unknown-symbol"
  | "ambiguous-range"
  | "trailing-text"
  | "unsupported-locale";

/** The result of {@link parseEstimate}: the estimate, or why there is none. */
export type ParseEstimateResult =
  | { readonly ok: true; readonly value: Estimate }
  | { readonly ok: false; readonly reason: ParseEstimateFailure; readonly message: string };

const MESSAGES: Readonly<Record<ParseEstimateFailure, string>> = {
  empty: "the text is empty",
  "no-quantity": "no quantity in the text",
  date: "the number is a date or a year",
  calibre: "the number is a calibre",
  designation: "the number is part of a name or code",
  ordinal: "the number is an ordinal",
  "clock-time": "the number is a time of day",
  duration: "the number is a duration",
  ratio: "the numbers are the terms of a ratio",
  "invalid-range": "the range allows no value: its low end exceeds its high end, or it is below 0",
  "not-finite": "the number is too large, or has more digits than a number holds exactly",
  negative: "the number is negative, which is not read",
  "malformed-number": "the number's marks cannot be read (a decimal comma, digits grouped wrongly, or number words that make no number)",
  "unknown-multiplier": "a scale word after the number is not one the table reads",
  "unsupported-magnitude": "an order of magnitude is joined to another the table has no reading for",
  "incomplete-range": "a range whose other end cannot be read",
  "mixed-range": "the ends of the range count different things",
  "best-outside": "the best estimate lies outside the figure it comes with",
  "unsupported-rate": "the quantity is a rate over something other than a period, or a rate of a rate",
  "unknown-currency": "the currency cannot be told: a prefix the table does not know, or two currencies",
  "unknown-symbol": "a mark right before the number is not one the table reads",
  "ambiguous-range": "the range's low end may lack the thousands or hundreds of its high end",
  "trailing-text": "the text goes on after the quantity",
  "unsupported-locale": "no phrase table for the locale",
};

function failure(reason: ParseEstimateFailure, detail = ""): ParseEstimateResult {
  return { ok: false, reason, message: `${MESSAGES[reason]}${detail}` };
}

const OPENERS = new Set(["(", "[", '"', "'", "“", "‘", "«"]);
const CLOSERS = new Set([")", "]", '"', "'", "”", "’", "»", ".", ",", ";", ":", "!", "?"]);

/** What the options ask for: the phrase table (undefined for a locale with none), the locale and the assumed unit. @internal */
export interface ReadOptions {
  readonly table: PhraseTable | undefined;
  readonly locale: string;
  readonly unit: string;
}

/** What no options ask for. */
let defaults: ReadOptions | undefined;

/** Language tags found well-formed, so that a call with a locale does not ask `Intl` again (a few are kept). */
const TAGS = new Set<string>(["en"]);

/** Whether `value` is a well-formed BCP 47 language tag ("en", "en-GB"), as `Intl` reads one. */
function isLanguageTag(value: unknown): boolean {
  if (!isText(value)) return false;
  if (TAGS.has(value)) return true;
  try {
    if (Intl.getCanonicalLocales(value).length !== 1) return false;
  } catch {
    return false;
  }
  if (TAGS.size < 64) TAGS.add(value);
  return true;
}

/**
 * Checks and reads the options of `parseEstimate` and `extractEstimates`:
 * `invalid-option` for options that are not an object, a locale that is not a
 * language tag, a unit that is not text, or a phrase table that is not one. @internal
 */
export function readOptions(where: string, options: ParseEstimateOptions | undefined): ReadOptions {
  // no options, as in most calls: the defaults, read once
  if (options === undefined) return (defaults ??= { table: phraseTableFor("en"), locale: "en", unit: "unknown" });
  const o = optionsOf(where, options, "options", ["locale", "phrases", "unit"]);
  if (o.locale !== undefined && !isLanguageTag(o.locale)) fail(where, "options.locale", "must be a BCP 47 language tag", o.locale, "invalid-option");
  if (o.unit !== undefined && !isText(o.unit)) fail(where, "options.unit", "must be a unit name", o.unit, "invalid-option");
  if (o.phrases !== undefined) checkPhraseTable(where, o.phrases);
  const locale = o.locale ?? "en";
  return { table: o.phrases ?? phraseTableFor(locale), locale, unit: o.unit ?? "unknown" };
}

/**
 * Reads one quantity phrase ("about 4,700", "10,000–12,000 troops", "more than
 * half", "$5.5bn", "tens of thousands") into an estimate. The estimate's `text`
 * is the phrase as written. Never throws on a string: a text that is not one
 * quantity gives `{ ok: false, reason }`, and a figure it cannot read whole is
 * refused, never read in part. A bare year such as "2024" reads as the number
 * 2024 here (the caller said it is a quantity); `extractEstimates` skips it.
 * The grammar is in the reference page `docs/grammar.md`.
 *
 * @category Parse
 * @throws {FogcountError} `invalid-argument` for text that is not a string; `invalid-option` for options that are not an object, a locale that is not a language tag ("xx-!!"; one that is but has no phrase table is a reason of the result, unsupported-locale), a unit that is not text, or a phrase table that is not one.
 * @example
 * parseEstimate("approximately 600 deaths");
 * //=> { ok: true, value: { kind: "approx", value: 600, unit: "person", hedge: "approximately", text: "approximately 600 deaths" } }
 * parseEstimate("up to 12,000", { unit: "person" });
 * //=> { ok: true, value: { kind: "atMost", value: 12000, strict: false, unit: "person", text: "up to 12,000" } }
 * parseEstimate("KN-23").ok;
 * //=> false
 */
export function parseEstimate(text: string, options?: ParseEstimateOptions): ParseEstimateResult {
  try {
    const { table, locale, unit } = readOptions("parseEstimate", options);
    if (typeof text !== "string") fail("parseEstimate", "text", "must be a string", text);
    if (table === undefined) return failure("unsupported-locale", `: ${locale}`);
    if (text.trim() === "") return failure("empty");
    const c = context(text, table, true);
    // Quotation marks and brackets may enclose the phrase, and punctuation may end it.
    let first = 0;
    while (c.toks[first]?.kind === "sym" && OPENERS.has(c.toks[first]?.key ?? "")) first++;
    let m = matchAt(c, first, { unit });
    // "± 3,000": a mark the reader does not know before the figure; the figure says why it is refused
    if (m === undefined && strayMarkBefore(c, first + 1) !== undefined) m = matchAt(c, first + 1, { unit });
    if (m === undefined) return failure("no-quantity");
    if (isFail(m)) return failure(m.fail);
    const tail = c.toks.slice(m.end).find((t) => !(t.kind === "sym" && CLOSERS.has(t.key)));
    if (tail !== undefined) return failure("trailing-text", `: ${JSON.stringify(text.slice(tail.start))}`);
    return { ok: true, value: withText(c, m).estimate };
  } catch (error) {
    rethrow("parseEstimate", { text, options }, error);
  }
}
