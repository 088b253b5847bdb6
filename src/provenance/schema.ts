import { z } from "zod";

import { idText, nonBlank } from "../_lib/blank-schema.js";

import { EdtfSchema } from "../time/schema.js";
import { ADMIRALTY_CREDIBILITY_GRADES, ADMIRALTY_RELIABILITY_GRADES } from "./admiralty.js";
import type { AdmiraltyCredibility, AdmiraltyReliability } from "./admiralty.js";
import { CONFIDENCE_LEVEL_NAMES, LIKELIHOOD_TERMS } from "./icd203.js";
import type { ConfidenceLevel, LikelihoodTerm } from "./icd203.js";
import { CHANNEL_NAMES, SOURCE_KIND_NAMES } from "./vocabulary.js";
import type { Channel, SourceKind } from "./vocabulary.js";

type Tuple<T> = readonly [T, ...T[]];

/** An identifier: any non-empty text without whitespace, such as `"kr-nis"` or `"Q1053706"`. */
export const IdSchema = idText("an id must be non-empty and contain no whitespace");

/** An ISO 3166-1 alpha-2 country code: two uppercase letters, such as `"KR"`. */
export const CountryCodeSchema = z.string().regex(/^[A-Z]{2}$/, {
  message: "a country code must be two uppercase letters (ISO 3166-1 alpha-2)",
});

/** An Admiralty source-reliability grade, `"A"` to `"F"`. */
export const AdmiraltyReliabilitySchema = z.enum(ADMIRALTY_RELIABILITY_GRADES as Tuple<AdmiraltyReliability>);

/** An Admiralty information-credibility grade, `1` to `6`. */
export const AdmiraltyCredibilitySchema = z.literal(ADMIRALTY_CREDIBILITY_GRADES as Tuple<AdmiraltyCredibility>);

/** An ICD 203 likelihood term, `"almost-no-chance"` to `"almost-certain"`. */
export const LikelihoodTermSchema = z.enum(LIKELIHOOD_TERMS as Tuple<LikelihoodTerm>);

/** A confidence level: `"low"`, `"moderate"` or `"high"`. */
export const ConfidenceLevelSchema = z.enum(CONFIDENCE_LEVEL_NAMES as Tuple<ConfidenceLevel>);

/** The kind of an originator; see `SOURCE_KINDS`. */
export const SourceKindSchema = z.enum(SOURCE_KIND_NAMES as Tuple<SourceKind>);

/** The channel of a relay step; see `CHANNELS`. */
export const ChannelSchema = z.enum(CHANNEL_NAMES as Tuple<Channel>);

/**
 * An originator or intermediary: an agency, ministry, military, outlet, NGO
 * or individual, with its country where it has one (or its `countries`, two
 * or more, for an aggregate such as "Western officials"; never both) and an optional Admiralty
 * reliability grade.
 *
 * @example
 * SourceSchema.parse({ id: "kr-nis", kind: "intelligence-agency", name: "National Intelligence Service", country: "KR" });
 * //=> { id: "kr-nis", kind: "intelligence-agency", name: "National Intelligence Service", country: "KR" }
 */
export const SourceSchema = z.strictObject({
  /** A stable identifier, the same wherever the source appears. */
  id: IdSchema,
  kind: SourceKindSchema,
  /** The name as reporting gives it. */
  name: nonBlank("a source name"),
  /** ISO 3166-1 alpha-2, where the source belongs to a country. */
  country: CountryCodeSchema.optional(),
  /** For an aggregate originator ("Western officials", "South Korean and Ukrainian sources"): two or more ISO 3166-1 alpha-2 codes; `country` stays for a single one. */
  countries: z
    .array(CountryCodeSchema)
    .min(2, { message: "countries lists two or more; use country for one" })
    .refine((list) => new Set(list).size === list.length, { message: "countries must not repeat a code" })
    .optional(),
  /** The Admiralty source-reliability grade, where it has been judged. */
  reliability: AdmiraltyReliabilitySchema.optional(),
}).refine((s) => s.country === undefined || s.countries === undefined, {
  message: "a source has country (one) or countries (an aggregate), not both",
  path: ["countries"],
});

/** A relay step that is an event or document: "a closed-door briefing". */
export const ChannelStepSchema = z.strictObject({
  kind: z.literal("channel"),
  channel: ChannelSchema,
  /** A name or description, such as "briefing to the National Assembly intelligence committee". */
  name: nonBlank("a name").optional(),
  /** Closed to the public: a closed-door briefing or hearing. */
  closed: z.boolean().optional(),
  /** When the step happened, as EDTF. */
  date: EdtfSchema.optional(),
});

/** A relay step that is a person or organisation passing the figure on: "lawmaker Lee Seong Kweun". */
export const IntermediaryStepSchema = z.strictObject({
  kind: z.literal("intermediary"),
  source: SourceSchema,
  /** When the step happened, as EDTF. */
  date: EdtfSchema.optional(),
});

/** One step of a relay chain, discriminated on `kind`. */
export const RelayStepSchema = z.discriminatedUnion("kind", [ChannelStepSchema, IntermediaryStepSchema]);

/** Where a claim was published: the outlet, and the URL and date where known. */
export const PublicationSchema = z.strictObject({
  outlet: nonBlank("an outlet"),
  url: z.url({ protocol: /^https?$/ }).optional(),
  title: nonBlank("a title").optional(),
  /** When it was published, as EDTF. */
  date: EdtfSchema.optional(),
});

/**
 * Who asserts a figure and how it travelled: the originator, the relay chain
 * in order (first step nearest the originator), the publications, the
 * Admiralty credibility of this piece of information, and the ICD 203
 * likelihood and confidence where the source stated them.
 *
 * @example
 * AttributionSchema.parse({
 *   originator: { id: "kr-nis", kind: "intelligence-agency", name: "NIS", country: "KR" },
 *   relay: [{ kind: "channel", channel: "briefing", closed: true, date: "2025-04-30" }],
 * }).relay?.length;
 * //=> 1
 */
export const AttributionSchema = z.strictObject({
  originator: SourceSchema,
  /** The relay chain in order, from the originator towards the reader. */
  relay: z.array(RelayStepSchema).optional(),
  publications: z.array(PublicationSchema).optional(),
  /** The Admiralty credibility of this piece of information; the source's grade stays on the source. */
  credibility: AdmiraltyCredibilitySchema.optional(),
  /** The ICD 203 likelihood the source attached, where it did. */
  likelihood: LikelihoodTermSchema.optional(),
  /** The confidence level the source attached, where it did. */
  confidence: ConfidenceLevelSchema.optional(),
  /** The attribution as written: "according to Lee Seong Kweun, a participating lawmaker". */
  text: z.string().optional(),
});

/** A source: an originator or intermediary. */
export type Source = z.infer<typeof SourceSchema>;
/** A relay step that is an event or document. */
export type ChannelStep = z.infer<typeof ChannelStepSchema>;
/** A relay step that is a person or organisation. */
export type IntermediaryStep = z.infer<typeof IntermediaryStepSchema>;
/** One step of a relay chain. */
export type RelayStep = z.infer<typeof RelayStepSchema>;
/** A publication of a claim. */
export type Publication = z.infer<typeof PublicationSchema>;
/** Who asserts a figure and how it travelled. */
export type Attribution = z.infer<typeof AttributionSchema>;
