// The rules of a dataset's later sections beyond their cases: the messages,
// and edges.
import { describe, expect, it } from "vitest";

import { checkDataset, parseDataset } from "../../src/dataset/index.js";
import { breakdownOf, datasetOf, findingsIn } from "./build.js";
import type { Sections } from "./build.js";
import { exact, SECTION_CASES as CASES } from "./section-cases.js";

describe("findings of the sections", () => {
  const messages = (sections: Sections, code: string) =>
    checkDataset(parseDataset(datasetOf([], sections as Record<string, unknown>)))
      .filter((f) => f.code === code)
      .map((f) => f.message);

  it("name the breakdown and its figures, as the casualty room does", () => {
    expect(messages(CASES["parts-exceed-total"]?.fails ?? [], "parts-exceed-total")).toEqual([
      "b0: killed (5,000) is more than the total (about 4,700), which counts it",
      "b1: killed (about 600) and wounded (4,500) sum to about 5,100, more than the total (about 4,700), which counts them",
    ]);
    expect(messages(CASES["parts-fall-short"]?.fails ?? [], "parts-fall-short")).toEqual([
      "b0: killed (about 600) and wounded (3,000) sum to about 3,600, less than the total (about 4,700), which counts exactly them",
    ]);
  });

  it("are none for parts that sum past the largest number, which no total can be compared with", () => {
    const big = breakdownOf("b0", { killed: exact(Number.MAX_VALUE), wounded: exact(Number.MAX_VALUE), total: exact(Number.MAX_VALUE) });
    expect(findingsIn({ casualtyBreakdowns: [big] })).toEqual([]);
  });

});
