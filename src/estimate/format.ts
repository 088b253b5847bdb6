import { fail, oneOf, optionsOf } from "../_lib/assert.js";
import { rethrow } from "../_lib/guard.js";
import { pluralNoun } from "../_lib/nouns.js";
import { FogcountError } from "../errors.js";
import { checkEstimate, isHedged } from "./read.js";
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
   * `"percent"` writes a share (unit `"1"`) as a percentage, stated ("about 31–36%").
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
   * 42.5531914893617%) to 2 significant digits or its whole part ("31–36%",
   * "43%"): a share of estimates is seldom known to a tenth of a point.
   */
  readonly digits?: number;
  /**
   * Name the unit after the number ("about 4,700 people"). Money and percentages
   * always show their unit ("$5.5 billion", "40%"); other units only when this is true.
   */
  readonly unit?: boolean;
}

/** Hedges that English writes after the number: "1,000 or so", "3,000-odd", "3,000-ish", "4,700 (est.)". */
const HEDGES_AFTER = new Set([
  "or so", "or thereabouts", "more or less", "give or take", "odd", "ish", "(est.)", "(approx.)", "(estimated)", "(approximately)",
]);

/** ISO 4217 codes are three capital letters. */
function isCurrency(unit: string): boolean {
  return /^[A-Z]{3}$/.test(unit);
}

