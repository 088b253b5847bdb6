// Checking a casualty breakdown from outside, without zod: the rules of
// CasualtyBreakdownSchema, for every function that takes a breakdown. Not
// exported from the package.

import { fail, isObject } from "../_lib/assert.js";
import { extraField, notAField } from "../_lib/fields.js";
import { checkClaim } from "../claim/check.js";
import { CASUALTY_PARTS, notPeople } from "../claim/measures.js";
import type { CasualtyPart } from "../claim/measures.js";
import type { Claim } from "../claim/schema.js";
import { FogcountError } from "../errors.js";
import type { FogcountErrorCode } from "../errors.js";
import { periodDays } from "../revision/clock.js";
import { parsePeriod } from "../time/edtf.js";
import type { Interval } from "../estimate/interval.js";
import { checkEstimate } from "../estimate/read.js";
import type { Estimate } from "../estimate/schema.js";
import type { CasualtyBreakdown } from "./schema.js";
import { BREAKDOWN_FIELDS, CASUALTY_STATES, measureOf, sameParts } from "./vocabulary.js";
import type { BreakdownField, CasualtyState } from "./vocabulary.js";

/** A field as read: what the source says instead of a figure, or the figure and the values it allows. @internal */
export type Cell = { readonly state: CasualtyState } | { readonly estimate: Estimate; readonly interval: Interval };

/** A breakdown as read: its cells, the parts the total counts (in the order of `CASUALTY_PARTS`), its unit and its claims. @internal */
export interface ReadBreakdown {
  readonly cells: Readonly<Record<BreakdownField, Cell>>;
  readonly includes: readonly CasualtyPart[];
  /** The unit of its figures; undefined when it gives none. */
  readonly unit: string | undefined;
  readonly claims: Readonly<Partial<Record<BreakdownField, Claim>>>;
}

/** The fields a breakdown may hold. */
const FIELDS: readonly string[] = [...BREAKDOWN_FIELDS, "includes", "claims"];

/** The parts a list names, in the order of `CASUALTY_PARTS`; `code` for anything but a non-empty list of distinct parts. @internal */
export function checkIncludes(where: string, path: string, value: unknown, code: FogcountErrorCode): CasualtyPart[] {
  const parts = CASUALTY_PARTS as readonly unknown[];
  // Array.from reads a hole as undefined, which every() would skip
  if (!Array.isArray(value) || value.length === 0 || new Set(value).size !== value.length || !Array.from(value).every((p) => parts.includes(p))) {
    fail(where, path, `must list distinct parts from ${CASUALTY_PARTS.join(", ")}`, value, code);
  }
  return CASUALTY_PARTS.filter((part) => (value as unknown[]).includes(part));
}

function sameInterval(a: Interval, b: Interval): boolean {
  return a.low === b.low && a.high === b.high && a.lowOpen === b.lowOpen && a.highOpen === b.highOpen && a.best === b.best;
}

/** Reads one field: a state, or an estimate of a count in the breakdown's unit. */
function cellOf(where: string, path: string, value: unknown, unit: string | undefined, code: FogcountErrorCode): Cell {
  if (typeof value === "string") {
    if (!(CASUALTY_STATES as readonly string[]).includes(value)) fail(where, path, `must be an estimate or one of ${CASUALTY_STATES.map((s) => `"${s}"`).join(", ")}`, value, code);
    return { state: value as CasualtyState };
  }
  const interval = checkEstimate(value as Estimate, where, path, code);
  if (interval.low < 0) fail(where, path, "is a count of casualties and cannot go below zero", value, code);
  const estimate = value as Estimate;
  const not = notPeople(estimate.unit);
  if (not !== undefined) fail(where, `${path}.unit`, `is ${not}, but a breakdown counts people`, estimate.unit, code);
  if (unit !== undefined && estimate.unit !== unit) fail(where, `${path}.unit`, `differs from the unit of the breakdown's other figures (${JSON.stringify(unit)})`, estimate.unit, code);
  return { estimate, interval };
}

