/**
 * Charts of the rooms' figures as SVG strings, pure and deterministic, accessible and readable
 * in grey. An entry of its own, so that a program that only computes does not carry the drawing.
 *
 * @module fogcount/render
 */

export type { RenderErrorCode } from "./codes.js";
export type { ChartOptions } from "./options.js";
export { revisionChart } from "./revision.js";
export type { RevisionChartOptions } from "./revision.js";
export { deploymentChart } from "./deployment.js";
export type { DeploymentChartOptions } from "./deployment.js";
export { casualtyChart } from "./casualty.js";
export type { CasualtyChartOptions } from "./casualty.js";
export { ledgerChart } from "./ledger.js";
export type { LedgerChartOptions } from "./ledger.js";
