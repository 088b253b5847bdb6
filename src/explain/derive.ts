import { fail, optionsOf, within } from "../_lib/assert.js";
import { rethrow } from "../_lib/guard.js";
import { add, divide, multiply, scale, subtract, sumEstimates } from "../estimate/arithmetic.js";
import { ratio } from "../estimate/ratio.js";
import type { Estimate } from "../estimate/schema.js";
import { badLabel, figureOf } from "./figure.js";
import { checkInForce, checkSummable } from "./summable.js";
import type { Figure, FigureInput, Operation } from "./figure.js";

/** Options of every {@link derive} function. */
export interface DeriveOptions {
  /** What the result counts, as a reader would name it ("troops", "wounded"). */
  readonly label?: string;
}

/** Options of {@link derive}`.sum`. */
export interface DeriveSumOptions extends DeriveOptions {
  /** The unit of an empty sum, as in `sumEstimates`. */
  readonly unit?: string;
}

function labelOf(where: string, options: DeriveSumOptions | undefined, names: readonly (keyof DeriveSumOptions)[] = ["label"]): DeriveSumOptions {
  const checked = optionsOf(where, options, "options", names);
  const { label } = checked;
  const why = label === undefined ? undefined : badLabel(label);
  if (why !== undefined) fail(where, "options.label", why, label, "invalid-option");
  return checked;
}

function result(estimate: Estimate, op: Operation, inputs: readonly Figure[], label: string | undefined, extra: { factor?: number; note?: string } = {}): Figure {
  return { estimate, ...(label !== undefined && { label }), derivation: { op, inputs, ...extra } };
}

type Binary = (a: Estimate, b: Estimate) => Estimate;

function binary(where: string, op: Operation, compute: Binary, names: readonly [string, string], note?: string) {
  return (a: FigureInput, b: FigureInput, options?: DeriveOptions): Figure => {
    try {
      const { label } = labelOf(where, options);
      const x = figureOf(where, names[0], a, 1);
      const y = figureOf(where, names[1], b, 1);
      if (op === "sum") checkSummable(where, [x, y], names);
      else checkInForce(where, [x, y], names);
      return result(within(where, () => compute(x.estimate, y.estimate)), op, [x, y], label, note === undefined ? {} : { note });
    } catch (error) {
      return rethrow(where, { [names[0]]: a, [names[1]]: b, options }, error);
    }
  };
}

/**
 * Arithmetic that keeps its working. Each function takes figures, claims or
 * bare estimates, computes exactly what the plain function of the same name
 * computes, and returns a {@link Figure} whose derivation records the inputs
 * and the operation, for {@link explain} to show. The plain functions
 * (`sumEstimates`, `subtract`, …) stay as they are, with no cost for this.
 *
 * @category Figures
 * Every function refuses a deprecated claim (`status.kind` `"deprecated"`), however deep in a
 * figure: its source withdrew it, so nothing in force is computed from it (use its replacement).
 * `sum` and `add` refuse to add what would count something twice or what no one asserted:
 * a claim that is a plan, a projection, a possibility or a restatement, one claim reached twice,
 * two levels (stocks) of one count, whatever their valid times (a later figure, or another
 * source's, restates the number: a level as of March plus one as of April is no total), two
 * flows or increments of one count whose valid times overlap or may overlap (an open or unknown
 * end), and claims of different measures (the casualty parts killed, wounded, missing and
 * captured may be added together).
 *
 * @throws {FogcountError} `invalid-argument` for an input that is not a figure, a claim or an estimate, a deprecated claim, or (`sum`, `add`) a claim that is not asserted, a restatement, or a second figure of one count (two levels, or two flows or increments over overlapping times); `duplicate-claim-id` (`sum`, `add`) for one claim reached twice; `mixed-indicators` (`sum`, `add`) for claims of different measures; `invalid-option` for options that are not an object, an unknown option, or a `label` that is not non-empty text on one line (a line break or control character would print a line of working no one computed); and whatever the plain function throws (`unit-mismatch`, `overflow`, `part-exceeds-whole`, …).
 * @example
 * derive.sum([range(10_000, 12_000, "person"), approx(3000, "person")], { label: "troops" }).estimate;
 * //=> { kind: "range", low: 13000, high: 15000, unit: "person", approx: true }
 */
export const derive = {
  /** The sum of a list, as {@link sumEstimates}. */
  sum(inputs: readonly FigureInput[], options?: DeriveSumOptions): Figure {
    const where = "derive.sum";
    try {
      const { label, unit } = labelOf(where, options, ["label", "unit"]);
      if (!Array.isArray(inputs)) fail(where, "inputs", "must be an array of figures, claims or estimates", inputs);
      const figures: Figure[] = [];
      for (let i = 0; i < inputs.length; i++) figures.push(figureOf(where, `inputs[${i}]`, inputs[i], 1));
      checkSummable(where, figures, figures.map((_f, i) => `inputs[${i}]`));
      const total = within(where, () => sumEstimates(figures.map((f) => f.estimate), unit === undefined ? undefined : { unit }), ["list", "inputs"]);
      return result(total, "sum", figures, label);
    } catch (error) {
      return rethrow(where, { inputs, options }, error);
    }
  },
  /** `a + b`, as {@link add}. */
  add: /* @__PURE__ */ binary("derive.add", "sum", add as Binary, ["a", "b"]),
  /** `a − b` for independent figures, as {@link subtract}. */
  subtract: /* @__PURE__ */ binary("derive.subtract", "difference", subtract as Binary, ["a", "b"]),
  /** `a × b`, as {@link multiply}. */
  multiply: /* @__PURE__ */ binary("derive.multiply", "product", multiply, ["a", "b"]),
  /** `a ÷ b` for independent figures, as {@link divide}. */
  divide: /* @__PURE__ */ binary("derive.divide", "quotient", divide, ["a", "b"]),
  /** The share a part is of a whole that contains it, as {@link ratio}. */
  ratio: /* @__PURE__ */ binary("derive.ratio", "ratio", ratio, ["part", "whole"], "a part never exceeds its whole"),
  /** A figure times a plain number, as {@link scale}. */
  scale(input: FigureInput, factor: number, options?: DeriveOptions): Figure {
    const where = "derive.scale";
    try {
      const { label } = labelOf(where, options);
      const x = figureOf(where, "input", input, 1);
      checkInForce(where, [x], ["input"]);
      return result(within(where, () => scale(x.estimate, factor)), "scale", [x], label, { factor });
    } catch (error) {
      return rethrow(where, { input, options }, error);
    }
  },
} as const;

/** @internal A figure computed by a room's own rule, with the note that says which. */
export function derived(estimate: Estimate, op: Operation, inputs: readonly Figure[], options: { label?: string; note?: string } = {}): Figure {
  const { label, note } = options;
  return result(estimate, op, inputs, label, note === undefined ? {} : { note });
}
