// Rules on the times of claims and waves: reports dated after the dataset,
// and added waves dated before the waves they add to. Not exported from the
// package.

import type { Claim } from "../../claim/schema.js";
import { formatEstimate } from "../../estimate/format.js";
import type { RawFinding, RuleContext } from "./context.js";
import { daysOf, unknownEnd } from "./context.js";
import { claimBehind } from "./resting.js";
import type { Rule } from "./rule.js";
import { wavesBeforeBase } from "./waves.js";
import { when } from "./words.js";

/** `reported-after-dataset`: a claim reported, or recorded, after the dataset's own date. */
export const reportedAfterDataset: Rule = {
  code: "reported-after-dataset",
  severity: "error",
  check(context) {
    const out: RawFinding[] = [];
    const date = context.dataset.metadata.date;
    const last = daysOf(date)[1];
    context.claims.forEach((c, i) => {
      if (context.days(i).reported[0] > last) {
        out.push({
          path: ["claims", i, "reportedAt"],
          message: `${c.id} is reported at ${c.reportedAt}, after the dataset's own date ${date}: one of the two dates is wrong`,
        });
      }
      if (c.recordedAt !== undefined && daysOf(c.recordedAt)[0] > last) {
        out.push({
          path: ["claims", i, "recordedAt"],
          message: `${c.id} is recorded at ${c.recordedAt}, after the dataset's own date ${date}: one of the two dates is wrong`,
        });
      }
    });
    return out;
  },
};

/**
 * The waves counted as sent (asserted, or with no modality) reported before their period
 * begins: the report's last possible day is before the period's first, so what it says was
 * sent can only have been a plan or a projection (`reported-before-valid`, as for a claim).
 * A wave whose claim is reported before its own valid time is passed over (the claim's
 * finding says it), and so is one whose claim is a plan (`plan-counted-as-deployment` says it). At the wave's `reportedAt`. @internal
 */
export function wavesReportedBeforeSent(context: RuleContext, reported: ReadonlySet<number>): RawFinding[] {
  const out: RawFinding[] = [];
  context.dataset.deployments.forEach((w, i) => {
    if ((w.modality ?? "asserted") !== "asserted") return;
    const claim = w.claim === undefined ? undefined : context.indexOf.get(w.claim);
    if (claim !== undefined && reported.has(claim)) return;
    // a wave on a claim of a plan is plan-counted-as-deployment, which says why
    if (w.claim !== undefined && claimBehind(w.claim, context, (c) => (c.modality ?? "asserted") !== "asserted") !== undefined) return;
    const last = daysOf(w.reportedAt)[1];
    const first = daysOf(w.period)[0];
    if (!(last < first)) return;
    out.push({
      path: ["deployments", i, "reportedAt"],
      message: `${w.id} is reported at ${w.reportedAt}, before the wave it reports was sent (${when(w.period)}): what a report says will be sent is a plan or a projection, not a wave sent (give it the modality planned or projected, or correct the date)`,
    });
  });
  return out;
}

/** Why a report time has no last day to be known from: none (`2025/..`), or one not known (`2025/`). */
function noLastDay(what: string, time: string): string {
  return unknownEnd(time) === "end"
    ? `${what} ${time}, a time whose last day is not known (an unknown end): when it became known cannot be told (give the day it was public by)`
    : `${what} ${time}, a time with no last day: it would never be known (give the day it was public by)`;
}

/**
 * The report times of waves, and the publication dates of ledger entries and valuations
 * (which date them when they rest on no claim), that have no last day or an unknown one:
 * `invalid-interval`, as for a claim's `reportedAt`. @internal
 */
export function reportTimesWithoutEnd(context: RuleContext): RawFinding[] {
  const out: RawFinding[] = [];
  context.dataset.deployments.forEach((w, i) => {
    if (daysOf(w.reportedAt)[1] === Infinity) out.push({ path: ["deployments", i, "reportedAt"], message: noLastDay(`${w.id} is reported at`, w.reportedAt) });
  });
  context.dataset.ledgers.forEach((l, n) => {
    for (const list of ["entries", "valuations"] as const) {
      l[list].forEach((item, i) => {
        (item.attribution.publications ?? []).forEach((p, k) => {
          if (p.date !== undefined && daysOf(p.date)[1] === Infinity) {
            out.push({ path: ["ledgers", n, list, i, "attribution", "publications", k, "date"], message: noLastDay(`${item.id} is published at`, p.date) });
          }
        });
      });
    }
  });
  return out;
}

/** The series an added wave belongs to: the indicator without its aggregation, and the originator. */
function waveKey(c: Claim): string {
  const { subject, measure, unit, scope } = c.indicator;
  return JSON.stringify([subject, measure, unit, scope ?? "", c.attribution.originator.id]);
}

const asserted = (c: Claim): boolean => (c.modality ?? "asserted") === "asserted" && c.restates === undefined;

/** The claims of added waves dated before the first wave of their series, by index. */
function claimsBeforeWave(context: RuleContext): Map<number, number> {
  const waves = new Map<string, number[]>();
  context.claims.forEach((c, i) => {
    if (asserted(c) && c.indicator.aggregation === "flow") {
      const key = waveKey(c);
      const list = waves.get(key);
      if (list === undefined) waves.set(key, [i]);
      else list.push(i);
    }
  });
  const found = new Map<number, number>();
  context.claims.forEach((c, i) => {
    if (!asserted(c) || c.indicator.aggregation !== "increment") return;
    const { valid, reported } = context.days(i);
    const known = (waves.get(waveKey(c)) ?? []).filter((w) => context.days(w).reported[0] <= reported[1]);
    if (known.length === 0) return;
    const first = known.reduce((a, b) => (context.days(b).valid[0] < context.days(a).valid[0] ? b : a));
    if (valid[1] < context.days(first).valid[0]) found.set(i, first);
  });
  return found;
}

/**
 * `increment-before-wave`: an added wave ("approximately 3,000 additional
 * troops") whose valid time ends before the first wave of its series starts:
 * the flows of the same indicator from the same originator, known by the time
 * the increment was reported. A level as of a later date may include the
 * increment, so only waves count. In `deployments`, a wave counted as sent
 * whose period ends before the wave it `adds` to starts, unless the claim it
 * rests on is reported already: one slip, one finding.
 */
export const incrementBeforeWave: Rule = {
  code: "increment-before-wave",
  severity: "error",
  check(context) {
    const found = claimsBeforeWave(context);
    const out: RawFinding[] = [];
    for (const [i, first] of found) {
      const c = context.claims[i] as Claim;
      const wave = context.claims[first] as Claim;
      out.push({
        path: ["claims", i, "validTime"],
        message: `${c.id} adds ${formatEstimate(c.estimate, {
          unit: true,
        })} to ${c.indicator.subject} ${c.indicator.measure}, dated ${when(c.validTime)}: before ${wave.id}, the first wave it adds to, dated ${when(
          wave.validTime
        )}. A slipped year?`,
      });
    }
    return [...out, ...wavesBeforeBase(context, new Set(found.keys()))];
  },
};
