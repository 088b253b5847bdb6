import fc from "fast-check";

import type { Claim, ClaimStatus, Indicator } from "../claim/schema.js";
import { AGGREGATIONS, MODALITIES } from "../claim/kinds.js";
import { CASUALTY_PARTS, STANDARD_MEASURES } from "../claim/measures.js";
import { ADMIRALTY_CREDIBILITY_GRADES, ADMIRALTY_RELIABILITY_GRADES } from "../provenance/admiralty.js";
import { CONFIDENCE_LEVEL_NAMES, LIKELIHOOD_TERMS } from "../provenance/icd203.js";
import type { Attribution, Publication, RelayStep, Source } from "../provenance/schema.js";
import { CHANNEL_NAMES, SOURCE_KIND_NAMES } from "../provenance/vocabulary.js";
import { optionsOf } from "../_lib/assert.js";
import { guarded } from "../_lib/guard.js";
import { arbEstimate } from "./estimate.js";
import { textList } from "./options.js";
import { arbEdtf } from "./time.js";

const some = <T>(arb: fc.Arbitrary<T>): fc.Arbitrary<T | undefined> => fc.option(arb, { nil: undefined });

/** Drops the keys whose value is undefined, as exactOptionalPropertyTypes wants. */
function defined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}

/** The years claims are drawn in: modern reporting, with room either side. */
const edtf = (): fc.Arbitrary<string> => arbEdtf({ minYear: 1900, maxYear: 2100 });

/** An arbitrary built once, on first use: fc.stringMatching takes some 30 ms to build. */
function once<T>(build: () => fc.Arbitrary<T>): () => fc.Arbitrary<T> {
  let built: fc.Arbitrary<T> | undefined;
  return () => (built ??= build());
}

const arbId = once(() => fc.stringMatching(/^[a-z0-9][a-z0-9._:-]{0,15}$/));
const arbNamespacedMeasure = once(() => fc.stringMatching(/^[a-z][a-z0-9-]{0,7}:[a-z0-9][a-z0-9._-]{0,11}$/));
const arbName = fc.string({ minLength: 1, maxLength: 30 }).filter((s) => s.trim() !== "" && s.trim() === s);
const arbCountry = fc
  .tuple(fc.integer({ min: 65, max: 90 }), fc.integer({ min: 65, max: 90 }))
  .map(([a, b]) => String.fromCharCode(a, b));

/**
 * A fast-check arbitrary for sources: every kind, with a country code, a
 * list of countries (an aggregate originator) or neither (never both), and
 * with or without a reliability grade.
 *
 * @category Testing
 * @example
 * fc.assert(fc.property(arbSource(), (s) => SourceSchema.safeParse(s).success));
 */
export function arbSource(): fc.Arbitrary<Source> {
  return fc
    .record({
      id: arbId(),
      kind: fc.constantFrom(...SOURCE_KIND_NAMES),
      name: arbName,
      country: some(arbCountry),
      countries: some(fc.uniqueArray(arbCountry, { minLength: 2, maxLength: 3 })),
      reliability: some(fc.constantFrom(...ADMIRALTY_RELIABILITY_GRADES)),
    })
    // one country or an aggregate of several, not both
    .map((s) => defined({ ...s, country: s.countries === undefined ? s.country : undefined })) as fc.Arbitrary<Source>;
}

function arbRelayStep(): fc.Arbitrary<RelayStep> {
  const channel = fc
    .record({
      kind: fc.constant("channel" as const),
      channel: fc.constantFrom(...CHANNEL_NAMES),
      name: some(arbName),
      closed: some(fc.boolean()),
      date: some(edtf()),
    })
    .map(defined);
  const intermediary = fc
    .record({ kind: fc.constant("intermediary" as const), source: arbSource(), date: some(edtf()) })
    .map(defined);
  return fc.oneof(channel, intermediary) as fc.Arbitrary<RelayStep>;
}

function arbPublication(): fc.Arbitrary<Publication> {
  return fc
    .record({
      outlet: arbName,
      url: some(fc.webUrl({ validSchemes: ["https", "http"] })),
      title: some(arbName),
      date: some(edtf()),
    })
    .map(defined) as fc.Arbitrary<Publication>;
}

/**
 * A fast-check arbitrary for attributions: an originator, up to three relay
 * steps, up to two publications, and the optional grades.
 *
 * @category Testing
 * @example
 * fc.assert(fc.property(arbAttribution(), (a) => originatorOf(a) === a.originator));
 */
