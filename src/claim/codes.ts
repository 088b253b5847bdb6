/** The error codes of the claim room. */
export type ClaimErrorCode = "invalid-claim";
