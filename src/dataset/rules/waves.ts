// Rules on the deployment waves of a dataset: plans counted as sent, waves
// dated before the waves they add to or replace, waves replaced twice, waves
// that may report one wave twice. Not exported from the package.

import { checkWaves } from "../../deployment/check.js";
import { possibleDuplicates } from "../../deployment/duplicates.js";
import { deploymentFindings } from "../../deployment/findings.js";
import { formatEstimate } from "../../estimate/format.js";
import type { DatasetDeployment } from "../parts.js";
import { resolveDeployment } from "../resolve.js";
import type { RawFinding, RuleContext } from "./context.js";
import { daysOf } from "./context.js";
import { plansCountedAsDelivered } from "./ledgers.js";
import { claimBehind } from "./resting.js";
import type { Rule } from "./rule.js";
import { when } from "./words.js";

/** What a figure of each modality other than asserted is, in a message. */
const NOT_SENT: ReadonlyMap<string, string> = new Map([
  ["planned", "a plan"],
  ["projected", "a projection"],
  ["potential", "a possibility"],
]);

const isSent = (w: DatasetDeployment): boolean => (w.modality ?? "asserted") === "asserted";

/** The people a wave sends, in a message: "about 3,000 people (troops, KP to RU)". @internal */
export function sending(w: DatasetDeployment): string {
  return `${formatEstimate(w.size, { unit: true })} (${w.category}, ${w.from} to ${w.to})`;
}

/**
 * The claim a wave rests on, or the first claim it restates, that is not an
 * assertion: a restatement repeats its original, plan and all. Undefined
 * when every claim on the way is asserted.
 */
const planBehind = (id: string, context: RuleContext): ReturnType<typeof claimBehind> => claimBehind(id, context, (c) => (c.modality ?? "asserted") !== "asserted");

/** Why a wave counted as sent is a plan, and the field of the wave that shows it. */
function planOf(
  w: DatasetDeployment,
  context: RuleContext,
  byId: ReadonlyMap<string, DatasetDeployment>
): { field: "claim" | "adds"; why: string } | undefined {
  const behind = w.claim === undefined ? undefined : planBehind(w.claim, context);
  if (behind !== undefined) {
    const { claim, via } = behind;
    const word = NOT_SENT.get(claim.modality ?? "") ?? "";
    const on = via === undefined ? "" : `${via.id}, which restates `;
    return {
      field: "claim",
      why: `rests on ${on}${claim.id}, ${word} (${claim.modality}), and ${word} is not a deployment: give the wave the modality of its claim, or rest it on a claim of what was sent`,
    };
  }
  const base = w.adds === undefined ? undefined : byId.get(w.adds);
  if (base === undefined || isSent(base)) return undefined;
  const word = NOT_SENT.get(base.modality ?? "") ?? "";
  return {
    field: "adds",
    why: `adds to ${base.id}, ${word} (${base.modality}): an addition is counted with the wave it adds to, and ${word} is not a deployment (one of the two modalities is wrong)`,
  };
}

/**
 * `plan-counted-as-deployment`: a wave counted as sent (asserted, or its
 * modality left out) that rests on a claim of a plan, a projection or a
 * possibility (or on a restatement of one), or that adds to a wave that is
 * one. At the wave's `modality` where it is written, else at the `claim` or
 * `adds` that shows the plan. Likewise a ledger entry at the stage `delivered`
 * or `in-use` every claim of which is a plan, a projection or a possibility
 * (see `plansCountedAsDelivered`), at its `stage`; a casualty breakdown's
 * figure that rests on one (a projection is no count of casualties), at the
 * figure; a ledger valuation every claim of which is one, at its first claim.
 */
export const planCountedAsDeployment: Rule = {
  code: "plan-counted-as-deployment",
  severity: "error",
  check(context) {
    const waves = context.dataset.deployments;
    const byId = new Map(waves.map((w) => [w.id, w]));
    const out: RawFinding[] = [];
    waves.forEach((w, i) => {
      if (!isSent(w)) return;
      const plan = planOf(w, context, byId);
      if (plan === undefined) return;
      out.push({
        path: ["deployments", i, w.modality === undefined ? plan.field : "modality"],
        message: `${w.id} counts ${sending(w)} as sent, but ${plan.why}`,
      });
    });
    return [...out, ...plansCountedAsDelivered(context), ...plansInBreakdowns(context), ...plannedValuations(context)];
  },
};

