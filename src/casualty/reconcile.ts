import { rethrow } from "../_lib/guard.js";
import { addIntervals, negateInterval } from "../_lib/interval-math.js";
import type { CasualtyPart } from "../claim/measures.js";
import { sumEstimates } from "../estimate/arithmetic.js";
import { stateInterval } from "../estimate/interval.js";
import { isHedged, readInterval } from "../estimate/read.js";
import { noFigureWords } from "../estimate/no-figure.js";
import type { Estimate } from "../estimate/schema.js";
import { derived } from "../explain/derive.js";
import type { Figure } from "../explain/figure.js";
import { breakdownOf, checkOneBasis, readBreakdown } from "./check.js";
import type { Cell, ReadBreakdown } from "./check.js";
import { compositionFindings, definitionFindings, listOf, named } from "./findings.js";
import type { CasualtyFinding } from "./findings.js";
import type { CasualtyBreakdown } from "./schema.js";
import { BREAKDOWN_FIELDS } from "./vocabulary.js";
import type { BreakdownField } from "./vocabulary.js";

/** What {@link reconcileCasualties} returns. */
export interface Reconciliation {
  /** The breakdown with every figure the others determine filled in; given figures as they were. */
  readonly breakdown: CasualtyBreakdown;
  /** Each derived figure with its working, for `explain`, by field. */
  readonly derived: Readonly<Partial<Record<BreakdownField, Figure>>>;
  /** What the figures say about one another, and what could not be derived. */
  readonly findings: readonly CasualtyFinding[];
}

const LABELS: Readonly<Record<BreakdownField, string>> = { killed: "killed", wounded: "wounded", missing: "missing", captured: "captured", total: "casualties" };

type Stated = Extract<Cell, { estimate: Estimate }>;
const isStated = (cell: Cell): cell is Stated => "estimate" in cell;
/** A figure a derivation may fill in: one the source does not give, and does not say it saw none of. */
const isOpen = (cell: Cell): boolean => "state" in cell && cell.state !== "none-observed";

/** The leaf of a given figure: its claim, where the breakdown keeps one. */
function leaf(read: ReadBreakdown, field: BreakdownField): Figure {
  const cell = read.cells[field] as Stated;
  const c = read.claims[field];
  return { estimate: cell.estimate, label: LABELS[field], derivation: c === undefined ? { op: "given" } : { op: "claim", claim: c } };
}

function counts(includes: readonly CasualtyPart[]): string {
  return `casualties count ${listOf(includes)}`;
}

/** The total as the sum of the parts it counts. */
function deriveTotal(read: ReadBreakdown): Figure {
  const leaves = read.includes.map((p) => leaf(read, p));
  return derived(sumEstimates(leaves.map((l) => l.estimate)), "sum", leaves, { label: LABELS.total, note: counts(read.includes) });
}

/** The part the others leave of the total, never below zero; undefined when the others exceed it. */
function derivePart(read: ReadBreakdown, part: CasualtyPart): Figure | undefined {
  const total = leaf(read, "total");
  const others = read.includes.filter((p) => p !== part).map((p) => leaf(read, p));
  // a total that counts one part is that part
  if (others.length === 0) return derived(sumEstimates([total.estimate]), "sum", [total], { label: LABELS[part], note: counts(read.includes) });
  const given =
    others.length === 1
      ? (others[0] as Figure)
      : derived(sumEstimates(others.map((o) => o.estimate)), "sum", others, { label: listOf(others.map((o) => o.label as string)) });
  const d = addIntervals(readInterval(total.estimate), negateInterval(readInterval(given.estimate)));
  if (d.high < 0 || (d.high === 0 && d.highOpen)) return undefined;
  // part ≤ whole holds by itself (the others are not below zero); part ≥ 0 is what the interval difference forgets
  const clamped = d.low < 0;
  const interval = clamped ? { ...d, low: 0, lowOpen: false } : d;
  const estimate = stateInterval(interval, total.estimate.unit, isHedged(total.estimate) || isHedged(given.estimate));
  const note = `${counts(read.includes)}${clamped ? "; a count is never below zero" : ""}`;
  return derived(estimate, "difference", [total, given], { label: LABELS[part], note });
}

function blocked(read: ReadBreakdown, targets: readonly BreakdownField[], blockers: readonly BreakdownField[]): CasualtyFinding {
  const { cells } = read;
  const why = blockers.map((f) => named(f, cells[f]));
  const targetNames = listOf(targets.map((f) => (f === "total" ? "the total" : f)));
  const reason =
    blockers.length === 0
      ? `the total less the parts given leaves ${targetNames} together, and no figure divides it among them`
      : `${listOf(why)} ${blockers.length === 1 ? "is not a figure" : "are not figures"}, and unknown is not zero`;
  return { code: "not-derivable", severity: "warning", message: `${targetNames} cannot be derived: ${reason}`, fields: [...targets, ...blockers] };
}

