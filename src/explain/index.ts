/**
 * Figures that keep their working, and the words to show it.
 *
 * @module fogcount/explain
 */

export { derive } from "./derive.js";
export type { DeriveOptions, DeriveSumOptions } from "./derive.js";
export { explain } from "./explain.js";
export type { ExplainedClaim, Explanation, ExplainOptions } from "./explain.js";
export { figure, OPERATIONS } from "./figure.js";
export type { Derivation, Figure, FigureInput, GivenDerivation, Operation, OperationDerivation, StatedDerivation } from "./figure.js";
