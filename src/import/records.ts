// Reading arrays of plain records, with every problem named by record and field. Not exported.

import { show } from "../_lib/assert.js";
import { periodDays } from "../revision/clock.js";
import { parsePeriod } from "../time/edtf.js";
import type { RecordIssue } from "./error.js";
import { throwIssues } from "./error.js";

/** A record as `JSON.parse` gives it. @internal */
export type PlainRecord = Readonly<Record<string, unknown>>;

/** The records of an array, or of an object `{ data: [...] }`; throws `invalid-record` for anything else. @internal */
export function recordsOf(where: string, input: unknown): readonly unknown[] {
  const data = typeof input === "object" && input !== null && !Array.isArray(input) ? (input as { data?: unknown }).data : input;
  if (!Array.isArray(data)) {
    throwIssues(where, [{ path: "records", message: `records: expected an array of records, got ${show(input)}` }]);
  }
  const list = data as readonly unknown[];
  // a hole in a sparse array is a record that is not there; found without walking a length of billions
  if (Object.keys(list).length !== list.length) {
    let hole = 0;
    while (hole in list) hole++;
    throwIssues(where, [{ path: `records[${hole}]`, message: `records[${hole}]: expected an object, got a hole in a sparse array of length ${list.length}` }]);
  }
  return list;
}

/** How many problems are collected before reading stops: an error lists at most this many. */
const MAX_ISSUES = 100;

/**
 * The days an EDTF date covers, as a key: `2022-02-25` and
 * `2022-02-25T00:00:00` are one day; undefined if it is not EDTF. @internal
 */
export function dayKey(date: unknown): string | undefined {
  const read = typeof date === "string" ? parsePeriod(date) : undefined;
  if (read?.ok !== true) return undefined;
  // the days on the clocks' axis: a date and time on its day in UTC
  const { first, last } = periodDays(read.value);
  return `${first}/${last}`;
}

/**
 * Reads the date field of every record; collects issues for non-objects (holes
 * in a sparse array included), bad dates, and, with `onePerDay` (a daily
 * series has one record a day), dates that repeat a day: `2022-02-25`,
 * `2022-02-25T00:00:00` and `2022-02-25T09:00:00+03:00` are one day, and a
 * date and time falls on its day in UTC (`2022-02-25T01:00:00+03:00` is the 24th). @internal
 */
export function readDates(records: readonly unknown[], dateField: string, issues: RecordIssue[], onePerDay: boolean): (string | undefined)[] {
  const seen = new Map<string, number>();
  const dates: (string | undefined)[] = [];
  // An index loop, not map: a hole in a sparse array is a record that is not an object.
  for (let index = 0; index < records.length && issues.length < MAX_ISSUES; index++) {
    const record = records[index];
    dates.push(undefined);
    if (typeof record !== "object" || record === null || Array.isArray(record)) {
      issues.push({ path: `records[${index}]`, message: `records[${index}]: expected an object, got ${show(record)}` });
      continue;
    }
    const path = `records[${index}].${dateField}`;
    const date = Object.hasOwn(record as PlainRecord, dateField) ? (record as PlainRecord)[dateField] : undefined;
    const day = dayKey(date);
    if (day === undefined) {
      issues.push({ path, message: `${path}: expected an EDTF date, got ${show(date)}` });
      continue;
    }
    const before = onePerDay ? seen.get(day) : undefined;
    if (before !== undefined) {
      const first = (records[before] as PlainRecord)[dateField];
      issues.push({ path, message: `${path}: ${JSON.stringify(date)} repeats the day of records[${before}].${dateField} ${JSON.stringify(first)}` });
      continue;
    }
    seen.set(day, index);
    dates[index] = date as string;
  }
  return dates;
}

/**
 * Reads a number field; undefined with an issue when it is not a finite
 * number, is negative where `signed` is false (a count), or is missing
 * (unless `omit`). @internal
 */
export function readNumber(
  record: PlainRecord,
  index: number,
  field: string,
  missing: "error" | "omit",
  issues: RecordIssue[],
  signed = false,
): number | undefined {
  // own fields only: a field named "constructor" is missing, not Object's constructor; a value inherited from a prototype is not the record's
  const value = Object.hasOwn(record, field) ? record[field] : undefined;
  const path = `records[${index}].${field}`;
  if (value === undefined || value === null) {
    if (missing === "error") issues.push({ path, message: `${path}: missing (pass missing: "omit" if the series may lack it)` });
    return undefined;
  }
  if (typeof value !== "number" || !Number.isFinite(value)) {
    issues.push({ path, message: `${path}: expected a number, got ${show(value)}` });
    return undefined;
  }
  if (value < 0 && !signed) {
    issues.push({ path, message: `${path}: expected a count, not a negative number, got ${value}` });
    return undefined;
  }
  return value;
}
