// The bare lists that checks and schemas use are written out, so that a bundle
// that only checks a value does not carry the descriptions: they must list the
// documented tables' names, in order.
import { describe, expect, it } from "vitest";

import { MEASURES, STANDARD_MEASURES } from "../../src/claim/measures.js";
import {
  ADMIRALTY_CREDIBILITY,
  ADMIRALTY_CREDIBILITY_GRADES,
  ADMIRALTY_RELIABILITY,
  ADMIRALTY_RELIABILITY_GRADES,
  CHANNEL_NAMES,
  CHANNELS,
  CONFIDENCE_LEVEL_NAMES,
  CONFIDENCE_LEVELS,
  ICD203_LIKELIHOOD,
  LIKELIHOOD_TERMS,
  SOURCE_KIND_NAMES,
  SOURCE_KINDS,
} from "../../src/index.js";

describe("the bare lists", () => {
  it.each([
    ["ADMIRALTY_RELIABILITY_GRADES", ADMIRALTY_RELIABILITY_GRADES, ADMIRALTY_RELIABILITY.map((r) => r.grade)],
    ["ADMIRALTY_CREDIBILITY_GRADES", ADMIRALTY_CREDIBILITY_GRADES, ADMIRALTY_CREDIBILITY.map((c) => c.grade)],
    ["LIKELIHOOD_TERMS", LIKELIHOOD_TERMS, ICD203_LIKELIHOOD.map((t) => t.term)],
    ["CONFIDENCE_LEVEL_NAMES", CONFIDENCE_LEVEL_NAMES, CONFIDENCE_LEVELS.map((c) => c.level)],
    ["SOURCE_KIND_NAMES", SOURCE_KIND_NAMES, SOURCE_KINDS.map((k) => k.kind)],
    ["CHANNEL_NAMES", CHANNEL_NAMES, CHANNELS.map((c) => c.channel)],
    ["STANDARD_MEASURES", STANDARD_MEASURES, MEASURES.map((m) => m.measure)],
  ] as [string, readonly unknown[], readonly unknown[]][])("%s lists the table's names in order", (_name, list, names) => {
    expect(list).toEqual(names);
  });
});
