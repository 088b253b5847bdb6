// Sums of figures written as decimals, read back as the decimals they stand for. Not exported
// from the package.

/**
 * A rounded sum read as the decimal it stands for. The terms were
 * decimals in the data (a TIV of 0.1, a price of 2.6), each held as the
 * nearest binary number, off by at most 2^-53 of itself; so their exact
 * binary sum is off the decimal sum by at most 2^-53 × `weight` (the sum of
 * the terms' sizes), and the rounding of the sum adds as much again. Returns
 * the shortest decimal of at most 15 significant digits (what a double holds
 * of any decimal) within twice that of `sum`, so that 0.1 + 0.2 − 0.3 is 0,
 * not 5.6e-17, and 0.1 + 0.2 is 0.3. A whole-number sum, and a sum with no
 * such decimal that near (terms of 16 or 17 significant digits, as
 * 0.12345678901234568), are returned as they are: their terms were not short
 * decimals, and a shorter one would be another number. @internal
 */
export function decimalOf(sum: number, weight: number): number {
  const slack = 2 * Number.EPSILON * weight;
  if (slack === 0 || !Number.isFinite(sum) || !Number.isFinite(slack) || Number.isInteger(sum)) return sum;
  if (Math.abs(sum) <= slack) return 0;
  for (let digits = 1; digits <= 15; digits++) {
    const d = Number(sum.toPrecision(digits));
    if (Math.abs(d - sum) <= slack) return d;
  }
  return sum;
}


/**
 * The decimal places of `x` written as its shortest decimal (0.1 → 1, 2.5e-7 → 8, 300 → 0), or
 * Infinity for a number that is no short decimal (more than 15 significant digits:
 * 0.30000000000000004, 1/3). @internal
 */
export function places(x: number): number {
  if (Number.isInteger(x) || !Number.isFinite(x)) return 0;
  const written = String(Math.abs(x));
  const e = written.indexOf("e");
  const digits = e < 0 ? written : written.slice(0, e);
  const point = digits.indexOf(".");
  const fraction = point < 0 ? 0 : digits.length - point - 1;
  const significant = digits.replace(".", "").replace(/^0+/, "").length;
  if (significant > 15) return Infinity;
  return Math.max(0, fraction - (e < 0 ? 0 : Number(written.slice(e + 1))));
}

/**
 * `v`, the computed result of figures written with decimals, rounded to the `p` decimal places
 * its exact result has (a sum has the places of its most precise term, a product the places of
 * both), when `error`, a bound on how far `v` is from that result, is under half of the last
 * place: then the rounding gives the exact decimal result, 0.3 for 0.1 + 0.2 and 0 for
 * 0.1 + 0.2 − 0.3. Otherwise, and for a `p` over 15, `v` as it is. @internal
 */
export function toPlaces(v: number, p: number, error: number): number {
  if (p === 0 || p > 15 || Number.isInteger(v) || !Number.isFinite(v) || !(error < 0.5 * 10 ** -p)) return v;
  const r = Number(v.toFixed(p));
  return r === 0 ? 0 : r; // never -0
}
