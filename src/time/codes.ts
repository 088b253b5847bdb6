/** The error codes of the time room. */
export type TimeErrorCode = "invalid-period";
