import { describe, expect, it } from "vitest";

import {
  ADMIRALTY_CREDIBILITY,
  ADMIRALTY_CREDIBILITY_GRADES,
  ADMIRALTY_RELIABILITY,
  ADMIRALTY_RELIABILITY_GRADES,
} from "../../src/provenance/admiralty.js";
import { CONFIDENCE_LEVEL_NAMES, CONFIDENCE_LEVELS, ICD203_LIKELIHOOD, LIKELIHOOD_TERMS } from "../../src/provenance/icd203.js";
import { CHANNEL_NAMES, CHANNELS, SOURCE_KIND_NAMES, SOURCE_KINDS } from "../../src/provenance/vocabulary.js";

describe("Admiralty scales", () => {
  it("grade sources A to F with the standard labels", () => {
    expect(ADMIRALTY_RELIABILITY_GRADES).toEqual(["A", "B", "C", "D", "E", "F"]);
    expect(ADMIRALTY_RELIABILITY.map((r) => r.label)).toEqual([
      "Completely reliable",
      "Usually reliable",
      "Fairly reliable",
      "Not usually reliable",
      "Unreliable",
      "Reliability cannot be judged",
    ]);
  });

  it("grade information 1 to 6 with the standard labels", () => {
    expect(ADMIRALTY_CREDIBILITY_GRADES).toEqual([1, 2, 3, 4, 5, 6]);
    expect(ADMIRALTY_CREDIBILITY.map((c) => c.label)).toEqual([
      "Confirmed by other sources",
      "Probably true",
      "Possibly true",
      "Doubtful",
      "Improbable",
      "Truth cannot be judged",
    ]);
  });
});

describe("ICD 203", () => {
  it("orders the likelihood terms with adjoining probability ranges from 1% to 99%", () => {
    expect(LIKELIHOOD_TERMS[0]).toBe("almost-no-chance");
    expect(LIKELIHOOD_TERMS.at(-1)).toBe("almost-certain");
    expect(ICD203_LIKELIHOOD[0].low).toBe(0.01);
    expect(ICD203_LIKELIHOOD[6].high).toBe(0.99);
    for (let i = 1; i < ICD203_LIKELIHOOD.length; i++) {
      expect(ICD203_LIKELIHOOD[i]?.low).toBe(ICD203_LIKELIHOOD[i - 1]?.high);
    }
  });

  it("keeps confidence apart from likelihood: low, moderate, high", () => {
    expect(CONFIDENCE_LEVEL_NAMES).toEqual(["low", "moderate", "high"]);
    for (const c of CONFIDENCE_LEVELS) expect(c.meaning).toMatch(/\.$/);
  });
});

describe("vocabularies", () => {
  it("document every source kind and channel with a one-line meaning", () => {
    expect(SOURCE_KIND_NAMES).toContain("intelligence-agency");
    expect(SOURCE_KIND_NAMES).toContain("lawmaker");
    expect(SOURCE_KIND_NAMES).toContain("other");
    expect(CHANNEL_NAMES).toContain("briefing");
    for (const entry of [...SOURCE_KINDS, ...CHANNELS]) {
      expect(entry.meaning).not.toContain("\n");
      expect(entry.meaning.length).toBeGreaterThan(10);
    }
    expect(new Set(SOURCE_KIND_NAMES).size).toBe(SOURCE_KIND_NAMES.length);
    expect(new Set(CHANNEL_NAMES).size).toBe(CHANNEL_NAMES.length);
  });
});
