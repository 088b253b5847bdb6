// The dataset matchers of fogcountMatchers: toPassDatasetCheck and
// toHaveFinding. Not exported from the package but through fogcountMatchers.

import { fail, oneOf, optionsOf, show } from "../_lib/assert.js";
import { guarded, rethrow, unreadable } from "../_lib/guard.js";
import { DATASET_RULES, lintDataset, readCheckOptions } from "../dataset/check.js";
import type { CheckDatasetOptions, DatasetFinding } from "../dataset/check.js";
import type { DatasetRuleCode, DatasetSeverity } from "../dataset/codes.js";
import { readDataset } from "../dataset/read.js";
import type { JsonPath } from "../dataset/sections.js";
import { isFogcountError } from "../errors.js";
import type { MatcherResult } from "./matchers.js";

/** Options for the `toHaveFinding` matcher. */
export interface ToHaveFindingOptions {
  /**
   * Only a finding at this path, or below it, counts: `["claims", 3]` matches
   * a finding at `claims.3.indicator.unit` as well as one at `claims.3`, and
   * `["claims", 3, "indicator", "unit"]` that one alone. `[]` matches any.
   */
  readonly path?: JsonPath;
  /** Only a finding of this severity counts. */
  readonly severity?: DatasetSeverity;
}

const CODES: readonly string[] = DATASET_RULES.map((r) => r.code);

/** A finding as a line of a message: `error unit-mismatch at claims.3.indicator.unit: …`. */
const line = (f: DatasetFinding): string => `  ${f.severity} ${f.code} at ${f.path.join(".") || "(root)"}: ${f.message}`;

/** The most findings a message lists; the rest are counted, as a runner cuts a long diff. */
const SHOWN = 20;

/** Findings as the lines of a message: their count, the first {@link SHOWN}, and how many more there are. */
function listed(findings: readonly DatasetFinding[]): string {
  if (findings.length === 0) return "nothing";
  const more = findings.length - SHOWN;
  return `${findings.length}:\n${findings.slice(0, SHOWN).map(line).join("\n")}${more > 0 ? `\n  … and ${more} more` : ""}`;
}

/** The findings of a dataset for matcher `where`, or (when `soft`) the reason it is not a dataset. */
function findingsOf(where: string, received: unknown, options: CheckDatasetOptions | undefined, soft: boolean): DatasetFinding[] | string {
  const [severities, settings] = readCheckOptions(where, options);
  try {
    return lintDataset(readDataset(where, received), severities, settings);
  } catch (error) {
    // a value that cannot be read (a revoked proxy, a getter that throws) is named for the matcher, not for the reader it was passed
    // to, before anything else: the reader reports it as a dataset with a problem at its path, which it is not
    if (unreadable({ received }) !== undefined) rethrow(where, { received }, undefined);
    if (soft && isFogcountError(error, "invalid-dataset")) return error.message;
    throw error;
  }
}

/** `toPassDatasetCheck`: the value is a dataset in which `checkDataset` (with the options given) finds nothing. @internal */
export function toPassDatasetCheck(received: unknown, options?: CheckDatasetOptions): MatcherResult {
  const where = "toPassDatasetCheck";
  const found = guarded(where, { received, options }, () => findingsOf(where, received, options, true));
  if (typeof found === "string") return { pass: false, message: () => `expected a dataset that passes checkDataset, but it is not a dataset: ${found}` };
  const pass = found.length === 0;
  return {
    pass,
    message: () => (pass ? "expected checkDataset to find something in the dataset, but it found nothing" : `expected checkDataset to find nothing in the dataset, but it found ${listed(found)}`),
  };
}

/** Whether `path` is `prefix` or lies below it. */
function under(path: JsonPath, prefix: JsonPath): boolean {
  return path.length >= prefix.length && prefix.every((k, i) => k === path[i]);
}

function readFindingOptions(where: string, options: ToHaveFindingOptions | undefined): ToHaveFindingOptions {
  const o = optionsOf(where, options, "options", ["path", "severity"]);
  const path = o.path;
  if (path !== undefined && !(Array.isArray(path) && Array.from(path as unknown[]).every((k) => typeof k === "string" || (Number.isInteger(k) && (k as number) >= 0)))) {
    fail(where, "options.path", "must be a list of field names and indexes", path, "invalid-option");
  }
  // ["claims", "7"] would match nothing: a finding's path holds the index as a number
  const digits = path?.findIndex((k) => typeof k === "string" && /^\d+$/.test(k)) ?? -1;
  if (digits >= 0) fail(where, `options.path[${digits}]`, `is an index written as text: a finding's path holds it as a number (${String(path?.[digits])})`, path?.[digits], "invalid-option");
  if (o.severity !== undefined) oneOf(where, "options.severity", o.severity, ["error", "warning"]);
  return o;
}

/** `toHaveFinding`: `checkDataset` finds in the dataset a finding of `code` (at `options.path` or below it, of `options.severity`, when given). @internal */
export function toHaveFinding(received: unknown, code: DatasetRuleCode, options?: ToHaveFindingOptions): MatcherResult {
  const where = "toHaveFinding";
  const [found, wanted] = guarded(where, { received, code, options }, () => {
    if (!CODES.includes(code)) fail(where, "code", `must be the code of a rule of DATASET_RULES (${CODES.join(", ")})`, code);
    const o = readFindingOptions(where, options);
    return [findingsOf(where, received, undefined, false) as DatasetFinding[], o] as const;
  });
  const matches = found.filter((f) => f.code === code && (wanted.path === undefined || under(f.path, wanted.path)) && (wanted.severity === undefined || f.severity === wanted.severity));
  const pass = matches.length > 0;
  const what = `${wanted.severity === undefined ? "" : `${wanted.severity} `}finding ${code}${wanted.path === undefined ? "" : ` at or below ${show(wanted.path.join("."))}`}`;
  const article = /^[aeiou]/.test(what) ? "an" : "a";
  return {
    pass,
    message: () => (pass ? `expected no ${what}, but checkDataset found ${listed(matches)}` : `expected ${article} ${what}, but checkDataset found ${listed(found)}`),
  };
}
