import { claim } from "../claim/claim.js";
import type { Measure } from "../claim/measures.js";
import type { Aggregation, ClaimModality } from "../claim/kinds.js";
import type { Claim } from "../claim/schema.js";
import { approx, atLeast, atMost, exact } from "../estimate/constructors.js";
import type { Estimate } from "../estimate/schema.js";
import { isFogcountError } from "../errors.js";
import type { Attribution } from "../provenance/schema.js";
import { parsePeriod } from "../time/edtf.js";
import { show } from "../_lib/assert.js";
import { guarded } from "../_lib/guard.js";
import type { RecordIssue } from "./error.js";
import { throwIssues } from "./error.js";
import type { HedgeReading } from "./hedge-markers.js";
import { readDates, readNumber, recordsOf } from "./records.js";
import type { PlainRecord } from "./records.js";
import { seriesSettings } from "./settings.js";
import type { SeriesSettings } from "./settings.js";

/** One value field of a series: which field holds the figure, and what it counts. */
export interface SeriesField {
  /** The field holding the figure: `"personnel"`, `"field artillery"`. */
  readonly field: string;
  /** The measure of the claims: `"killed"`, or namespaced as `"ua-genstaff:tank"`. */
  readonly measure: Measure;
  /** The unit of the claims: `"person"`, `"tank"`. */
  readonly unit: string;
  /** The field holding the hedge marker for this value: `"personnel*"`. Without it the figure is exact. */
  readonly hedgeField?: string;
  /** The scope of the indicator, if any. */
  readonly scope?: string;
  /** The part of the claim ids that names the field; the field in lowercase with spaces as hyphens by default. */
  readonly slug?: string;
  /** What the figures are: a running total (`"stock"`, the default for a cumulative series), a count over each record's day (`"flow"`) or an added amount (`"increment"`). Written on every claim. */
  readonly aggregation?: Aggregation;
}

/** Options for {@link importCumulativeSeries} (and {@link importCorrections}). */
export interface SeriesOptions {
  /** The subject of every claim: `"ru-forces-in-ukraine"`. */
  readonly subject: string;
  /** Who states the figures. */
  readonly attribution: Attribution;
  /** The value fields to read, each becoming one claim per record. */
  readonly fields: readonly SeriesField[];
  /** The field holding the date a record is "as of" (its valid time and, by default, its report date); `"date"` by default. */
  readonly dateField?: string;
  /** The field holding the report date, when it differs from the valid date. */
  readonly reportedField?: string;
  /** How each hedge marker reads; {@link DEFAULT_HEDGE_MARKERS} by default. A marker not listed is an error. */
  readonly hedges?: Readonly<Record<string, HedgeReading>>;
  /**
   * What a record without a value field (absent or `null`) means: `"error"`
   * (the default) or `"omit"`, no claim for that field and date (for series
   * whose fields come and go).
   */
  readonly missing?: "error" | "omit";
  /** The start of every claim id; the subject by default, spaces as hyphens. Ids are `<prefix>:<slug>:<date>`. */
  readonly idPrefix?: string;
  /** The modality of every claim (`"asserted"` when left out, and then not written). */
  readonly modality?: ClaimModality;
}

function estimateOf(value: number, unit: string, reading: HedgeReading, marker: string | undefined): Estimate {
  const text = marker === undefined ? {} : { text: `${marker} ${value}` };
  const hedged = marker === undefined ? {} : { hedge: marker, ...text };
  switch (reading.kind) {
    case "exact":
      return exact(value, unit, text);
    case "approx":
      return approx(value, unit, hedged);
    case "atLeast":
      // The marker is the bound's own word ("more"), kept in the text, not a hedge.
      return atLeast(value, unit, { ...text, strict: reading.strict === true });
    case "atMost":
      return atMost(value, unit, { ...text, strict: reading.strict === true });
  }
}

/** The claim id for a field and date. @internal */
export function seriesId(settings: SeriesSettings, k: number, date: string): string {
  return `${settings.idPrefix}:${settings.slugs[k] as string}:${date}`;
}

