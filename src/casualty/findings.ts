// What the figures of a breakdown say about one another: the findings that
// reconcileCasualties and checkComposition share. Not exported from the package.

import { addIntervals } from "../_lib/interval-math.js";
import { CASUALTY_PARTS } from "../claim/measures.js";
import { formatEstimate } from "../estimate/format.js";
import type { Interval } from "../estimate/interval.js";
import { stateInterval } from "../estimate/interval.js";
import { isHedged } from "../estimate/read.js";
import type { Estimate } from "../estimate/schema.js";
import type { Cell, ReadBreakdown } from "./check.js";
import type { CasualtyFindingCode } from "./codes.js";
import type { BreakdownField } from "./vocabulary.js";

/** A finding about a breakdown: plain data with a stable code and the fields involved. */
export interface CasualtyFinding {
  readonly code: CasualtyFindingCode;
  /** `error` for figures that cannot all be so; `warning` for a definition to look at or a figure that cannot be derived. */
  readonly severity: "error" | "warning";
  /** What was found, naming the figures. */
  readonly message: string;
  /** The fields involved. */
  readonly fields: readonly BreakdownField[];
}

type Stated = { readonly estimate: Estimate; readonly interval: Interval };

/** "a", "a and b", "a, b and c". @internal */
export function listOf(words: readonly string[]): string {
  return words.length <= 1 ? (words[0] ?? "") : `${words.slice(0, -1).join(", ")} and ${words[words.length - 1]}`;
}

/** Every value of `a` is above every value of `b`. @internal */
export function above(a: Interval, b: Interval): boolean {
  return a.low > b.high || (a.low === b.high && (a.lowOpen || b.highOpen));
}

/** A field and its figure as a message names them: "killed (approximately 600)". @internal */
export function named(field: BreakdownField, cell: Cell): string {
  const what = field === "total" ? "the total" : field;
  return "state" in cell ? `${what} (${cell.state.replace("-", " ")})` : `${what} (${formatEstimate(cell.estimate)})`;
}

function sumOf(parts: readonly Stated[], unit: string): { interval: Interval; text: string } {
  let interval = parts[0]?.interval as Interval;
  for (let i = 1; i < parts.length; i++) interval = addIntervals(interval, (parts[i] as Stated).interval);
  return { interval, text: formatEstimate(stateInterval(interval, unit, parts.some((p) => isHedged(p.estimate)))) };
}

/**
 * The findings on the parts the total counts, when the total is given: a part
 * certainly above it, parts certainly summing above it, and every part given
 * but certainly summing below it. Figures are compared as they are given. @internal
 */
export function compositionFindings(read: ReadBreakdown): CasualtyFinding[] {
  const { cells, includes } = read;
  const total = cells.total;
  if (!("interval" in total)) return [];
  const out: CasualtyFinding[] = [];
  const stated = includes.filter((p) => "interval" in cells[p]);
  const figures = stated.map((p) => cells[p] as Stated);
  stated.forEach((part, k) => {
    if (!above((figures[k] as Stated).interval, total.interval)) return;
    out.push({
      code: "part-exceeds-total",
      severity: "error",
      message: `${named(part, cells[part])} is more than ${named("total", total)}, which counts it`,
      fields: [part, "total"],
    });
  });
  if (out.length > 0 || stated.length === 0) return out;
  const sum = sumOf(figures, total.estimate.unit);
  const parts = listOf(stated.map((p) => named(p, cells[p])));
  if (stated.length > 1 && above(sum.interval, total.interval)) {
    out.push({
      code: "parts-exceed-total",
      severity: "error",
      message: `${parts} sum to ${sum.text}, more than ${named("total", total)}, which counts them`,
      fields: [...stated, "total"],
    });
  } else if (stated.length === includes.length && above(total.interval, sum.interval)) {
    out.push({
      code: "parts-fall-short",
      severity: "warning",
      message: `${parts} sum to ${sum.text}, less than ${named("total", total)}, which counts ${includes.length === 1 ? "only it" : "exactly them"}`,
      fields: [...stated, "total"],
    });
  }
  return out;
}

/** `definition-mismatch` for each part given, or said to exist, that the total does not count. @internal */
export function definitionFindings(read: ReadBreakdown): CasualtyFinding[] {
  const { cells, includes } = read;
  const out: CasualtyFinding[] = [];
  for (const part of CASUALTY_PARTS) {
    const cell = cells[part];
    if (includes.includes(part) || ("state" in cell && cell.state !== "unknown")) continue;
    out.push({
      code: "definition-mismatch",
      severity: "warning",
      message: `${named(part, cell)} is ${"state" in cell ? "said to exist" : "given"}, but the total counts ${listOf(includes)} only: ${part} are not in it`,
      fields: [part, "total"],
    });
  }
  return out;
}
