import { fail } from "../../_lib/assert.js";
import { guarded } from "../../_lib/guard.js";
import { MODALITIES } from "../../claim/kinds.js";
import type { ClaimModality } from "../../claim/kinds.js";
import { isDeploymentCategory } from "../../deployment/categories.js";
import type { DeploymentCategory } from "../../deployment/categories.js";
import { checkWave } from "../../deployment/check.js";
import type { Deployment } from "../../deployment/schema.js";
import type { Estimate } from "../../estimate/schema.js";
import type { Source } from "../../provenance/schema.js";
import { countryArg, estimateArg, idArg, idsArg, lastDayOf, missing, sourceArg, timeArg, wordArg } from "./common.js";

/**
 * A deployment wave in the making: each method returns a new builder with
 * one more part, and `build()` returns the wave, checked. A size or source
 * given is kept as a deep frozen copy: editing it afterwards changes neither
 * the builder nor the waves it builds.
 */
export interface WaveBuilder {
  /** The wave's id; by default the two countries, the category and the period: `"kp-ru-troops-2024-23"`. */
  withId(id: string): WaveBuilder;
  /** How many were sent, as stated, and what they are: `"troops"` by default. */
  sending(size: Estimate, category?: DeploymentCategory): WaveBuilder;
  /** The sending country, ISO 3166-1 alpha-2. */
  from(country: string): WaveBuilder;
  /** The receiving country, ISO 3166-1 alpha-2. */
  to(country: string): WaveBuilder;
  /** The time the wave was sent over, as EDTF. */
  during(period: string): WaveBuilder;
  /** When the figure became public, as EDTF; by default the last day of the period. */
  reportedAt(time: string): WaveBuilder;
  /** Who said so: a source, or a name. */
  by(originator: Source | string): WaveBuilder;
  /** The id of the wave this one adds to: an increment. */
  adding(waveId: string): WaveBuilder;
  /** The ids of the waves this one replaces. */
  replacing(...waveIds: string[]): WaveBuilder;
  /** What the source did with the figure: asserted (when left out), planned, projected or potential. */
  withModality(modality: ClaimModality): WaveBuilder;
  /** The id of the claim the wave was read from. */
  readFrom(claimId: string): WaveBuilder;
  /** The wave, checked as `deployment()` checks one: a new plain object, not frozen, as `deployment()` returns what it is given; its size and originator are the frozen copies made of what was given. */
  build(): Deployment;
}

interface State {
  readonly id?: string | undefined;
  readonly size?: Estimate | undefined;
  readonly category: DeploymentCategory;
  readonly from?: string | undefined;
  readonly to?: string | undefined;
  readonly period?: string | undefined;
  readonly reportedAt?: string | undefined;
  readonly originator?: Source | undefined;
  readonly adds?: string | undefined;
  readonly replaces?: readonly string[] | undefined;
  readonly modality?: ClaimModality | undefined;
  readonly claim?: string | undefined;
}

function build(s: State): Deployment {
  const where = "aWave.build";
  if (s.size === undefined) missing(where, "size", ".sending(size)", "invalid-deployment");
  if (s.from === undefined) missing(where, "from", ".from(country)", "invalid-deployment");
  if (s.to === undefined) missing(where, "to", ".to(country)", "invalid-deployment");
  if (s.period === undefined) missing(where, "period", ".during(period)", "invalid-deployment");
  if (s.originator === undefined) missing(where, "attribution.originator", ".by(source)", "invalid-deployment");
  const reportedAt = s.reportedAt ?? lastDayOf(s.period);
  if (reportedAt === undefined) missing(where, "reportedAt", ".reportedAt(time) (the period has no last day to default to)", "invalid-deployment");
  const wave: Deployment = {
    id: s.id ?? `${s.from}-${s.to}-${s.category}-${s.period}`.toLowerCase(),
    from: s.from,
    to: s.to,
    category: s.category,
    size: s.size,
    period: s.period,
    reportedAt,
    attribution: { originator: s.originator },
    ...(s.modality !== undefined && { modality: s.modality }),
    ...(s.adds !== undefined && { adds: s.adds }),
    ...(s.replaces !== undefined && { replaces: s.replaces.length === 1 ? (s.replaces[0] as string) : [...s.replaces] }),
    ...(s.claim !== undefined && { claim: s.claim }),
  };
  checkWave(where, "", wave);
  return wave;
}

