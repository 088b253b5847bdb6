// The provenance room: sources, relay chains, and the Admiralty and ICD 203 scales.

export { ADMIRALTY_CREDIBILITY, ADMIRALTY_CREDIBILITY_GRADES, ADMIRALTY_RELIABILITY, ADMIRALTY_RELIABILITY_GRADES } from "./admiralty.js";
export type { AdmiraltyCode, AdmiraltyCredibility, AdmiraltyReliability } from "./admiralty.js";
export { lastRelay, originatorOf } from "./chain.js";
export type { ProvenanceErrorCode } from "./codes.js";
export { CONFIDENCE_LEVEL_NAMES, CONFIDENCE_LEVELS, ICD203_LIKELIHOOD, LIKELIHOOD_TERMS } from "./icd203.js";
export type { ConfidenceLevel, LikelihoodTerm } from "./icd203.js";
export { effectiveReliability } from "./reliability.js";
export type { EffectiveReliability } from "./reliability.js";
export type { Attribution, ChannelStep, IntermediaryStep, Publication, RelayStep, Source } from "./schema.js";
export { source } from "./source.js";
export type { SourceExtras } from "./source.js";
export { CHANNEL_NAMES, CHANNELS, SOURCE_KIND_NAMES, SOURCE_KINDS } from "./vocabulary.js";
export type { Channel, SourceKind } from "./vocabulary.js";
