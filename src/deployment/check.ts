// Checking waves from outside, without zod: the rules of DeploymentSchema,
// for deployment() and for every function that takes waves, and the list
// rules (unique ids, known references, no circles). Not exported from the package.

import { otherForm } from "../_lib/forms.js";
import { fail, isId, isObject, notPlain, raise } from "../_lib/assert.js";
import { MODALITIES } from "../claim/kinds.js";
import type { ClaimModality } from "../claim/kinds.js";
import { FogcountError } from "../errors.js";
import type { FogcountErrorCode } from "../errors.js";
import { noFigureWords } from "../estimate/no-figure.js";
import { checkEstimate } from "../estimate/read.js";
import type { Estimate } from "../estimate/schema.js";
import { attributionProblem } from "../provenance/check.js";
import { clockBounds, OPEN_END, OPEN_START, periodDays } from "../revision/clock.js";
import { parsePeriod } from "../time/edtf.js";
import { isDeploymentCategory, waveUnitProblem } from "./categories.js";
import type { Deployment } from "./schema.js";

/** A wave as the functions of this room compute with it: checked, its times read once. @internal */
export interface Wave {
  readonly d: Deployment;
  /** Its place in the list given. */
  readonly index: number;
  /** The first and last day of its period as day numbers (OPEN_START, OPEN_END for an open end). */
  readonly start: number;
  readonly end: number;
  /** The same days as ISO dates; null for an open end. */
  readonly startIso: string | null;
  readonly endIso: string | null;
  /** What it is counted as: its own modality, or, for a wave asserted (or with none), its `claimModality` when that is not asserted. */
  readonly modality: ClaimModality;
  /** The ids it replaces, as a list. */
  readonly replaces: readonly string[];
  /** The words of a size of 0 that say no figure was given ("n/a", "—"), whose size `d` holds as at least 0: unknown is not zero. */
  readonly unknownSize?: string;
}

/** A wave whose size is a 0 that stands for no figure, with the size read as at least 0; the wave as it is otherwise. */
function unknownZero(d: Deployment): { d: Deployment; unknownSize?: string } {
  const words = noFigureWords(d.size);
  if (words === undefined) return { d };
  return { d: { ...d, size: { kind: "atLeast", value: 0, strict: false, unit: d.size.unit, text: words } }, unknownSize: words };
}

/** The fields of a wave, written out so that the check bundles no table. */
const FIELDS = ["id", "from", "to", "category", "size", "period", "reportedAt", "attribution", "modality", "adds", "replaces", "claim", "claimModality"];

/** The number of edits (insert, delete, change one letter) from `a` to `b`. */
function edits(a: string, b: string): number {
  let row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const next = [i];
    for (let j = 1; j <= b.length; j++) next.push(Math.min((row[j] as number) + 1, (next[j - 1] as number) + 1, (row[j - 1] as number) + (a[i - 1] === b[j - 1] ? 0 : 1)));
    row = next;
  }
  return row[b.length] as number;
}

/** Refuses a field a wave does not have, suggesting the nearest one within two edits: a typo is never ignored. */
function checkKeys(where: string, at: (field: string) => string, value: Record<string, unknown>, code: FogcountErrorCode): void {
  for (const key of Object.keys(value)) {
    if (FIELDS.includes(key)) continue;
    const near = FIELDS.map((f) => [f, edits(key.toLowerCase(), f.toLowerCase())] as const).filter(([, n]) => n <= 2).sort((x, y) => x[1] - y[1])[0];
    const hint = near === undefined ? "" : ` (did you mean ${near[0]}?)`;
    fail(where, at(key), `is not a field of a wave${hint}; the fields are ${FIELDS.join(", ")}`, value[key], code);
  }
}

const isCountry = (v: unknown): boolean => typeof v === "string" && /^[A-Z]{2}$/.test(v);

/** A time's first and last day as ISO dates (for messages) and as day numbers, both as the clocks place them (a time of day on its day in UTC). */
function time(where: string, path: string, value: unknown, code: FogcountErrorCode): { earliest: string | null; latest: string | null; first: number; last: number } {
  const read = parsePeriod(value as string);
  if (!read.ok) fail(where, path, `must be an EDTF date or interval (${read.reason})`, value, code);
  const { first, last } = periodDays(read.value);
  return { ...clockBounds(read.value), first: first ?? OPEN_START, last: last ?? OPEN_END };
}