function builder(s: State): WaveBuilder {
  const next = (patch: Partial<State>): WaveBuilder => builder({ ...s, ...patch });
  const method = <A extends Record<string, unknown>>(name: string, args: A, body: (where: string) => Partial<State>): WaveBuilder => next(guarded(`aWave.${name}`, args, () => body(`aWave.${name}`)));
  return Object.freeze({
    withId: (id: string) => method("withId", { id }, (w) => ({ id: idArg(w, "id", id) })),
    sending: (size: Estimate, category?: DeploymentCategory) =>
      method("sending", { size, category }, (w) => {
        if (category !== undefined && !isDeploymentCategory(category)) fail(w, "category", "is neither in DEPLOYMENT_CATEGORIES nor namespace:name", category);
        return { size: estimateArg(w, "size", size), category: category ?? "troops" };
      }),
    from: (country: string) => method("from", { country }, (w) => ({ from: countryArg(w, "country", country) })),
    to: (country: string) => method("to", { country }, (w) => ({ to: countryArg(w, "country", country) })),
    during: (period: string) => method("during", { period }, (w) => ({ period: timeArg(w, "period", period) })),
    reportedAt: (time: string) => method("reportedAt", { time }, (w) => ({ reportedAt: timeArg(w, "time", time) })),
    by: (originator: Source | string) => method("by", { originator }, (w) => ({ originator: sourceArg(w, "originator", originator) })),
    adding: (waveId: string) => method("adding", { waveId }, (w) => ({ adds: idArg(w, "waveId", waveId), replaces: undefined })),
    replacing: (...waveIds: string[]) => method("replacing", { waveIds }, (w) => ({ replaces: idsArg(w, "waveIds", waveIds), adds: undefined })),
    withModality: (modality: ClaimModality) => method("withModality", { modality }, (w) => ({ modality: wordArg(w, "modality", modality, MODALITIES) })),
    readFrom: (claimId: string) => method("readFrom", { claimId }, (w) => ({ claim: idArg(w, "claimId", claimId) })),
    build: () => guarded("aWave.build", {}, () => build(s)),
  });
}

/**
 * A builder of deployment waves that reads as a sentence:
 * `aWave().sending(approx(3000, "person")).from("KP").to("RU").during("2025-01/2025-04").adding("kp-ru-troops-2024-23").by("NIS").build()`.
 * Left out, the category is `"troops"`, the report time the last day of the
 * period and the id made of the countries, the category and the period.
 * `adding` and `replacing` each undo the other. `build()` checks the wave as
 * `deployment()` does, naming the builder and the field.
 *
 * @category Testing
 * @throws {FogcountError} `invalid-argument` for an `id` that is not an id, and from each method for an argument that is not what it takes (naming `aWave.<method>` and the argument); from `build()`: `invalid-deployment` for a missing size, country, period, originator or (for a period with no last day) report time, or a wave `deployment()` refuses (a size below zero, the same country as `from` and `to`, a wave that adds to or replaces itself).
 * @example
 * aWave().sending(range(10_000, 12_000, "person")).from("KP").to("RU").during("2024-23").by("NIS").build().id;
 * //=> "kp-ru-troops-2024-23"
 */
export function aWave(id?: string): WaveBuilder {
  return guarded("aWave", { id }, () => builder({ ...(id !== undefined && { id: idArg("aWave", "id", id) }), category: "troops" }));
}
