// A zero that stands for no figure: the source's words say none was given ("n/a", "unknown", "—"),
// and unknown is not zero. Not exported from the package.

import type { Estimate } from "./schema.js";

/** Text that says no figure was given: a dash, a question mark, "unknown", "n/a", "not reported". */
const NO_FIGURE =
  /^[\s\-–—?.]*$|\b(?:unknown|not known|n\/a|not available|unavailable|not reported|unreported|no data|no figure|undisclosed|not disclosed|unclear|tbd|tba)\b/i;

/** Whether an estimate is zero and nothing else. @internal */
export function isZero(e: Estimate): boolean {
  return (e.kind === "exact" && e.value === 0) || (e.kind === "range" && e.low === 0 && e.high === 0);
}

/**
 * The words of a zero that say no figure was given (the estimate's `text`, else `text`, the
 * claim's words), or undefined for any other estimate: "n/a" recorded as 0 is unknown, not zero. @internal
 */
export function noFigureWords(e: Estimate, text?: string): string | undefined {
  const words = e.text ?? text;
  return isZero(e) && words !== undefined && NO_FIGURE.test(words) ? words : undefined;
}
