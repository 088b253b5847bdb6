import { fail, oneOf, optionsOf } from "../_lib/assert.js";
import { rethrow } from "../_lib/guard.js";
import { nounFor } from "../_lib/nouns.js";
import { checkEstimate, isHedged } from "./read.js";
import { formatterFor, holdsIn, isCurrency, numberFormat, pastDouble, percentOf, personDigits, roundsPoint } from "./rounding.js";
import type { NumberStyle, Way } from "./rounding.js";
import type { Estimate } from "./schema.js";

/** Options for {@link formatEstimate}. */
export interface FormatEstimateOptions {
  /** A BCP 47 locale for the numbers; `"en-US"` by default. The words are English. */
  readonly locale?: string;
  /**
   * `"stated"` (the default) writes the estimate as a source would ("about 4,700",
   * "more than 1,000"); `"compact"` writes it short for tables and charts ("~4.7k", "10k–12k"),
   * but never rounds a figure that is not hedged: an exact 999,999 is "999,999", never "1M"
   * (the numbers of an estimate that is not approximate are written in full where three
   * significant digits would round one of them);
   * `"percent"` writes a share (unit `"1"`) as a percentage, stated ("about 31–37%").
   */
  readonly style?: "stated" | "compact" | "percent";
  /**
   * The most significant digits to show, a whole number from 1 to 21. By
   * default the stated style writes whole numbers in full and other numbers
   * as they read back (up to 15 significant digits), and a number that needs
   * more (the noise of a computation, such as 0.31333333333333335) to 3
   * significant digits or its whole part; the compact style writes 3, or the
   * whole figure where 3 would round a figure that is not hedged. The
   * percent style counts the digits of the percentage, and writes the noise
   * of a computation (more than 6 significant digits: no one writes
   * 42.5531914893617%) to 2 significant digits or its whole part ("31–37%",
   * "about 43%"): a share of estimates is seldom known to a tenth of a point.
   * Whatever the digits, a lower end is rounded down and an upper end up, and
   * an exact figure they round is hedged (see {@link formatEstimate}).
   */
  readonly digits?: number;
  /**
   * Name the unit after the number ("about 4,700 people", "12 aircraft", "1,000 km",
   * "5 million SIPRI TIV"), a rate with each divisor ("$5 per person per day"). Money and
   * percentages always show their unit ("$5.5 billion", "40%"); other units only when this is true.
   */
  readonly unit?: boolean;
}

/** Hedges that English writes after the number: "1,000 or so", "3,000-odd", "3,000-ish", "4,700 (est.)". */
const HEDGES_AFTER = new Set([
  "or so", "or thereabouts", "more or less", "give or take", "odd", "ish", "(est.)", "(approx.)", "(estimated)", "(approximately)",
]);

/**
 * Hedges a range keeps from its top ("3,000 to perhaps 5,000", "2,000 or as many as 4,000"): a
 * word of possibility, an upper bound that takes the number in, or both. Such a range says its
 * low end firmly and that it may reach its top, and is written so: "3,000 to perhaps 5,000".
 */
const TOP_HEDGE = /^(?:(?:perhaps|possibly|maybe|potentially|conceivably)(?: .*)?|as (?:many|much|high) as|up to)$/;

/** Hedges written against the number, with no space: "~3,000", "≈3,000". */
const HEDGES_ATTACHED = new Set(["~", "≈"]);

interface Writer {
  /** The number rounded `way`, with its unit where the unit is a symbol or the number's own word. */
  readonly num: (value: number, way?: Way) => string;
  /** The number as it starts a range: a percentage without its sign ("31–36%"). */
  readonly lead: (value: number, way?: Way) => string;
  /** Whether the number is rounded where it is written: a point so written is hedged. */
  readonly rounded: (value: number) => boolean;
  /** The unit words after a phrase ("people", "of US dollars"), or "". */
  readonly suffix: (count: number, after?: "of" | "named") => string;
}

/** The settings of {@link formatEstimate}, checked. */
interface Settings {
  readonly locale: string;
  readonly compact: boolean;
  readonly percent: boolean;
  readonly digits: number | undefined;
  readonly words: boolean;
}

