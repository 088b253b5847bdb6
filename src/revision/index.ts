/**
 * Histories on two clocks, asOf, changes, contradictions, consensus. An entry of its own, so
 * that a program that only states and sums estimates does not carry the history index.
 *
 * @module fogcount/revision
 */

export { ageDays } from "./age.js";
export type { AgeOptions } from "./age.js";
export { asOf, latest } from "./as-of.js";
export type { AsOfQuery } from "./as-of.js";
export type { Clocks } from "./clock.js";
export type { RevisionErrorCode } from "./codes.js";
export { consensus } from "./consensus.js";
export type { Consensus, ConsensusQuery, DefinitionConsensus, OriginatorFigure, Spread } from "./consensus.js";
export { findContradictions } from "./contradictions.js";
export type { ContradictionCode, ContradictionOptions, Finding, FindingSeverity } from "./contradictions.js";
export { revisionHistory } from "./history.js";
export type { RevisionHistory, RevisionHistoryOptions, RevisionIndex } from "./history.js";
export { renderings } from "./restatements.js";
export type { Drift, Rendering, Renderings, RenderingsOptions } from "./restatements.js";
export { revisions } from "./revisions.js";
export type { Revision, RevisionDirection, RevisionsOptions } from "./revisions.js";
