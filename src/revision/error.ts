import { FogcountError } from "../errors.js";
import type { FogcountErrorCode } from "../errors.js";
import type { RevisionErrorCode } from "./codes.js";

/**
 * A FogcountError with a revision-room code. @internal
 *
 * The cast stands until `RevisionErrorCode` is part of `FogcountErrorCode`.
 */
export function revisionError(
  code: RevisionErrorCode,
  message: string,
  details: Readonly<Record<string, unknown>> = {},
): FogcountError {
  return new FogcountError(code as unknown as FogcountErrorCode, message, details);
}