/**
 * Claims from a daily cumulative series: one record per date, as `JSON.parse`
 * gives it, each holding running totals in value fields and perhaps a hedge
 * marker field (`{ date: "2022-02-25", personnel: 2800, "personnel*": "about" }`).
 * Each value field of each record becomes one claim, valid as of the record's
 * date and reported on it (or on `reportedField`), with the estimate the
 * marker states: `"about"` → approximate, `"more"` → "more than".
 *
 * Every bad record is an error naming its index and field, never a skipped
 * row: the first is the message, all of them are in `details.issues`.
 *
 * @category Import
 * @throws {FogcountError} `invalid-record` for a record that is not an object (a hole in a sparse array included), a missing or non-EDTF date or one that repeats a day (`2022-02-25`, `2022-02-25T00:00:00` and `2022-02-25T09:00:00+03:00` are one day; a date and time falls on its day in UTC), a missing, non-numeric, non-finite or negative value, a missing or unknown hedge marker; `invalid-option` for options that are not an object, an option it does not take (in a field and a hedge reading too), one outside its domain (an attribution that is not one included), or two fields with one slug or one indicator; `invalid-measure` for a measure neither in `MEASURES` nor `namespace:name`; `invalid-argument` for an argument that cannot be read (a getter that throws, a revoked proxy).
 * @example
 * importCumulativeSeries([{ date: "2022-02-25", personnel: 2800, "personnel*": "about" }], {
 *   subject: "ru-forces-in-ukraine",
 *   attribution: { originator: uaGeneralStaff },
 *   fields: [{ field: "personnel", measure: "ua-genstaff:personnel", unit: "person", hedgeField: "personnel*" }],
 * })[0]?.estimate;
 * //=> { kind: "approx", value: 2800, unit: "person", text: "about 2800" }
 */
export function importCumulativeSeries(records: unknown, options: SeriesOptions): Claim[] {
  return guarded("importCumulativeSeries", { records, options }, () => cumulativeSeries(records, options));
}

function cumulativeSeries(records: unknown, options: SeriesOptions): Claim[] {
  const where = "importCumulativeSeries";
  const settings = seriesSettings(where, options);
  const list = recordsOf(where, records);
  const issues: RecordIssue[] = [];
  const dates = readDates(list, settings.dateField, issues, true);
  const out: Claim[] = [];
  list.forEach((raw, index) => {
    const date = dates[index];
    if (date === undefined) return;
    const record = raw as PlainRecord;
    let reportedAt = date;
    if (settings.reportedField !== undefined) {
      const value = Object.hasOwn(record, settings.reportedField) ? record[settings.reportedField] : undefined;
      const path = `records[${index}].${settings.reportedField}`;
      if (typeof value !== "string" || !parsePeriod(value).ok) {
        issues.push({ path, message: `${path}: expected an EDTF date, got ${show(value)}` });
        return;
      }
      reportedAt = value;
    }
    options.fields.forEach((field, k) => {
      const value = readNumber(record, index, field.field, settings.missing, issues);
      if (value === undefined) return;
      const reading = readMarker(record, index, field, settings, issues);
      if (reading === undefined) return;
      const path = `records[${index}].${field.field}`;
      let estimate: Estimate;
      try {
        estimate = estimateOf(value, field.unit, reading.reading, reading.marker);
      } catch (error) {
        if (!isFogcountError(error, "invalid-estimate")) throw error;
        issues.push({ path, message: `${path}: ${error.message}` });
        return;
      }
      out.push(
        claim({
          id: seriesId(settings, k, date),
          indicator: {
            subject: options.subject,
            measure: field.measure,
            unit: field.unit,
            ...(field.scope !== undefined && { scope: field.scope }),
            aggregation: field.aggregation ?? "stock",
          },
          ...(options.modality !== undefined && { modality: options.modality }),
          estimate,
          validTime: date,
          reportedAt,
          attribution: options.attribution,
        }),
      );
    });
  });
  throwIssues(where, issues);
  return out;
}

function readMarker(
  record: PlainRecord,
  index: number,
  field: SeriesField,
  settings: SeriesSettings,
  issues: RecordIssue[],
): { reading: HedgeReading; marker: string | undefined } | undefined {
  if (field.hedgeField === undefined) return { reading: { kind: "exact" }, marker: undefined };
  const path = `records[${index}].${field.hedgeField}`;
  const marker = Object.hasOwn(record, field.hedgeField) ? record[field.hedgeField] : undefined;
  const reading = typeof marker === "string" && Object.hasOwn(settings.hedges, marker) ? settings.hedges[marker] : undefined;
  if (reading === undefined) {
    const known = Object.keys(settings.hedges).map((m) => JSON.stringify(m)).join(", ");
    issues.push({
      path,
      message: `${path}: ${marker === undefined ? "missing hedge marker" : `unknown hedge marker ${show(marker)}`} (known: ${known})`,
    });
    return undefined;
  }
  return { reading, marker: marker as string };
}