function claimsOf(where: string, path: string, value: unknown, cells: Readonly<Record<BreakdownField, Cell>>, includes: readonly CasualtyPart[], code: FogcountErrorCode): Partial<Record<BreakdownField, Claim>> {
  if (value === undefined) return {};
  if (!isObject(value) || Array.isArray(value)) fail(where, path, "must map fields to the claims their figures come from", value, code);
  const out: Partial<Record<BreakdownField, Claim>> = {};
  for (const key of Object.keys(value)) {
    if (!(BREAKDOWN_FIELDS as readonly string[]).includes(key)) fail(where, `${path}.${key}`, `is not a field of a breakdown (${BREAKDOWN_FIELDS.join(", ")})`, value[key], code);
    const field = key as BreakdownField;
    const c = value[key];
    if (c === undefined) continue;
    const at = `${path}.${field}`;
    const { indicator } = checkClaim(where, at, c, code);
    const cell = cells[field];
    if (indicator.measure !== measureOf(field)) fail(where, `${at}.indicator.measure`, `must be ${measureOf(field)} for the ${field} figure`, indicator.measure, code);
    const stated = checkEstimate((c as Claim).estimate, where, `${at}.estimate`, code);
    if (!("interval" in cell) || (c as Claim).estimate.kind !== cell.estimate.kind || (c as Claim).estimate.unit !== cell.estimate.unit || !sameInterval(stated, cell.interval)) {
      fail(where, `${at}.estimate`, `must be the breakdown's ${field} figure`, (c as Claim).estimate, code);
    }
    if (field === "total" && indicator.includes !== undefined && !sameParts(indicator.includes, includes)) {
      fail(where, `${at}.indicator.includes`, `counts other parts than the breakdown's includes (${includes.join(", ")})`, indicator.includes, code);
    }
    out[field] = c as Claim;
  }
  return out;
}

/**
 * Refuses (`mixed-breakdown`) claims of one breakdown that are not one originator's figures
 * about one subject and scope at one valid time (a stock by its last day): a part derived from
 * them would subtract one source's January count from another's April total. @internal
 */
export function checkOneBasis(where: string, path: string, claims: Readonly<Partial<Record<BreakdownField, Claim>>>): void {
  const fields = BREAKDOWN_FIELDS.filter((f) => claims[f] !== undefined);
  const first = claims[fields[0] as BreakdownField];
  if (first === undefined) return;
  const basis = (c: Claim): readonly [string, string][] => [
    ["originator", c.attribution.originator.id],
    ["subject", c.indicator.subject],
    ["scope", c.indicator.scope ?? ""],
    ["valid time", lastDay(c.validTime)],
  ];
  const want = basis(first);
  for (const f of fields.slice(1)) {
    const c = claims[f] as Claim;
    const differs = basis(c).find(([, v], i) => v !== (want[i] as [string, string])[1]);
    if (differs !== undefined) {
      const [name] = differs;
      throw new FogcountError("mixed-breakdown", `${where}: ${path}.${f} (${JSON.stringify(c.id)}) and ${path}.${fields[0]} (${JSON.stringify(first.id)}) differ in their ${name}: a breakdown is one originator's figures about one subject at one time, and a part derived from both would mix two counts`, { field: name, claims: [first.id, c.id] });
    }
  }
}

/** The last day of a valid time, as the clocks count it (a stock by its last day: "2025-04" and "2025-04-30" are one time). */
function lastDay(validTime: string): string {
  const read = parsePeriod(validTime);
  return read.ok ? String(periodDays(read.value).last) : validTime;
}

/**
 * Checks a breakdown as `CasualtyBreakdownSchema` would and reads it; throws
 * `code` (`invalid-breakdown` by default) naming the field, and for a field a breakdown does
 * not have ("wonded"), the field most likely meant. @internal
 */
export function readBreakdown(where: string, path: string, value: unknown, code: FogcountErrorCode = "invalid-breakdown"): ReadBreakdown {
  if (!isObject(value) || Array.isArray(value)) fail(where, path, "must be a casualty breakdown", value, code);
  const b = value as Readonly<Record<string, unknown>>;
  // a misspelt field ("wonded") would leave the figure it meant unread: refused by name
  const extra = extraField(b, FIELDS);
  if (extra !== undefined) fail(where, `${path}.${extra}`, notAField(extra, FIELDS, "a casualty breakdown"), b[extra], code);
  const cells = {} as Record<BreakdownField, Cell>;
  let unit: string | undefined;
  for (const field of BREAKDOWN_FIELDS) {
    const cell = cellOf(where, `${path}.${field}`, b[field], unit, code);
    cells[field] = cell;
    if ("estimate" in cell) unit ??= cell.estimate.unit;
  }
  const includes = checkIncludes(where, `${path}.includes`, b["includes"], code);
  const claims = claimsOf(where, `${path}.claims`, b["claims"], cells, includes, code);
  return { cells, includes, unit, claims };
}

/** The breakdown of read cells, its includes and its claims (left out when there are none). @internal */
export function breakdownOf(cells: Readonly<Record<BreakdownField, Cell>>, includes: readonly CasualtyPart[], claims: Readonly<Partial<Record<BreakdownField, Claim>>>): CasualtyBreakdown {
  const value = (field: BreakdownField): CasualtyBreakdown[BreakdownField] => {
    const cell = cells[field];
    return "state" in cell ? cell.state : cell.estimate;
  };
  return {
    killed: value("killed"),
    wounded: value("wounded"),
    missing: value("missing"),
    captured: value("captured"),
    total: value("total"),
    includes: [...includes],
    ...(Object.keys(claims).length > 0 && { claims: Object.fromEntries(BREAKDOWN_FIELDS.filter((f) => claims[f] !== undefined).map((f) => [f, claims[f]])) }),
  };
}
