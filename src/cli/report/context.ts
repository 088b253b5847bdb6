// What the sections of a report read: the dataset, its claims with their
// sources, its histories, the two clocks asked about, and its findings.

import type { Claim } from "../../claim/schema.js";
import type { DatasetFinding } from "../../dataset/check.js";
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
  readonly claims: readonly Claim[];
  readonly histories: readonly RevisionHistory[];
  /** The valid time asked about (`--valid`), as EDTF. */
  readonly valid: string | undefined;
  /** The knowledge time asked about (`--known`), as EDTF. */
  readonly known: string | undefined;
  readonly findings: readonly DatasetFinding[];
}

/** The context of a report on a dataset whose claims are `claims`, with its findings. */
export function reportContext(dataset: Dataset, origin: string, claims: readonly Claim[], findings: readonly DatasetFinding[], valid?: string, known?: string): ReportContext {
  return { dataset, origin, claims, histories: revisionHistory(claims.filter((c) => daysOf(c.reportedAt)[1] !== Infinity)), valid, known, findings };
}

/** An EDTF time in words: "autumn 2024", "January–March 2025", "by 30 April 2025". */
export function inWords(edtf: string): string {
  const read = parsePeriod(edtf);
  return read.ok ? describePeriod(read.value) : edtf;
}

/** Whether a claim was public by the knowledge time asked about (all are, when none was asked). */
export function knownAt(context: ReportContext, c: Claim): boolean {
  return context.known === undefined || daysOf(c.reportedAt)[1] <= daysOf(context.known)[1];
}

/** Whether a claim describes a time up to the valid time asked about (all do, when none was asked). */
export function validBy(context: ReportContext, c: Claim): boolean {
  return context.valid === undefined || daysOf(c.validTime)[1] <= daysOf(context.valid)[1];
}
