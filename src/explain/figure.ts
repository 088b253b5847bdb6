import { rethrow } from "../_lib/guard.js";
import { fail, isObject } from "../_lib/assert.js";
import { checkClaim } from "../claim/check.js";
import type { Claim } from "../claim/schema.js";
import { add, divide, multiply, scale, subtract, sumEstimates } from "../estimate/arithmetic.js";
import { ratio } from "../estimate/ratio.js";
import { checkEstimate, readInterval } from "../estimate/read.js";
import { checkSummable } from "./summable.js";
import type { Estimate } from "../estimate/schema.js";
import { table } from "../_lib/table.js";

/**
 * The operations a derived figure can record, each named for what it
 * computes: `sum` (`sumEstimates`, `add`), `difference` (`subtract`),
 * `product` (`multiply`), `quotient` (`divide`), `ratio` and `scale`.
 *
 * @category Figures
 * @example
 * OPERATIONS.includes("ratio");
 * //=> true
 */
export const OPERATIONS = /* @__PURE__ */ table(["sum", "difference", "product", "quotient", "ratio", "scale"] as const);

/** One of {@link OPERATIONS}. */
export type Operation = (typeof OPERATIONS)[number];

/** A figure that a claim states: a leaf of a derivation, with its source and dates in the claim. */
export interface StatedDerivation {
  readonly op: "claim";
  readonly claim: Claim;
}

/** A figure given as a bare estimate, with no claim behind it (a planning figure, a user's input). */
export interface GivenDerivation {
  readonly op: "given";
}

/** A figure computed from others. */
export interface OperationDerivation {
  readonly op: Operation;
  /** The figures it was computed from, in order (`difference`: minuend then subtrahend; `ratio`: part then whole). */
  readonly inputs: readonly Figure[];
  /** `scale` only: the plain number the input was multiplied by. */
  readonly factor?: number;
  /** What a reader needs to know about how it was computed ("a part never exceeds its whole"). */
  readonly note?: string;
}

/** How a figure came to be. */
export type Derivation = StatedDerivation | GivenDerivation | OperationDerivation;

/**
 * An estimate that keeps its working: the claims it rests on and the
 * operations that combined them. Plain, JSON-serialisable data; the
 * `estimate` is exactly what the plain function (`sumEstimates`, `subtract`,
 * `ratio`, …) returns for the same inputs.
 */
export interface Figure<E extends Estimate = Estimate> {
  readonly estimate: E;
  /** What the figure counts, as a reader would name it ("troops", "wounded"). */
  readonly label?: string;
  readonly derivation: Derivation;
}

/** What the functions of this room take: a figure, a claim (a stated leaf) or a bare estimate (a given leaf). */
export type FigureInput = Figure | Claim | Estimate;

/** The deepest derivation this room reads; deeper is refused, not recursed into. */
const MAX_DEPTH = 64;

/** A line break or another control character: in a label it would print a line of working no one computed. */
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/;

/** Why a label is no label, or undefined for non-empty text on one line without control characters. @internal */
export function badLabel(label: unknown): string | undefined {
  if (!(typeof label === "string" && label.trim() !== "")) return "must be non-empty text";
  return CONTROL.test(label) ? "must be one line of text, without line breaks or control characters (explain writes it into its lines of working)" : undefined;
}

function checkLabel(where: string, path: string, label: unknown): void {
  const why = label === undefined ? undefined : badLabel(label);
  if (why !== undefined) fail(where, path, why, label);
}

const PLAIN: Readonly<Record<Operation, (inputs: readonly Estimate[], unit: string, factor: number) => readonly Estimate[]>> = {
  // derive.add records a sum of two: either form is the sum
  sum: (xs, unit) => [sumEstimates(xs, { unit }), ...(xs.length === 2 ? [add(xs[0] as Estimate, xs[1] as Estimate)] : [])],
  difference: (xs) => [subtract(xs[0] as Estimate, xs[1] as Estimate)],
  product: (xs) => [multiply(xs[0] as Estimate, xs[1] as Estimate)],
  quotient: (xs) => [divide(xs[0] as Estimate, xs[1] as Estimate)],
  ratio: (xs) => [ratio(xs[0] as Estimate, xs[1] as Estimate)],
  scale: (xs, _unit, factor) => [scale(xs[0] as Estimate, factor)],
};

/**
 * Whether a computed figure holds what its operation gives on its inputs, so
 * that one edited since (in place, in JSON, by hand) is not explained as if
 * its working gave it. A figure with a note
 * was computed by a room's own rule (a dependency, a share of a wave still
 * arriving), which the plain operation does not repeat: it is taken as written.
 */
function holds(f: Figure, op: Operation, inputs: readonly Figure[], factor: number): boolean {
  const written = JSON.stringify(f.estimate);
  try {
    return PLAIN[op](inputs.map((x) => x.estimate), f.estimate.unit, factor).some((e) => JSON.stringify(e) === written);
  } catch {
    return false;
  }
}

/**
 * Whether a figure a room computed by its own rule (it has a note) from a sum or difference
 * lies within the interval sum or difference of its inputs: such a rule only narrows (a count
 * is never below zero), so a figure outside it was edited since it was computed.
 */
