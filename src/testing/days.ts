// Days as numbers, for the arbitraries that lay out whole series, waves and
// datasets on the calendar: ISO dates from day numbers, EDTF for a span of
// days, and the window an arbitrary draws its times in. Not exported from the package.

import { fail, isText } from "../_lib/assert.js";
import { isoDayNumber } from "../revision/clock.js";
import { isIsoDay } from "../time/calendar.js";

const DAY_MS = 86_400_000;

/** The ISO date of a day number (days since 1970-01-01). @internal */
export function isoOf(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/** The day number of an ISO date the caller has checked. @internal */
export function dayOf(iso: string): number {
  return isoDayNumber(iso) as number;
}

/** The first and last day of the month a day falls in. */
function monthOf(day: number): [number, number] {
  const d = new Date(day * DAY_MS);
  const first = Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), 1) / DAY_MS;
  const next = Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1) / DAY_MS;
  return [first, next - 1];
}

/** The last day of the month a day falls in. @internal */
export function monthEnd(day: number): number {
  return monthOf(day)[1];
}

/** EDTF for the days from `start` to `end`: a day, a whole month (`2025-04`), or an interval of days. @internal */
export function spanEdtf(start: number, end: number): string {
  if (start === end) return isoOf(start);
  const [first, last] = monthOf(end);
  if (start === first && end === last) return isoOf(end).slice(0, 7);
  return `${isoOf(start)}/${isoOf(end)}`;
}

/** The days an arbitrary draws its times in, first and last. @internal */
export type Window = readonly [from: number, to: number];

/** The window every arbitrary of whole documents draws in unless told: 2022 to 2025. @internal */
export const DEFAULT_WINDOW = ["2022-01-01", "2025-12-31"] as const;

function isoOption(where: string, path: string, value: unknown, fallback: string): number {
  const text = value === undefined ? fallback : value;
  // years before 1000 or after 9999 would not write back as four-digit ISO dates
  if (!(isText(text) && isIsoDay(text) && /^\d{4}-/.test(text) && text >= "1000")) {
    fail(where, `options.${path}`, "must be an ISO calendar date YYYY-MM-DD from the year 1000 to 9999", value, "invalid-option");
  }
  return dayOf(text);
}

/**
 * The window of the options `from` and `to` (ISO dates, `defaults` when left
 * out: 2022-01-01 and 2025-12-31 unless told), checked: `from` not after
 * `to`, and at least `minDays` days from one to the other. A default that
 * makes the window too short is named as the default. @internal
 */
export function windowOf(where: string, from: unknown, to: unknown, minDays = 1, defaults: readonly [string, string] = DEFAULT_WINDOW): Window {
  const first = isoOption(where, "from", from, defaults[0]);
  const last = isoOption(where, "to", to, defaults[1]);
  if (last - first + 1 < minDays) {
    const start = from === undefined ? `${isoOf(first)} by default` : isoOf(first);
    const end = to === undefined ? `; left out, it is ${isoOf(last)} by default: give a later options.to, or an earlier options.from` : "";
    fail(where, "options.to", `must be at least ${minDays} day${minDays === 1 ? "" : "s"} from options.from (${start}, counting both)${end}`, to, "invalid-option");
  }
  return [first, last];
}
