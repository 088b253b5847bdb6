import { table } from "../_lib/table.js";

/**
 * The likelihood terms of US Intelligence Community Directive 203 (analytic
 * standards), each with the probability range it stands for. `term` is the
 * value stored on an attribution; `words` is how the term reads, `synonym`
 * the directive's alternative wording.
 *
 * | term | words | synonym | probability |
 * | --- | --- | --- | --- |
 * | almost-no-chance | almost no chance | remote | 1–5% |
 * | very-unlikely | very unlikely | highly improbable | 5–20% |
 * | unlikely | unlikely | improbable | 20–45% |
 * | roughly-even-chance | roughly even chance | roughly even odds | 45–55% |
 * | likely | likely | probable | 55–80% |
 * | very-likely | very likely | highly probable | 80–95% |
 * | almost-certain | almost certain | nearly certain | 95–99% |
 *
 * @category Provenance
 * @example
 * ICD203_LIKELIHOOD.find((t) => t.term === "likely");
 * //=> { term: "likely", words: "likely", synonym: "probable", low: 0.55, high: 0.8 }
 */
export const ICD203_LIKELIHOOD = /* @__PURE__ */ table([
  { term: "almost-no-chance", words: "almost no chance", synonym: "remote", low: 0.01, high: 0.05 },
  { term: "very-unlikely", words: "very unlikely", synonym: "highly improbable", low: 0.05, high: 0.2 },
  { term: "unlikely", words: "unlikely", synonym: "improbable", low: 0.2, high: 0.45 },
  { term: "roughly-even-chance", words: "roughly even chance", synonym: "roughly even odds", low: 0.45, high: 0.55 },
  { term: "likely", words: "likely", synonym: "probable", low: 0.55, high: 0.8 },
  { term: "very-likely", words: "very likely", synonym: "highly probable", low: 0.8, high: 0.95 },
  { term: "almost-certain", words: "almost certain", synonym: "nearly certain", low: 0.95, high: 0.99 },
] as const);

/** An ICD 203 likelihood term; see {@link ICD203_LIKELIHOOD}. */
export type LikelihoodTerm = (typeof ICD203_LIKELIHOOD)[number]["term"];

/**
 * The likelihood terms alone, from least to most likely; the schema's enum.
 *
 * @category Provenance
 * @example
 * LIKELIHOOD_TERMS[4];
 * //=> "likely"
 */
export const LIKELIHOOD_TERMS: readonly LikelihoodTerm[] = /* @__PURE__ */ table([
  "almost-no-chance",
  "very-unlikely",
  "unlikely",
  "roughly-even-chance",
  "likely",
  "very-likely",
  "almost-certain",
]);

/**
 * The confidence levels that analytic products state apart from likelihood:
 * how good the sourcing and reasoning behind a judgement are, not how
 * probable the judgement is.
 *
 * | level | meaning |
 * | --- | --- |
 * | low | the information is scant, questionable, fragmented or poorly corroborated |
 * | moderate | credibly sourced and plausible, but not corroborated enough for high confidence |
 * | high | based on high-quality information from several sources, or the nature of the issue allows a solid judgement |
 *
 * @category Provenance
 * @example
 * CONFIDENCE_LEVELS.map((c) => c.level);
 * //=> ["low", "moderate", "high"]
 */
export const CONFIDENCE_LEVELS = /* @__PURE__ */ table([
  {
    level: "low",
    meaning: "The information is scant, questionable, fragmented or poorly corroborated.",
  },
  {
    level: "moderate",
    meaning: "The information is credibly sourced and plausible, but not corroborated enough for high confidence.",
  },
  {
    level: "high",
    meaning: "The judgement rests on high-quality information from several sources, or the issue allows a solid judgement.",
  },
] as const);

/** A confidence level: `"low"`, `"moderate"` or `"high"`; see {@link CONFIDENCE_LEVELS}. */
export type ConfidenceLevel = (typeof CONFIDENCE_LEVELS)[number]["level"];

/**
 * The confidence levels alone, from low to high; the schema's enum.
 *
 * @category Provenance
 * @example
 * CONFIDENCE_LEVEL_NAMES;
 * //=> ["low", "moderate", "high"]
 */
export const CONFIDENCE_LEVEL_NAMES: readonly ConfidenceLevel[] = /* @__PURE__ */ table(["low", "moderate", "high"]);
