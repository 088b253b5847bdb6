import fc from "fast-check";

import { fail, optionsOf } from "../_lib/assert.js";
import { guarded } from "../_lib/guard.js";
import type { Interval } from "../estimate/interval.js";
import { MAGNITUDE_ORDERS, magnitudeBounds } from "../estimate/magnitude.js";
import type { MagnitudeOrder } from "../estimate/magnitude.js";
import type { Estimate } from "../estimate/schema.js";
import { finiteNumber, flag, subset, unitList } from "./options.js";

const KINDS: readonly Estimate["kind"][] = ["exact", "approx", "range", "atLeast", "atMost", "magnitude"];
const HEDGES = ["around", "approximately", "roughly", "some", "nearly", "or so", "odd"];

/** Options for {@link arbEstimate}. */
export interface ArbEstimateOptions {
  /** The units to draw from (trimmed texts, as `claim()` takes them); `["person"]` by default. */
  readonly units?: readonly string[];
  /**
   * The smallest number an estimate states (a value, a range's low, a bound); 0 by default.
   * Below 0 draws negative figures as well (a net change, a balance); an "at most", which reads
   * from 0 to its value, and an order of magnitude state none, and are drawn only from 0 up.
   */
  readonly min?: number;
  /** The largest number an estimate states; 1e9 by default. */
  readonly max?: number;
  /** Draw whole numbers only (the default), as counts are; false adds decimals with up to two places. */
  readonly integers?: boolean;
  /** The kinds to draw from; all by default. */
  readonly kinds?: readonly Estimate["kind"][];
  /**
   * The orders of magnitude to draw from; all of `MAGNITUDE_ORDERS` by default.
   * Only those whose interval lies within `min` to `max` are drawn; when none
   * does, magnitudes are left out of the kinds drawn (and `kinds: ["magnitude"]`
   * alone is refused).
   */
  readonly orders?: readonly MagnitudeOrder[];
  /**
   * Give ranges and bounds a `best` value inside them now and then; false by
   * default. A `best` lies strictly inside the estimate and within `min` to
   * `max`, and is a whole number or has up to two decimals as `integers` asks.
   */
  readonly best?: boolean;
}

type FigureOptions = Pick<ArbEstimateOptions, "min" | "max" | "integers">;

/**
 * Whether the figures drawn may be negative (`min` below 0): what `arbFigure`, `arbEstimate`
 * and `arbInterval` allow. The arbitraries of claims, breakdowns, waves and ledgers draw
 * counts and values, never below 0. @internal
 */
export type Sign = "signed" | "unsigned";

/**
 * A fast-check arbitrary for figures as reporting states them: from 0 up unless `min` is
 * below 0 (a net change, a balance).
 *
 * @category Testing
 * @throws {FogcountError} `invalid-option` for options that are not an object or hold a name it does not take, a `min` or `max` that is not a finite number, a `max` below `min` (or no whole number between them), or an `integers` that is not a boolean; `invalid-argument` for options that cannot be read (a getter that throws, a revoked proxy).
 * @example
 * fc.sample(arbFigure({ min: 10, max: 100 }), 3);
 * //=> e.g. [12, 10, 97]
 * fc.sample(arbFigure({ min: -50, max: 50 }), 100).some((n) => n < 0);
 * //=> true
 */
export function arbFigure(options?: Pick<ArbEstimateOptions, "min" | "max" | "integers">): fc.Arbitrary<number> {
  const where = "arbFigure";
  return guarded(where, { options }, () => figures(where, optionsOf(where, options, "options", ["min", "max", "integers"]), "signed"));
}

/** Figures by the options `min`, `max` and `integers`, read from options already checked. @internal */
export function figures(where: string, options: FigureOptions, sign: Sign = "unsigned"): fc.Arbitrary<number> {
  const [low, high] = figureSpan(where, options, sign);
  const whole = flag(where, "integers", options.integers, true);
  const scale = whole ? 1 : 100;
  // fast-check draws integers within ±(2^53 - 1): past that (in hundredths for decimals), figures are drawn as doubles
  const cap = Number.MAX_SAFE_INTEGER / scale;
  // "+ 0" writes -0 as 0: no one states a figure of minus zero
  const [a, b] = [Math.ceil(Math.max(low, -cap) * scale) + 0, Math.floor(Math.min(high, cap) * scale) + 0];
  const within = low >= -cap && high <= cap;
  if (a > b && within) {
    const hint = whole && options.integers === undefined ? " (integers: false draws numbers with two decimals)" : "";
    fail(where, "options.max", `leaves no ${whole ? "whole number" : "number with two decimals"} from options.min (${low})${hint}`, high, "invalid-option");
  }
  if (within) return whole ? fc.integer({ min: a, max: b }) : fc.integer({ min: a, max: b }).map((n) => n / 100);
  return doublesPastCap(low, high, scale, cap);
}

/**
 * Figures from `low` to `high` where one of them is past ±`cap`, what fast-check draws as
 * integers: doubles, snapped to whole numbers or hundredths within ±`cap` (every double past
 * 2^53 is whole), and kept within `low` to `high`.
 */
