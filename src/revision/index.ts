// The revision room: histories on two clocks, asOf, changes, contradictions, consensus.

export { asOf, latest } from "./as-of.js";
export type { AsOfQuery } from "./as-of.js";
export type { RevisionErrorCode } from "./codes.js";
export { consensus } from "./consensus.js";
export type { Consensus, OriginatorFigure } from "./consensus.js";
export { findContradictions } from "./contradictions.js";
export type { ContradictionCode, ContradictionOptions, Finding, FindingSeverity } from "./contradictions.js";
export { revisionHistory } from "./history.js";
export type { RevisionHistory, RevisionHistoryOptions, RevisionIndex } from "./history.js";
export { revisions } from "./revisions.js";
export type { Revision, RevisionDirection, RevisionsOptions } from "./revisions.js";