function settingsOf(options: FormatEstimateOptions | undefined): Settings {
  const where = "formatEstimate";
  const { locale = "en-US", style = "stated", digits, unit = false } = optionsOf(where, options, "options", ["locale", "style", "digits", "unit"]);
  if (!isLocale(locale)) fail(where, "options.locale", "must be a BCP 47 language tag", locale, "invalid-option");
  if (digits !== undefined && !(Number.isInteger(digits) && digits >= 1 && digits <= 21)) {
    fail(where, "options.digits", "must be a whole number from 1 to 21", digits, "invalid-option");
  }
  if (typeof unit !== "boolean") fail(where, "options.unit", "must be a boolean", unit, "invalid-option");
  const chosen = oneOf(where, "options.style", style, ["stated", "compact", "percent"]);
  return { locale, compact: chosen === "compact", percent: chosen === "percent", digits, words: unit };
}

/** @internal True for a BCP 47 tag that Intl accepts. */
export function isLocale(locale: unknown): locale is string {
  try {
    return typeof locale === "string" && formatterFor(locale, {}) !== undefined;
  } catch {
    return false;
  }
}

/** The numbers an estimate states, its best value left out. */
function statedNumbers(e: Estimate): readonly number[] {
  return e.kind === "range" ? [e.low, e.high] : e.kind === "magnitude" ? [] : [e.value];
}

/**
 * Whether the compact style writes the numbers of `estimate` in full: it is not hedged, no
 * `digits` were asked for, and three significant digits would round one of its numbers (an
 * exact 999,999 as "1M" would be a confident wrong number).
 */
function inFull(estimate: Estimate, settings: Settings): boolean {
  if (!settings.compact || settings.digits !== undefined || isHedged(estimate)) return false;
  return statedNumbers(estimate).some((v) => !holdsIn(v, 3));
}

/**
 * Whether a range has a low end the compact style writes with no suffix and a high end it writes
 * with one: "9.8–92k" reads as 9,800–92,000, so such a range is written in full ("9.8–92,000").
 */
function mixedScale(estimate: Estimate): boolean {
  return estimate.kind === "range" && Math.abs(estimate.low) < 1000 && Math.abs(estimate.high) >= 1000;
}

function writer(estimate: Estimate, settings: Settings): Writer {
  const { locale, percent, digits } = settings;
  // compact notation only where it writes the figure as it is (see inFull), and gives both ends of a range a suffix
  const compact = settings.compact && !inFull(estimate, settings) && !mixedScale(estimate);
  const { unit } = estimate;
  // a rate is named by its head and each divisor ("$5 per person per day"); a unit with a product or parentheses as written
  const [head = unit, ...divisors] = unit.split("/");
  const plain = !/[()*]/.test(unit);
  const per = plain ? divisors.map((d) => ` per ${d}`).join("") : "";
  const showWords = settings.words && unit !== "unknown" && unit !== "percent" && unit !== "1";
  // money per something is written as money where its unit is named: with the words "per …" after it
  const moneyRate = showWords && plain && divisors.length > 0 && isCurrency(head);
  const numberUnit = moneyRate ? head : unit;
  const lowerK = compact && locale.toLowerCase().startsWith("en");
  // -0 is written as 0, which reads back.
  const shown = (value: number): number => (value === 0 ? 0 : percent ? percentOf(value) : value);
  const styleOf = (v: number, way: Way): NumberStyle => ({
    locale, unit: numberUnit, compact, way, digits: digits ?? (compact ? 3 : percent ? personDigits(v, 2, 6) : personDigits(v, 3)),
  });
  const bare = (value: number, way: Way = "nearest"): string => {
    const v = shown(value);
    const s = numberFormat(styleOf(v, way), v).format(v);
    return lowerK ? s.replace(/(\d)K\b/, "$1k") : s;
  };
  const num = (value: number, way?: Way): string => (unit === "percent" || percent ? `${bare(value, way)}%` : bare(value, way));
  const rounded = (value: number): boolean => {
    const v = shown(value);
    // a whole number past the digits a double carries is never written as exact (see pastDouble)
    return roundsPoint(v, styleOf(v, "nearest").digits) || pastDouble(v);
  };
  const suffix = (count: number, after?: "of" | "named"): string => {
    const of = after === "of" ? " of" : "";
    if (isCurrency(unit) && after !== undefined) return `${of} ${currencyName(locale, unit)}`;
    if (moneyRate) return after === undefined ? per : `${of} ${currencyName(locale, head)}${per}`;
    if (!showWords || isCurrency(unit)) return "";
    return plain ? `${of} ${nounFor(head, count)}${per}` : `${of} ${unit}`;
  };
  return { num, lead: percent ? bare : num, rounded, suffix };
}

