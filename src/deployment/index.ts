/**
 * Deployments in waves, their totals over time and net presence.
 *
 * @module fogcount/deployment
 */

export { DEPLOYMENT_CATEGORIES, isDeploymentCategory } from "./categories.js";
export type { DeploymentCategory, StandardDeploymentCategory } from "./categories.js";
export type { DeploymentErrorCode, DeploymentFindingCode } from "./codes.js";
export { deployment } from "./deployment.js";
export { deploymentFindings } from "./findings.js";
export type { DeploymentFinding } from "./findings.js";
export { deploymentsFromClaims } from "./from-claims.js";
export type { FromClaims, FromClaimsOptions } from "./from-claims.js";
export { netPresence } from "./presence.js";
export type { NetPresence, NetPresenceOptions, PresenceCounts } from "./presence.js";
export type { Deployment } from "./schema.js";
export type { DeploymentSelection } from "./select.js";
export { deploymentSeries, deploymentTotal } from "./total.js";
export type { DeploymentPoint, DeploymentTotalOptions } from "./total.js";
