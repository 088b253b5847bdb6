import fc from "fast-check";

import { optionsOf } from "../_lib/assert.js";
import { guarded } from "../_lib/guard.js";
import { ADMIRALTY_CREDIBILITY_GRADES, ADMIRALTY_RELIABILITY_GRADES } from "../provenance/admiralty.js";
import { CONFIDENCE_LEVEL_NAMES, LIKELIHOOD_TERMS } from "../provenance/icd203.js";
import type { Attribution, Publication, RelayStep, Source } from "../provenance/schema.js";
import { CHANNEL_NAMES, SOURCE_KIND_NAMES } from "../provenance/vocabulary.js";
import type { SourceKind } from "../provenance/vocabulary.js";
import { COUNTRY_CODES } from "./countries.js";
import { sourceList, subset } from "./options.js";
import { arbEdtf } from "./time.js";

/** An optional field: the value or undefined. @internal */
export const some = <T>(arb: fc.Arbitrary<T>): fc.Arbitrary<T | undefined> => fc.option(arb, { nil: undefined });

/** Drops the keys whose value is undefined, as exactOptionalPropertyTypes wants. @internal */
export function defined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}

/** An arbitrary built once, on first use: fc.stringMatching takes some 30 ms to build. @internal */
export function once<T>(build: () => fc.Arbitrary<T>): () => fc.Arbitrary<T> {
  let built: fc.Arbitrary<T> | undefined;
  return () => (built ??= build());
}

/** Ids as datasets write them: lowercase, digits and `._:-`. @internal */
export const arbId = once(() => fc.stringMatching(/^[a-z0-9][a-z0-9._:-]{0,15}$/));
/** Names: non-empty, trimmed text. @internal */
export const arbName = fc.string({ minLength: 1, maxLength: 30 }).filter((s) => s.trim() !== "" && s.trim() === s);

/** The years claims are drawn in: modern reporting, with room either side. @internal */
export const edtf = (): fc.Arbitrary<string> => arbEdtf({ minYear: 1900, maxYear: 2100 });

/** Options for {@link arbSource}. */
export interface ArbSourceOptions {
  /** The kinds of source to draw from; all of `SOURCE_KIND_NAMES` by default. */
  readonly kinds?: readonly SourceKind[];
}

/**
 * A fast-check arbitrary for sources: every kind (or the kinds asked for),
 * with a country code (an ISO 3166-1 alpha-2 code in use, never two letters
 * that name no country), a list of countries (an aggregate originator) or
 * neither (never both), and with or without a reliability grade. A source's
 * fields follow from its id, so that sources drawn with one id are one source,
 * whatever `kinds` each arbitrary was asked for:
 * `revisionHistory` groups claims by their originator's id and refuses two
 * sources with one id (`source-conflict`), as `datasetFromClaims` does.
 *
 * @category Testing
 * @throws {FogcountError} `invalid-option` for options that are not an object, hold a name it does not take, or `kinds` that is not a non-empty list of source kinds; `invalid-argument` for options that cannot be read (a getter that throws, a revoked proxy).
 * @example
 * fc.sample(arbSource({ kinds: ["outlet"] }), 100).every((s) => SourceSchema.safeParse(s).success && s.kind === "outlet");
 * //=> true
 */
export function arbSource(options?: ArbSourceOptions): fc.Arbitrary<Source> {
  const where = "arbSource";
  const kinds = guarded(where, { options }, () => subset(where, "kinds", optionsOf(where, options, "options", ["kinds"]).kinds, SOURCE_KIND_NAMES));
  return sources(kinds);
}

function sources(kinds: readonly SourceKind[]): fc.Arbitrary<Source> {
  // the kind follows from the id too, so that arbitraries of different kinds never draw one id as two sources
  const all = kinds.length === SOURCE_KIND_NAMES.length;
  return arbId()
    .map(sourceOf)
    .filter((s) => all || kinds.includes(s.kind));
}

/** The first words of the names sources are given, in several scripts. */
const NAME_HEADS = ["General Staff", "Ministry of Defence", "Генеральний штаб", "국가정보원", "وزارة الدفاع", "Ministère des Armées", "Institute for the Study of War", "O'Brien & Partners", "São Tomé desk", "Oryx", "X", "中央通讯社"];
/** The last words of the names sources are given; often none. */
const NAME_TAILS = ["", "", "", " of Ukraine", " (press service)", " — Kyiv", "  spokesperson", " 2"];