function replacesOf(where: string, path: string, value: unknown, id: string, code: FogcountErrorCode): string[] {
  if (value === undefined) return [];
  const list = typeof value === "string" ? [value] : Array.isArray(value) && value.length > 0 ? Array.from(value as unknown[]) : undefined;
  if (list === undefined || !list.every(isId) || new Set(list).size !== list.length || list.includes(id)) {
    fail(where, path, "must be the id of another wave, or a list of distinct ids of others", value, code);
  }
  return list;
}

/**
 * Checks a wave as `DeploymentSchema` would and reads its times; throws
 * `code` (`invalid-deployment` by default) naming the field. @internal
 */
export function checkWave(where: string, path: string, value: unknown, index = 0, code: FogcountErrorCode = "invalid-deployment"): Wave {
  const at = (field: string) => (path === "" ? field : `${path}.${field}`);
  const bad = (field: string, why: string, v: unknown): never => fail(where, at(field), why, v, code);
  if (!isObject(value) || Array.isArray(value)) fail(where, path || "init", "must be a deployment object", value, code);
  const why = notPlain(value);
  if (why !== undefined) fail(where, path || "init", why, value, code);
  checkKeys(where, at, value, code);
  const id = value["id"];
  if (!isId(id)) bad("id", "must be non-empty text without whitespace", id);
  if (!isCountry(value["from"])) bad("from", "must be two uppercase letters (ISO 3166-1 alpha-2)", value["from"]);
  if (!isCountry(value["to"])) bad("to", "must be two uppercase letters (ISO 3166-1 alpha-2)", value["to"]);
  if (value["to"] === value["from"]) bad("to", "must be another country than from (a wave is sent from one country to another)", value["to"]);
  if (!isDeploymentCategory(value["category"])) bad("category", "is neither in DEPLOYMENT_CATEGORIES nor namespace:name", value["category"]);
  const size = checkEstimate(value["size"] as Estimate, where, at("size"), code);
  if (size.low < 0) bad("size", "must not go below zero", value["size"]);
  const unitProblem = waveUnitProblem(value["category"] as string, (value["size"] as Estimate).unit);
  if (unitProblem !== undefined) bad("size.unit", unitProblem, (value["size"] as Estimate).unit);
  const period = time(where, at("period"), value["period"], code);
  time(where, at("reportedAt"), value["reportedAt"], code);
  raise(where, at("attribution"), attributionProblem(value["attribution"]), code);
  const modality = value["modality"] === undefined ? "asserted" : value["modality"];
  if (!(MODALITIES as readonly unknown[]).includes(modality)) bad("modality", `must be one of ${MODALITIES.join(", ")}, or left out`, value["modality"]);
  const adds = value["adds"];
  if (adds !== undefined && (!isId(adds) || adds === id)) bad("adds", "must be the id of another wave", adds);
  const replaces = replacesOf(where, at("replaces"), value["replaces"], id as string, code);
  if (adds !== undefined && replaces.length > 0) bad("replaces", "cannot be given with adds: a wave adds to one wave or replaces others", value["replaces"]);
  if (value["claim"] !== undefined && !isId(value["claim"])) bad("claim", "must be a claim id: non-empty text without whitespace", value["claim"]);
  const onClaim = value["claimModality"];
  if (onClaim !== undefined && !(MODALITIES as readonly unknown[]).includes(onClaim)) bad("claimModality", `must be one of ${MODALITIES.join(", ")}, or left out`, onClaim);
  if (onClaim !== undefined && value["claim"] === undefined) bad("claimModality", "is what the wave's claim is: give the claim", onClaim);
  return {
    ...unknownZero(value as unknown as Deployment),
    index,
    start: period.first,
    end: period.last,
    startIso: period.earliest,
    endIso: period.latest,
    modality: (modality === "asserted" && onClaim !== undefined ? onClaim : modality) as ClaimModality,
    replaces,
  };
}

