import { FogcountError } from "../errors.js";

/** One problem with one record: where it is (`records[12].personnel`) and what is wrong. */
export interface RecordIssue {
  /** The place, as `records[12].personnel`. */
  readonly path: string;
  /** What is wrong, starting with the place. */
  readonly message: string;
}

function recordIndex(issue: RecordIssue): number {
  return Number(/^records\[(\d+)\]/.exec(issue.path)?.[1] ?? -1);
}

/** Throws `invalid-record` naming the first issue (by record), with every issue in `details.issues`. @internal */
export function throwIssues(where: string, found: readonly RecordIssue[]): void {
  const issues = [...found].sort((a, b) => recordIndex(a) - recordIndex(b));
  const first = issues[0];
  if (first === undefined) return;
  const more = issues.length > 1 ? ` (and ${issues.length - 1} more)` : "";
  throw new FogcountError("invalid-record", `${where}: ${first.message}${more}`, { issues: issues.slice(0, 100), count: issues.length });
}
