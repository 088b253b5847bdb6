// Scales: values and days to pixels, with ticks a reader can read. Every
// domain is finite and every mapping safe from overflow, so that no NaN or
// Infinity reaches a coordinate. Not exported from the package.

import { civilOfDay, daysFromCivil } from "../revision/clock.js";

/** A linear domain with its ticks. @internal */
export interface Domain {
  readonly low: number;
  readonly high: number;
  readonly ticks: readonly number[];
}

/** The step of about `count` ticks over `span`: 1, 2, 2.5 or 5 times a power of ten. */
function niceStep(span: number, count: number): number {
  const raw = span / count;
  const power = 10 ** Math.floor(Math.log10(raw));
  for (const m of [1, 2, 2.5, 5, 10]) if (m * power >= raw) return m * power;
  return 10 * power;
}

/**
 * A domain that holds `[low, high]` with round ends and about `count` ticks;
 * `[0, 1]` when nothing is given, widened around a single value. The ends
 * are the values themselves where rounding them would overflow. @internal
 */
export function linearDomain(low: number, high: number, count = 5): Domain {
  let [lo, hi] = [Math.min(low, high), Math.max(low, high)];
  if (Number.isNaN(lo) || Number.isNaN(hi)) [lo, hi] = [0, 1];
  // an end past the largest number is drawn at it
  [lo, hi] = [Math.max(lo, -Number.MAX_VALUE), Math.min(hi, Number.MAX_VALUE)];
  if (lo === hi) [lo, hi] = lo === 0 ? [0, 1] : lo > 0 ? [0, lo] : [lo, 0];
  const step = niceStep(hi / 2 - lo / 2, count) * 2;
  if (!(step > 0) || !Number.isFinite(step)) return { low: lo, high: hi, ticks: [lo, hi] };
  // 0.30000000000000004 is written 0.3, but never past the values it must hold
  const round = (x: number) => Number(x.toPrecision(12));
  const start = Math.min(round(Math.floor(lo / step) * step), lo);
  const end = Math.max(round(Math.ceil(hi / step) * step), hi);
  const [a, b] = [Number.isFinite(start) ? start : lo, Number.isFinite(end) ? end : hi];
  const ticks: number[] = [];
  for (let k = 0; k <= 50; k++) {
    const t = round(a + k * step);
    if (!Number.isFinite(t) || t > b) break;
    ticks.push(t);
  }
  return { low: a, high: b, ticks };
}

/** `high` raised by `part` of the span from `low`, for room above the highest mark; the largest number at most. @internal */
export function headroom(low: number, high: number, part: number): number {
  const raised = high + (high / 2 - low / 2) * 2 * part;
  return Number.isFinite(raised) ? raised : Number.MAX_VALUE;
}

/** Where `value` falls in `[low, high]`, from 0 to 1, clamped; computed in halves so that no difference overflows. @internal */
export function share(value: number, low: number, high: number): number {
  const span = high / 2 - low / 2;
  if (!(span > 0)) return 0;
  const t = (value / 2 - low / 2) / span;
  return Number.isFinite(t) ? Math.max(0, Math.min(1, t)) : value > low ? 1 : 0;
}

/** A mapping from a domain onto pixels `[from, to]` (either way round). @internal */
export type Scale = (value: number) => number;

/** The scale of `[low, high]` onto `[from, to]`. @internal */
export function scaleOf(low: number, high: number, from: number, to: number): Scale {
  return (value) => from + share(value, low, high) * (to - from);
}


/** Day numbers of the first of a month. */
function firstOf(year: number, month: number): number {
  return daysFromCivil(year, month, 1);
}

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/** A day as a tick label: "Mar 2025", or "3 Mar 2025" for ticks finer than a month, or "2025" for years. @internal */
export function dayLabel(day: number, grain: "day" | "month" | "year"): string {
  const c = civilOfDay(day);
  const year = c.year < 0 ? `${-c.year} BCE` : String(c.year);
  if (grain === "year") return year;
  const month = `${MONTHS[c.month - 1] as string} ${year}`;
  return grain === "month" ? month : `${c.day} ${month}`;
}

/** A tick on the time axis. @internal */
export interface TimeTick {
  readonly day: number;
  readonly label: string;
}

/** Steps of the time axis: days, then months, then years. */
const DAY_STEPS = [1, 2, 7, 14];
const MONTH_STEPS = [1, 2, 3, 6];
const YEAR_STEPS = [1, 2, 5, 10, 20, 50, 100, 200, 500, 1000, 2000, 5000, 10_000];

/** Ticks for the days `[low, high]`, at most `most` of them: whole days, first days of months, or first days of years. @internal */
export function timeTicks(low: number, high: number, most: number): TimeTick[] {
  const span = Math.max(1, high - low);
  // days only for spans under two months: longer ones read better by months
  const days = span < 62 ? DAY_STEPS.find((s) => span / s <= most) : undefined;
  if (days !== undefined) {
    const out: TimeTick[] = [];
    for (let d = Math.ceil(low / days) * days; d <= high; d += days) out.push({ day: d, label: dayLabel(d, "day") });
    return out;
  }
  const months = MONTH_STEPS.find((s) => span / (30.44 * s) <= most);
  const years = months === undefined ? (YEAR_STEPS.find((s) => span / (365.25 * s) <= most) ?? 10_000) : 0;
  const stepMonths = months ?? years * 12;
  const first = civilOfDay(low);
  let index = first.year * 12 + (first.month - 1);
  index = Math.ceil(index / stepMonths) * stepMonths;
  const out: TimeTick[] = [];
  for (let n = 0; n < 200; n++, index += stepMonths) {
    const day = firstOf(Math.floor(index / 12), (((index % 12) + 12) % 12) + 1);
    if (day < low) continue;
    if (day > high) break;
    out.push({ day, label: dayLabel(day, months === undefined ? "year" : "month") });
  }
  return out;
}
