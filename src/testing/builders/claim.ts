import { fail, isObject } from "../../_lib/assert.js";
import { frozenCopy } from "../../_lib/frozen.js";
import { guarded } from "../../_lib/guard.js";
import { builtClaim } from "../../claim/claim.js";
import { AGGREGATIONS, MODALITIES } from "../../claim/kinds.js";
import type { Aggregation, ClaimModality } from "../../claim/kinds.js";
import { CASUALTY_PARTS, isMeasure } from "../../claim/measures.js";
import type { CasualtyPart, Measure } from "../../claim/measures.js";
import type { Claim, ClaimStatus } from "../../claim/schema.js";
import type { Estimate } from "../../estimate/schema.js";
import { attributionProblem } from "../../provenance/check.js";
import type { RelayStep, Source } from "../../provenance/schema.js";
import { estimateArg, idArg, lastDayOf, missing, sourceArg, textArg, timeArg, wordArg } from "./common.js";

/**
 * A claim in the making: each method returns a new builder with one more
 * part (the builder it is called on is left as it was, so a base builder
 * can be shared), and `build()` returns the claim, checked, as `claim()`
 * returns one: a deep frozen copy. An estimate, source or relay step given is
 * kept as a deep frozen copy: editing it afterwards changes neither the
 * builder nor the claims it builds.
 */
export interface ClaimBuilder {
  /** The claim's id; by default the originator's id, the measure and the valid time, `"nis-casualties-2025-04-30"`, and the report time when one other than the default is given, `"nis-casualties-2025-04-30-reported-2025-05-02"`. */
  withId(id: string): ClaimBuilder;
  /** Who said it: a source, or a name (`"NIS"` makes `{ id: "nis", kind: "other", name: "NIS" }`). */
  by(originator: Source | string): ClaimBuilder;
  /** A step of the relay chain, after those before: an intermediary (a source or a name) or a channel step. */
  via(step: RelayStep | Source | string): ClaimBuilder;
  /** What is counted, and where: `"forces"` and no scope by default. */
  about(subject: string, scope?: string): ClaimBuilder;
  /** The measure, and for casualties the parts counted: `"casualties"` of all four by default. */
  counting(measure: Measure, includes?: readonly CasualtyPart[]): ClaimBuilder;
  /** The figure as stated; its unit is the indicator's. */
  saying(estimate: Estimate): ClaimBuilder;
  /** The time the figure describes, as EDTF: a level as of a date. */
  asOf(validTime: string): ClaimBuilder;
  /** The time the figure describes, as EDTF: a count over a period (the same field as `asOf`). */
  during(validTime: string): ClaimBuilder;
  /** How the figure relates to its valid time: a `"stock"` (when left out), a `"flow"` or an `"increment"`. */
  aggregated(aggregation: Aggregation): ClaimBuilder;
  /** When the figure became public, as EDTF; by default the last day of the valid time. */
  reportedAt(time: string): ClaimBuilder;
  /** When the figure entered the dataset, as EDTF. */
  recordedAt(time: string): ClaimBuilder;
  /** What the source did with the figure: asserted (when left out), planned, projected or potential. */
  withModality(modality: ClaimModality): ClaimBuilder;
  /** The id of the claim this one repeats. */
  restating(claimId: string): ClaimBuilder;
  /** Marks the claim the preferred one of its indicator. */
  preferred(): ClaimBuilder;
  /** Marks the claim deprecated, saying why, and by which claim when one replaces it. */
  deprecated(reason: string, supersededBy?: string): ClaimBuilder;
  /** The sentence as the source wrote it. */
  quoting(text: string): ClaimBuilder;
  /** The claim, checked as `claim()` checks one and returned as `claim()` returns it: a deep frozen copy. */
  build(): Claim;
}

interface State {
  readonly id?: string | undefined;
  readonly originator?: Source | undefined;
  readonly relay: readonly RelayStep[];
  readonly subject: string;
  readonly scope?: string | undefined;
  readonly measure: Measure;
  readonly includes?: readonly CasualtyPart[] | undefined;
  readonly aggregation?: Aggregation | undefined;
  readonly estimate?: Estimate | undefined;
  readonly validTime?: string | undefined;
  readonly reportedAt?: string | undefined;
  readonly recordedAt?: string | undefined;
  readonly modality?: ClaimModality | undefined;
  readonly restates?: string | undefined;
  readonly status?: ClaimStatus | undefined;
  readonly text?: string | undefined;
}

