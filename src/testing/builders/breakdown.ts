import { isObject } from "../../_lib/assert.js";
import { frozenCopy } from "../../_lib/frozen.js";
import { guarded } from "../../_lib/guard.js";
import { checkIncludes, readBreakdown } from "../../casualty/check.js";
import type { CasualtyBreakdown, CasualtyValue } from "../../casualty/schema.js";
import { BREAKDOWN_FIELDS, CASUALTY_STATES } from "../../casualty/vocabulary.js";
import type { BreakdownField } from "../../casualty/vocabulary.js";
import { checkClaim } from "../../claim/check.js";
import { CASUALTY_PARTS } from "../../claim/measures.js";
import type { CasualtyPart } from "../../claim/measures.js";
import type { Claim } from "../../claim/schema.js";
import { estimateArg, wordArg } from "./common.js";

/**
 * A casualty breakdown in the making: each method returns a new builder with
 * one more figure, and `build()` returns the breakdown, checked. A figure is
 * an estimate, a state (`"unknown"`, `"not-reported"`, `"none-observed"`),
 * or a claim: its estimate is the figure, and the claim is kept as the
 * figure's source. What is given is kept as a deep frozen copy: editing it
 * afterwards changes neither the builder nor what it builds.
 */
export interface BreakdownBuilder {
  /** The killed. */
  killed(figure: CasualtyValue | Claim): BreakdownBuilder;
  /** The wounded. */
  wounded(figure: CasualtyValue | Claim): BreakdownBuilder;
  /** The missing. */
  missing(figure: CasualtyValue | Claim): BreakdownBuilder;
  /** The captured. */
  captured(figure: CasualtyValue | Claim): BreakdownBuilder;
  /** The total. */
  total(figure: CasualtyValue | Claim): BreakdownBuilder;
  /** The parts the total counts; all four by default. */
  including(...parts: CasualtyPart[]): BreakdownBuilder;
  /** The breakdown, checked as `CasualtyBreakdownSchema` checks one: a new plain object, not frozen; its figures and claims are the frozen copies made of what was given (a claim deep frozen already, as `claim()` returns one, is kept as it is). */
  build(): CasualtyBreakdown;
}

interface State {
  readonly figures: Readonly<Partial<Record<BreakdownField, CasualtyValue>>>;
  readonly claims: Readonly<Partial<Record<BreakdownField, Claim>>>;
  readonly includes: readonly CasualtyPart[];
}

/** A figure: a state, an estimate, or a claim whose estimate it is. */
function figureOf(where: string, value: unknown): { figure: CasualtyValue; claim?: Claim } {
  if (typeof value === "string") return { figure: wordArg(where, "figure", value, CASUALTY_STATES) };
  if (isObject(value) && "indicator" in value) {
    const claim = frozenCopy(value) as unknown as Claim;
    checkClaim(where, "figure", claim);
    return { figure: claim.estimate, claim };
  }
  return { figure: estimateArg(where, "figure", value) };
}

function build(s: State): CasualtyBreakdown {
  const where = "aBreakdown.build";
  const claims = Object.keys(s.claims).length === 0 ? undefined : { ...s.claims };
  const out: CasualtyBreakdown = {
    killed: s.figures.killed ?? "not-reported",
    wounded: s.figures.wounded ?? "not-reported",
    missing: s.figures.missing ?? "not-reported",
    captured: s.figures.captured ?? "not-reported",
    total: s.figures.total ?? "not-reported",
    includes: [...s.includes],
    ...(claims && { claims }),
  };
  readBreakdown(where, "breakdown", out);
  return out;
}

function builder(s: State): BreakdownBuilder {
  const set = (field: BreakdownField) => (value: CasualtyValue | Claim) =>
    guarded(`aBreakdown.${field}`, { value }, () => {
      const { figure, claim } = figureOf(`aBreakdown.${field}`, value);
      const { [field]: _dropped, ...others } = s.claims;
      return builder({ ...s, figures: { ...s.figures, [field]: figure }, claims: claim === undefined ? others : { ...others, [field]: claim } });
    });
  const [killed, wounded, missing, captured, total] = BREAKDOWN_FIELDS.map(set) as [ReturnType<typeof set>, ReturnType<typeof set>, ReturnType<typeof set>, ReturnType<typeof set>, ReturnType<typeof set>];
  return Object.freeze({
    killed,
    wounded,
    missing,
    captured,
    total,
    including: (...parts: CasualtyPart[]) => guarded("aBreakdown.including", { parts }, () => builder({ ...s, includes: checkIncludes("aBreakdown.including", "parts", parts, "invalid-argument") })),
    build: () => guarded("aBreakdown.build", {}, () => build(s)),
  });
}

/**
 * A builder of casualty breakdowns that reads as a sentence:
 * `aBreakdown().killed(approx(600, "person")).total(approx(4700, "person")).including("killed", "wounded").build()`.
 * A figure left out is `"not-reported"`; the total counts all four parts
 * unless `including` says otherwise. `build()` checks the breakdown as
 * `CasualtyBreakdownSchema` does (one unit, no count below zero, each kept
 * claim stating its figure), naming the builder and the field.
 *
 * @category Testing
 * @throws {FogcountError} `invalid-argument` from each method for a figure that is not an estimate, a state or a claim, or parts that are not distinct casualty parts (naming `aBreakdown.<method>`); from `build()`: `invalid-breakdown` for figures in two units, a count below zero, or a claim that does not state its figure or counts other parts than the total includes.
 * @example
 * aBreakdown().killed(approx(600, "person")).total(approx(4700, "person")).including("killed", "wounded").build();
 * //=> { killed: { kind: "approx", value: 600, unit: "person" }, wounded: "not-reported", missing: "not-reported", captured: "not-reported", total: { kind: "approx", value: 4700, unit: "person" }, includes: ["killed", "wounded"] }
 */
export function aBreakdown(): BreakdownBuilder {
  return builder({ figures: {}, claims: {}, includes: [...CASUALTY_PARTS] });
}
