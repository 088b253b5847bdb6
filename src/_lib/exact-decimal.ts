// Sums and products of figures as the decimals they were written as, computed exactly, and
// the double that stands for the result. Not exported from the package.

/** A decimal `m` × 10^`e`. */
export interface Decimal {
  readonly m: bigint;
  readonly e: number;
}

/**
 * The decimal the finite double `x` stands for: a whole number as it is (2^60 is
 * 1,152,921,504,606,846,976, though written 1152921504606847000), any other as its shortest
 * decimal, as `String(x)` writes it (0.1 is 1 × 10^-1, not the binary fraction next to it).
 */
export function shortest(x: number): Decimal {
  if (Number.isInteger(x)) return { m: BigInt(x), e: 0 };
  const written = String(x);
  const at = written.indexOf("e");
  const coefficient = at < 0 ? written : written.slice(0, at);
  const point = coefficient.indexOf(".");
  const digits = point < 0 ? coefficient : coefficient.slice(0, point) + coefficient.slice(point + 1);
  const places = point < 0 ? 0 : coefficient.length - point - 1;
  return { m: BigInt(digits), e: (at < 0 ? 0 : Number(written.slice(at + 1))) - places };
}

/** The exact value of the finite double `x` as a decimal: its binary fraction written out. */
function exactValue(x: number): Decimal {
  const bits = new BigUint64Array(new Float64Array([x]).buffer)[0] as bigint;
  const field = Number((bits >> 52n) & 0x7ffn);
  const fraction = bits & ((1n << 52n) - 1n);
  const m = (field === 0 ? fraction : fraction | (1n << 52n)) * (bits >> 63n === 1n ? -1n : 1n);
  const e = (field === 0 ? 1 : field) - 1075; // x = m × 2^e
  return e >= 0 ? { m: m << BigInt(e), e: 0 } : { m: m * 5n ** BigInt(-e), e };
}

/** `d` with the exponent `e` (at most its own): its digits scaled up. */
function at(d: Decimal, e: number): bigint {
  return d.m * 10n ** BigInt(d.e - e);
}

/** The sign of `a` − `b`. */
function compare(a: Decimal, b: Decimal): number {
  const e = Math.min(a.e, b.e);
  const diff = at(a, e) - at(b, e);
  return diff === 0n ? 0 : diff < 0n ? -1 : 1;
}

/** The exact sum of decimals, added to in turn. */
export class DecimalSum {
  private m = 0n;
  private e = 0;

  /** Adds the decimal that writes the finite double `x`. */
  add(x: number): void {
    const d = shortest(x);
    if (d.e < this.e) {
      this.m *= 10n ** BigInt(this.e - d.e);
      this.e = d.e;
    }
    this.m += at(d, this.e);
  }

  /** The sum so far. */
  get value(): Decimal {
    return { m: this.m, e: this.e };
  }
}

/** The exact product of the decimals that write the finite doubles `x` and `y`. */
export function product(x: number, y: number): Decimal {
  const [a, b] = [shortest(x), shortest(y)];
  return { m: a.m * b.m, e: a.e + b.e };
}

/** The number next to `x` on the side of `way`: its neighbour among doubles (±5e-324 next to 0). @internal */
export function nextTo(x: number, way: 1 | -1): number {
  if (x === 0) return way * Number.MIN_VALUE;
  const f = new Float64Array([x]);
  const bits = new BigInt64Array(f.buffer);
  bits[0] = (bits[0] as bigint) + ((x > 0) === (way > 0) ? 1n : -1n);
  return f[0] as number;
}

/**
 * The double that stands for the exact decimal `d`: the one whose shortest decimal is `d`, so
 * that 0.1 + 0.2 is 0.3; where no double writes `d` (9,007,199,254,740,993; 1e-600), the one
 * next to it on the side of `way`, −1 below and 1 above, so that an interval holds it, or the
 * nearest for `way` 0. Past the largest double, ±Infinity.
 */
export function toDouble(d: Decimal, way: -1 | 0 | 1): number {
  const near = Number(`${d.m}e${d.e}`);
  if (way === 0 || !Number.isFinite(near) || compare(shortest(near), d) === 0) return near;
  const side = compare(exactValue(near), d);
  return side === 0 || side === way ? near : nextTo(near, way);
}

/** The sign of the exact quotient of the decimals that write `x` and `y`, less the finite double `v`. */
export function quotientSide(x: number, y: number, v: number): number {
  const [a, b, q] = [shortest(x), shortest(y), exactValue(v)];
  // x / y − v has the sign of (x − v × y) × the sign of y
  return compare(a, { m: q.m * b.m, e: q.e + b.e }) * (b.m < 0n ? -1 : 1);
}

/** The exact quotient of the decimals that write `x` and `y` (`y` not 0), when it is a decimal of at most 20 more places: 0.3 / 0.1 is 3; 1 / 3 is none. */
export function quotient(x: number, y: number): Decimal | undefined {
  const [a, b] = [shortest(x), shortest(y)];
  for (let k = 0, m = a.m; k <= 20; k++, m *= 10n) {
    if (m % b.m === 0n) return { m: m / b.m, e: a.e - b.e - k };
  }
  return undefined;
}
