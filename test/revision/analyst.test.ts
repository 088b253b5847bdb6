// Claims as analysts use them, on the timeline of ./timeline.ts.
import { describe, expect, it } from "vitest";

import { indicatorKey } from "../../src/claim/indicator-key.js";
import { claim } from "../../src/claim/claim.js";
import { ClaimSchema, IndicatorSchema } from "../../src/claim/schema.js";
import { consensus } from "../../src/revision/consensus.js";
import { findContradictions } from "../../src/revision/contradictions.js";
import { asOf, latest } from "../../src/revision/as-of.js";
import { revisionHistory } from "../../src/revision/history.js";
import type { RevisionHistory } from "../../src/revision/history.js";
import { revisions } from "../../src/revision/revisions.js";
import { thrownCode } from "../helpers.js";
import { april, deployed, deployedLater, planned, september, timeline, week } from "./timeline.js";

const historyOf = (claims: readonly { id: string }[], id: string): RevisionHistory =>
  revisionHistory(claims as never).find((h) => h.claims.some((c) => c.id === id)) as RevisionHistory;

describe("modality and aggregation", () => {
  it("parse with their defaults left out, and refuse what they are not", () => {
    expect(ClaimSchema.parse(april).modality).toBeUndefined();
    expect(ClaimSchema.safeParse({ ...april, modality: "rumoured" }).success).toBe(false);
    expect(IndicatorSchema.safeParse({ ...april.indicator, aggregation: "rate" }).success).toBe(false);
    expect(thrownCode(() => claim({ ...april, modality: "rumoured" as never }))).toBe("invalid-claim");
    expect(thrownCode(() => claim({ ...april, indicator: { ...april.indicator, aggregation: "rate" as never } }))).toBe("invalid-claim");
  });

  it("are part of the indicator key, which keeps what it was for asserted stocks", () => {
    expect(indicatorKey(deployed)).toBe("xx-forces|deployed|person|||xx-spy");
    expect(indicatorKey({ ...deployed, indicator: { ...deployed.indicator, aggregation: "stock" }, modality: "asserted" })).toBe(indicatorKey(deployed));
    expect(indicatorKey(planned)).toBe("xx-forces|deployed|person|||xx-spy|stock|planned");
    expect(indicatorKey(week)).toBe("xx-forces|casualties|person|||xx-spy|flow|asserted");
  });

  it("keep a plan out of the assessments, so it never reads as a downward revision", () => {
    const assessed = historyOf(timeline, deployed.id);
    expect(assessed.claims.map((c) => c.id)).toEqual([deployed.id, deployedLater.id]);
    expect(revisions(assessed).map((r) => r.direction)).toEqual(["up"]);
    expect(historyOf(timeline, planned.id).claims.map((c) => c.id)).toEqual([planned.id]);
    expect(asOf(assessed, { valid: "2025-07-01" })?.id).toBe(deployed.id);
  });

  it("keep a one-week flow out of the running total", () => {
    const total = historyOf(timeline, april.id);
    expect(total.claims.map((c) => c.id)).toEqual([april.id, september.id]);
    expect(latest(total)?.id).toBe(september.id);
    expect(historyOf(timeline, week.id).claims.map((c) => c.id)).toEqual([week.id]);
  });

  it("are refused with not-a-stock where a level is read", () => {
    const flows = historyOf(timeline, week.id);
    expect(thrownCode(() => revisions(flows))).toBe("not-a-stock");
    expect(thrownCode(() => findContradictions(flows, { cumulative: true }))).toBe("not-a-stock");
    expect(findContradictions(flows)).toEqual([]);
    expect(thrownCode(() => consensus([april, week]))).toBe("not-a-stock");
    expect(thrownCode(() => consensus([deployed, planned]))).toBe("mixed-indicators");
  });
});