export function arbAttribution(): fc.Arbitrary<Attribution> {
  return fc
    .record({
      originator: arbSource(),
      relay: some(fc.array(arbRelayStep(), { maxLength: 3 })),
      publications: some(fc.array(arbPublication(), { maxLength: 2 })),
      credibility: some(fc.constantFrom(...ADMIRALTY_CREDIBILITY_GRADES)),
      likelihood: some(fc.constantFrom(...LIKELIHOOD_TERMS)),
      confidence: some(fc.constantFrom(...CONFIDENCE_LEVEL_NAMES)),
      text: some(fc.string({ maxLength: 40 })),
    })
    .map(defined) as fc.Arbitrary<Attribution>;
}

/** Options for {@link arbClaim}. */
export interface ArbClaimOptions {
  /** The units to draw from; `["person"]` by default. */
  readonly units?: readonly string[];
  /** The subjects to draw from; a few fixed ones by default, so that keys repeat. */
  readonly subjects?: readonly string[];
}

function arbIndicator(subjects: readonly string[], units: readonly string[]): fc.Arbitrary<Indicator> {
  const measure = fc.oneof(
    { arbitrary: fc.constantFrom(...STANDARD_MEASURES), weight: 4 },
    { arbitrary: arbNamespacedMeasure(), weight: 1 },
  ) as fc.Arbitrary<Indicator["measure"]>;
  return fc
    .record({
      subject: fc.constantFrom(...subjects),
      measure,
      unit: fc.constantFrom(...units),
      scope: some(fc.constantFrom("Kursk", "Donetsk", "Zaporizhzhia")),
      includes: some(fc.subarray([...CASUALTY_PARTS], { minLength: 1 })),
      aggregation: some(fc.constantFrom(...AGGREGATIONS)),
    })
    .map(({ includes, ...rest }) => defined({ ...rest, includes: rest.measure === "casualties" ? includes : undefined }))
    .map((i) => i as Indicator);
}

function arbStatus(): fc.Arbitrary<ClaimStatus> {
  return fc.oneof(
    fc.constant({ kind: "preferred" as const }),
    fc.constant({ kind: "normal" as const }),
    fc
      .record({ kind: fc.constant("deprecated" as const), reason: arbName, supersededBy: some(arbId()) })
      .map(defined) as fc.Arbitrary<ClaimStatus>,
  );
}

/**
 * A fast-check arbitrary for claims, valid by construction: the estimate's
 * unit is the indicator's unit, the times are EDTF, `includes` appears on
 * casualty figures only, and `reportedAt` has a last day (not `"2025-04/.."`,
 * which a revision history refuses); with or without an aggregation, a
 * modality and a `restates` id (never the claim's own).
 *
 * @category Testing
 * @throws {FogcountError} `invalid-option` for options that are not an object or hold a name it does not take, or `units` or `subjects` that are not non-empty lists of non-empty texts; `invalid-argument` for options that cannot be read (a getter that throws, a revoked proxy).
 * @example
 * fc.assert(fc.property(arbClaim(), (c) => ClaimSchema.safeParse(c).success));
 */
export function arbClaim(given?: ArbClaimOptions): fc.Arbitrary<Claim> {
  const where = "arbClaim";
  const [subjects, units] = guarded(where, { options: given }, () => {
    const options = optionsOf(where, given, "options", ["units", "subjects"]);
    return [
      textList(where, "subjects", options.subjects, ["kp-forces-in-russia", "ru-forces", "ua-civilians"]),
      textList(where, "units", options.units, ["person"]),
    ];
  });
  return arbIndicator(subjects, units)
    .chain((indicator) =>
      fc.record({
        id: arbId(),
        indicator: fc.constant(indicator),
        estimate: arbEstimate({ units: [indicator.unit], max: 1e7 }),
        validTime: edtf(),
        // a report time with a last day: a revision history knows a claim from the end of its report time
        reportedAt: edtf().filter((t) => !/\/(\.\.)?$/.test(t)),
        recordedAt: some(edtf()),
        attribution: arbAttribution(),
        status: arbStatus(),
        text: some(fc.string({ maxLength: 60 })),
        modality: some(fc.constantFrom(...MODALITIES)),
        restates: some(arbId()),
      }),
    )
    .map((c) => defined({ ...c, restates: c.restates === c.id ? undefined : c.restates })) as fc.Arbitrary<Claim>;
}
