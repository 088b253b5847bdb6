// The options of the importers, checked and with their defaults filled in. Not exported.

import { fail, isObject, isText, oneOf, optionsOf, raise } from "../_lib/assert.js";
import { AGGREGATIONS, MODALITIES } from "../claim/kinds.js";
import { isMeasure } from "../claim/measures.js";
import { attributionProblem } from "../provenance/check.js";
import { DEFAULT_HEDGE_MARKERS } from "./hedge-markers.js";
import type { HedgeReading } from "./hedge-markers.js";
import type { SeriesField, SeriesOptions } from "./series.js";

/** The options with their defaults filled in, checked. @internal */
export interface SeriesSettings {
  readonly dateField: string;
  readonly reportedField: string | undefined;
  readonly hedges: Readonly<Record<string, HedgeReading>>;
  readonly missing: "error" | "omit";
  readonly idPrefix: string;
  readonly slugs: readonly string[];
}

type Loose = Readonly<Record<string, unknown>>;

function option(where: string, path: string, why: string, value: unknown): never {
  fail(where, `options.${path}`, why, value, "invalid-option");
}

/** A field name or other optional text option: left out, or non-empty text. */
function optionalText(where: string, path: string, value: unknown): void {
  if (value !== undefined && !isText(value)) option(where, path, "must be non-empty text", value);
}

/** The options of the importers, and of a value field. */
const SERIES_OPTIONS = ["subject", "attribution", "fields", "dateField", "reportedField", "hedges", "missing", "idPrefix", "modality"] as const;
const FIELD_OPTIONS = ["field", "measure", "unit", "hedgeField", "scope", "slug", "aggregation"] as const;

function checkField(where: string, path: string, f: unknown): SeriesField {
  if (!isObject(f) || Array.isArray(f)) option(where, path, "must be a field: { field, measure, unit }", f);
  optionsOf(where, f as unknown as SeriesField, `options.${path}`, FIELD_OPTIONS);
  if (!isText(f["field"])) option(where, `${path}.field`, "must be non-empty text", f["field"]);
  if (!isMeasure(f["measure"])) fail(where, `options.${path}.measure`, "is neither in MEASURES nor namespace:name", f["measure"], "invalid-measure");
  if (!isText(f["unit"])) option(where, `${path}.unit`, "must be non-empty text", f["unit"]);
  for (const key of ["hedgeField", "scope", "slug"]) optionalText(where, `${path}.${key}`, f[key]);
  if (f["aggregation"] !== undefined) oneOf(where, `options.${path}.aggregation`, f["aggregation"], AGGREGATIONS);
  return f as unknown as SeriesField;
}

function checkHedges(where: string, hedges: unknown): Readonly<Record<string, HedgeReading>> {
  if (hedges === undefined) return DEFAULT_HEDGE_MARKERS;
  if (!isObject(hedges) || Array.isArray(hedges)) option(where, "hedges", "must map markers to readings", hedges);
  for (const [marker, reading] of Object.entries(hedges)) {
    const kind = isObject(reading) ? reading["kind"] : undefined;
    const bound = kind === "atLeast" || kind === "atMost";
    const names = isObject(reading) ? Object.keys(reading) : [];
    // `strict` belongs to a bound; any other name is a typo that would change the reading
    const known = (n: string) => n === "kind" || (bound && n === "strict" && [undefined, true, false].includes((reading as Loose)["strict"] as boolean));
    if (!(bound || kind === "exact" || kind === "approx") || !names.every(known)) {
      option(where, `hedges[${JSON.stringify(marker)}]`, 'must be { kind: "exact" | "approx" } or { kind: "atLeast" | "atMost", strict?: boolean }', reading);
    }
  }
  return hedges as Readonly<Record<string, HedgeReading>>;
}

/** Two fields that would make one series: the same slug (so the same claim ids) or the same indicator. */
function checkDistinct(where: string, fields: readonly SeriesField[], slugs: readonly string[]): void {
  const bySlug = new Map<string, number>();
  const byIndicator = new Map<string, number>();
  for (let k = 0; k < fields.length; k++) {
    const f = fields[k] as SeriesField;
    const indicator = JSON.stringify([f.measure, f.unit.trim(), f.scope?.trim() ?? "", f.aggregation ?? "stock"]);
    const slug = slugs[k] as string;
    const same = bySlug.get(slug);
    if (same !== undefined) option(where, `fields[${k}]`, `has the slug ${JSON.stringify(slug)} of options.fields[${same}], so the same claim ids`, f);
    const twin = byIndicator.get(indicator);
    if (twin !== undefined) option(where, `fields[${k}]`, `states the indicator of options.fields[${twin}] (measure, unit, scope and aggregation), so two figures a day for one series`, f);
    bySlug.set(slug, k);
    byIndicator.set(indicator, k);
  }
}

/** Checks the options (of a corrections file too, with the names it adds) and fills in the defaults. @internal */
export function seriesSettings(where: string, options: SeriesOptions, more: readonly string[] = []): SeriesSettings {
  if (!isObject(options) || Array.isArray(options)) fail(where, "options", "must be an object", options, "invalid-option");
  optionsOf(where, options as Readonly<Record<string, unknown>>, "options", [...SERIES_OPTIONS, ...more]);
  const o = options as unknown as Loose;
  if (!isText(o["subject"])) option(where, "subject", "must be non-empty text", o["subject"]);
  raise(where, "options.attribution", attributionProblem(o["attribution"]), "invalid-option");
  const given = o["fields"];
  if (!Array.isArray(given) || given.length === 0) option(where, "fields", "must list at least one value field", given);
  // An index loop: a hole in a sparse array is an error, not a skipped field.
  const fields: SeriesField[] = [];
  for (let k = 0; k < given.length; k++) fields.push(checkField(where, `fields[${k}]`, given[k]));
  for (const key of ["dateField", "reportedField", "idPrefix"]) optionalText(where, key, o[key]);
  if (o["modality"] !== undefined) oneOf(where, "options.modality", o["modality"], MODALITIES);
  const missing = oneOf(where, "options.missing", o["missing"] ?? "error", ["error", "omit"] as const);
  const slugOf = (text: string): string => text.trim().toLowerCase().replace(/\s+/g, "-");
  const slugs = fields.map((f) => f.slug ?? slugOf(f.field));
  // Claim ids are `<prefix>:<slug>:<date>`, and a claim id has no whitespace.
  slugs.forEach((slug, k) => /\s/.test(slug) && option(where, `fields[${k}].slug`, "must be non-empty text without whitespace", slug));
  checkDistinct(where, fields, slugs);
  const idPrefix = options.idPrefix ?? options.subject.trim().replace(/\s+/g, "-");
  if (/\s/.test(idPrefix)) option(where, "idPrefix", "must be non-empty text without whitespace", idPrefix);
  return {
    dateField: options.dateField ?? "date",
    reportedField: options.reportedField,
    hedges: checkHedges(where, o["hedges"]),
    missing,
    idPrefix,
    slugs,
  };
}