/**
 * The source an id stands for, each field drawn from a generator seeded with the id (FNV-1a,
 * then xorshift): a kind, a name, a country (an ISO 3166-1 alpha-2 code in use), two or three countries, or neither, and a
 * reliability grade or none.
 */
function sourceOf(id: string): Source {
  let h = 0x811c9dc5;
  for (let k = 0; k < id.length; k++) h = Math.imul(h ^ id.charCodeAt(k), 0x01000193);
  const pick = (n: number): number => {
    h ^= h << 13;
    h ^= h >>> 17;
    h ^= h << 5;
    return (h >>> 0) % n;
  };
  // a code in use: "HS" passes the schema, but names no country
  const country = (): string => COUNTRY_CODES[pick(COUNTRY_CODES.length)] as string;
  const kind = SOURCE_KIND_NAMES[pick(SOURCE_KIND_NAMES.length)] as SourceKind;
  const name = `${NAME_HEADS[pick(NAME_HEADS.length)] as string}${NAME_TAILS[pick(NAME_TAILS.length)] as string}`;
  const where = pick(3);
  const countries = where === 2 ? [...new Set([country(), country(), country()].slice(0, 2 + pick(2)))] : undefined;
  const grade = pick(ADMIRALTY_RELIABILITY_GRADES.length + 2);
  return defined({
    id,
    kind,
    name,
    country: where === 1 ? country() : undefined,
    // an aggregate names two countries at least
    countries: countries !== undefined && countries.length >= 2 ? countries : undefined,
    reliability: ADMIRALTY_RELIABILITY_GRADES[grade],
  }) as Source;
}

function relaySteps(source: fc.Arbitrary<Source>, date: fc.Arbitrary<string>): fc.Arbitrary<RelayStep> {
  const channel = fc
    .record({
      kind: fc.constant("channel" as const),
      channel: fc.constantFrom(...CHANNEL_NAMES),
      name: some(arbName),
      closed: some(fc.boolean()),
      date: some(date),
    })
    .map(defined);
  const intermediary = fc.record({ kind: fc.constant("intermediary" as const), source, date: some(date) }).map(defined);
  return fc.oneof(channel, intermediary) as fc.Arbitrary<RelayStep>;
}

function publications(date: fc.Arbitrary<string>): fc.Arbitrary<Publication> {
  return fc
    .record({
      outlet: arbName,
      url: some(fc.webUrl({ validSchemes: ["https", "http"] })),
      title: some(arbName),
      date: some(date),
    })
    .map(defined) as fc.Arbitrary<Publication>;
}

/** Options for {@link arbAttribution}. */
export interface ArbAttributionOptions {
  /** The sources to draw the originator and intermediaries from (distinct ids); any source by default. */
  readonly originators?: readonly Source[];
}

/**
 * A fast-check arbitrary for attributions: an originator (one of
 * `originators`, when given), up to three relay steps, up to two
 * publications, and the optional grades.
 *
 * @category Testing
 * @throws {FogcountError} `invalid-option` for options that are not an object, hold a name it does not take, or `originators` that are not a non-empty list of sources with distinct ids; `invalid-argument` for options that cannot be read (a getter that throws, a revoked proxy).
 * @example
 * fc.sample(arbAttribution(), 100).every((a) => originatorOf(a) === a.originator);
 * //=> true
 */
export function arbAttribution(options?: ArbAttributionOptions): fc.Arbitrary<Attribution> {
  const where = "arbAttribution";
  const given = guarded(where, { options }, () => sourceList(where, "originators", optionsOf(where, options, "options", ["originators"]).originators));
  return attributions(given === undefined ? sources(SOURCE_KIND_NAMES) : fc.constantFrom(...given));
}

/**
 * Attributions whose originator and intermediaries are drawn from `source`,
 * and the dates of relay steps and publications from `date` (any EDTF time
 * from 1900 to 2100 by default). @internal
 */
export function attributions(source: fc.Arbitrary<Source>, date: fc.Arbitrary<string> = edtf()): fc.Arbitrary<Attribution> {
  return fc
    .record({
      originator: source,
      relay: some(fc.array(relaySteps(source, date), { maxLength: 3 })),
      publications: some(fc.array(publications(date), { maxLength: 2 })),
      credibility: some(fc.constantFrom(...ADMIRALTY_CREDIBILITY_GRADES)),
      likelihood: some(fc.constantFrom(...LIKELIHOOD_TERMS)),
      confidence: some(fc.constantFrom(...CONFIDENCE_LEVEL_NAMES)),
      text: some(fc.string({ maxLength: 40 })),
    })
    .map(defined) as fc.Arbitrary<Attribution>;
}