function stepArg(where: string, value: unknown): RelayStep {
  if (isObject(value) && value["kind"] === "channel") {
    const step = frozenCopy(value);
    // a relay step is checked as the attribution that holds it
    const problem = attributionProblem({ originator: { id: "x", kind: "other", name: "x" }, relay: [step] });
    if (problem !== undefined) fail(where, `step${problem[0].replace(/^\.relay\[0\]/, "")}`, problem[1], problem[2]);
    return step as unknown as RelayStep;
  }
  if (isObject(value) && value["kind"] === "intermediary") {
    const date = value["date"];
    return { kind: "intermediary", source: sourceArg(where, "step.source", value["source"]), ...(date !== undefined && { date: timeArg(where, "step.date", date) }) };
  }
  return { kind: "intermediary", source: sourceArg(where, "step", value) };
}

function includesArg(where: string, value: unknown): CasualtyPart[] {
  const parts = CASUALTY_PARTS as readonly unknown[];
  if (!(Array.isArray(value) && value.length > 0 && new Set(value).size === value.length && Array.from(value).every((p) => parts.includes(p)))) {
    fail(where, "includes", `must list distinct parts from ${CASUALTY_PARTS.join(", ")}`, value);
  }
  return [...(value as CasualtyPart[])];
}

/** A claim's default id: its originator's id, measure and valid time, and the time it was reported when that is not the default, so that two reports of one figure are two claims. */
function defaultId(originator: string, measure: string, validTime: string, reportedAt: string | undefined): string {
  return `${originator}-${measure}-${validTime}${reportedAt === undefined ? "" : `-reported-${reportedAt}`}`;
}

function build(s: State): Claim {
  const where = "aClaim.build";
  if (s.originator === undefined) missing(where, "attribution.originator", ".by(source)", "invalid-claim");
  if (s.estimate === undefined) missing(where, "estimate", ".saying(estimate)", "invalid-claim");
  if (s.validTime === undefined) missing(where, "validTime", ".asOf(time) or .during(time)", "invalid-claim");
  const reportedAt = s.reportedAt ?? lastDayOf(s.validTime);
  if (reportedAt === undefined) missing(where, "reportedAt", ".reportedAt(time) (the valid time has no last day to default to)", "invalid-claim");
  const indicator = { subject: s.subject, measure: s.measure, unit: s.estimate.unit, ...(s.scope !== undefined && { scope: s.scope }), ...(s.includes && { includes: [...s.includes] }), ...(s.aggregation && { aggregation: s.aggregation }) };
  const init = {
    id: s.id ?? defaultId(s.originator.id, s.measure, s.validTime, s.reportedAt === lastDayOf(s.validTime) ? undefined : s.reportedAt),
    indicator,
    estimate: s.estimate,
    validTime: s.validTime,
    reportedAt,
    ...(s.recordedAt !== undefined && { recordedAt: s.recordedAt }),
    attribution: { originator: s.originator, ...(s.relay.length > 0 && { relay: [...s.relay] }) },
    status: s.status ?? { kind: "normal" as const },
    ...(s.modality !== undefined && { modality: s.modality }),
    ...(s.restates !== undefined && { restates: s.restates }),
    ...(s.text !== undefined && { text: s.text }),
  };
  return builtClaim(where, init);
}

