import fc from "fast-check";

import { optionsOf } from "../_lib/assert.js";
import { guarded } from "../_lib/guard.js";
import { AGGREGATIONS, MODALITIES } from "../claim/kinds.js";
import type { ClaimModality } from "../claim/kinds.js";
import type { Claim, Indicator } from "../claim/schema.js";
import type { Estimate } from "../estimate/schema.js";
import type { Source } from "../provenance/schema.js";
import { revisionHistory } from "../revision/history.js";
import type { RevisionHistory } from "../revision/history.js";
import type { ArbClaimOptions } from "./claim.js";
import { isoOf, monthEnd, spanEdtf, windowOf } from "./days.js";
import type { Window } from "./days.js";
import { figures } from "./estimate.js";
import { measureList, measureUnitPairs } from "./indicator.js";
import { flag, sourceList, subset, textList, wholeNumber, unitList } from "./options.js";
import { arbSource, defined } from "./provenance.js";

/** What one series is: its ids' prefix, indicator, modality, originator, and who may restate it. @internal */
export interface SeriesPlan {
  readonly prefix: string;
  readonly indicator: Indicator;
  readonly modality: ClaimModality | undefined;
  readonly originator: Source;
  /** The sources that may restate its figures; none for no restatements. */
  readonly outlets: readonly Source[];
  readonly window: Window;
  readonly min: number;
  readonly max: number;
  readonly minLength: number;
  readonly maxLength: number;
}

const SHAPES = ["exact", "approx", "range", "atLeast", "atMost"] as const;
const HEDGES = ["about", "approximately", "around", "some"];

const step = fc.record({
  gap: fc.integer({ min: 1, max: 60 }),
  length: fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 90 })),
  month: fc.boolean(),
  lag: fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 20 })),
  rise: fc.nat(1000),
  grow: fc.double({ min: 0, max: 0.5, noNaN: true }),
  shape: fc.constantFrom(...SHAPES),
  below: fc.double({ min: 0, max: 1, noNaN: true }),
  above: fc.double({ min: 0, max: 1, noNaN: true }),
  flags: fc.tuple(fc.boolean(), fc.boolean(), fc.nat(HEDGES.length)),
  recorded: fc.option(fc.nat(30), { nil: undefined }),
  restate: fc.option(fc.record({ by: fc.nat(), lag: fc.nat(20) }), { nil: undefined, freq: 3 }),
});
type Step = typeof step extends fc.Arbitrary<infer S> ? S : never;

/**
 * A figure of `v` stated in the step's shape, so that it allows `v` and its
 * centre lies within [v/2, 3v/2]: a series whose values never fall then never
 * falls certainly, and never looks like a slipped digit.
 */
function around(v: number, s: Step, plan: SeriesPlan): Estimate {
  const unit = plan.indicator.unit;
  const down = Math.floor((v - Math.max(plan.min, 0)) * s.below * 0.999);
  const up = Math.floor(Math.min(v, plan.max - v) * s.above);
  const [strict, approx, h] = s.flags;
  const extra = approx ? { approx: true } : {};
  switch (s.shape) {
    case "exact":
      return { kind: "exact", value: v, unit };
    case "approx":
      return { kind: "approx", value: v, unit, ...(h < HEDGES.length && { hedge: HEDGES[h] as string }) };
    case "range":
      return { kind: "range", low: v - Math.min(down, v), high: v + up, unit, ...extra };
    case "atLeast":
      // a strict bound must lie below v, or "more than v" would not allow v
      return { kind: "atLeast", value: v - Math.min(down, v), strict: strict && Math.min(down, v) > 0, unit, ...extra };
    default:
      return { kind: "atMost", value: v + up, strict: strict && up > 0, unit, ...extra };
  }
}

