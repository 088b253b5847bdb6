// Reading arrays of plain records, with every problem named by record and field. Not exported.

import { parsePeriod } from "../time/edtf.js";
import type { RecordIssue } from "./error.js";
import { shown, throwIssues } from "./error.js";

/** A record as `JSON.parse` gives it. @internal */
export type PlainRecord = Readonly<Record<string, unknown>>;

/** The records of an array, or of an object `{ data: [...] }`; throws `invalid-record` for anything else. @internal */
export function recordsOf(where: string, input: unknown): readonly unknown[] {
  if (Array.isArray(input)) return input;
  const data = typeof input === "object" && input !== null ? (input as { data?: unknown }).data : undefined;
  if (Array.isArray(data)) return data;
  throwIssues(where, [{ path: "records", message: `records: expected an array of records, got ${shown(input)}` }]);
  /* c8 ignore next */
  return [];
}

/** Reads the date field of every record; collects issues for non-objects, bad and repeated dates. @internal */
export function readDates(records: readonly unknown[], dateField: string, issues: RecordIssue[]): (string | undefined)[] {
  const seen = new Map<string, number>();
  return records.map((record, index) => {
    if (typeof record !== "object" || record === null || Array.isArray(record)) {
      issues.push({ path: `records[${index}]`, message: `records[${index}]: expected an object, got ${shown(record)}` });
      return undefined;
    }
    const path = `records[${index}].${dateField}`;
    const date = (record as PlainRecord)[dateField];
    if (typeof date !== "string" || !parsePeriod(date).ok) {
      issues.push({ path, message: `${path}: expected an EDTF date, got ${shown(date)}` });
      return undefined;
    }
    const before = seen.get(date);
    if (before !== undefined) {
      issues.push({ path, message: `${path}: ${JSON.stringify(date)} repeats records[${before}].${dateField}` });
      return undefined;
    }
    seen.set(date, index);
    return date;
  });
}

/** Reads a number field; undefined with an issue when it is not a finite number (or missing, unless `omit`). @internal */
export function readNumber(
  record: PlainRecord,
  index: number,
  field: string,
  missing: "error" | "omit",
  issues: RecordIssue[],
): number | undefined {
  const value = record[field];
  const path = `records[${index}].${field}`;
  if (value === undefined || value === null) {
    if (missing === "error") issues.push({ path, message: `${path}: missing (pass missing: "omit" if the series may lack it)` });
    return undefined;
  }
  if (typeof value !== "number" || !Number.isFinite(value)) {
    issues.push({ path, message: `${path}: expected a number, got ${shown(value)}` });
    return undefined;
  }
  return value;
}
