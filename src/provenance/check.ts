// Checking sources and attributions from outside, without zod: the same rules
// as SourceSchema and AttributionSchema, for the functions of the main entry.
// Not exported from the package.

import { isObject, isText } from "../_lib/assert.js";
import type { Problem } from "../_lib/assert.js";
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
const isCountry = (v: unknown) => typeof v === "string" && /^[A-Z]{2}$/.test(v);
const isReliability = /* @__PURE__ */ among(ADMIRALTY_RELIABILITY_GRADES);
const isCredibility = /* @__PURE__ */ among(ADMIRALTY_CREDIBILITY_GRADES);
const isLikelihood = /* @__PURE__ */ among(LIKELIHOOD_TERMS);
const isConfidence = /* @__PURE__ */ among(CONFIDENCE_LEVEL_NAMES);
const isString = (v: unknown) => typeof v === "string";
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

/** Why `value` is not a {@link Source}, or undefined if it is one: each rule in turn, the first that fails. @internal */
export function sourceProblem(value: unknown): Problem | undefined {
  if (!isObject(value)) return ["", "must be a source object", value];
  const { id, kind, name, country, countries } = value;
  if (!(typeof id === "string" && /^\S+$/.test(id))) return [".id", "must be non-empty text without whitespace", id];
  if (!SOURCE_KIND_NAMES.includes(kind as never)) return [".kind", `must be one of ${SOURCE_KIND_NAMES.join(", ")}`, kind];
  if (!isText(name)) return [".name", "must be non-empty text", name];
  return (
    optional(value, "country", isCountry, "must be two uppercase letters (ISO 3166-1 alpha-2)") ??
    optional(value, "countries", isCountries, "must list two or more distinct country codes (ISO 3166-1 alpha-2)") ??
    // one source is one country or an aggregate of several, never both: which would a grouping by country take?
    (country !== undefined && countries !== undefined ? [".countries", "must not be given with country (one or the other)", countries] : undefined) ??
    optional(value, "reliability", isReliability, "must be an Admiralty grade A–F")
  );
}

function relayStepProblem(value: unknown): Problem | undefined {
  if (!isObject(value)) return ["", "must be a relay step", value];
  const date = optional(value, "date", edtf, "must be an EDTF date or period");
  if (value["kind"] === "intermediary") return first("", [first(".source", [sourceProblem(value["source"])]), date]);
  if (value["kind"] !== "channel") return [".kind", 'must be "channel" or "intermediary"', value["kind"]];
  return first("", [
    among(CHANNEL_NAMES)(value["channel"]) ? undefined : [".channel", `must be one of ${CHANNEL_NAMES.join(", ")}`, value["channel"]],
    optional(value, "name", isText, "must be non-empty text"),
    optional(value, "closed", bool, "must be a boolean"),
    date,
  ]);
}

function publicationProblem(value: unknown): Problem | undefined {
  if (!isObject(value)) return ["", "must be a publication", value];
  return first("", [
    isText(value["outlet"]) ? undefined : [".outlet", "must be non-empty text", value["outlet"]],
    optional(value, "url", isWebUrl, "must be an http or https URL"),
    optional(value, "title", isText, "must be non-empty text"),
    optional(value, "date", edtf, "must be an EDTF date or period"),
  ]);
}

/** Why `value` is not an {@link Attribution}, or undefined if it is one: each rule in turn, the first that fails. @internal */
export function attributionProblem(value: unknown): Problem | undefined {
  if (!isObject(value)) return ["", "must be an attribution object", value];
  const originator = sourceProblem(value["originator"]);
  if (originator !== undefined) return [`.originator${originator[0]}`, originator[1], originator[2]];
  return (
    list(value, "relay", relayStepProblem) ??
    list(value, "publications", publicationProblem) ??
    optional(value, "credibility", isCredibility, "must be an Admiralty credibility grade 1–6") ??
    optional(value, "likelihood", isLikelihood, `must be one of ${LIKELIHOOD_TERMS.join(", ")}`) ??
    optional(value, "confidence", isConfidence, "must be low, moderate or high") ??
    optional(value, "text", isString, "must be text")
  );
}
