// Which waves are in force on a day, and how much of each counts: a wave
// counts in full from the last day of its period until a wave that replaces
// it is complete; while it is being sent, or being replaced, it counts as
// its size times an unstated share from 0 to 1. Not exported from the package.

import type { Claim } from "../claim/schema.js";
import { multiply, sumEstimates } from "../estimate/arithmetic.js";
import type { Estimate } from "../estimate/schema.js";
import { derived } from "../explain/derive.js";
import type { Figure } from "../explain/figure.js";
import { FogcountError } from "../errors.js";
import { describePeriod } from "../time/describe.js";
import { period } from "../time/edtf.js";
import type { Wave } from "./check.js";
import type { Selection } from "./select.js";

/** What a wave adds on a day: all of it, or an unstated share of it, and why. @internal */
export interface Contribution {
  readonly wave: Wave;
  /** Still being sent on the day (its period has not ended). */
  readonly arriving: boolean;
  /** Being replaced on the day: waves that replace it have begun, none is complete. */
  readonly leaving: readonly Wave[];
  /** A counted wave before it that it may report again (another originator and an overlapping period, or the same originator, period and report day; no link). */
  readonly doubtful?: Wave;
}

/** An unstated share, from none to all. */
const SHARE: Estimate = { kind: "range", low: 0, high: 1, unit: "1" };

/** A day in words: "30 April 2025". @internal */
export function dayInWords(iso: string): string {
  return describePeriod(period(iso));
}

function before(where: string, code: "increment-before-base" | "replacement-before-original", later: Wave, earlier: Wave, iso: string): never {
  const verb = code === "increment-before-base" ? "adds to" : "replaces";
  throw new FogcountError(
    code,
    `${where}: on ${iso}, ${JSON.stringify(later.d.id)} (${later.d.period}) has begun but ${JSON.stringify(earlier.d.id)} (${earlier.d.period}), which it ${verb}, has not: the waves' dates contradict each other, and no total is given for the days between`,
    { wave: later.d.id, base: earlier.d.id, date: iso },
  );
}

function onReplaced(where: string, w: Wave, r: Wave, iso: string): never {
  throw new FogcountError(
    "increment-on-replaced",
    `${where}: on ${iso}, ${JSON.stringify(w.d.id)} (${w.d.period}) adds to ${JSON.stringify(w.d.adds)}, which ${JSON.stringify(r.d.id)} (${r.d.period}) had begun to replace before it: whether it adds to the replacement or went with what was replaced is not said`,
    { wave: w.d.id, base: w.d.adds, replacement: r.d.id, date: iso },
  );
}

/**
 * The waves that replace `w`, if it is in force on `day` (ISO `iso`), on
 * which it has begun; undefined if one of them is complete by then. Throws
 * `increment-on-replaced` for an increment whose base a replacement had
 * begun to replace before it, and `increment-before-base` or
 * `replacement-before-original` for a wave in force whose base or original
 * has not begun. @internal
 */
export function replacementsInForce(where: string, s: Selection, w: Wave, day: number, iso: string): readonly Wave[] | undefined {
  const replacements = s.replacedBy.get(w.d.id) ?? [];
  const late = w.d.adds === undefined ? undefined : replacements.find((r) => !r.replaces.includes(w.d.id) && r.start <= w.start);
  if (late !== undefined) onReplaced(where, w, late, iso);
  if (replacements.some((r) => r.end <= day)) return undefined;
  const base = w.d.adds === undefined ? undefined : (s.byId.get(w.d.adds) as Wave);
  if (base !== undefined && base.start > day) before(where, "increment-before-base", w, base, iso);
  for (const id of w.replaces) {
    const original = s.byId.get(id) as Wave;
    if (s.countedIds.has(id) && original.start > day) before(where, "replacement-before-original", w, original, iso);
  }
  return replacements;
}

/**
 * The waves in force on `day` (ISO `iso`) and what each adds, in the order
 * given. Throws as {@link replacementsInForce} for the first wave begun by
 * then whose links its dates contradict. @internal
 */
export function stateAt(where: string, s: Selection, day: number, iso: string): Contribution[] {
  const out: Contribution[] = [];
  for (const w of s.counted) {
    if (w.start > day) continue;
    const replacements = replacementsInForce(where, s, w, day, iso);
    if (replacements === undefined) continue;
    const doubtful = s.doubtful.get(w.d.id);
    out.push({ wave: w, arriving: w.end > day, leaving: replacements.filter((r) => r.start <= day), ...(doubtful !== undefined && { doubtful }) });
  }
  return out;
}

/** What a wave adds while it is being sent or replaced: its size times an unstated share from 0 to 1. @internal */
export function partOf(w: Wave): Estimate {
  return multiply(w.d.size, SHARE);
}

/** The estimate a contribution adds: an unstated share of its wave while it arrives, is being replaced, or may report a wave counted already. @internal */
export function amountOf(c: Contribution): Estimate {
  return c.arriving || c.leaving.length > 0 || c.doubtful !== undefined ? partOf(c.wave) : c.wave.d.size;
}

/** The total of a day's contributions, in the selection's unit. @internal */
export function totalOf(s: Selection, contributions: readonly Contribution[]): Estimate {
  return sumEstimates(contributions.map(amountOf), { unit: s.unit });
}

/** When a wave was sent, in words: "sent during October 2024", but "sent from October 2024" for a period its words already place ("from October 2024", "by October 2024"). */
const sentOver = (when: string): string => (/^(?:from|by|until|before|after|since) /.test(when) ? `sent ${when}` : `sent during ${when}`);

