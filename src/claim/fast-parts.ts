// The parts of a claim of the usual shapes, each checked as `checkClaim` checks it and kept as
// `frozenCopy` keeps it, for `fastClaim`: a part the rules refuse, or of another shape, is
// `undefined` (the claim is then read by the general path). The parts many claims hold alike
// (an indicator, a source, an attribution, a status) are checked and copied once a list.
// Not exported from the package.

import { isId, isText } from "../_lib/assert.js";
import type { Estimate } from "../estimate/schema.js";
import { sourceProblem } from "../provenance/check.js";
import type { Attribution, Source } from "../provenance/schema.js";
import { parsePeriod } from "../time/edtf.js";
import { indicatorChecked, PERIODS_KEPT } from "./check.js";
import type { PeriodsRead } from "./check.js";
import type { ClaimStatus, Indicator } from "./schema.js";

/** An object read field by field. @internal */
export type Loose = Readonly<Record<string, unknown>>;

/** What one list's claims share, read once: checked indicators, sources and attributions by what they hold, parts found deeply frozen. @internal */
export interface ClaimParts {
  /** Checked, trimmed, frozen indicators of the fields subject, measure, unit (and scope, aggregation), by their text. */
  readonly indicators: Map<string, Map<string, Map<string, Indicator>>>;
  /** The same, for indicators with a scope or aggregation, by all five fields. */
  readonly scoped: Map<string, Indicator>;
  /** Checked, frozen copies of sources (or sources kept, deeply frozen), by id. */
  readonly sources: Map<string, Source[]>;
  /** Frozen attributions `{ originator }`, by the source kept. */
  readonly attributions: Map<Source, Attribution>;
  /** Sources given deeply frozen and checked (`true`), or found not to be (`false`). */
  readonly sourcesKept: Map<object, boolean>;
  readonly periods: PeriodsRead;
}

/**
 * Room for the parts of one list's claims; `undefined` if `Object.prototype` has an enumerable
 * property, which a `for…in` would read as a field (the general path copies own fields only). @internal
 */
export function claimParts(periods: PeriodsRead): ClaimParts | undefined {
  for (const key in {}) if (key !== undefined) return undefined;
  return { indicators: new Map(), scoped: new Map(), sources: new Map(), attributions: new Map(), sourcesKept: new Map(), periods };
}

const NORMAL: ClaimStatus = Object.freeze({ kind: "normal" });
const PREFERRED: ClaimStatus = Object.freeze({ kind: "preferred" });

/** Whether `value` is an object with `Object.prototype` as its prototype (not an array, not a class instance). @internal */
export function isPlainObject(value: unknown): value is Loose {
  return typeof value === "object" && value !== null && Object.getPrototypeOf(value) === Object.prototype;
}

/**
 * Whether frozen `value` (of `count` enumerable fields, by `for…in`) holds only enumerable data
 * properties, as `frozenCopy` asks of a part it keeps: a getter could answer otherwise later.
 * @internal
 */
export function dataOnly(value: object, count: number): boolean {
  const names = Object.getOwnPropertyNames(value);
  let ok = names.length === count;
  for (let k = 0; ok && k < names.length; k++) {
    const d = Object.getOwnPropertyDescriptor(value, names[k] as string);
    ok = d !== undefined && "value" in d && d.enumerable === true;
  }
  return ok;
}

/** Whether `text` is an EDTF time, read once a list (`checkTime`'s rule). @internal */
export function isTime(parts: ClaimParts, text: unknown): boolean {
  if (typeof text !== "string") return false;
  if (parts.periods.has(text)) return true;
  const read = parsePeriod(text);
  if (read.ok && parts.periods.size < PERIODS_KEPT) parts.periods.set(text, read.value);
  return read.ok;
}

/** The checked, trimmed indicator kept for `given` (the given object if deeply frozen and trimmed already), or undefined. @internal */
export function indicatorOf(parts: ClaimParts, given: unknown): Indicator | undefined {
  if (!isPlainObject(given)) return undefined;
  let n = 0;
  let subject: unknown, measure: unknown, unit: unknown, scope: unknown, aggregation: unknown;
  for (const key in given) {
    const v = given[key];
    if (key === "subject" && n === 0) subject = v;
    else if (key === "measure" && n === 1) measure = v;
    else if (key === "unit" && n === 2) unit = v;
    else if (key === "scope" && n === 3 && v !== undefined) scope = v;
    else if (key === "aggregation" && n >= 3 && aggregation === undefined && v !== undefined) aggregation = v;
    else return undefined;
    n++;
  }
  if (typeof subject !== "string" || typeof measure !== "string" || typeof unit !== "string") return undefined;
  if (!(scope === undefined || typeof scope === "string") || !(aggregation === undefined || typeof aggregation === "string")) return undefined;
  // the usual indicator (no scope, no aggregation) by its three texts; the others by all five, written unambiguously
  let byUnit: Map<string, Indicator>;
  let key = unit;
  if (scope === undefined && aggregation === undefined) {
    let byMeasure = parts.indicators.get(subject);
    if (byMeasure === undefined) parts.indicators.set(subject, (byMeasure = new Map()));
    const found = byMeasure.get(measure);
    if (found === undefined) byMeasure.set(measure, (byUnit = new Map()));
    else byUnit = found;
  } else {
    byUnit = parts.scoped;
    key = JSON.stringify([subject, measure, unit, scope, aggregation]);
  }
  let kept = byUnit.get(key);
  if (kept === undefined) {
    const checked = indicatorChecked(given);
    if (checked === undefined) return undefined;
    byUnit.set(key, (kept = Object.freeze(checked)));
  }
  if (!Object.isFrozen(given)) return kept;
  // a deeply frozen indicator is kept as it is, if it needs no trimming
  const trimmed = kept.subject === subject && kept.unit === unit && kept.scope === scope;
  return trimmed && dataOnly(given, n) ? (given as unknown as Indicator) : undefined;
}

