// Checking sources and attributions from outside, without zod: the same rules
// as SourceSchema and AttributionSchema, for the functions of the main entry.
// Not exported from the package.

import { extraField, notAField } from "../_lib/fields.js";
import { isId, isObject, isText, notPlain } from "../_lib/assert.js";
import type { Problem } from "../_lib/assert.js";
import type { Source } from "./schema.js";
import { parsePeriod } from "../time/edtf.js";
import { ADMIRALTY_CREDIBILITY_GRADES, ADMIRALTY_RELIABILITY_GRADES } from "./admiralty.js";
import { CONFIDENCE_LEVEL_NAMES, LIKELIHOOD_TERMS } from "./icd203.js";
import { CHANNEL_NAMES, SOURCE_KIND_NAMES } from "./vocabulary.js";

type Check = (value: unknown) => Problem | undefined;

/** A field that may be left out, else passes `ok`. */
function optional(record: Readonly<Record<string, unknown>>, key: string, ok: (v: unknown) => boolean, why: string): Problem | undefined {
  const value = record[key];
  return value === undefined || ok(value) ? undefined : [`.${key}`, why, value];
}

const among = (list: readonly unknown[]) => (v: unknown) => list.includes(v);
const edtf = (v: unknown) => typeof v === "string" && parsePeriod(v).ok;
const bool = (v: unknown) => typeof v === "boolean";
const isCountries = (v: unknown) =>
  Array.isArray(v) && v.length >= 2 && new Set(v).size === v.length && Array.from(v).every((c) => typeof c === "string" && /^[A-Z]{2}$/.test(c));
const isWebUrl = (v: unknown) => typeof v === "string" && /^https?:\/\//i.test(v.trim()) && URL.canParse(v.trim());

/** The first problem among the checks, with `prefix` before its path. */
function first(prefix: string, problems: readonly (Problem | undefined)[]): Problem | undefined {
  const found = problems.find((p) => p !== undefined);
  return found && [`${prefix}${found[0]}`, found[1], found[2]];
}

function list(record: Readonly<Record<string, unknown>>, key: string, check: Check): Problem | undefined {
  const items = record[key];
  if (items === undefined) return undefined;
  if (!Array.isArray(items)) return [`.${key}`, "must be an array", items];
  for (let i = 0; i < items.length; i++) {
    const problem = check(items[i]);
    if (problem) return [`.${key}[${i}]${problem[0]}`, problem[1], problem[2]];
  }
  return undefined;
}

/** The first field of `value` that is not one of `fields`, as a problem naming the field meant. */
function extra(value: Readonly<Record<string, unknown>>, fields: readonly string[], what: string): Problem | undefined {
  const key = extraField(value, fields);
  return key === undefined ? undefined : [`.${key}`, notAField(key, fields, what), value[key]];
}

const SOURCE_FIELDS = ["id", "kind", "name", "country", "countries", "reliability"];
const CHANNEL_FIELDS = ["kind", "channel", "name", "closed", "date"];
const INTERMEDIARY_FIELDS = ["kind", "source", "date"];
const PUBLICATION_FIELDS = ["outlet", "url", "title", "date"];
const ATTRIBUTION_FIELDS = ["originator", "relay", "publications", "credibility", "likelihood", "confidence", "text"];

/** Why `value`, which is not `what`, is not one: no object at all, or one that is not plain data (see `notPlain`). */
function notObject(value: unknown, what: string): Problem {
  const why = isObject(value) ? notPlain(value) : undefined;
  return ["", why ?? `must be ${what}`, value];
}