/** Where each claim of a series sits: its valid days, report day and value; claims that do not fit the window are left out. */
function layout(plan: SeriesPlan, first: number, start: number, steps: readonly Step[]): { from: number; to: number; reported: number; v: number; s: Step }[] {
  const [from, to] = plan.window;
  const out: { from: number; to: number; reported: number; v: number; s: Step }[] = [];
  let [end, reported, v] = [from + first - 2, from - 1, start];
  for (const s of steps) {
    end += s.gap;
    if (s.month) end = monthEnd(end);
    const begin = Math.max(from, end - s.length);
    reported = Math.max(end + s.lag, reported + 1);
    if (reported > to) break;
    v = Math.min(plan.max, v + s.rise + Math.floor(v * s.grow));
    out.push({ from: begin, to: end, reported, v, s });
  }
  return out;
}

/** The claims of a series, with their restatements, in the order they were reported. @internal */
export function seriesClaims(plan: SeriesPlan): fc.Arbitrary<Claim[]> {
  const span = plan.window[1] - plan.window[0] + 1;
  return fc
    .record({
      first: fc.integer({ min: 1, max: Math.max(1, Math.floor(span / 4)) }),
      start: figures("arbSeries", { min: plan.min, max: plan.max }),
      steps: fc.array(step, { minLength: plan.minLength, maxLength: plan.maxLength }),
    })
    .map(({ first, start, steps }) => {
      let placed = layout(plan, first, start, steps);
      // steps too long for the window: one figure a day from its first day, reported that day
      if (placed.length < plan.minLength) placed = layout(plan, 1, start, steps.map((s) => ({ ...s, gap: 1, length: 0, month: false, lag: 0 })));
      const claims: Claim[] = [];
      placed.forEach((p, i) => {
        const estimate = around(p.v, p.s, plan);
        const base = { indicator: plan.indicator, estimate, validTime: spanEdtf(p.from, p.to), status: { kind: "normal" as const }, ...(plan.modality && { modality: plan.modality }) };
        const id = `${plan.prefix}.${i + 1}`;
        const recorded = p.s.recorded === undefined ? undefined : Math.min(plan.window[1], p.reported + p.s.recorded);
        claims.push(defined({ id, ...base, reportedAt: isoOf(p.reported), recordedAt: recorded === undefined ? undefined : isoOf(recorded), attribution: { originator: plan.originator } }));
        const r = p.s.restate;
        if (r === undefined || plan.outlets.length === 0) return;
        // published before the next figure is out: a restatement of a figure already revised is stale
        const next = placed[i + 1]?.reported ?? plan.window[1] + 1;
        const day = Math.min(p.reported + r.lag, next - 1);
        const by = plan.outlets[r.by % plan.outlets.length] as Source;
        claims.push({ id: `${id}-r`, ...base, reportedAt: isoOf(day), attribution: { originator: by }, restates: id });
      });
      return claims;
    });
}

/** Options for {@link arbSeries} and {@link arbRevisionHistory}. */
export interface ArbSeriesOptions extends Pick<ArbClaimOptions, "subjects" | "measures" | "units" | "aggregations" | "modalities" | "originators" | "min" | "max" | "from" | "to"> {
  /** The fewest and most figures of the originator's own (restatements aside); 1 and 12 by default. */
  readonly minLength?: number;
  readonly maxLength?: number;
  /** Add outlets' restatements of some figures; true by default. */
  readonly restatements?: boolean;
}

const SERIES_NAMES = ["subjects", "measures", "units", "aggregations", "modalities", "originators", "min", "max", "from", "to", "minLength", "maxLength", "restatements"] as const;