/** The source kept for `given`: a frozen copy, one for all sources that hold the same, or `given` if deeply frozen. */
function sourceOf(parts: ClaimParts, given: unknown): Source | undefined {
  if (!isPlainObject(given)) return undefined;
  let n = 0;
  let id: unknown, kind: unknown, name: unknown, country: unknown, reliability: unknown;
  for (const key in given) {
    const v = given[key];
    if (v === undefined) return undefined;
    if (key === "id" && n === 0) id = v;
    else if (key === "kind" && n === 1) kind = v;
    else if (key === "name" && n === 2) name = v;
    else if (key === "country" && n === 3) country = v;
    else if (key === "reliability" && n >= 3 && reliability === undefined) reliability = v;
    else return undefined;
    n++;
  }
  if (typeof id !== "string") return undefined;
  if (Object.isFrozen(given)) {
    let ok = parts.sourcesKept.get(given);
    if (ok === undefined) {
      ok = dataOnly(given, n) && sourceProblem(given) === undefined;
      if (parts.sourcesKept.size < PERIODS_KEPT) parts.sourcesKept.set(given, ok);
    }
    return ok === true ? (given as unknown as Source) : undefined;
  }
  let list = parts.sources.get(id);
  if (list === undefined) parts.sources.set(id, (list = []));
  for (const s of list) {
    if (s.kind === kind && s.name === name && s.country === country && s.reliability === reliability) return s;
  }
  if (sourceProblem(given) !== undefined) return undefined;
  const copy = Object.freeze({ id, kind, name, ...(country !== undefined && { country }), ...(reliability !== undefined && { reliability }) } as Source);
  if (list.length < 16) list.push(copy);
  return copy;
}

/** The attribution kept for `given` (`{ originator }` only), or undefined. @internal */
export function attributionOf(parts: ClaimParts, given: unknown): Attribution | undefined {
  if (!isPlainObject(given)) return undefined;
  let originator: unknown;
  let n = 0;
  for (const key in given) {
    if (key !== "originator" || n++ > 0) return undefined;
    originator = given[key];
  }
  const source = sourceOf(parts, originator);
  if (source === undefined) return undefined;
  if (Object.isFrozen(given)) return source === originator && dataOnly(given, 1) ? (given as unknown as Attribution) : undefined;
  let kept = parts.attributions.get(source);
  if (kept === undefined) parts.attributions.set(source, (kept = Object.freeze({ originator: source })));
  return kept;
}

/**
 * The estimate kept for `given` in the indicator's `unit` (as written `raw`): an exact or
 * approximate count of at least 0, `{ kind, value, unit }` with a `hedge` after the value or
 * the unit; its frozen copy, or `given` if deeply frozen; else undefined.
 * @internal
 */
export function estimateOf(given: unknown, raw: string, unit: string): Estimate | undefined {
  if (!isPlainObject(given)) return undefined;
  let n = 0;
  let kind: unknown, value: unknown, hedge: unknown, own: unknown;
  let hedgeFirst = false;
  for (const key in given) {
    const v = given[key];
    if (key === "kind" && n === 0) kind = v;
    else if (key === "value" && n === 1) value = v;
    else if (key === "unit" && own === undefined && n >= 2) own = v;
    else if (key === "hedge" && hedge === undefined && n >= 2) {
      hedge = v;
      hedgeFirst = own === undefined;
    } else return undefined;
    n++;
  }
  // a point of 0 or more counts anyone; anything else (a negative count of people, NaN) is left to the general check
  if (!(typeof value === "number" && value >= 0 && value < Infinity) || own !== raw) return undefined;
  if (kind === "exact" ? hedge !== undefined || n !== 3 : !(kind === "approx" && (n === 3 || (typeof hedge === "string" && hedge !== "")))) return undefined;
  if (Object.isFrozen(given)) return raw === unit && dataOnly(given, n) ? (given as unknown as Estimate) : undefined;
  const copy = n === 3 ? { kind, value, unit } : hedgeFirst ? { kind, value, hedge, unit } : { kind, value, unit, hedge };
  return Object.freeze(copy) as Estimate;
}

/** The status kept for `given` (left out: undefined, as the copy leaves it out), or `null` for one to leave to the general check. @internal */
export function statusOf(given: unknown, id: string): ClaimStatus | undefined | null {
  if (!isPlainObject(given)) return null;
  let n = 0;
  let kind: unknown, reason: unknown, supersededBy: unknown;
  for (const key in given) {
    const v = given[key];
    if (key === "kind" && n === 0) kind = v;
    else if (key === "reason" && n === 1) reason = v;
    else if (key === "supersededBy" && n === 2 && v !== undefined) supersededBy = v;
    else return null;
    n++;
  }
  if (n === 1 && (kind === "normal" || kind === "preferred")) return Object.isFrozen(given) ? (dataOnly(given, 1) ? (given as unknown as ClaimStatus) : null) : kind === "normal" ? NORMAL : PREFERRED;
  if (kind !== "deprecated" || !isText(reason) || !(supersededBy === undefined || (isId(supersededBy) && supersededBy !== id))) return null;
  if (Object.isFrozen(given)) return dataOnly(given, n) ? (given as unknown as ClaimStatus) : null;
  return Object.freeze(n === 2 ? { kind, reason } : { kind, reason, supersededBy }) as ClaimStatus;
}
