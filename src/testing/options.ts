// The options of the arbitraries, checked: fast-check's own errors for a bad
// range or an empty list are not fogcount errors. Not exported from the package.

import { fail, isText, optionsOf, show } from "../_lib/assert.js";
import { guarded } from "../_lib/guard.js";
import { isMoney, notPeople } from "../claim/measures.js";
import { sourceProblem } from "../provenance/check.js";
import type { Source } from "../provenance/schema.js";
import type { Period } from "../time/schema.js";

function bad(where: string, path: string, why: string, value: unknown): never {
  fail(where, `options.${path}`, why, value, "invalid-option");
}

/** A whole number from `min` to `max`, or `fallback` when left out. @internal */
export function wholeNumber(where: string, path: string, value: unknown, min: number, max: number, fallback: number): number {
  if (value === undefined) return fallback;
  if (!Number.isInteger(value) || (value as number) < min || (value as number) > max) {
    bad(where, path, `must be a whole number from ${min} to ${max}`, value);
  }
  return value as number;
}

/** A finite number from `min` up, or `fallback` when left out. @internal */
export function finiteNumber(where: string, path: string, value: unknown, min: number, fallback: number): number {
  if (value === undefined) return fallback;
  if (!Number.isFinite(value) || (value as number) < min) bad(where, path, min === -Infinity ? "must be a finite number" : `must be a finite number of at least ${min}`, value);
  return value as number;
}

/** A boolean, or `fallback` when left out. @internal */
export function flag(where: string, path: string, value: unknown, fallback: boolean): boolean {
  if (value === undefined) return fallback;
  if (typeof value !== "boolean") bad(where, path, "must be a boolean", value);
  return value;
}

/** A non-empty list of non-empty texts, or `fallback` when left out. @internal */
export function textList(where: string, path: string, value: unknown, fallback: readonly string[]): readonly string[] {
  if (value === undefined) return fallback;
  if (!Array.isArray(value) || value.length === 0 || !Array.from(value).every(isText)) bad(where, path, "must be a non-empty list of non-empty texts", value);
  return value;
}

/** Whether `value` is a unit as `claim()` takes one: non-empty text with no white space at either end. */
const isUnit = (value: unknown): value is string => isText(value) && value.trim() === value;

/** A non-empty list of units (trimmed, non-empty texts), or `fallback` when left out. @internal */
export function unitList(where: string, path: string, value: unknown, fallback: readonly string[]): readonly string[] {
  if (value === undefined) return fallback;
  if (!Array.isArray(value) || value.length === 0 || !Array.from(value).every(isUnit)) {
    bad(where, path, "must be a non-empty list of units: non-empty texts with no white space at either end", value);
  }
  return value;
}

/** One unit (trimmed, non-empty text), or `fallback` when left out. @internal */
export function unitText(where: string, path: string, value: unknown, fallback: string): string {
  if (value === undefined) return fallback;
  if (!isUnit(value)) bad(where, path, "must be a unit: non-empty text with no white space at either end", value);
  return value;
}

/** {@link unitText} for what counts people or things sent: a unit of money is refused, and with `people`, any unit that cannot count people (`notPeople`). @internal */
export function countUnit(where: string, path: string, value: unknown, fallback: string, people = false): string {
  const unit = unitText(where, path, value, fallback);
  const not = people ? notPeople(unit) : isMoney(unit) ? "money" : undefined;
  if (not !== undefined) bad(where, path, `is ${not}, but what is drawn counts ${people ? "people" : "people or things sent"}`, unit);
  return unit;
}

/** A non-empty list of values from `all`, or all of them when left out. @internal */
export function subset<T>(where: string, path: string, value: unknown, all: readonly T[]): readonly T[] {
  if (value === undefined) return all;
  if (!Array.isArray(value) || value.length === 0 || !Array.from(value).every((v) => all.includes(v as T))) {
    bad(where, path, `must be a non-empty list of ${all.map((a) => JSON.stringify(a)).join(", ")}`, value);
  }
  return value as readonly T[];
}

/** {@link subset} that also refuses a value named twice. @internal */
export function distinctSubset<T>(where: string, path: string, value: unknown, all: readonly T[]): readonly T[] {
  const list = subset(where, path, value, all);
  if (new Set(list).size !== list.length) bad(where, path, `must not name a value twice (from ${all.map((a) => JSON.stringify(a)).join(", ")})`, value);
  return list;
}

/**
 * A non-empty list of sources with distinct ids, each checked as `SourceSchema`
 * checks it, or `undefined` when left out. @internal
 */
export function sourceList(where: string, path: string, value: unknown): readonly Source[] | undefined {
  if (value === undefined) return undefined;
  if (!Array.isArray(value) || value.length === 0) bad(where, path, "must be a non-empty list of sources", value);
  const ids = new Set<string>();
  for (let i = 0; i < value.length; i++) {
    const problem = sourceProblem(value[i]);
    if (problem !== undefined) bad(where, `${path}[${i}]${problem[0]}`, problem[1], problem[2]);
    const id = (value[i] as Source).id;
    if (ids.has(id)) bad(where, `${path}[${i}].id`, `repeats the id ${show(id)}: each source once`, id);
    ids.add(id);
  }
  return Array.from(value as Source[]);
}

/**
 * The smallest and largest year, each a whole number within `[low, high]`,
 * the first not above the second; one left out is the fallback's, moved so
 * as not to cross the one given. @internal
 */
export function yearSpan(where: string, options: { readonly minYear?: number; readonly maxYear?: number }, low: number, high: number, fallback: readonly [number, number]): [number, number] {
  const given = [wholeNumber(where, "minYear", options.minYear, low, high, NaN), wholeNumber(where, "maxYear", options.maxYear, low, high, NaN)] as const;
  const min = Number.isNaN(given[0]) ? Math.min(fallback[0], Number.isNaN(given[1]) ? fallback[1] : given[1]) : given[0];
  const max = Number.isNaN(given[1]) ? Math.max(fallback[1], min) : given[1];
  if (min > max) bad(where, "minYear", `must not be above options.maxYear (${max})`, min);
  return [min, max];
}

/** The smallest and largest year an arbitrary draws, checked. @internal */
export type Span = readonly [number, number];

/** What the period arbitraries take. @internal */
export interface PeriodOptions {
  readonly minYear?: number;
  readonly maxYear?: number;
  readonly time?: boolean;
  readonly kinds?: readonly Period["kind"][];
}

const PERIOD_KINDS: readonly Period["kind"][] = ["date", "season", "subyear", "interval"];

/**
 * The options of a period arbitrary for `where`, checked, with the names it
 * takes: the year span (within `years`, -9999 to 9999 by default), `time`
 * and `kinds`. An option that cannot be read is `invalid-argument`. @internal
 */
export function periodSettings(
  where: string,
  given: PeriodOptions | undefined,
  names: readonly (keyof PeriodOptions)[],
  years: readonly [low: number, high: number, fallback: Span] = [-9999, 9999, [-9999, 9999]],
): { span: Span; time: boolean; kinds: readonly Period["kind"][] } {
  return guarded(where, { options: given }, () => {
    const options = optionsOf(where, given, "options", names);
    return {
      span: yearSpan(where, options, years[0], years[1], years[2]),
      time: flag(where, "time", options.time, true),
      kinds: subset(where, "kinds", options.kinds, PERIOD_KINDS),
    };
  });
}
