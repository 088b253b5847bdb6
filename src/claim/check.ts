// Checking a claim from outside, without zod: the rules of ClaimSchema, for
// claim() and for every function that takes claims. Not exported from the package.

import { fail, isId, isObject, isText, notPlain, raise, show } from "../_lib/assert.js";
import { extraField, nearestField, notAField } from "../_lib/fields.js";
import type { FogcountErrorCode } from "../errors.js";
import { checkEstimate } from "../estimate/read.js";
import type { Estimate } from "../estimate/schema.js";
import { attributionProblem } from "../provenance/check.js";
import { parsePeriod } from "../time/edtf.js";
import { AGGREGATIONS, MODALITIES } from "./kinds.js";
import { keyText } from "./indicator-key.js";
import { CASUALTY_PARTS, countsPeople, isMeasure, isStandardMeasure, notPeople } from "./measures.js";
import type { Period } from "../time/schema.js";
import type { ClaimStatus, Indicator } from "./schema.js";

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/** Where a claim is checked: the function, the claim's path in the arguments (`""` for the argument itself), the code. */
interface Place {
  readonly where: string;
  readonly root: string;
  readonly code: FogcountErrorCode;
}

const at = (place: Place, field: string): string => (place.root === "" ? field : `${place.root}.${field}`);

function bad(place: Place, field: string, why: string, value: unknown): never {
  fail(place.where, at(place, field), why, value, place.code);
}

/** Refuses an object that is not plain data (see `notPlain`). */
function plain(place: Place, field: string, value: object): void {
  const why = notPlain(value);
  if (why !== undefined) fail(place.where, field === "" ? place.root || "init" : at(place, field), why, value, place.code);
}

/** A field of the indicator's key, read as `keyText` reads it. */
function text(place: Place, field: string, value: unknown, why = "must not be empty"): string {
  if (!isText(value)) bad(place, field, why, value);
  return keyText(value);
}

const CLAIM_FIELDS = ["id", "indicator", "estimate", "validTime", "reportedAt", "recordedAt", "attribution", "status", "modality", "restates", "text"];
const INDICATOR_FIELDS = ["subject", "measure", "unit", "scope", "includes", "aggregation"];
const STATUS_FIELDS = ["kind", "reason", "supersededBy"];
const ESTIMATE_FIELDS: Readonly<Record<string, readonly string[]>> = {
  exact: ["kind", "value", "unit", "text", "best"],
  approx: ["kind", "value", "hedge", "unit", "text", "best"],
  range: ["kind", "low", "high", "approx", "hedge", "unit", "text", "best"],
  atLeast: ["kind", "value", "strict", "approx", "hedge", "unit", "text", "best"],
  atMost: ["kind", "value", "strict", "approx", "hedge", "unit", "text", "best"],
  magnitude: ["kind", "order", "unit", "text", "best"],
};

/** Refuses a field `value` (at `field`) does not have: a misspelt `modalty` would otherwise be dropped, and a plan read as an assertion. */
function noExtra(place: Place, field: string, value: Readonly<Record<string, unknown>>, fields: readonly string[], what: string): void {
  const key = extraField(value, fields);
  if (key !== undefined) bad(place, field === "" ? key : `${field}.${key}`, notAField(key, fields, what), value[key]);
}