/**
 * Checks a list of waves given to `where`: each a wave, ids unique, every
 * `adds` and `replaces` naming a wave of the list, no circle of references.
 * Returns the waves read, in the order given, and a map from id. @internal
 */
export function checkWaves(where: string, list: unknown): { waves: readonly Wave[]; byId: ReadonlyMap<string, Wave> } {
  if (!Array.isArray(list)) fail(where, "deployments", "must be an array of deployment waves", list);
  const waves: Wave[] = [];
  const byId = new Map<string, Wave>();
  for (let i = 0; i < list.length; i++) {
    const wave = checkWave(where, `deployments[${i}]`, list[i], i);
    const seen = byId.get(wave.d.id);
    if (seen !== undefined) {
      throw new FogcountError("duplicate-deployment-id", `${where}: deployments[${i}] has the id ${JSON.stringify(wave.d.id)} of deployments[${seen.index}]`, { id: wave.d.id });
    }
    byId.set(wave.d.id, wave);
    waves.push(wave);
  }
  for (const wave of waves) {
    for (const ref of referencesOf(wave)) {
      if (!byId.has(ref)) {
        const field = wave.d.adds === ref ? "adds" : "replaces";
        const hint = otherForm(byId.keys(), ref);
        fail(where, `deployments[${wave.index}].${field}`, `names a wave that is not in the list (the list is not whole)${hint}`, ref, "unknown-wave");
      }
    }
  }
  for (const wave of waves) for (const ref of referencesOf(wave)) checkSameThing(where, wave, byId.get(ref) as Wave);
  findCycle(where, waves, byId);
  return { waves, byId };
}

/** What a wave counts: its route, category and unit, as text (`KP→RU troops in "person"`); waves that add to or replace one another count the same. @internal */
export const waveKind = (d: Pick<Deployment, "from" | "to" | "category" | "size">): string => `${d.from}→${d.to} ${d.category} in ${JSON.stringify(d.size.unit)}`;
const countedAs = (w: Wave): string => waveKind(w.d);

/**
 * Refuses a wave that adds to or replaces a wave of another route, category
 * or unit: "another 3,000 troops" adds to troops sent the same way, and a
 * total of one would otherwise count the other's increment or lose its base.
 */
function checkSameThing(where: string, wave: Wave, other: Wave): void {
  if (countedAs(wave) === countedAs(other)) return;
  const field = wave.d.adds === other.d.id ? "adds" : "replaces";
  throw new FogcountError(
    "mixed-indicators",
    `${where}: deployments[${wave.index}] (${countedAs(wave)}) ${field === "adds" ? "adds to" : "replaces"} ${JSON.stringify(other.d.id)} (${countedAs(other)}): a wave adds to or replaces a wave of its own route, category and unit`,
    { first: wave.d.id, second: other.d.id },
  );
}

/** The ids a wave refers to. @internal */
export function referencesOf(wave: Wave): readonly string[] {
  return wave.d.adds === undefined ? wave.replaces : [wave.d.adds];
}

function findCycle(where: string, waves: readonly Wave[], byId: ReadonlyMap<string, Wave>): void {
  // 0 unvisited, 1 on the path, 2 done; an iterative walk, so a long chain cannot overflow the stack
  const state = new Map<string, number>();
  for (const root of waves) {
    if (state.get(root.d.id) === 2) continue;
    const stack: [Wave, number][] = [[root, 0]];
    state.set(root.d.id, 1);
    while (stack.length > 0) {
      const top = stack[stack.length - 1] as [Wave, number];
      const refs = referencesOf(top[0]);
      if (top[1] >= refs.length) {
        state.set(top[0].d.id, 2);
        stack.pop();
        continue;
      }
      const next = byId.get(refs[top[1]++] as string) as Wave;
      const s = state.get(next.d.id) ?? 0;
      if (s === 1) {
        const circle = [...stack.map(([w]) => w.d.id).slice(stack.findIndex(([w]) => w === next)), next.d.id];
        throw new FogcountError("wave-cycle", `${where}: the waves ${circle.join(" → ")} add to or replace each other in a circle`, { waves: circle });
      }
      if (s === 0) {
        state.set(next.d.id, 1);
        stack.push([next, 0]);
      }
    }
  }
}
