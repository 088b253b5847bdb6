/** The error codes of the provenance room. */
export type ProvenanceErrorCode = "invalid-source";