function doublesPastCap(low: number, high: number, scale: number, cap: number): fc.Arbitrary<number> {
  const least = Math.abs(low) < cap ? Math.ceil(low * scale) / scale : low;
  const most = Math.abs(high) < cap ? Math.floor(high * scale) / scale : high;
  return fc.double({ min: low, max: high, noNaN: true, noDefaultInfinity: true }).map((x) => {
    const snapped = Math.abs(x) < cap ? Math.round(x * scale) / scale : x;
    // -0 is no figure anyone states
    const kept = snapped < least ? least : snapped > most ? most : snapped;
    return kept === 0 ? 0 : kept;
  });
}

function figureSpan(where: string, options: FigureOptions, sign: Sign = "unsigned"): [number, number] {
  const min = finiteNumber(where, "min", options.min, sign === "signed" ? -Infinity : 0, 0);
  const max = finiteNumber(where, "max", options.max, sign === "signed" ? -Infinity : 0, Math.max(1e9, min));
  if (max < min) fail(where, "options.max", `must not be below options.min (${min})`, max, "invalid-option");
  return [min, max];
}

/**
 * A fast-check arbitrary for estimates of every kind, valid by construction:
 * each passes `EstimateSchema`, states numbers from `min` to `max` only, and
 * any `best` lies inside it.
 *
 * @category Testing
 * @throws {FogcountError} `invalid-option` for options that are not an object or hold a name it does not take, `units`, `kinds` or `orders` that are not non-empty lists of units (trimmed texts), kinds and orders of magnitude, `kinds` of magnitudes alone when no order lies within `min` to `max` (or of "at most" bounds alone with a `max` below 0), a bad `min`, `max` or `integers`, or a `best` that is not a boolean; `invalid-argument` for options that cannot be read (a getter that throws, a revoked proxy).
 * @example
 * fc.sample(arbEstimate({ units: ["USD"], min: 1e6 }), 100).every((e) => EstimateSchema.safeParse(e).success);
 * //=> true
 * fc.sample(arbEstimate({ units: ["USD"], min: -1e6, max: -1 }), 100).every((e) => e.kind !== "atMost" && EstimateSchema.safeParse(e).success);
 * //=> true
 */
export function arbEstimate(given?: ArbEstimateOptions): fc.Arbitrary<Estimate> {
  const where = "arbEstimate";
  return guarded(where, { options: given }, () =>
    estimates(where, optionsOf(where, given, "options", ["units", "min", "max", "integers", "kinds", "orders", "best"]), "signed"),
  );
}

/** A draw for a `best`: a fraction of the way through its span. @internal */
const picks = fc.integer({ min: 0, max: 2 ** 32 - 1 });

/**
 * A number strictly between `from` and `to` in the style of the figures
 * (whole, or with up to two decimals when `scale` is 100), chosen by `pick`
 * from {@link picks}; undefined when there is none. @internal
 */
function between(from: number, to: number, scale: number, pick: number): number | undefined {
  const [a, b] = [Math.floor(from * scale) + 1, Math.ceil(to * scale) - 1];
  if (!(a <= b) || !Number.isSafeInteger(b)) return undefined;
  const n = a + Math.floor((pick / 2 ** 32) * (b - a + 1));
  const best = n / scale;
  return best > from && best < to ? best : undefined;
}

/**
 * The kinds to draw: magnitudes only when one of `orders` fits, "at most" only when `max` is not
 * below 0 (it reads from 0 to its value), or a refusal if the kinds asked for are all left out.
 */
function drawnKinds(where: string, options: ArbEstimateOptions, fitting: readonly MagnitudeOrder[], span: [number, number]): readonly Estimate["kind"][] {
  const kinds = subset(where, "kinds", options.kinds, KINDS);
  const rest = kinds.filter((k) => (k !== "magnitude" || fitting.length > 0) && (k !== "atMost" || span[1] >= 0));
  if (rest.length > 0) return rest;
  const why = kinds.includes("magnitude") ? `no order of magnitude drawn lies within options.min to options.max (${span[0]} to ${span[1]})` : "";
  const atMost = kinds.includes("atMost") ? `an "at most" reads from 0 to its value, and options.max is below 0 (${span[1]})` : "";
  const asked = [fitting.length === 0 && why !== "" ? "magnitudes" : "", atMost !== "" ? '"at most" bounds' : ""].filter((w) => w !== "").join(" and ");
  return fail(where, "options.kinds", `asks for ${asked} only, but ${[why, atMost].filter((w) => w !== "").join("; and ")}`, options.kinds, "invalid-option");
}

