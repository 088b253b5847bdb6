// The numbers of formatEstimate: how many digits a number is written with,
// which way it is rounded, and the Intl formatters that write it. Not exported
// from the package.

import { isCurrencyCode } from "../_lib/currencies.js";
import { FogcountError } from "../errors.js";

/**
 * Which way a written number is rounded: a lower end `"down"` and an upper end `"up"`
 * (outward, so that the text never excludes a value the estimate allows), a point or a best
 * value to the `"nearest"`. @internal
 */
export type Way = "down" | "up" | "nearest";

/** `Intl.NumberFormat`'s rounding modes for each {@link Way}: floor and ceiling hold for numbers below zero too. */
const MODES = new Map<Way, string>([
  ["down", "floor"],
  ["up", "ceil"],
]);

/**
 * The significant digits a person writes for `value`: a whole number in
 * full; another number as it reads back, up to `most` digits; beyond that (the
 * noise of a computation) `least`, or as many as its whole part has. @internal
 */
export function personDigits(value: number, least = 3, most = 15): number {
  if (Number.isInteger(value)) return pastDouble(value) ? 15 : 21;
  const [mantissa = "", exponent = "0"] = value.toExponential().split("e");
  const significant = mantissa.replace(/\D/g, "").length;
  return significant <= most ? significant : Math.max(least, Number(exponent) + 1);
}

/**
 * Whether a whole number is past the digits a double carries: above 2^53, where doubles skip
 * whole numbers, with more than 15 significant digits in its shortest form (2^60 is
 * 1152921504606846976, shortest 1152921504606847000). Its digits past the 15th are not the
 * figure's (any number of 16 or more digits near it is the same double), so written in full
 * they would be invented: it is written to 15 digits, as not exact. 10^21, whose shortest
 * form is one digit, is written in full. @internal
 */
export function pastDouble(value: number): boolean {
  if (Math.abs(value) <= Number.MAX_SAFE_INTEGER) return false;
  const mantissa = value.toExponential().split("e")[0] as string;
  return mantissa.replace(/\D/g, "").length > 15;
}

/**
 * A share as a percentage, shifted in decimal so that 0.145 is 14.5, not
 * 14.499999999999998; `overflow` for a share too large to hold ×100. @internal
 */
export function percentOf(share: number): number {
  const [mantissa = "0", exponent = "0"] = share.toExponential().split("e");
  const shifted = Number(`${mantissa}e${Number(exponent) + 2}`);
  if (!Number.isFinite(shifted)) {
    throw new FogcountError("overflow", `formatEstimate: ${share} as a percentage is past the largest finite number`, { x: share, y: 100 });
  }
  return shifted;
}

/** Whether `digits` significant digits write `value` as itself: 12,000 in 3 is "12k", but 12,345 is not "12.3k". @internal */
export function holdsIn(value: number, digits: number): boolean {
  return Number(value.toPrecision(digits)) === value;
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

/** Whether a unit is money written as an ISO 4217 code from the standard's lists ("USD", not "KIA"), written with its sign or code. @internal */
export function isCurrency(unit: string): boolean {
  return unit.length === 3 && isCurrencyCode(unit);
}

/** How a number is written: its locale and unit, compact or not, its significant digits and which way it is rounded. @internal */
export interface NumberStyle {
  readonly locale: string;
  readonly unit: string;
  readonly compact: boolean;
  readonly digits: number;
  readonly way: Way;
}

/**
 * The formatter that writes `value` in `style`: compact notation below 10^15, scientific from
 * there, but money in full digits ("$1,000,000,000,000,000,000,000", never "$1E21"). @internal
 */
export function numberFormat(style: NumberStyle, value: number): Intl.NumberFormat {
  const { locale, unit, compact, digits, way } = style;
  const past = Math.abs(value) >= SCIENTIFIC_FROM;
  const notation = compact && !(past && isCurrency(unit)) ? (past ? "scientific" : "compact") : undefined;
  const mode = MODES.get(way);
  // roundingMode is in Intl.NumberFormat v3 (Node 19 and later), past the ES2022 lib's types
  const base = { ...(notation !== undefined && { notation }), maximumSignificantDigits: digits, ...(mode !== undefined && { roundingMode: mode }) } as Intl.NumberFormatOptions;
  if (isCurrency(unit)) {
    return formatterFor(locale, { ...base, style: "currency", currency: unit, minimumFractionDigits: 0 });
  }
  return formatterFor(locale, base);
}

/**
 * Whether `digits` significant digits round the point `value`, read to the 15 significant
 * digits a double holds of a decimal: 12,345 in 2 is rounded, 12,000 is not, and neither is
 * 0.30000000000000004 in 3 (its last digits are the noise of binary arithmetic, not of the figure). @internal
 */
export function roundsPoint(value: number, digits: number): boolean {
  return !holdsIn(Number(value.toPrecision(15)), digits);
}