function currencyName(locale: string, code: string): string {
  const parts = formatterFor(locale, { style: "currency", currency: code, currencyDisplay: "name" }).formatToParts(2);
  return parts.find((p) => p.type === "currency")?.value ?? code;
}

/**
 * An estimate in words, as a source would state it: "about 4,700",
 * "10,000–12,000", "at least 3,000", "more than 1,000", "up to 12,000",
 * "billions of US dollars". Numbers go through `Intl.NumberFormat` for the
 * locale; the hedge word kept on the estimate is used again, before the
 * number or after it as English places it ("about 3,000", "3,000 or so",
 * "~3,000"), and "about" where none is kept. A `best` value
 * follows in parentheses, rounded to the nearest. Numbers are written as a person writes them (see
 * `digits`), and -0 as 0, so that the text reads back with `parseEstimate`; two
 * readings it refuses rather than guess are written all the same: a range that reads as
 * shorthand ("5–10,000") and a number with exactly three decimals ("1.125", which many
 * languages write for 1,125). The percent style
 * writes a share (unit `"1"`) as a percentage, with the sign once after a
 * range ("31–36%"), the short form of running text (an estimate in unit
 * `"percent"` keeps its sign on each number, "30%–40%"). The compact style
 * rounds only what says it is approximate ("~4.7k"): an exact figure, or a
 * range or bound that is not hedged, that three significant digits would
 * round is written in full ("999,999", "≥12,345"), unless `digits` asks otherwise. From
 * 10^15 up, where compact notation has no word, it writes scientific notation ("1E15"), but
 * money in full digits ("$1,000,000,000,000,000,000,000", never "$1E21").
 *
 * A range whose high end is below zero is written with "to" ("-200 to -50"): a dash before a
 * signed number reads as a minus. A whole number past 2^53 whose shortest form has more
 * than the 15 significant digits a double carries of any decimal (2^60, which an exact
 * 1,152,921,504,606,847,000 is too) is written to 15 digits and hedged ("about
 * 1,152,921,504,606,850,000"): written in full, its last digits would be invented.
 *
 * Rounding never makes the text exclude a value the estimate allows, nor look
 * more certain than the estimate is; one rule holds in every style. A lower
 * end (of a range, or "at least", "more than") is rounded down and an upper
 * end ("up to", "fewer than") up, so that the bound stays true: at least
 * 12,999 in 2 digits is "at least 12,000", never "at least 13,000". So the
 * ends of a range are never rounded to one figure: 12,345–12,399 in 2 digits
 * is "12,000–13,000", never "12,000–12,000". An exact figure that its digits round is
 * hedged ("about 12,000" for 12,345 in 2 digits, "about 33%" for a third);
 * one written as it is stays unhedged (a number is read to the 15 significant
 * digits a double holds of a decimal, so 0.30000000000000004 is "0.3").
 *
 * @category Format
 * @throws {FogcountError} `invalid-argument` for a value that is not an estimate; `invalid-option` for options that are not an object, a locale that is not a language tag, a `style` other than `"stated"`, `"compact"` or `"percent"`, the percent style for a unit other than `"1"`, `digits` that is not a whole number from 1 to 21, or a `unit` that is not a boolean; `overflow` for a share too large to write as a percentage.
 * @example
 * formatEstimate(approx(4700, "person"));
 * //=> "about 4,700"
 * formatEstimate(range(10_000, 12_000, "person"), { unit: true });
 * //=> "10,000–12,000 people"
 * formatEstimate(magnitude("billions", "USD"));
 * //=> "billions of US dollars"
 * formatEstimate(range(10_000, 12_000, "person"), { style: "compact" });
 * //=> "10k–12k"
 * formatEstimate(exact(999_999, "person"), { style: "compact" });
 * //=> "999,999"
 * formatEstimate(range(4700 / 15_000, 4700 / 13_000, "1", { approx: true }), { style: "percent" });
 * //=> "about 31–37%"
 * formatEstimate(atLeast(12_999, "person"), { digits: 2, unit: true });
 * //=> "at least 12,000 people"
 * formatEstimate(exact(12_345, "person"), { digits: 2 });
 * //=> "about 12,000"
 */
