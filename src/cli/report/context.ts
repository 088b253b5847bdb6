// What the sections of a report read: the dataset, its claims with their
// sources, its histories, the two clocks asked about, and its findings.

import type { Claim } from "../../claim/schema.js";
import type { DatasetFinding } from "../../dataset/check.js";
import { namedIn } from "../../dataset/resolve.js";
import type { Named } from "../../dataset/resolve.js";
import { daysOf } from "../../dataset/rules/context.js";
import type { Dataset } from "../../dataset/schema.js";
import { revisionHistory } from "../../revision/history.js";
import type { RevisionHistory } from "../../revision/history.js";
import { describePeriod } from "../../time/describe.js";
import { parsePeriod } from "../../time/edtf.js";

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
  readonly findings: readonly DatasetFinding[];
}

/** The context of a report on a dataset, with its findings. */
export function reportContext(dataset: Dataset, origin: string, findings: readonly DatasetFinding[], valid?: string, known?: string): ReportContext {
  const named = namedIn(dataset);
  const claims = dataset.claims.map((c) => named.claims.get(c.id) as Claim);
  return { dataset, origin, named, claims, histories: revisionHistory(claims.filter((c) => daysOf(c.reportedAt)[1] !== Infinity)), valid, known, findings };
}

/** The names `explain` gives sources: the dataset's own. */
export function sourceNames(context: ReportContext): { readonly names: Readonly<Record<string, string>> } {
  return { names: Object.fromEntries(context.dataset.sources.map((s) => [s.id, s.name])) };
}

/** An EDTF time in words: "autumn 2024", "January–March 2025", "by 30 April 2025". */
export function inWords(edtf: string): string {
  const read = parsePeriod(edtf);
  return read.ok ? describePeriod(read.value) : edtf;
}

/** Whether something reported at `reportedAt` (EDTF) was public by the knowledge time asked about (all is, when none was asked). */
export function publicBy(context: ReportContext, reportedAt: string): boolean {
  return context.known === undefined || daysOf(reportedAt)[1] <= daysOf(context.known)[1];
}

/** Whether a time (EDTF) ends by the valid time asked about (all do, when none was asked). */
export function endsBy(context: ReportContext, validTime: string): boolean {
  return context.valid === undefined || daysOf(validTime)[1] <= daysOf(context.valid)[1];
}

/** Whether a claim was public by the knowledge time asked about (all are, when none was asked). */
export function knownAt(context: ReportContext, c: Claim): boolean {
  return publicBy(context, c.reportedAt);
}

/** Whether a claim describes a time up to the valid time asked about (all do, when none was asked). */
export function validBy(context: ReportContext, c: Claim): boolean {
  return endsBy(context, c.validTime);
}