/**
 * The figures of casualty breakdowns that rest on a plan, a projection or a possibility (or
 * on a restatement of one): a breakdown counts casualties, and "expected to reach 1,000
 * killed" is no count. At the figure. @internal
 */
export function plansInBreakdowns(context: RuleContext): RawFinding[] {
  const out: RawFinding[] = [];
  context.dataset.casualtyBreakdowns.forEach((b, i) => {
    for (const [field, id] of Object.entries(b.claims ?? {})) {
      const behind = id === undefined ? undefined : planBehind(id, context);
      if (behind === undefined) continue;
      const { claim, via } = behind;
      const word = NOT_SENT.get(claim.modality ?? "") ?? "";
      const on = via === undefined ? "" : `${via.id}, which restates `;
      const value = b[field as keyof typeof b];
      const figure = typeof value === "object" && value !== null && "kind" in value ? `, ${formatEstimate(value)},` : "";
      out.push({
        path: ["casualtyBreakdowns", i, field],
        message: `${b.id}: its ${field}${figure} rests on ${on}${claim.id}, ${word} (${claim.modality}), and ${word} is not a count of casualties: give "unknown" or "not-reported" for the ${field}, or rest it on a claim of what was counted`,
      });
    }
  });
  return out;
}

/**
 * The ledger valuations every claim of which is a plan, a projection or a possibility (or a
 * restatement of one): the value is listed as stated, though no one stated it as a fact. At
 * the valuation's first claim. @internal
 */
export function plannedValuations(context: RuleContext): RawFinding[] {
  const out: RawFinding[] = [];
  context.dataset.ledgers.forEach((l, n) => {
    l.valuations.forEach((v, i) => {
      const ids = v.claims ?? [];
      const plans = ids.map((id) => planBehind(id, context));
      const [first] = plans;
      if (first === undefined || plans.some((p) => p === undefined)) return;
      const word = NOT_SENT.get(first.claim.modality ?? "") ?? "";
      const on = first.via === undefined ? "" : `${first.via.id}, which restates `;
      out.push({
        path: ["ledgers", n, "valuations", i, "claims", 0],
        message: `${v.id} (${v.item}) is valued at ${formatEstimate(v.value.estimate, { unit: true })}, but rests only on ${on}${first.claim.id}, ${word} (${first.claim.modality}), and ${word} is not a value agreed or paid: rest it on a claim of what was agreed, or leave it out until one is`,
      });
    });
  });
  return out;
}

/**
 * The waves counted as sent that add to a wave counted as sent whose period
 * starts after theirs ends: the slip of `increment-before-wave`, in
 * `deployments`. A wave resting on a claim in `reported` (an index of
 * `claims` the claims rule has reported) is passed over: one slip is
 * reported once. @internal
 */
export function wavesBeforeBase(context: RuleContext, reported: ReadonlySet<number>): RawFinding[] {
  const waves = context.dataset.deployments;
  const byId = new Map(waves.map((w) => [w.id, w]));
  const out: RawFinding[] = [];
  waves.forEach((w, i) => {
    const base = w.adds === undefined ? undefined : byId.get(w.adds);
    if (base === undefined || !isSent(w) || !isSent(base)) return;
    const claim = w.claim === undefined ? undefined : context.indexOf.get(w.claim);
    if (claim !== undefined && reported.has(claim)) return;
    if (daysOf(w.period)[1] >= daysOf(base.period)[0]) return;
    out.push({
      path: ["deployments", i, "period"],
      message: `${w.id} adds ${sending(w)}, dated ${when(w.period)}: before ${base.id}, the wave it adds to, dated ${when(base.period)}. A slipped year?`,
    });
  });
  return out;
}

/** The waves of a dataset resolved, their places by id, and what `deploymentFindings` finds in them. */
function waveFindings(context: RuleContext): { waves: readonly DatasetDeployment[]; index: Map<string, number>; findings: ReturnType<typeof deploymentFindings> } {
  const waves = context.dataset.deployments;
  const index = new Map(waves.map((w, i) => [w.id, i]));
  return { waves, index, findings: deploymentFindings(waves.map((w) => resolveDeployment(w, context.named))) };
}