function narrows(f: Figure, op: Operation, inputs: readonly Figure[]): boolean {
  if (op !== "sum" && op !== "difference") return false;
  const i = readInterval(f.estimate);
  // the ends of the interval sum or difference, unbounded where an input is (no plain function refuses it here)
  const xs = inputs.map((x) => readInterval(x.estimate));
  const [first, ...rest] = xs;
  if (first === undefined) return i.low >= 0 && i.high <= 0;
  let [low, high] = [first.low, first.high];
  for (const x of rest) [low, high] = op === "sum" ? [low + x.low, high + x.high] : [low - x.high, high - x.low];
  return i.low >= low && i.high <= high;
}

/**
 * Throws `invalid-argument` unless `value` is a figure, all the way down. A figure reached
 * twice (one figure used twice in a working) is checked once (`checked`), so that a working
 * that reuses its own steps is read in time linear in its distinct figures. @internal
 */
export function checkFigure(where: string, path: string, value: unknown, depth = 0, root: unknown = value, checked: Set<unknown> = new Set()): asserts value is Figure {
  if (!isObject(value) || Array.isArray(value)) fail(where, path, "must be a figure", value);
  if (checked.has(value)) return;
  // a path this deep is too long to read: the argument's name says where, and shows the argument
  if (depth > MAX_DEPTH) fail(where, path.split(".")[0] ?? path, `is a derivation deeper than ${MAX_DEPTH} steps (or one that contains itself)`, root);
  checkEstimate(value["estimate"] as Estimate, where, `${path}.estimate`);
  checkLabel(where, `${path}.label`, value["label"]);
  const d = value["derivation"];
  if (!isObject(d)) fail(where, `${path}.derivation`, "must be a derivation", d);
  if (d["op"] === "claim") {
    checkClaim(where, `${path}.derivation.claim`, d["claim"], "invalid-argument");
    // a stated figure is its claim's estimate: a stored figure edited since would explain a number no one stated
    if (JSON.stringify(value["estimate"]) !== JSON.stringify((d["claim"] as Claim).estimate)) {
      fail(where, `${path}.estimate`, "differs from the estimate of the claim that states it", value["estimate"]);
    }
    return;
  }
  if (d["op"] === "given") return;
  if (!(OPERATIONS as readonly unknown[]).includes(d["op"])) fail(where, `${path}.derivation.op`, `must be "claim", "given" or one of ${OPERATIONS.join(", ")}`, d["op"]);
  const inputs = d["inputs"];
  // only a sum may have no inputs: the empty sum, 0
  if (!Array.isArray(inputs) || (inputs.length === 0 && d["op"] !== "sum")) fail(where, `${path}.derivation.inputs`, "must be a non-empty array of figures", inputs);
  for (let i = 0; i < inputs.length; i++) checkFigure(where, `${path}.derivation.inputs[${i}]`, inputs[i], depth + 1, root, checked);
  if (d["note"] !== undefined && typeof d["note"] !== "string") fail(where, `${path}.derivation.note`, "must be text", d["note"]);
  const factor = d["factor"];
  if (d["op"] === "scale" ? !Number.isFinite(factor) : factor !== undefined) fail(where, `${path}.derivation.factor`, "is the finite factor of a scale, and only of a scale", factor);
  const [f, op, figures] = [value as unknown as Figure, d["op"] as Operation, inputs as Figure[]];
  // a ratio is always the plain ratio, and a casualty part or total the room derives (its note says what the casualties count)
  // only narrows the plain operation (a count is never below zero); another room's own rule is taken as written
  const note = d["note"] as string | undefined;
  const kept = note !== undefined && op !== "ratio" && !note.startsWith("casualties count");
  if (!kept && !holds(f, op, figures, factor as number) && (note === undefined || op === "ratio" || !narrows(f, op, figures))) {
    fail(where, `${path}.estimate`, `is not the ${d["op"]} of its inputs: a figure edited since it was computed would explain a number its working does not give`, value["estimate"]);
  }
  // a stored sum is held to what derive.sum refuses: one claim twice, a plan, two levels of one count
  if (op === "sum" && d["note"] === undefined) checkSummable(where, figures, figures.map((_x, i) => `${path}.derivation.inputs[${i}]`));
  checked.add(value);
}

/** Reads a figure, a claim or an estimate given to `where` at `path` as a figure. @internal */
export function figureOf(where: string, path: string, value: unknown, depth = 0): Figure {
  if (isObject(value) && "derivation" in value) {
    checkFigure(where, path, value, depth);
    return value;
  }
  if (isObject(value) && "indicator" in value) {
    const c = value as unknown as Claim;
    checkClaim(where, path, c, "invalid-argument");
    return { estimate: c.estimate, derivation: { op: "claim", claim: c } };
  }
  checkEstimate(value as Estimate, where, path);
  return { estimate: value as Estimate, derivation: { op: "given" } };
}

/**
 * A figure with nothing derived: the leaf for a claim (its estimate, with the
 * claim kept for its source and dates) or for a bare estimate.
 *
 * @category Figures
 * @throws {FogcountError} `invalid-argument` for a value that is not a claim, an estimate or a figure, or a `label` that is not non-empty text.
 * @example
 * figure(approx(3000, "person"), "troops");
 * //=> { estimate: { kind: "approx", value: 3000, unit: "person" }, label: "troops", derivation: { op: "given" } }
 */
export function figure(value: FigureInput, label?: string): Figure {
  try {
    const leaf = figureOf("figure", "value", value);
    checkLabel("figure", "label", label);
    return label === undefined ? leaf : { ...leaf, label };
  } catch (error) {
    rethrow("figure", { value, label }, error);
  }
}
