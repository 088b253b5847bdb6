// An unknown interval end (written as nothing: "2025-02/") is a day not known, not an
// open end ("2025-02/.."): the rules say so where it matters, and make no finding that
// turns on that day.
import { describe, expect, it } from "vitest";

import { checkDataset, parseDataset } from "../../src/dataset/index.js";
import { unknownEnd } from "../../src/dataset/rules/context.js";
import { claimOf, datasetOf, findingsOf, waveOf } from "./build.js";

const messagesOf = (claims: readonly unknown[], extra?: Record<string, unknown>): string[] => checkDataset(parseDataset(datasetOf(claims, extra))).map((f) => `${f.code} ${f.path.join(".")}: ${f.message}`);

describe("a report time with an unknown end", () => {
  it("is reported as a last day not known, not as no last day", () => {
    expect(messagesOf([claimOf("b", 5, "2025-02-28", { reportedAt: "2025-02/" })])).toEqual([
      "invalid-interval claims.0.reportedAt: b is reported at 2025-02/, a time whose last day is not known (an unknown end): when it became known cannot be told, and it is left out of the histories (give the day it was reported by)",
    ]);
  });

  it("keeps the words of an open end for an open end", () => {
    expect(messagesOf([claimOf("b", 5, "2025-02-28", { reportedAt: "2025-02/.." })])).toEqual([
      "invalid-interval claims.0.reportedAt: b is reported at 2025-02/.., a time with no last day: it would never be known (give the day it was reported by)",
    ]);
  });

  it("is no finding at an unknown start, whose last day is known", () => {
    expect(findingsOf([claimOf("b", 5, "2025-02-28", { reportedAt: "/2025-03" })])).toEqual([]);
  });
});

describe("the report times of waves and the publication dates of ledger items", () => {
  it("are invalid-interval with no last day or an unknown one, as a claim's report time is", () => {
    const entry = { id: "cash", from: "RU", to: "KP", category: "cash", item: "cash", stage: "delivered", evidence: "reported", period: "2025", attribution: { originator: "xx-spy", publications: [{ outlet: "Example News", date: "2025/" }] } };
    const valuation = { id: "worth", item: "what was sent", value: { estimate: { kind: "exact", value: 900, unit: "USD" }, basis: "stated" }, period: "2025", attribution: { originator: "xx-spy", publications: [{ outlet: "Example News", date: "2025/.." }] } };
    const sections = { deployments: [waveOf("w", 100, "2024-10", { reportedAt: "2025-04/" })], ledgers: [{ id: "kp-ru", parties: ["kp", "ru"], entries: [entry], valuations: [valuation] }] };
    expect(messagesOf([], sections)).toEqual([
      "invalid-interval deployments.0.reportedAt: w is reported at 2025-04/, a time whose last day is not known (an unknown end): when it became known cannot be told (give the day it was public by)",
      "invalid-interval ledgers.0.entries.0.attribution.publications.0.date: cash is published at 2025/, a time whose last day is not known (an unknown end): when it became known cannot be told (give the day it was public by)",
      "invalid-interval ledgers.0.valuations.0.attribution.publications.0.date: worth is published at 2025/.., a time with no last day: it would never be known (give the day it was public by)",
    ]);
  });

  it("are no finding with a last day", () => {
    expect(findingsOf([], undefined, { deployments: [waveOf("w", 100, "2024-10", { reportedAt: "/2025-04" })] })).toEqual([]);
  });
});

describe("the times of waves with an unknown end", () => {
  const sent = { subject: "xx-forces", measure: "deployed", unit: "person", aggregation: "flow" };
  const added = { ...sent, aggregation: "increment" };

  it("make no slipped-year finding where the slip turns on the day not known", () => {
    const wave = claimOf("w", 10_000, "2024-23", { indicator: sent, reportedAt: "2024-12-01" });
    expect(findingsOf([wave, claimOf("i", 3000, "2023-01/", { indicator: added, reportedAt: "2025-04-30" })])).toEqual([]);
    expect(findingsOf([], undefined, { deployments: [waveOf("a", 100, "2024-06"), waveOf("b", 200, "2023/", { adds: "a" })] })).toEqual([]);
  });

  it("still find a slip that holds whatever the day not known", () => {
    const wave = claimOf("w", 10_000, "2024-23", { indicator: sent, reportedAt: "2024-12-01" });
    expect(findingsOf([wave, claimOf("i", 3000, "/2023-04", { indicator: added, reportedAt: "2025-04-30" })]).map((f) => f[0])).toEqual(["increment-before-wave"]);
  });
});

describe("unknownEnd", () => {
  it("names the unknown end of an interval, and nothing for an open end or a date", () => {
    expect(["2024/", "/2024", "2024/..", "../2024", "2024/2025", "2024"].map(unknownEnd)).toEqual(["end", "start", undefined, undefined, undefined, undefined]);
  });
});