function seriesPlan(where: string, given: ArbSeriesOptions | undefined): fc.Arbitrary<SeriesPlan> {
  return guarded(where, { options: given }, () => {
    const o = optionsOf(where, given, "options", SERIES_NAMES);
    const minLength = wholeNumber(where, "minLength", o.minLength, 1, 1000, 1);
    const maxLength = wholeNumber(where, "maxLength", o.maxLength, minLength, 1000, Math.max(minLength, 12));
    const originators = sourceList(where, "originators", o.originators);
    // a window of fewer days than figures cannot hold them, one a day
    const window = windowOf(where, o.from, o.to, minLength);
    const [min, max] = [o.min ?? 0, o.max ?? 1e7];
    figures(where, { min, max }); // checks min and max
    const listed = measureList(where, o.measures);
    const units = unitList(where, "units", o.units, ["person"]);
    const pairs = measureUnitPairs(where, listed ?? ["killed", "casualties", "deployed", "present"], units, listed === undefined);
    return fc.record({
      subject: fc.constantFrom(...textList(where, "subjects", o.subjects, ["kp-forces-in-russia", "ru-forces"])),
      pair: fc.constantFrom(...pairs),
      aggregation: o.aggregations === undefined ? fc.constantFrom(undefined, ...AGGREGATIONS) : fc.constantFrom(...subset(where, "aggregations", o.aggregations, AGGREGATIONS)),
      modality: o.modalities === undefined ? fc.constantFrom(undefined, ...MODALITIES) : fc.constantFrom(...subset(where, "modalities", o.modalities, MODALITIES)),
      originator: originators === undefined ? arbSource() : fc.constantFrom(...originators),
      outlets: flag(where, "restatements", o.restatements, true) ? fc.uniqueArray(arbSource({ kinds: ["outlet"] }), { minLength: 1, maxLength: 2, selector: (s) => s.id }) : fc.constant<Source[]>([]),
    }).map(({ subject, pair: [measure, unit], aggregation, modality, originator, outlets }) => ({
      prefix: "s",
      indicator: defined({ subject, measure, unit, aggregation }) as Indicator,
      modality,
      originator,
      outlets: outlets.filter((s) => s.id !== originator.id),
      window,
      min,
      max,
      minLength,
      maxLength,
    }));
  });
}

/**
 * A fast-check arbitrary for a series of figures on one indicator from one
 * originator, as a clean history has them: valid times one after another
 * (days, months or spans of days in the window), each reported no earlier
 * than the last day it describes and after the one before, figures that
 * never fall (so never certainly lower, and never a slipped digit), and, now
 * and then, an outlet's restatement of a figure, stating it as it was stated
 * and published before the next figure came out. In the order they were
 * reported; `revisionHistory` makes one history of them, and
 * `findContradictions` finds nothing in it (with `cumulative: true` for a stock).
 * Every claim passes `ClaimSchema`: a unit of money is drawn only with a
 * namespaced measure, as {@link arbClaim} pairs them.
 *
 * @category Testing
 * @throws {FogcountError} `invalid-option` for options that are not an object or hold a name it does not take, lengths that are not whole numbers with 1 ≤ `minLength` ≤ `maxLength` ≤ 1000, a `restatements` that is not a boolean, `units` that are all money or units of measurement (km, t, days, TIV) while the measures (given, or `killed`, `casualties`, `deployed` and `present` by default) all count people, or a bad option of those {@link arbClaim} takes; `invalid-argument` for options that cannot be read (a getter that throws, a revoked proxy).
 * @example
 * fc.sample(arbSeries({ measures: ["killed"], aggregations: ["stock"] }), 100).every((claims) => findContradictions(revisionHistory(claims)[0], { cumulative: true }).length === 0);
 * //=> true
 */
export function arbSeries(options?: ArbSeriesOptions): fc.Arbitrary<Claim[]> {
  return seriesPlan("arbSeries", options).chain(seriesClaims);
}

/**
 * A fast-check arbitrary for a revision history: the history
 * `revisionHistory` makes of a series drawn by {@link arbSeries}.
 *
 * @category Testing
 * @throws {FogcountError} `invalid-option` for options that are not an object, hold a name it does not take or a value outside its domain (as {@link arbSeries}); `invalid-argument` for options that cannot be read (a getter that throws, a revoked proxy).
 * @example
 * fc.sample(arbRevisionHistory({ maxLength: 5 }), 100).every((h) => h.kind === "revision-history");
 * //=> true
 */
export function arbRevisionHistory(options?: ArbSeriesOptions): fc.Arbitrary<RevisionHistory> {
  return seriesPlan("arbRevisionHistory", options)
    .chain(seriesClaims)
    .map((claims) => revisionHistory(claims)[0] as RevisionHistory);
}