interface Writer {
  /** The number, with its unit where the unit is a symbol or the number's own word. */
  readonly num: (value: number) => string;
  /** The number as it starts a range: a percentage without its sign ("31–36%"). */
  readonly lead: (value: number) => string;
  /** The unit words after a phrase ("people", "of US dollars"), or "". */
  readonly suffix: (count: number, after?: "of") => string;
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

/**
 * The significant digits a person writes for `value`: a whole number in
 * full; another number as it reads back, up to `most` digits; beyond that (the
 * noise of a computation) `least`, or as many as its whole part has.
 */
function personDigits(value: number, least = 3, most = 15): number {
  if (Number.isInteger(value)) return 21;
  const [mantissa = "", exponent = "0"] = value.toExponential().split("e");
  const significant = mantissa.replace(/\D/g, "").length;
  return significant <= most ? significant : Math.max(least, Number(exponent) + 1);
}

/**
 * A share as a percentage, shifted in decimal so that 0.145 is 14.5, not
 * 14.499999999999998; `overflow` for a share too large to hold ×100.
 */
function percentOf(share: number): number {
  const [mantissa = "0", exponent = "0"] = share.toExponential().split("e");
  const shifted = Number(`${mantissa}e${Number(exponent) + 2}`);
  if (!Number.isFinite(shifted)) {
    throw new FogcountError("overflow", `formatEstimate: ${share} as a percentage is past the largest finite number`, { x: share, y: 100 });
  }
  return shifted;
}

/** The smallest size the compact style writes in scientific notation: compact notation's largest word is trillions, so 10^15 would be "1000T". */
const SCIENTIFIC_FROM = 1e15;

/** How many formatters {@link formatterFor} keeps: a report uses a few locales and digit counts, not hundreds. */
const FORMATTERS_KEPT = 64;

/** Formatters by locale and options: building an `Intl.NumberFormat` costs far more than using one. */
const formatters = new Map<string, Intl.NumberFormat>();

/**
 * An `Intl.NumberFormat` for `locale` and `options`, built once and kept (at most
 * {@link FORMATTERS_KEPT}, the oldest dropped first). Throws what `Intl` throws
 * for a locale it does not take. @internal
 */
export function formatterFor(locale: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${locale}\u0000${JSON.stringify(options)}`;
  let found = formatters.get(key);
  if (found === undefined) {
    found = new Intl.NumberFormat(locale, options);
    if (formatters.size >= FORMATTERS_KEPT) formatters.delete(formatters.keys().next().value as string);
    formatters.set(key, found);
  }
  return found;
}

function numberFormat(locale: string, unit: string, compact: boolean, digits: number, value: number): Intl.NumberFormat {
  const notation = compact ? (Math.abs(value) >= SCIENTIFIC_FROM ? "scientific" : "compact") : undefined;
  const base: Intl.NumberFormatOptions = { ...(notation !== undefined && { notation }), maximumSignificantDigits: digits };
  if (isCurrency(unit)) {
    return formatterFor(locale, { ...base, style: "currency", currency: unit, minimumFractionDigits: 0 });
  }
  return formatterFor(locale, base);
}

/** Whether `digits` significant digits write `value` as itself: 12,000 in 3 is "12k", but 12,345 is not "12.3k". @internal */
export function holdsIn(value: number, digits: number): boolean {
  return Number(value.toPrecision(digits)) === value;
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

function writer(estimate: Estimate, settings: Settings): Writer {
  const { locale, percent, digits } = settings;
  // compact notation only where it writes the figure as it is (see inFull)
  const compact = settings.compact && !inFull(estimate, settings);
  const { unit } = estimate;
  const lowerK = compact && locale.toLowerCase().startsWith("en");
  const bare = (value: number): string => {
    // -0 is written as 0, which reads back.
    const v = value === 0 ? 0 : percent ? percentOf(value) : value;
    const s = numberFormat(locale, unit, compact, digits ?? (compact ? 3 : percent ? personDigits(v, 2, 6) : personDigits(v, 3)), v).format(v);
    return lowerK ? s.replace(/(\d)K\b/, "$1k") : s;
  };
  const num = (value: number): string => (unit === "percent" || percent ? `${bare(value)}%` : bare(value));
  const [noun = unit, per] = unit.split("/");
  const showWords = settings.words && unit !== "unknown" && unit !== "percent" && unit !== "1";
  const suffix = (count: number, after?: "of"): string => {
    if (isCurrency(unit) && after === "of") return ` of ${currencyName(locale, unit)}`;
    if (!showWords || isCurrency(unit)) return "";
    const word = count === 1 ? noun : pluralNoun(noun);
    return `${after === "of" ? " of" : ""} ${word}${per === undefined ? "" : ` per ${per}`}`;
  };
  return { num, lead: percent ? bare : num, suffix };
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
 * number or after it as English places it ("about 3,000", "3,000 or so"),
 * and "about" where none is kept. A `best` value
 * follows in parentheses. Numbers are written as a person writes them (see
 * `digits`), and -0 as 0, so that the text reads back. The percent style
 * writes a share (unit `"1"`) as a percentage, with the sign once after a
 * range ("31–36%"), the short form of running text (an estimate in unit
 * `"percent"` keeps its sign on each number, "30%–40%"). The compact style
 * rounds only what says it is approximate ("~4.7k"): an exact figure, or a
 * range or bound that is not hedged, that three significant digits would
 * round is written in full ("999,999", "≥12,345"), unless `digits` asks otherwise.
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
 * //=> "about 31–36%"
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
  const { num, lead, suffix } = writer(estimate, settings);
  const hedge = ("hedge" in estimate && estimate.hedge) || "about";
  // [before the number, after it]: "about 3,000", "3,000 or so", "3,000-odd", "~3k".
  const [pre, post] = compact
    ? ["~", ""]
    : HEDGES_AFTER.has(hedge)
      ? ["", hedge === "odd" || hedge === "ish" ? `-${hedge}` : ` ${hedge}`]
      : [`${hedge} `, ""];
  const hedged = (on: boolean | undefined) => (figures: string): string => (on ? `${pre}${figures}${post}` : figures);
  let text: string;
  switch (estimate.kind) {
    case "exact":
      text = `${num(estimate.value)}${suffix(estimate.value)}`;
      break;
    case "approx":
      text = `${hedged(true)(num(estimate.value))}${suffix(estimate.value)}`;
      break;
    case "range":
      text = `${hedged(estimate.approx)(`${lead(estimate.low)}–${num(estimate.high)}`)}${suffix(estimate.high)}`;
      break;
    case "atLeast": {
      const words = compact ? (estimate.strict ? ">" : "≥") : estimate.strict ? "more than " : "at least ";
      text = `${words}${hedged(estimate.approx)(num(estimate.value))}${suffix(estimate.value)}`;
      break;
    }
    case "atMost": {
      const countable = !/^([A-Z]{3}|percent|1|unknown)$/.test(estimate.unit);
      const words = compact ? (estimate.strict ? "<" : "≤") : estimate.strict ? (countable ? "fewer than " : "less than ") : "up to ";
      text = `${words}${hedged(estimate.approx)(num(estimate.value))}${suffix(estimate.value)}`;
      break;
    }
    case "magnitude":
      text = `${estimate.order.replaceAll("-", " ")}${suffix(2, "of")}`;
      break;
  }
  const stated = estimate.kind === "exact" || estimate.kind === "approx" ? estimate.value : undefined;
  if (estimate.best !== undefined && estimate.best !== stated) {
    text += compact ? ` (~${num(estimate.best)})` : ` (best estimate ${num(estimate.best)})`;
  }
  return text;
}
