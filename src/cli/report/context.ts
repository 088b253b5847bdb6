// What the sections of a report read: the dataset, its claims with their
// sources, its histories, the two clocks asked about, and its findings.

import { visible } from "../visible.js";
import type { Block } from "./document.js";
import type { Claim } from "../../claim/schema.js";
import type { DatasetFinding } from "../../dataset/check.js";
import { namedIn } from "../../dataset/resolve.js";
import type { Named } from "../../dataset/resolve.js";
import { daysOf, placeable, unknownEnd } from "../../dataset/rules/context.js";
import { checkedHistories } from "../../dataset/rules/histories.js";
import type { Dataset } from "../../dataset/schema.js";
import { knownQuerySecond, OPEN_END, reportClock } from "../../revision/clock.js";
import type { RevisionHistory } from "../../revision/history.js";
import { describePeriod } from "../../time/describe.js";
import { parsePeriod } from "../../time/edtf.js";
import { asKnown } from "./as-known.js";
import { retiredItems } from "./retired.js";
import type { NotCounted } from "./retired.js";

/** The dataset a report is about, read on the two clocks asked for. */
export interface ReportContext {
  readonly dataset: Dataset;
  /** Where the dataset came from: a file, or the bundled briefing. */
  readonly origin: string;
  /** The sources, parties and claims of the dataset by id, claims with their sources in place. */
  readonly named: Named;
  /** The claims with their sources in place, in the dataset's order. */
  readonly claims: readonly Claim[];
  readonly histories: readonly RevisionHistory[];
  /** The valid time asked about (`--valid`), as EDTF. */
  readonly valid: string | undefined;
  /** The knowledge time asked about (`--known`), as EDTF. */
  readonly known: string | undefined;
  /** The second it stands for on the knowledge clock, in UTC (see `knownQuerySecond`). */
  readonly knownSecond: number;
  readonly findings: readonly DatasetFinding[];
  /** The breakdowns, waves and ledger items that rest on a claim deprecated by the knowledge time asked about, by `itemKey`: left out of every total. */
  readonly retired: ReadonlyMap<string, NotCounted>;
  /** The deprecated claims whose replacement was not yet public at the knowledge time asked about: read as they stood then (see `asKnown`). */
  readonly pending: readonly string[];
}

/** The context of a report on a dataset, with its findings. */
export function reportContext(given: Dataset, origin: string, findings: readonly DatasetFinding[], valid?: string, known?: string): ReportContext {
  const knownSecond = knownQuerySecond("report", known, "--known");
  // a deprecation is in force from when its replacement was public: before, the claim stood
  const { dataset, pending } = asKnown(given, known === undefined ? undefined : (reportedAt) => publicAt(knownSecond, reportedAt));
  const named = namedIn(dataset);
  const claims = dataset.claims.map((c) => named.claims.get(c.id) as Claim);
  // the histories the check reads: claims of a look-alike unit, subject or scope ("person\u200b") are
  // series of their own, which the check reports, rather than a refusal that would stop the report
  const histories = checkedHistories(claims.filter(placeable));
  return { dataset, origin, named, claims, histories, valid, known, knownSecond, findings, retired: retiredItems(dataset), pending };
}

/** The names `explain` gives sources: the dataset's own. */
export function sourceNames(context: ReportContext): { readonly names: Readonly<Record<string, string>> } {
  return { names: Object.fromEntries(context.dataset.sources.map((s) => [s.id, s.name])) };
}

/**
 * The names of the dataset's sources as the text report prints them, a line break or another
 * control character in one written as its escape, so that the line breaks of an explanation
 * made with them are its own (see `working`).
 */
export function shownSourceNames(context: ReportContext): { readonly names: Readonly<Record<string, string>> } {
  return { names: Object.fromEntries(context.dataset.sources.map((s) => [s.id, visible(s.name)])) };
}

/** An explanation made with `shownSourceNames` as a paragraph whose line breaks start lines ("… = a − b\n  where a = …"). */
export function working(text: string): Block {
  return { kind: "paragraph", text, breaks: true };
}

/** An EDTF time in words: "autumn 2024", "January–March 2025", "by 30 April 2025", "11 March 2025 at 09:00:00Z". */
export function inWords(edtf: string): string {
  const read = parsePeriod(edtf);
  if (!read.ok) return edtf;
  const p = read.value;
  return p.kind === "date" && p.time !== undefined ? `${describePeriod(p)} at ${p.time}` : describePeriod(p);
}

/**
 * Whether something reported at `reportedAt` (EDTF) was public by the knowledge time asked
 * about, as a revision history's knowledge clock reads both (a day known from its end, a
 * time of day in UTC); all is, when none was asked, and nothing whose report time has no end.
 */
export function publicBy(context: ReportContext, reportedAt: string): boolean {
  return reportState(context, reportedAt) === "public";
}

/**
 * Whether something reported at `reportedAt` (EDTF) was public by the knowledge time asked
 * about: `"no-last-day"` for a report time with no end (`2025/..`) or an unknown one (`2025/`),
 * of which when it became known cannot be told; all is public when none was asked.
 */
export function reportState(context: ReportContext, reportedAt: string): "public" | "not-yet-public" | "no-last-day" {
  return context.known === undefined ? "public" : stateAt(context.knownSecond, reportedAt);
}

/** {@link reportState} at the second `knownSecond` on the knowledge clock. */
function stateAt(knownSecond: number, reportedAt: string): "public" | "not-yet-public" | "no-last-day" {
  const read = parsePeriod(reportedAt);
  if (!read.ok) return "not-yet-public";
  const clock = reportClock(read.value);
  if (clock.reportedBy === OPEN_END) return "no-last-day";
  return clock.knownFrom <= knownSecond ? "public" : "not-yet-public";
}

/** Whether something reported at `reportedAt` (EDTF) was public by the second `knownSecond` on the knowledge clock. */
function publicAt(knownSecond: number, reportedAt: string): boolean {
  return stateAt(knownSecond, reportedAt) === "public";
}

/** Whether a time (EDTF) ends by the valid time asked about (all do, when none was asked); not when that turns on an unknown end. */
export function endsBy(context: ReportContext, validTime: string): boolean {
  return endState(context, validTime) === "yes";
}

/**
 * Whether a time (EDTF) ends by the valid time asked about: `"unknown"` for one whose end is
 * a day not known (`2024/`) that may fall either side of it; an unknown end is no earlier
 * than the first day its start allows, so one that starts after it is `"no"`.
 */
export function endState(context: ReportContext, validTime: string): "yes" | "no" | "unknown" {
  if (context.valid === undefined) return "yes";
  const last = daysOf(context.valid)[1];
  const [first, end] = daysOf(validTime);
  if (end <= last) return "yes";
  return unknownEnd(validTime) === "end" && first <= last ? "unknown" : "no";
}

/** Whether a time (EDTF) begins by the valid time asked about (all do, when none was asked); one whose start is unknown or open may have begun, and does. */
export function beginsBy(context: ReportContext, validTime: string): boolean {
  return context.valid === undefined || daysOf(validTime)[0] <= daysOf(context.valid)[1];
}

/** Whether a claim was public by the knowledge time asked about (all are, when none was asked). */
export function knownAt(context: ReportContext, c: Claim): boolean {
  return publicBy(context, c.reportedAt);
}

/** Whether a claim describes a time up to the valid time asked about (all do, when none was asked). */
export function validBy(context: ReportContext, c: Claim): boolean {
  return endsBy(context, c.validTime);
}
