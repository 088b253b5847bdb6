import { FogcountError } from "../errors.js";
import { parsePeriod } from "../time/edtf.js";
import { CASUALTY_PARTS, isMeasure } from "./measures.js";
import type { Claim, ClaimStatus, Indicator } from "./schema.js";

/** What {@link claim} accepts: a claim whose `status` may be left out (it defaults to normal). */
export type ClaimInit = Omit<Claim, "status"> & { readonly status?: ClaimStatus };

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

function fail(id: string, message: string, value: unknown): never {
  throw new FogcountError("invalid-claim", `claim ${JSON.stringify(id)}: ${message}, got ${JSON.stringify(value)}`, {
    id,
    value,
  });
}

function checkTime(id: string, field: string, value: unknown): void {
  const check = parsePeriod(value as string);
  if (!check.ok) fail(id, `${field} must be an EDTF date or interval (${check.reason})`, value);
}

function checkIndicator(id: string, indicator: Indicator): Indicator {
  if (typeof indicator !== "object" || indicator === null) fail(id, "indicator must be an object", indicator);
  const subject = typeof indicator.subject === "string" ? indicator.subject.trim() : "";
  if (subject === "") fail(id, "indicator.subject must not be empty", indicator.subject);
  if (!isMeasure(indicator.measure)) {
    throw new FogcountError(
      "invalid-measure",
      `claim ${JSON.stringify(id)}: indicator.measure ${JSON.stringify(indicator.measure)} is neither in MEASURES nor namespace:name`,
      { id, measure: indicator.measure },
    );
  }
  const unit = typeof indicator.unit === "string" ? indicator.unit.trim() : "";
  if (unit === "") fail(id, "indicator.unit must not be empty", indicator.unit);
  const out: Mutable<Indicator> = { subject, measure: indicator.measure, unit };
  if (indicator.scope !== undefined) {
    const scope = typeof indicator.scope === "string" ? indicator.scope.trim() : "";
    if (scope === "") fail(id, "indicator.scope must not be empty (leave it out instead)", indicator.scope);
    out.scope = scope;
  }
  if (indicator.includes !== undefined) {
    const includes = indicator.includes;
    if (indicator.measure !== "casualties") {
      fail(id, `indicator.includes is for the casualties measure only, not ${indicator.measure}`, includes);
    }
    if (
      !Array.isArray(includes) ||
      includes.length === 0 ||
      new Set(includes).size !== includes.length ||
      !includes.every((part) => (CASUALTY_PARTS as readonly string[]).includes(part))
    ) {
      fail(id, `indicator.includes must list distinct parts from ${CASUALTY_PARTS.join(", ")}`, includes);
    }
    out.includes = [...includes];
  }
  return out;
}

/**
 * A claim, checked: the indicator's measure and unit, the EDTF times, the
 * agreement of the estimate's unit with the indicator's, and the status.
 * The estimate and attribution are taken as built by their constructors; to
 * check untrusted JSON in full, use `parseClaim` from `fogcount/schemas`.
 *
 * @category Claim
 * @throws {FogcountError} `estimate-unit-mismatch` if the estimate's unit is not the indicator's unit.
 * @throws {FogcountError} `invalid-measure` for a measure neither in `MEASURES` nor `namespace:name`.
 * @throws {FogcountError} `invalid-claim` for an empty or spaced id, an empty subject, unit or scope, a time that is not EDTF, a misused `includes`, a deprecated status without a reason, or an originator without an id.
 * @example
 * claim({
 *   id: "nis-2025-04-killed",
 *   indicator: { subject: "kp-forces-in-russia", measure: "killed", unit: "person" },
 *   estimate: approx(600, "person", { hedge: "approximately" }),
 *   validTime: "2025-04-30",
 *   reportedAt: "2025-04-30",
 *   attribution: { originator: nis },
 * }).status;
 * //=> { kind: "normal" }
 */
export function claim(init: ClaimInit): Claim {
  const id = init.id;
  if (typeof id !== "string" || !/^\S+$/.test(id)) fail(String(id), "id must be non-empty text without whitespace", id);
  const indicator = checkIndicator(id, init.indicator);
  if (typeof init.estimate !== "object" || init.estimate === null) fail(id, "estimate must be an estimate", init.estimate);
  if (init.estimate.unit !== indicator.unit) {
    throw new FogcountError(
      "estimate-unit-mismatch",
      `claim ${JSON.stringify(id)}: the estimate's unit ${JSON.stringify(init.estimate.unit)} differs from the indicator's unit ${JSON.stringify(indicator.unit)}`,
      { id, estimateUnit: init.estimate.unit, indicatorUnit: indicator.unit },
    );
  }
  checkTime(id, "validTime", init.validTime);
  checkTime(id, "reportedAt", init.reportedAt);
  if (init.recordedAt !== undefined) checkTime(id, "recordedAt", init.recordedAt);
  const originatorId: unknown = init.attribution?.originator?.id;
  if (typeof originatorId !== "string" || !/^\S+$/.test(originatorId)) {
    fail(id, "attribution.originator.id must be non-empty text without whitespace", originatorId);
  }
  const status: ClaimStatus = init.status ?? { kind: "normal" };
  if (status.kind === "deprecated" && (typeof status.reason !== "string" || status.reason.trim() === "")) {
    fail(id, "a deprecated status needs a reason", status.reason);
  }
  return { ...init, indicator, status };
}