/** The path of the id `id` in the `replaces` of wave `i`. */
function replacesPath(waves: readonly DatasetDeployment[], i: number, id: string): RawFinding["path"] {
  const w = waves[i] as DatasetDeployment;
  const k = Array.isArray(w.replaces) ? w.replaces.indexOf(id) : -1;
  return ["deployments", i, "replaces", ...(k < 0 ? [] : [k])];
}

/**
 * `replacement-before-original`: a wave counted as sent that replaces a wave
 * beginning after it begins, as `deploymentFindings` finds it; totals are
 * refused for the days between. At the id in `replaces`.
 */
export const replacementBeforeOriginal: Rule = {
  code: "replacement-before-original",
  severity: "warning",
  check(context) {
    const { waves, index, findings } = waveFindings(context);
    const out: RawFinding[] = [];
    for (const f of findings) {
      const [later = "", earlier = ""] = f.waves;
      const i = index.get(later) as number;
      const w = waves[i] as DatasetDeployment;
      if (f.code !== "replacement-before-original" || !isSent(w)) continue;
      const original = waves[index.get(earlier) as number] as DatasetDeployment;
      out.push({
        path: replacesPath(waves, i, earlier),
        message: `${w.id} replaces ${original.id} but begins before it: ${w.id} is dated ${when(w.period)}, ${original.id} ${when(original.period)}. Correct whichever date is wrong, or, if ${w.id} does not replace ${original.id}, remove ${original.id} from its replaces; until then no total is given for the days from the start of ${w.id} to the start of ${original.id}`,
      });
    }
    return out;
  },
};

/**
 * `replaced-twice`: a wave replaced by two waves of which neither replaces the
 * other, as `deploymentFindings` finds it: each takes the whole place of what
 * it replaces, so a total counts both. At the id in the later wave's `replaces`.
 */
export const replacedTwice: Rule = {
  code: "replaced-twice",
  severity: "warning",
  check(context) {
    const { waves, index, findings } = waveFindings(context);
    return findings
      .filter((f) => f.code === "replaced-twice")
      .map((f) => {
        const [later = "", other = "", replaced = ""] = f.waves;
        return {
          path: replacesPath(waves, index.get(later) as number, replaced),
          message: `${other} and ${later} both replace ${replaced}, but neither replaces the other, so a total counts both in place of ${replaced}. If ${later} also replaces ${other}, add ${other} to its replaces; if they report one wave, drop one of them`,
        };
      });
  },
};

/**
 * `possible-duplicate-wave`: a wave of the route, category, unit and modality
 * of a wave before it in the list, from another originator in an
 * overlapping period, or from the same originator for the same period and
 * reported the same day (one figure relayed by two outlets), and linked to it by neither `adds` nor `replaces`
 * (directly or through other waves), as `deploymentFindings` finds it: the
 * two may report one wave twice, and a total counts the later as an unstated
 * share of it, none to all. At the later wave, naming the earlier.
 */
export const possibleDuplicateWave: Rule = {
  code: "possible-duplicate-wave",
  severity: "warning",
  check(context) {
    const waves = context.dataset.deployments;
    const checked = checkWaves("checkDataset", waves.map((w) => resolveDeployment(w, context.named)));
    const { doubtful } = possibleDuplicates(checked.waves, checked.byId);
    const out: RawFinding[] = [];
    for (const wave of checked.waves) {
      const earlier = doubtful.get(wave.d.id);
      if (earlier === undefined) continue;
      const [w, e] = [waves[wave.index] as DatasetDeployment, waves[earlier.index] as DatasetDeployment];
      const as = wave.modality === "asserted" ? "" : `, ${wave.modality}`;
      const same = w.attribution.originator === e.attribution.originator ? `, both reported ${w.reportedAt}` : "";
      out.push({
        path: ["deployments", wave.index],
        message: `${w.id} may report ${e.id} again: both send ${w.category} from ${w.from} to ${w.to}${as}, ${w.id} by ${w.attribution.originator} dated ${when(w.period)}, ${e.id} by ${
          e.attribution.originator
        } dated ${when(e.period)}${same}, and neither adds to nor replaces the other, so a total counts ${w.id} as anywhere from none to all of its size. If they are two waves, link them (adds or replaces); if they are one, drop one of them`,
      });
    }
    return out;
  },
};