export function formatEstimate(estimate: Estimate, options?: FormatEstimateOptions): string {
  try {
    return format(estimate, options);
  } catch (error) {
    rethrow("formatEstimate", { estimate, options }, error);
  }
}

/** {@link formatEstimate}, for arguments that read. */
function format(estimate: Estimate, options: FormatEstimateOptions | undefined): string {
  checkEstimate(estimate, "formatEstimate");
  const settings = settingsOf(options);
  const { compact } = settings;
  if (settings.percent && estimate.unit !== "1") {
    fail("formatEstimate", "options.style", `"percent" is for shares (unit "1"), not for an estimate in ${JSON.stringify(estimate.unit)}`, "percent", "invalid-option");
  }
  const { num, lead, rounded, suffix } = writer(estimate, settings);
  const hedge = ("hedge" in estimate && estimate.hedge) || "about";
  // [before the number, after it]: "about 3,000", "3,000 or so", "3,000-odd", "~3,000", "~3k".
  const [pre, post] = compact
    ? ["~", ""]
    : HEDGES_AFTER.has(hedge)
      ? ["", hedge === "odd" || hedge === "ish" ? `-${hedge}` : ` ${hedge}`]
      : [HEDGES_ATTACHED.has(hedge) ? hedge : `${hedge} `, ""];
  const hedged = (on: boolean | undefined) => (figures: string): string => (on ? `${pre}${figures}${post}` : figures);
  let text: string;
  switch (estimate.kind) {
    case "exact":
      // an exact figure that its digits round is no longer exact: "about 12,000"
      text = `${hedged(rounded(estimate.value))(num(estimate.value))}${suffix(estimate.value)}`;
      break;
    case "approx":
      text = `${hedged(true)(num(estimate.value))}${suffix(estimate.value)}`;
      break;
    case "range":
      // a hedge on the top is written before it: "perhaps 3,000–5,000" would hedge the low end too, and does not read back
      text = !compact && estimate.approx === true && TOP_HEDGE.test(hedge)
        ? `${lead(estimate.low, "down")} to ${hedge} ${num(estimate.high, "up")}${suffix(estimate.high)}`
        : `${hedged(estimate.approx)(rangeText(estimate.low, estimate.high, num, lead))}${suffix(estimate.high)}`;
      break;
    case "atLeast": {
      // a lower bound rounded down stays true: at least 12,999 is at least 12,000
      const words = compact ? (estimate.strict ? ">" : "≥") : estimate.strict ? "more than " : "at least ";
      text = `${words}${hedged(estimate.approx)(num(estimate.value, "down"))}${suffix(estimate.value)}`;
      break;
    }
    case "atMost": {
      const countable = !isCurrency(estimate.unit.split("/")[0] as string) && !/^(percent|1|unknown)$/.test(estimate.unit);
      const words = compact ? (estimate.strict ? "<" : "≤") : estimate.strict ? (countable ? "fewer than " : "less than ") : "up to ";
      text = `${words}${hedged(estimate.approx)(num(estimate.value, "up"))}${suffix(estimate.value)}`;
      break;
    }
    case "magnitude":
      // "billions of US dollars", "tens of thousands of people", but "several dozen people"
      text = `${estimate.order.replaceAll("-", " ")}${suffix(2, estimate.order.endsWith("s") ? "of" : "named")}`;
      break;
  }
  const stated = estimate.kind === "exact" || estimate.kind === "approx" ? estimate.value : undefined;
  if (estimate.best !== undefined && estimate.best !== stated) {
    text += compact ? ` (~${num(estimate.best)})` : ` (best estimate ${num(estimate.best)})`;
  }
  return text;
}

/**
 * The ends of a range, the low end rounded down and the high end up, so that the text holds
 * every value the range allows. Two ends so rounded are written alike only where they are one
 * number, a range the source gave as such ("9–9"), kept a range so that it reads back as one.
 */
function rangeText(low: number, high: number, num: Writer["num"], lead: Writer["lead"]): string {
  // a dash before a signed number reads as a minus ("-200–-50"): "-200 to -50"
  return `${lead(low, "down")}${high < 0 ? " to " : "–"}${num(high, "up")}`;
}