function checkIndicator(place: Place, indicator: unknown): Indicator {
  if (!isObject(indicator)) bad(place, "indicator", "must be an object", indicator);
  plain(place, "indicator", indicator);
  noExtra(place, "indicator", indicator, INDICATOR_FIELDS, "an indicator");
  const subject = text(place, "indicator.subject", indicator["subject"]);
  const measure = indicator["measure"];
  if (!isMeasure(measure)) {
    fail(place.where, at(place, "indicator.measure"), "is neither in MEASURES nor namespace:name", measure, "invalid-measure");
  }
  const out: Mutable<Indicator> = { subject, measure, unit: text(place, "indicator.unit", indicator["unit"]) };
  // every measure of the vocabulary counts people: "killed" in USD, or in USD a day, is a slip for a namespaced measure
  const not = isStandardMeasure(measure) ? notPeople(out.unit) : undefined;
  if (not !== undefined) {
    bad(place, "indicator.unit", `is ${not}, but the measure ${measure} counts people (use a namespaced measure for ${not === "money" ? "money" : "other quantities"})`, indicator["unit"]);
  }
  if (indicator["scope"] !== undefined) out.scope = text(place, "indicator.scope", indicator["scope"], "must not be empty (leave it out instead)");
  const includes = indicator["includes"];
  if (includes !== undefined) {
    if (measure !== "casualties") bad(place, "indicator.includes", `is for the casualties measure only, not ${measure}`, includes);
    if (
      !Array.isArray(includes) ||
      includes.length === 0 ||
      new Set(includes).size !== includes.length ||
      // Array.from reads a hole as undefined, which every() would skip
      !Array.from(includes).every((part) => (CASUALTY_PARTS as readonly unknown[]).includes(part))
    ) {
      bad(place, "indicator.includes", `must list distinct parts from ${CASUALTY_PARTS.join(", ")}`, includes);
    }
    out.includes = [...(includes as Indicator["includes"] & object)];
  }
  const aggregation = indicator["aggregation"];
  if (aggregation !== undefined) {
    if (!(AGGREGATIONS as readonly unknown[]).includes(aggregation)) bad(place, "indicator.aggregation", `must be one of ${AGGREGATIONS.join(", ")}`, aggregation);
    out.aggregation = aggregation as Indicator["aggregation"];
  }
  return out;
}

/**
 * `indicator` checked as a claim's indicator is checked, trimmed as `claim()` trims it, or
 * undefined if the check refuses it (the caller then checks the claim in full, which names
 * what is wrong). @internal
 */
export function indicatorChecked(indicator: unknown): Indicator | undefined {
  try {
    return checkIndicator({ where: "", root: "", code: "invalid-claim" }, indicator);
  } catch {
    return undefined;
  }
}

/**
 * Why an "at most" estimate allows no value, which `checkEstimate` would only call "not an
 * estimate": an upper bound is read from 0, so one below 0 (or "fewer than 0") leaves nothing.
 */
function boundProblem(estimate: unknown, people: boolean): string | undefined {
  if (!isObject(estimate) || estimate["kind"] !== "atMost") return undefined;
  const { value, strict } = estimate;
  if (typeof value !== "number" || !Number.isFinite(value)) return undefined;
  const bound = value < 0 ? "an upper bound below 0" : value === 0 && strict === true ? "fewer than 0" : undefined;
  if (bound === undefined) return undefined;
  const why = people ? "a count of people is never below zero" : "write a figure below 0 as exact, approximate or a range";
  return `is not an estimate: ${bound} allows no ${people ? "count" : "value"} ("at most" is read from 0; ${why})`;
}

/**
 * Times read so far by their text, for a caller checking many claims at once: a list of claims
 * repeats its dates many times over. Filled up to {@link PERIODS_KEPT} times. @internal
 */
export type PeriodsRead = Map<string, Period>;

/** How many times a {@link PeriodsRead} keeps: every day of 179 years; a list of claims each at a time of its own gains nothing from more. @internal */
export const PERIODS_KEPT = 65_536;

function checkTime(place: Place, field: string, value: unknown, periods?: PeriodsRead): Period {
  const known = typeof value === "string" ? periods?.get(value) : undefined;
  if (known !== undefined) return known;
  const read = parsePeriod(value as string);
  if (!read.ok) bad(place, field, `must be an EDTF date or interval (${read.reason})`, value);
  if (periods !== undefined && periods.size < PERIODS_KEPT) periods.set(value as string, read.value);
  return read.value;
}

/** The kinds of status, in the order `ClaimStatusSchema` lists them. */
const STATUS_KINDS = ["preferred", "normal", "deprecated"];

/** Why `kind` is no kind of status: the kinds, and the one meant (another case, or a letter or two off). */
function notAStatusKind(kind: unknown): string {
  const kinds = `the kinds are ${STATUS_KINDS.map((k) => JSON.stringify(k)).join(", ")}`;
  if (typeof kind !== "string") return `must be the kind of the status (${kinds})`;
  const meant = STATUS_KINDS.find((k) => k === kind.trim().toLowerCase()) ?? nearestField(kind.trim(), STATUS_KINDS)?.slice("did you mean ".length, -1);
  return `${show(kind)} is not a kind of status (${kinds}${meant === undefined ? "" : `; did you mean ${JSON.stringify(meant)}?`})`;
}

