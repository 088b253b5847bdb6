// The two clocks for the items of a dataset that are not claims: casualty
// breakdowns, ledger entries and valuations. An item was public when every
// claim it rests on was; one that names no claims, when it was first
// published. An item whose report time the dataset does not give is left out
// whenever a knowledge time is asked about, and said to be: it may or may not
// have been public then.

import type { DatasetAttribution } from "../../dataset/attribution.js";
import { endState, inWords, reportState } from "./context.js";
import type { ReportContext } from "./context.js";

/** Where an item stands on the clocks asked about. */
export type Standing = "shown" | "not-yet-public" | "no-last-day" | "valid-later" | "valid-end-unknown" | "untold";

/** What an item says of its two clocks. */
export interface Timed {
  /** The ids of the claims it rests on. */
  readonly claims?: readonly string[] | undefined;
  /** Its attribution, whose publications date it when it names no claims. */
  readonly attribution?: DatasetAttribution | undefined;
  /** The valid times it describes (its period, or its claims' valid times); none when it does not say. */
  readonly valid: readonly string[];
}

/** The report times of an item: its claims', or else its publications' dates; none when neither is given. */
function reportTimes(context: ReportContext, item: Omit<Timed, "valid">): { times: readonly string[]; every: boolean } {
  const claims = (item.claims ?? []).flatMap((id) => {
    const c = context.named.claims.get(id);
    return c === undefined ? [] : [c.reportedAt];
  });
  if (claims.length > 0) return { times: claims, every: true };
  const dates = (item.attribution?.publications ?? []).flatMap((p) => (p.date === undefined ? [] : [p.date]));
  return { times: dates, every: false };
}

/**
 * Whether an item was public by the knowledge time asked about: yes, no, untold (no report
 * time), or not to be told (a report time with no last day, or an unknown one, decides it);
 * yes when none was asked.
 */
export function publicState(context: ReportContext, item: Omit<Timed, "valid">): "public" | "not-yet-public" | "no-last-day" | "untold" {
  if (context.known === undefined) return "public";
  const { times, every } = reportTimes(context, item);
  if (times.length === 0) return "untold";
  const states = times.map((t) => reportState(context, t));
  // every claim it rests on must be public; one publication that was is enough
  if (every ? states.every((s) => s === "public") : states.includes("public")) return "public";
  if (every && states.includes("not-yet-public")) return "not-yet-public";
  return states.includes("no-last-day") ? "no-last-day" : "not-yet-public";
}

/** Whether an item is shown on the clocks asked about, or why not. */
export function standing(context: ReportContext, item: Timed): Standing {
  const state = publicState(context, item);
  if (state !== "public") return state;
  if (context.valid !== undefined) {
    if (item.valid.length === 0) return "untold";
    const ends = item.valid.map((v) => endState(context, v));
    if (ends.includes("no")) return "valid-later";
    if (ends.includes("unknown")) return "valid-end-unknown";
  }
  return "shown";
}

/** Items left out on the clocks, by id, with why. */
export type LeftOut = readonly { readonly id: string; readonly why: Exclude<Standing, "shown"> }[];

const listed = (ids: readonly string[]): string => (ids.length <= 3 ? ids.join(", ") : `${ids.slice(0, 2).join(", ")} and ${ids.length - 2} more`);

/** One sentence on the items left out on the clocks, or nothing when none was. */
export function leftOutText(context: ReportContext, left: LeftOut): string | undefined {
  if (left.length === 0) return undefined;
  const of = (why: Standing) => left.filter((l) => l.why === why).map((l) => l.id);
  const parts = [
    [of("not-yet-public"), `not yet public on ${inWords(context.known ?? "")}`],
    [of("no-last-day"), `reported at a time with no last day or an unknown one, so whether it was public on ${inWords(context.known ?? "")} cannot be told`],
    [of("valid-later"), `describing a time that ends after ${inWords(context.valid ?? "")}`],
    [of("valid-end-unknown"), `describing a time whose end is not known (it may end after ${inWords(context.valid ?? "")}, or not)`],
    [of("untold"), "for which the dataset gives no report time or valid time (no claims, no dated publication)"],
  ] as const;
  return `Left out: ${parts
    .filter(([ids]) => ids.length > 0)
    .map(([ids, why]) => `${listed(ids)}, ${why}`)
    .join("; ")}.`;
}