/** {@link arbEstimate} of options already read. @internal */
export function estimates(where: string, options: ArbEstimateOptions, sign: Sign = "unsigned"): fc.Arbitrary<Estimate> {
  const unit = fc.constantFrom(...unitList(where, "units", options.units, ["person"]));
  const figure = figures(where, options, sign);
  const span = figureSpan(where, options, sign);
  const [low, high] = span;
  const scale = flag(where, "integers", options.integers, true) ? 1 : 100;
  // an order of magnitude reads as [low, high): it fits when that lies within [min, max]
  const orders = subset(where, "orders", options.orders, MAGNITUDE_ORDERS).filter((o) => {
    const [from, to] = magnitudeBounds(o);
    return from >= low && to <= high;
  });
  const kinds = drawnKinds(where, options, orders, span);
  const best = flag(where, "best", options.best, false);
  const hedge = fc.option(fc.constantFrom(...HEDGES), { nil: undefined });
  // an "at most" reads from 0 to its value: its value and its best are never below 0
  const floor = Math.max(low, 0);
  const upTo = low < 0 && high >= 0 ? figures(where, { ...options, min: floor }) : figure;
  const bound = <K extends "atLeast" | "atMost">(kind: K) =>
    fc
      .record({ value: kind === "atMost" ? upTo : figure, unit, strict: fc.boolean(), approx: fc.boolean(), pick: picks, keep: fc.boolean() })
      .map(({ value, unit, strict, approx, pick, keep }) => {
        // "fewer than 0" allows no value: a strict upper bound of 0 is not strict
        const isStrict = strict && !(kind === "atMost" && value === 0);
        const [from, to] = kind === "atLeast" ? [value, high] : [floor, value];
        const inside = best && keep ? between(from, to, scale, pick) : undefined;
        return { kind, value, strict: isStrict, unit, ...(approx && { approx: true }), ...(inside !== undefined && { best: inside }) };
      });
  const all: Record<Estimate["kind"], fc.Arbitrary<Estimate>> = {
    exact: fc.record({ kind: fc.constant("exact" as const), value: figure, unit }),
    approx: fc.record({ value: figure, unit, hedge }).map(({ value, unit, hedge }) => ({ kind: "approx" as const, value, unit, ...(hedge && { hedge }) })),
    range: fc
      .record({ a: figure, b: figure, unit, approx: fc.boolean(), pick: picks, keep: fc.boolean() })
      .map(({ a, b, unit, approx, pick, keep }) => {
        const [low, high] = [Math.min(a, b), Math.max(a, b)];
        const inside = best && keep ? between(low, high, scale, pick) : undefined;
        return { kind: "range" as const, low, high, unit, ...(approx && { approx: true }), ...(inside !== undefined && { best: inside }) };
      }),
    atLeast: bound("atLeast"),
    atMost: bound("atMost"),
    magnitude: orders.length === 0 ? fc.constant(undefined as never) : fc.record({ kind: fc.constant("magnitude" as const), order: fc.constantFrom(...orders), unit }),
  };
  return fc.oneof(...kinds.map((k) => all[k]));
}

/** Options for {@link arbInterval}. */
export interface ArbIntervalOptions {
  /** The smallest finite end; 0 by default, and below 0 for intervals of negative figures. */
  readonly min?: number;
  /** The largest finite end; 1e9 by default. */
  readonly max?: number;
  /** Whole numbers only (the default); false adds decimals with up to two places. */
  readonly integers?: boolean;
  /** Only intervals with a finite `high`; false (the default) draws some that run to `Infinity`, as "at least" does. */
  readonly bounded?: boolean;
}

/**
 * A fast-check arbitrary for intervals, the normal form of estimates: `low`
 * not above `high` (which may be `Infinity` unless `bounded`), open or
 * closed ends (never an empty one such as `(5, 5]`), and now and then a
 * `best` strictly inside, within `min` to `max` and whole (or with two
 * decimals) as the ends are. `fromInterval` states each one.
 *
 * @category Testing
 * @throws {FogcountError} `invalid-option` for options that are not an object or hold a name it does not take, a `min` or `max` that is not a finite number, a `max` below `min`, or an `integers` or `bounded` that is not a boolean; `invalid-argument` for options that cannot be read (a getter that throws, a revoked proxy).
 * @example
 * fc.sample(arbInterval({ bounded: true }), 100).every((i) => Number.isFinite(i.high) && i.low <= i.high);
 * //=> true
 */
export function arbInterval(given?: ArbIntervalOptions): fc.Arbitrary<Interval> {
  const where = "arbInterval";
  return guarded(where, { options: given }, () => {
    const options = optionsOf(where, given, "options", ["min", "max", "integers", "bounded"]);
    const figure = figures(where, options, "signed");
    const [, max] = figureSpan(where, options, "signed");
    const scale = flag(where, "integers", options.integers, true) ? 1 : 100;
    const bounded = flag(where, "bounded", options.bounded, false);
    return fc
      .record({ a: figure, b: figure, open: fc.tuple(fc.boolean(), fc.boolean()), unbounded: bounded ? fc.constant(false) : fc.boolean(), pick: picks, keep: fc.boolean() })
      .map(({ a, b, open, unbounded, pick, keep }): Interval => {
        const low = Math.min(a, b);
        const high = unbounded ? Infinity : Math.max(a, b);
        // a point cannot exclude an end; an unbounded end is always open
        const [lowOpen, highOpen] = low === high ? [false, false] : [open[0], unbounded || open[1]];
        // a best lies within the figures asked for, as the ends do
        const best = keep ? between(low, Number.isFinite(high) ? high : max, scale, pick) : undefined;
        return { low, high, lowOpen, highOpen, ...(best !== undefined && { best }) };
      });
  });
}