/** What the figures determine, and the findings on what they cannot. */
function derive(read: ReadBreakdown, findings: CasualtyFinding[]): Partial<Record<BreakdownField, Figure>> {
  const { cells, includes } = read;
  const out: Partial<Record<BreakdownField, Figure>> = {};
  const missing = includes.filter((p) => !isStated(cells[p]));
  const open = missing.filter((p) => isOpen(cells[p]));
  const closed = missing.filter((p) => !isOpen(cells[p]));
  if (isStated(cells.total)) {
    const total = cells.total as Stated;
    // a total of exactly 0 fixes every part it counts at 0: no count is below zero
    if (open.length > 0 && total.interval.low === 0 && total.interval.high === 0) {
      const zero = leaf(read, "total");
      for (const p of open as CasualtyPart[]) out[p] = derived(sumEstimates([zero.estimate]), "sum", [zero], { label: LABELS[p], note: `${counts(includes)}; a total of 0 leaves each at 0` });
      return out;
    }
    // a part none observed, the others given, and the total leaving room for it: the figures disagree, or some are not counted
    if (open.length === 0 && missing.length === 1) {
      const left = derivePart(read, closed[0] as CasualtyPart);
      if (left !== undefined && readInterval(left.estimate).high > 0) findings.push(blocked(read, closed, closed));
    }
    if (open.length === 0) return out;
    if (missing.length === 1) {
      const figure = derivePart(read, open[0] as CasualtyPart);
      if (figure !== undefined) out[open[0] as CasualtyPart] = figure;
      return out;
    }
    findings.push(blocked(read, open, open.length > 1 && closed.length === 0 ? [] : closed));
    return out;
  }
  if (!isOpen(cells.total) || missing.length === includes.length) return out;
  if (missing.length === 0) out.total = deriveTotal(read);
  else findings.push(blocked(read, ["total"], missing));
  return out;
}

/**
 * The breakdown as the derivations read it: a zero whose words say no figure was given ("n/a",
 * "—", in the estimate's `text` or its claim's) is of unknown size, not 0 (the dataset check
 * calls it `unknown-as-zero`), and so is a figure whose claim is a plan, a projection or a
 * possibility, which counts nothing: nothing is derived from either. @internal
 */
export function countsOnly(read: ReadBreakdown): ReadBreakdown {
  let cells: Record<BreakdownField, Cell> | undefined;
  for (const field of BREAKDOWN_FIELDS) {
    const cell = read.cells[field];
    const claim = read.claims[field];
    const notCount = claim !== undefined && (claim.modality ?? "asserted") !== "asserted";
    if ("estimate" in cell && (notCount || noFigureWords(cell.estimate, claim?.text) !== undefined)) (cells ??= { ...read.cells })[field] = { state: "unknown" };
  }
  return cells === undefined ? read : { ...read, cells };
}

/**
 * A breakdown with the figures that the others determine derived, and
 * findings on what the figures say about one another.
 *
 * A part the total counts is the total less the other parts it counts, when
 * they are all given: NIS's 4,700 casualties counting killed and wounded,
 * less about 600 killed, leave about 4,100 wounded. The interval difference
 * is cut at zero (a count is never below zero) and never exceeds the total,
 * since the other parts are not below zero. A total not given is the sum of
 * the parts it counts, when they are all given. Each derived figure is kept
 * in `derived` as a `Figure`, with the claims it rests on, for `explain`.
 *
 * Unknown is not zero: a figure that is `"unknown"`, `"not-reported"` or
 * `"none-observed"`, a 0 whose words say no figure was given ("n/a"), or a figure whose claim
 * is a plan or a projection, is never read as 0 or a count, so a total less a part of unknown
 * size is not derived, and a `not-derivable` finding says so. Given figures
 * are kept as they were; hedged ones are compared as stated (widen them
 * first with `applyHedge` to allow for rounding). Findings, with stable codes
 * (see {@link CasualtyFindingCode}): `part-exceeds-total`,
 * `parts-exceed-total` (nothing is then derived from the total),
 * `parts-fall-short`, `definition-mismatch` (a part given that the total does
 * not count) and `not-derivable`.
 *
 * @category Casualty
 * @throws {FogcountError} `invalid-breakdown` for a value that is not a casualty breakdown (see `CasualtyBreakdownSchema`), or one with a field it does not have (a misspelt `wonded`, named with the field meant); `mixed-breakdown` for `claims` of several originators, subjects, scopes or valid times; `overflow` for a sum past the largest finite number.
 * @example
 * const { breakdown, derived } = reconcileCasualties(nisBriefing2025CasualtiesApril);
 * breakdown.wounded;
 * //=> { kind: "approx", value: 4100, unit: "person" }
 * explain(derived.wounded, { names: { "kr-nis": "NIS" } });
 * //=> "about 4,100 wounded = an estimated 4,700 casualties (NIS, 30 April 2025) − approximately 600 killed (NIS, 30 April 2025) (casualties count killed and wounded)"
 */
export function reconcileCasualties(breakdown: CasualtyBreakdown): Reconciliation {
  try {
    const given = readBreakdown("reconcileCasualties", "breakdown", breakdown);
    checkOneBasis("reconcileCasualties", "breakdown.claims", given.claims);
    const read = countsOnly(given);
    const findings = compositionFindings(read);
    findings.push(...definitionFindings(read));
    const exceeded = findings.some((f) => f.code === "part-exceeds-total" || f.code === "parts-exceed-total");
    const figures = exceeded ? {} : derive(read, findings);
    const cells: Record<BreakdownField, Cell> = { ...given.cells };
    for (const [field, figure] of Object.entries(figures) as [BreakdownField, Figure][]) {
      cells[field] = { estimate: figure.estimate, interval: readInterval(figure.estimate) };
    }
    return { breakdown: breakdownOf(cells, read.includes, read.claims), derived: figures, findings };
  } catch (error) {
    rethrow("reconcileCasualties", { breakdown }, error);
  }
}
