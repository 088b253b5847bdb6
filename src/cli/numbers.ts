// Whether a number as written in a JSON file is the number JSON.parse reads.
// Compared as decimal values (sign, digits and exponent, trailing zeros
// stripped), never as strings: "1.0", "1e0" and "1" are one value, and
// "4700.0000000000000000001" is not 4700.

/** A decimal value: `digits` × 10^`exponent`, the digits without leading or trailing zeros ("" for zero, whose sign is dropped). */
interface Decimal {
  readonly negative: boolean;
  readonly digits: string;
  readonly exponent: number;
}

/** A JSON number, or a number as JavaScript writes it (`1e+21`). */
const NUMBER = /^(-?)(\d+)(?:\.(\d+))?(?:[eE]([+-]?\d+))?$/;

/** `digits` × 10^`exponent`, normalised: leading and trailing zeros dropped, zero without a sign. (Loops, not regular expressions: /0+$/ takes quadratic time on a long run of zeros.) */
function normal(negative: boolean, digits: string, exponent: number): Decimal {
  let start = 0;
  while (digits.charCodeAt(start) === 0x30) start++;
  let end = digits.length;
  while (end > start && digits.charCodeAt(end - 1) === 0x30) end--;
  if (end === start) return { negative: false, digits: "", exponent: 0 };
  return { negative, digits: digits.slice(start, end), exponent: exponent + digits.length - end };
}

/** The decimal value of a number as written, or undefined if it is no number. */
function decimalOf(token: string): Decimal | undefined {
  const m = NUMBER.exec(token);
  if (m === null) return undefined;
  const [, sign, whole = "", fraction = "", exponent = "0"] = m;
  return normal(sign === "-", whole + fraction, Number(exponent) - fraction.length);
}

/** The exact decimal value of a finite double: its significand times a power of two, written out in full. */
function exactDecimal(v: number): Decimal {
  const view = new DataView(new ArrayBuffer(8));
  view.setFloat64(0, v);
  const high = view.getUint32(0);
  const biased = (high >>> 20) & 0x7ff;
  const fraction = (BigInt(high & 0xfffff) << 32n) | BigInt(view.getUint32(4));
  const significand = biased === 0 ? fraction : fraction | (1n << 52n);
  const power = biased === 0 ? -1074 : biased - 1075;
  // m × 2^-k is m × 5^k ÷ 10^k
  if (power >= 0) return normal(v < 0, (significand << BigInt(power)).toString(), 0);
  return normal(v < 0, (significand * 5n ** BigInt(-power)).toString(), power);
}

const same = (a: Decimal, b: Decimal): boolean => a.negative === b.negative && a.digits === b.digits && a.exponent === b.exponent;

/**
 * The number `v`, read from `token`, as a message shows it: a whole number in full below 10^21
 * (12345678901234567168), and below 10^30 where the token writes every digit
 * (99999999999999991611392 for "100000000000000000000000"); else as JavaScript writes it (1e+30).
 */
function shown(v: number, token: string): string {
  const full = Math.abs(v) < 1e21 || (Math.abs(v) < 1e30 && /^-?\d+$/.test(token));
  return Number.isInteger(v) && full ? BigInt(v).toString() : String(v);
}

/**
 * Why a number as written in JSON is not the number `JSON.parse` reads, or undefined when it
 * is: one too large (`1e400` reads as Infinity), one too small (`1e-400` reads as 0), or one
 * with more digits than a double holds, whole (`12345678901234567890` reads as
 * 12345678901234567168) or not (`4700.0000000000000000001` reads as 4700). A number is read
 * as written when its decimal value is the double's shortest decimal (`0.1`, `1e3`, `4700.50`,
 * `-0`) or the double's exact value (`12345678901234567168`); trailing zeros make no difference.
 * A whole number written out in full past 2^53 must be the double's exact value: its
 * every digit is given, and the shortest decimal (`2384185791015625000`) names a count the
 * double does not hold; written with an exponent (`1e23`), it gives only the digits it writes.
 *
 * @example
 * unsafeNumber("4700.0000000000000000001");
 * //=> "has more digits than a number holds: JSON.parse reads it as 4700"
 * unsafeNumber("4700.50");
 * //=> undefined
 */
export function unsafeNumber(token: string): string | undefined {
  const v = Number(token);
  if (!Number.isFinite(v)) return Number.isNaN(v) ? undefined : `is too large for a number: JSON.parse reads it as ${v}`;
  const written = decimalOf(token);
  if (written === undefined) return undefined;
  if (v === 0) return written.digits === "" ? undefined : "is too small for a number: JSON.parse reads it as 0";
  const shortest = decimalOf(String(v));
  const wholeBeyondSafe = !Number.isSafeInteger(v) && /^-?\d+$/.test(token);
  if ((shortest !== undefined && !wholeBeyondSafe && same(written, shortest)) || same(written, exactDecimal(v))) return undefined;
  return `has more digits than a number holds: JSON.parse reads it as ${shown(v, token)}`;
}