/** A wave written as the claim it states, for the leaves of a figure. @internal */
export function waveClaim(w: Wave): Claim {
  const d = w.d;
  return {
    id: d.id,
    indicator: {
      subject: `${d.from.toLowerCase()}-${d.category}-in-${d.to.toLowerCase()}`,
      // a namespaced category is its own measure, so that it may count what it sends in any unit
      measure: d.category === "laborers" ? "laborers" : d.category.includes(":") ? (d.category as `${string}:${string}`) : "deployed",
      unit: d.size.unit,
      ...(d.adds !== undefined && { aggregation: "increment" as const }),
    },
    estimate: d.size,
    validTime: d.period,
    reportedAt: d.reportedAt,
    attribution: d.attribution,
    status: { kind: "normal" },
    ...(d.modality !== undefined && { modality: d.modality }),
  };
}

function leaf(w: Wave): Figure {
  return { estimate: w.d.size, ...(w.modality !== "asserted" && { label: w.modality }), derivation: { op: "claim", claim: waveClaim(w) } };
}

function contributionFigure(c: Contribution, iso: string): Figure {
  const own = leaf(c.wave);
  if (!c.arriving && c.leaving.length === 0 && c.doubtful === undefined) return own;
  const on = dayInWords(iso);
  const ids = c.leaving.map((r) => r.d.id).join(", ");
  if (c.doubtful !== undefined) {
    const d = c.doubtful;
    const note = `may report ${d.d.id} (${d.d.attribution.originator.name}, ${describePeriod(period(d.d.period))}) again: ${d.d.attribution.originator.id === c.wave.d.attribution.originator.id ? "the same originator, the same period, reported the same day" : "another originator, an overlapping period"}, no link; how many are not in it is not said`;
    const share: Figure = { estimate: SHARE, label: `share not in ${d.d.id}${c.arriving || c.leaving.length > 0 ? ` and there on ${on}` : ""}`, derivation: { op: "given" } };
    return derived(amountOf(c), "product", [own, share], { note });
  }
  const [what, note] = !c.arriving
    ? [`share still there on ${on}`, `being replaced by ${ids}: how many had left by then is not said`]
    : c.leaving.length === 0
      ? [`share sent by ${on}`, `${sentOver(describePeriod(period(c.wave.d.period)))}: how many had gone by then is not said`]
      : [`share there on ${on}`, `still being sent, and being replaced by ${ids}: how many were there is not said`];
  const share: Figure = { estimate: SHARE, label: what, derivation: { op: "given" } };
  return derived(amountOf(c), "product", [own, share], { note });
}

function notes(s: Selection, contributions: readonly Contribution[], day: number, iso: string): string {
  const parts = [`waves in force on ${dayInWords(iso)}`];
  for (const c of contributions) {
    const w = c.wave;
    const base = w.d.adds === undefined ? undefined : (s.byId.get(w.d.adds) as Wave);
    if (base !== undefined && base.start > w.start) parts.push(`${w.d.id} adds to ${base.d.id} but is dated before it`);
    for (const id of w.replaces) {
      const original = s.byId.get(id) as Wave;
      if (s.countedIds.has(id) && original.start > w.start) parts.push(`${w.d.id} replaces ${id} but is dated before it`);
    }
  }
  const inForce = new Set(contributions.map((c) => c.wave));
  const replaced = s.counted.filter((w) => w.start <= day && !inForce.has(w));
  if (replaced.length > 0) parts.push(`replaced: ${replaced.map((w) => w.d.id).join(", ")}`);
  const plans = [...s.onClaims].filter(([id]) => !s.countedIds.has(id)).map(([id, on]) => (on.adds === undefined ? `${id} rests on ${on.claim} (${on.modality})` : `${id} adds to ${on.adds}, which rests on ${on.claim} (${on.modality})`));
  if (plans.length > 0) parts.push(`left out, as what their claims are is not what was sent: ${plans.join(", ")}`);
  if (s.retired.size > 0) parts.push(`left out, as a deprecated claim is not an assertion: ${[...s.retired.values()].join("; ")}`);
  const twice = contributions.filter((c) => c.doubtful !== undefined).map((c) => `${c.wave.d.id} may report ${(c.doubtful as Wave).d.id}`);
  if (twice.length > 0) parts.push(`possible duplicates, each counted as an unstated share: ${twice.join(", ")}`);
  const unknown = contributions.filter((c) => c.wave.unknownSize !== undefined).map((c) => `${c.wave.d.id} records 0 where the source says ${JSON.stringify(c.wave.unknownSize)}`);
  if (unknown.length > 0) parts.push(`unknown is not zero: ${unknown.join(", ")}, so its size is unknown and the total has no upper bound`);
  const open = contributions.filter((c) => c.wave.d.size.kind === "atLeast" && c.wave.unknownSize === undefined).map((c) => c.wave.d.id);
  if (open.length > 0) parts.push(`open-ended: ${open.join(", ")} ${open.length === 1 ? "states" : "state"} no upper bound, so neither does the total`);
  return parts.join("; ");
}

/** The figure of a total on a day: the sum of what each wave in force adds, each wave a stated leaf. @internal */
export function totalFigure(s: Selection, contributions: readonly Contribution[], day: number, iso: string): Figure {
  const inputs = contributions.map((c) => contributionFigure(c, iso));
  return derived(totalOf(s, contributions), "sum", inputs, { label: s.label, note: notes(s, contributions, day, iso) });
}