/** Why `value` is not a {@link Source}, or undefined if it is one. @internal */
export function sourceProblem(value: unknown): Problem | undefined {
  if (!isObject(value) || notPlain(value) !== undefined) return notObject(value, "a source object");
  return first("", [
    extra(value, SOURCE_FIELDS, "a source"),
    isId(value["id"]) ? undefined : [".id", "must be non-empty text without whitespace", value["id"]],
    among(SOURCE_KIND_NAMES)(value["kind"]) ? undefined : [".kind", `must be one of ${SOURCE_KIND_NAMES.join(", ")}`, value["kind"]],
    isText(value["name"]) ? undefined : [".name", "must be non-empty text", value["name"]],
    optional(value, "country", (v) => typeof v === "string" && /^[A-Z]{2}$/.test(v), "must be two uppercase letters (ISO 3166-1 alpha-2)"),
    optional(value, "countries", isCountries, "must list two or more distinct country codes (ISO 3166-1 alpha-2)"),
    // one source is one country or an aggregate of several, never both: which would a grouping by country take?
    value["country"] !== undefined && value["countries"] !== undefined ? [".countries", "must not be given with country (one or the other)", value["countries"]] : undefined,
    optional(value, "reliability", among(ADMIRALTY_RELIABILITY_GRADES), "must be an Admiralty grade A–F"),
  ]);
}

function relayStepProblem(value: unknown): Problem | undefined {
  if (!isObject(value) || notPlain(value) !== undefined) return notObject(value, "a relay step");
  const date = optional(value, "date", edtf, "must be an EDTF date or period");
  if (value["kind"] === "intermediary") return first("", [extra(value, INTERMEDIARY_FIELDS, "an intermediary step"), first(".source", [sourceProblem(value["source"])]), date]);
  if (value["kind"] !== "channel") return [".kind", 'must be "channel" or "intermediary"', value["kind"]];
  return first("", [
    extra(value, CHANNEL_FIELDS, "a channel step"),
    among(CHANNEL_NAMES)(value["channel"]) ? undefined : [".channel", `must be one of ${CHANNEL_NAMES.join(", ")}`, value["channel"]],
    optional(value, "name", isText, "must be non-empty text"),
    optional(value, "closed", bool, "must be a boolean"),
    date,
  ]);
}

function publicationProblem(value: unknown): Problem | undefined {
  if (!isObject(value) || notPlain(value) !== undefined) return notObject(value, "a publication");
  return first("", [
    extra(value, PUBLICATION_FIELDS, "a publication"),
    isText(value["outlet"]) ? undefined : [".outlet", "must be non-empty text", value["outlet"]],
    optional(value, "url", isWebUrl, "must be an http or https URL"),
    optional(value, "title", isText, "must be non-empty text"),
    optional(value, "date", edtf, "must be an EDTF date or period"),
  ]);
}

/** Why `value` is not an {@link Attribution}, or undefined if it is one. @internal */
export function attributionProblem(value: unknown): Problem | undefined {
  if (!isObject(value) || notPlain(value) !== undefined) return notObject(value, "an attribution object");
  return first("", [
    extra(value, ATTRIBUTION_FIELDS, "an attribution"),
    first(".originator", [sourceProblem(value["originator"])]),
    list(value, "relay", relayStepProblem),
    list(value, "publications", publicationProblem),
    optional(value, "credibility", among(ADMIRALTY_CREDIBILITY_GRADES), "must be an Admiralty credibility grade 1–6"),
    optional(value, "likelihood", among(LIKELIHOOD_TERMS), `must be one of ${LIKELIHOOD_TERMS.join(", ")}`),
    optional(value, "confidence", among(CONFIDENCE_LEVEL_NAMES), "must be low, moderate or high"),
    optional(value, "text", (v) => typeof v === "string", "must be text"),
  ]);
}

/** Whether two names are one name: the same text once trimmed and in normal form C ("São" however its tilde is written). */
function sameName(a: string, b: string): boolean {
  return a === b || a.trim().normalize("NFC") === b.trim().normalize("NFC");
}

/**
 * Whether two sources say the same of themselves: the same id, kind, name (trimmed, in normal
 * form C), country, countries and reliability grade (compared field by field; the same object
 * at once). @internal
 */
export function sameSource(a: Source, b: Source): boolean {
  if (a === b) return true;
  if (a.id !== b.id || a.kind !== b.kind || !sameName(a.name, b.name) || a.country !== b.country || a.reliability !== b.reliability) return false;
  const [x, y] = [a.countries, b.countries];
  return x === y || (x !== undefined && y !== undefined && x.length === y.length && x.every((c, i) => c === y[i]));
}
