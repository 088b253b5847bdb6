import type { CasualtyErrorCode } from "./casualty/codes.js";
import type { ClaimErrorCode } from "./claim/codes.js";
import type { DeploymentErrorCode } from "./deployment/codes.js";
import type { DatasetErrorCode } from "./dataset/codes.js";
import type { EstimateErrorCode } from "./estimate/codes.js";
import type { ImportErrorCode } from "./import/codes.js";
import type { LedgerErrorCode } from "./ledger/codes.js";
import type { ProvenanceErrorCode } from "./provenance/codes.js";
import type { RenderErrorCode } from "./render/codes.js";
import type { RevisionErrorCode } from "./revision/codes.js";
import type { TimeErrorCode } from "./time/codes.js";

/**
 * The codes every room shares, with one meaning:
 *
 * - `invalid-argument`: an argument that is not what the function takes: the wrong type, a missing field, a number that is not finite, a reversed interval, a best value outside its estimate.
 * - `invalid-option`: an options argument that is not an object, or an option outside its documented domain.
 */
export type CommonErrorCode = "invalid-argument" | "invalid-option";

/** Every error code fogcount throws, each documented in the error reference. */
export type FogcountErrorCode =
  | CommonErrorCode
  | EstimateErrorCode
  | TimeErrorCode
  | ProvenanceErrorCode
  | ClaimErrorCode
  | RevisionErrorCode
  | ImportErrorCode
  | CasualtyErrorCode
  | DeploymentErrorCode
  | DatasetErrorCode
  | LedgerErrorCode
  | RenderErrorCode;

/**
 * The one error fogcount throws for a domain failure. `code` is stable and
 * documented; `details` holds the values involved. Test for it with
 * {@link isFogcountError}, which does not rely on `instanceof` (two copies of
 * the package may be loaded).
 *
 * @category Errors
 * @example
 * try {
 *   add(exact(1, "USD"), exact(1, "EUR"));
 * } catch (e) {
 *   if (isFogcountError(e)) e.code;
 *   //=> "unit-mismatch"
 * }
 */
export class FogcountError<C extends FogcountErrorCode = FogcountErrorCode> extends Error {
  /** The stable code for this failure. */
  declare readonly code: C;
  /** The values involved, for programs that want more than the message. */
  declare readonly details: Readonly<Record<string, unknown>>;

  constructor(code: C, message: string, details: Readonly<Record<string, unknown>> = {}) {
    super(message);
    this.name = "FogcountError";
    this.code = code;
    this.details = details;
  }
}

/**
 * Whether `error` is a {@link FogcountError}, optionally with the given code.
 * Works across copies of the package: it checks the name and code, not the class.
 *
 * @category Errors
 * @example
 * isFogcountError(new FogcountError("unit-mismatch", "…"), "unit-mismatch");
 * //=> true
 * isFogcountError(new Error("boom"));
 * //=> false
 */
export function isFogcountError<C extends FogcountErrorCode = FogcountErrorCode>(
  error: unknown,
  code?: C,
): error is FogcountError<C> {
  if (typeof error !== "object" || error === null) return false;
  try {
    const e = error as { name?: unknown; code?: unknown };
    if (e.name !== "FogcountError" || typeof e.code !== "string") return false;
    return code === undefined || e.code === code;
  } catch {
    return false; // a revoked proxy, or a getter that throws: not an error of ours
  }
}