function checkStatus(place: Place, status: unknown, id: string): ClaimStatus {
  if (status === undefined) return { kind: "normal" };
  if (!isObject(status) || Array.isArray(status)) bad(place, "status", 'must be { kind: "preferred" | "normal" | "deprecated" }', status);
  plain(place, "status", status);
  const kind = status["kind"];
  // the kind first: the fields a status may hold follow from it
  if (!STATUS_KINDS.includes(kind as string)) bad(place, "status.kind", notAStatusKind(kind), kind);
  noExtra(place, "status", status, kind === "deprecated" ? STATUS_FIELDS : ["kind"], `a ${kind as string} status`);
  if (kind === "preferred" || kind === "normal") return status as ClaimStatus;
  const { reason, supersededBy } = status as Readonly<Record<string, unknown>>;
  if (!isText(reason)) bad(place, "status.reason", "must say why a deprecated claim is deprecated", reason);
  if (supersededBy !== undefined && !isId(supersededBy)) {
    bad(place, "status.supersededBy", "must be a claim id: non-empty text without whitespace", supersededBy);
  }
  if (supersededBy === id) bad(place, "status.supersededBy", "must name another claim: a claim cannot be superseded by itself", supersededBy);
  return status as ClaimStatus;
}

/**
 * Checks a claim as `ClaimSchema` would, with `status` optional (normal when
 * left out), and returns its indicator trimmed, its status filled in, and
 * its valid and report times read (through `periods`, if given).
 * Throws `code` (`invalid-claim` by default) naming the field, or
 * `invalid-measure` and `estimate-unit-mismatch` for those. @internal
 */
export function checkClaim(where: string, root: string, value: unknown, code: FogcountErrorCode = "invalid-claim", periods?: PeriodsRead): CheckedClaim {
  const place: Place = { where, root, code };
  if (!isObject(value) || Array.isArray(value)) fail(where, root || "init", "must be a claim object", value, code);
  plain(place, "", value);
  noExtra(place, "", value, CLAIM_FIELDS, "a claim");
  const id = value["id"];
  if (!isId(id)) bad(place, "id", "must be non-empty text without whitespace", id);
  const indicator = checkIndicator(place, value["indicator"]);
  const bound = boundProblem(value["estimate"], countsPeople(indicator));
  if (bound !== undefined) bad(place, "estimate", bound, value["estimate"]);
  const interval = checkEstimate(value["estimate"] as Estimate, where, at(place, "estimate"), code);
  // as claim() refuses it: a history, a consensus or a latest figure would otherwise show fewer than no one
  if (interval.low < 0 && countsPeople(indicator)) bad(place, "estimate", `is a count of people (${indicator.measure}), which cannot go below zero`, value["estimate"]);
  const estimate = value["estimate"] as Readonly<Record<string, unknown>>;
  noExtra(place, "estimate", estimate, ESTIMATE_FIELDS[estimate["kind"] as string] ?? [], "an estimate of this kind");
  // units are trimmed, normalized text, as the schemas read them: " person" is "person"
  const unit = keyText((value["estimate"] as Estimate).unit);
  if (unit !== indicator.unit) {
    fail(where, at(place, "estimate.unit"), `differs from the indicator's unit ${JSON.stringify(indicator.unit)}`, unit, "estimate-unit-mismatch");
  }
  const validTime = checkTime(place, "validTime", value["validTime"], periods);
  const reportedAt = checkTime(place, "reportedAt", value["reportedAt"], periods);
  if (value["recordedAt"] !== undefined) checkTime(place, "recordedAt", value["recordedAt"], periods);
  raise(where, at(place, "attribution"), attributionProblem(value["attribution"]), code);
  if (value["text"] !== undefined && typeof value["text"] !== "string") bad(place, "text", "must be text", value["text"]);
  const modality = value["modality"];
  if (modality !== undefined && !(MODALITIES as readonly unknown[]).includes(modality)) bad(place, "modality", `must be one of ${MODALITIES.join(", ")}`, modality);
  const restates = value["restates"];
  if (restates !== undefined && !(isId(restates) && restates !== id)) {
    bad(place, "restates", "must be the id of another claim: non-empty text without whitespace", restates);
  }
  return { indicator, status: checkStatus(place, value["status"], id), validTime, reportedAt };
}

/** What {@link checkClaim} reads from a claim. @internal */
export interface CheckedClaim {
  readonly indicator: Indicator;
  readonly status: ClaimStatus;
  readonly validTime: Period;
  readonly reportedAt: Period;
}
