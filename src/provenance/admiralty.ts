import { table } from "../_lib/table.js";

/**
 * The Admiralty (NATO) source-reliability grades, A to F, with their standard
 * labels. The grade belongs to a source: how far its reporting has been
 * trustworthy before.
 *
 * | grade | label | meaning |
 * | --- | --- | --- |
 * | A | Completely reliable | no doubt of authenticity, trustworthiness or competency; a history of complete reliability |
 * | B | Usually reliable | minor doubt; a history of valid information most of the time |
 * | C | Fairly reliable | doubt, but has provided valid information in the past |
 * | D | Not usually reliable | significant doubt, but has provided valid information in the past |
 * | E | Unreliable | lacking in authenticity, trustworthiness and competency; a history of invalid information |
 * | F | Reliability cannot be judged | no basis exists for evaluating the reliability of the source |
 *
 * @category Provenance
 * @example
 * ADMIRALTY_RELIABILITY[1].label;
 * //=> "Usually reliable"
 */
export const ADMIRALTY_RELIABILITY = /* @__PURE__ */ table([
  {
    grade: "A",
    label: "Completely reliable",
    meaning: "No doubt of authenticity, trustworthiness or competency; a history of complete reliability.",
  },
  {
    grade: "B",
    label: "Usually reliable",
    meaning: "Minor doubt about authenticity, trustworthiness or competency; a history of valid information most of the time.",
  },
  {
    grade: "C",
    label: "Fairly reliable",
    meaning: "Doubt about authenticity, trustworthiness or competency, but has provided valid information in the past.",
  },
  {
    grade: "D",
    label: "Not usually reliable",
    meaning: "Significant doubt about authenticity, trustworthiness or competency, but has provided valid information in the past.",
  },
  {
    grade: "E",
    label: "Unreliable",
    meaning: "Lacking in authenticity, trustworthiness and competency; a history of invalid information.",
  },
  {
    grade: "F",
    label: "Reliability cannot be judged",
    meaning: "No basis exists for evaluating the reliability of the source.",
  },
] as const);

/** A source-reliability grade, `"A"` to `"F"`; see {@link ADMIRALTY_RELIABILITY}. */
export type AdmiraltyReliability = (typeof ADMIRALTY_RELIABILITY)[number]["grade"];

/**
 * The Admiralty (NATO) information-credibility grades, 1 to 6, with their
 * standard labels. The grade belongs to one piece of information, so it sits
 * on an attribution, not on the source.
 *
 * | grade | label | meaning |
 * | --- | --- | --- |
 * | 1 | Confirmed by other sources | confirmed by independent sources; logical in itself; consistent with other information |
 * | 2 | Probably true | not confirmed; logical in itself; consistent with other information |
 * | 3 | Possibly true | not confirmed; reasonably logical; agrees with some other information |
 * | 4 | Doubtful | not confirmed; possible but not logical; no other information on the subject |
 * | 5 | Improbable | not confirmed; not logical in itself; contradicted by other information |
 * | 6 | Truth cannot be judged | no basis exists for evaluating the validity of the information |
 *
 * @category Provenance
 * @example
 * ADMIRALTY_CREDIBILITY[5].label;
 * //=> "Truth cannot be judged"
 */
export const ADMIRALTY_CREDIBILITY = /* @__PURE__ */ table([
  {
    grade: 1,
    label: "Confirmed by other sources",
    meaning: "Confirmed by other independent sources; logical in itself; consistent with other information on the subject.",
  },
  {
    grade: 2,
    label: "Probably true",
    meaning: "Not confirmed; logical in itself; consistent with other information on the subject.",
  },
  {
    grade: 3,
    label: "Possibly true",
    meaning: "Not confirmed; reasonably logical in itself; agrees with some other information on the subject.",
  },
  {
    grade: 4,
    label: "Doubtful",
    meaning: "Not confirmed; possible but not logical; no other information on the subject.",
  },
  {
    grade: 5,
    label: "Improbable",
    meaning: "Not confirmed; not logical in itself; contradicted by other information on the subject.",
  },
  {
    grade: 6,
    label: "Truth cannot be judged",
    meaning: "No basis exists for evaluating the validity of the information.",
  },
] as const);

/** An information-credibility grade, `1` to `6`; see {@link ADMIRALTY_CREDIBILITY}. */
export type AdmiraltyCredibility = (typeof ADMIRALTY_CREDIBILITY)[number]["grade"];

/** The two-character Admiralty code: a reliability grade then a credibility grade, `"B2"`. */
export type AdmiraltyCode = `${AdmiraltyReliability}${AdmiraltyCredibility}`;

/**
 * The reliability grades alone, in order; the schema's enum. Written out rather than read from the table, so that checking a grade does not bundle its descriptions.
 *
 * @category Provenance
 * @example
 * ADMIRALTY_RELIABILITY_GRADES;
 * //=> ["A", "B", "C", "D", "E", "F"]
 */
export const ADMIRALTY_RELIABILITY_GRADES: readonly AdmiraltyReliability[] = /* @__PURE__ */ table(["A", "B", "C", "D", "E", "F"]);

/**
 * The credibility grades alone, in order; the schema's enum.
 *
 * @category Provenance
 * @example
 * ADMIRALTY_CREDIBILITY_GRADES;
 * //=> [1, 2, 3, 4, 5, 6]
 */
export const ADMIRALTY_CREDIBILITY_GRADES: readonly AdmiraltyCredibility[] = /* @__PURE__ */ table([1, 2, 3, 4, 5, 6]);