function builder(s: State): ClaimBuilder {
  const next = (patch: Partial<State>): ClaimBuilder => builder({ ...s, ...patch });
  const method = <A extends Record<string, unknown>>(name: string, args: A, body: (where: string) => Partial<State>): ClaimBuilder => next(guarded(`aClaim.${name}`, args, () => body(`aClaim.${name}`)));
  return Object.freeze({
    withId: (id: string) => method("withId", { id }, (w) => ({ id: idArg(w, "id", id) })),
    by: (originator: Source | string) => method("by", { originator }, (w) => ({ originator: sourceArg(w, "originator", originator) })),
    via: (step: RelayStep | Source | string) => method("via", { step }, (w) => ({ relay: [...s.relay, stepArg(w, step)] })),
    about: (subject: string, scope?: string) =>
      method("about", { subject, scope }, (w) => ({ subject: textArg(w, "subject", subject), scope: scope === undefined ? undefined : textArg(w, "scope", scope) })),
    counting: (measure: Measure, includes?: readonly CasualtyPart[]) =>
      method("counting", { measure, includes }, (w) => {
        if (!isMeasure(measure)) fail(w, "measure", "is neither in MEASURES nor namespace:name", measure);
        if (includes !== undefined && measure !== "casualties") fail(w, "includes", `is for the casualties measure only, not ${measure}`, includes);
        return { measure, includes: includes === undefined ? undefined : includesArg(w, includes) };
      }),
    saying: (estimate: Estimate) => method("saying", { estimate }, (w) => ({ estimate: estimateArg(w, "estimate", estimate) })),
    asOf: (validTime: string) => method("asOf", { validTime }, (w) => ({ validTime: timeArg(w, "validTime", validTime) })),
    during: (validTime: string) => method("during", { validTime }, (w) => ({ validTime: timeArg(w, "validTime", validTime) })),
    aggregated: (aggregation: Aggregation) => method("aggregated", { aggregation }, (w) => ({ aggregation: wordArg(w, "aggregation", aggregation, AGGREGATIONS) })),
    reportedAt: (time: string) => method("reportedAt", { time }, (w) => ({ reportedAt: timeArg(w, "time", time) })),
    recordedAt: (time: string) => method("recordedAt", { time }, (w) => ({ recordedAt: timeArg(w, "time", time) })),
    withModality: (modality: ClaimModality) => method("withModality", { modality }, (w) => ({ modality: wordArg(w, "modality", modality, MODALITIES) })),
    restating: (claimId: string) => method("restating", { claimId }, (w) => ({ restates: idArg(w, "claimId", claimId) })),
    preferred: () => next({ status: { kind: "preferred" } }),
    deprecated: (reason: string, supersededBy?: string) =>
      method("deprecated", { reason, supersededBy }, (w) => ({
        status: { kind: "deprecated", reason: textArg(w, "reason", reason), ...(supersededBy !== undefined && { supersededBy: idArg(w, "supersededBy", supersededBy) }) },
      })),
    quoting: (text: string) => method("quoting", { text }, (w) => ({ text: textArg(w, "text", text) })),
    build: () => guarded("aClaim.build", {}, () => build(s)),
  });
}

/**
 * A builder of claims that reads as a sentence:
 * `aClaim().by("NIS").saying(approx(4700, "person")).asOf("2025-04-30").build()`.
 * Left out, the subject is `"forces"`, the measure `"casualties"`, the
 * report time the last day of the valid time, the status normal and the id
 * made of the originator's id, the measure and the valid time. `build()`
 * checks the claim as `claim()` does, naming the builder and the field.
 *
 * @category Testing
 * @throws {FogcountError} `invalid-argument` for an `id` that is not an id, and from each method for an argument that is not what it takes (naming `aClaim.<method>` and the argument); from `build()`: `invalid-claim` for a missing originator, estimate, valid time or (for a valid time with no last day) report time, or a claim `claim()` refuses, `invalid-measure` and `estimate-unit-mismatch` as `claim()` throws them.
 * @example
 * aClaim().by("NIS").saying(approx(4700, "person")).asOf("2025-04-30").build();
 * //=> { id: "nis-casualties-2025-04-30", indicator: { subject: "forces", measure: "casualties", unit: "person" }, estimate: { kind: "approx", value: 4700, unit: "person" }, validTime: "2025-04-30", reportedAt: "2025-04-30", attribution: { originator: { id: "nis", kind: "other", name: "NIS" } }, status: { kind: "normal" } }
 */
export function aClaim(id?: string): ClaimBuilder {
  return guarded("aClaim", { id }, () => builder({ ...(id !== undefined && { id: idArg("aClaim", "id", id) }), relay: [], subject: "forces", measure: "casualties" }));
}
