// The fields of a corrections file that the options do not read. Not exported.

import { nearestField } from "../_lib/fields.js";
import { ASCII, visible } from "../_lib/forms.js";
import type { RecordIssue } from "./error.js";
import type { PlainRecord } from "./records.js";
import type { SeriesField } from "./series.js";

/** The fields a record may hold besides the value fields: its dates, its day number, the hedge markers. */
function otherFields(fields: readonly SeriesField[], dateField: string, reportedField: string | undefined): Set<string> {
  const known = new Set(["date", "day", dateField, ...fields.map((f) => f.field)]);
  if (reportedField !== undefined) known.add(reportedField);
  for (const f of fields) if (f.hedgeField !== undefined) known.add(f.hedgeField);
  return known;
}

/** The fields the options read, as a message lists them: `tank, APC, … (13 in all)`, or the one a misspelt name is nearest. */
function whatIsRead(key: string, fields: readonly SeriesField[]): string {
  const names = fields.map((f) => f.field);
  const hint = nearestField(key, names);
  if (hint !== undefined) return hint;
  return names.length <= 6 ? names.join(", ") : `${names.slice(0, 5).join(", ")}, … (${names.length} in all)`;
}

/**
 * Adds an issue for each non-zero number in a field of `record` that the
 * options do not read (a misspelt `Tank`, a `personnel` left out of the
 * fields), so that a correction is never dropped without a word. The date
 * fields, `day`, the value fields and their hedge-marker fields are read or
 * known; zeros (no correction) and values that are not numbers (notes) are
 * left as they are. @internal
 */
export function unmappedFields(
  record: PlainRecord,
  index: number,
  fields: readonly SeriesField[],
  dateField: string,
  reportedField: string | undefined,
  issues: RecordIssue[],
): void {
  let known: Set<string> | undefined;
  for (const key of Object.keys(record)) {
    const value = record[key];
    if (typeof value !== "number" || value === 0) continue;
    known ??= otherFields(fields, dateField, reportedField);
    if (known.has(key)) continue;
    // a name with characters a reader cannot tell apart is written as JSON, escaped
    const path = ASCII.test(key) ? `records[${index}].${key}` : `records[${index}][${visible(key)}]`;
    const delta = value > 0 ? `+${value}` : String(value);
    issues.push({
      path,
      message: `${path}: a correction of ${delta} to a field the options do not read (${whatIsRead(key, fields)}); add it to options.fields, or pass unknownFields: "ignore" to leave such fields out`,
    });
  }
}
