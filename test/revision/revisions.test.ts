import { describe, expect, it } from "vitest";

import { claim } from "../../src/claim/claim.js";
import type { Claim } from "../../src/claim/schema.js";
import type { Estimate } from "../../src/estimate/schema.js";
import { approx, atLeast, exact, magnitude, range } from "../../src/estimate/constructors.js";
import { source } from "../../src/provenance/source.js";
import { consensus } from "../../src/revision/consensus.js";
import { findContradictions } from "../../src/revision/contradictions.js";
import { revisionHistory } from "../../src/revision/history.js";
import type { RevisionHistory } from "../../src/revision/history.js";
import { revisions } from "../../src/revision/revisions.js";
import { deepFreeze, thrownCode } from "../helpers.js";
import { casualtiesApril, casualtiesJanuary, casualtiesMarch, killedApril, nis } from "./seed.js";

const ua = source("ua-general-staff", "military", "General Staff of the Armed Forces of Ukraine", { country: "UA" });
const uk = source("gb-defence-intelligence", "intelligence-agency", "Defence Intelligence", { country: "GB" });

const only = (claims: readonly Claim[], groupBy: "originator" | "indicator" = "originator"): RevisionHistory =>
  revisionHistory(claims, { groupBy })[0] as RevisionHistory;

const apc = (date: string, value: number, extra: Partial<Claim> = {}): Claim =>
  deepFreeze(
    claim({
      id: `apc-${date}`,
      indicator: { subject: "ru-forces", measure: "ua-genstaff:apc", unit: "APC" },
      estimate: exact(value, "APC"),
      validTime: date,
      reportedAt: date,
      attribution: { originator: ua },
      ...extra,
    }),
  );

describe("revisions", () => {
  it("gives the seed casualty revisions with change, direction, days and rate, all with units", () => {
    const list = revisions(only([casualtiesApril, casualtiesMarch, casualtiesJanuary]));
    expect(list.map((r) => [r.from.id, r.to.id])).toEqual([
      ["nis-2025-01-casualties", "nis-2025-03-casualties"],
      ["nis-2025-03-casualties", "nis-2025-04-casualties"],
    ]);
    expect(list[0]).toMatchObject({
      change: { kind: "approx", value: 1000, unit: "person" },
      direction: "up",
      days: 59,
      ratePerDay: { kind: "approx", unit: "person/day" },
    });
    expect(list[0]?.ratePerDay?.kind === "approx" && list[0].ratePerDay.value).toBeCloseTo(1000 / 59, 10);
    // January and March are months, anchored at their last days: 31 January, 31 March, 30 April.
    expect(list[1]).toMatchObject({ change: { kind: "approx", value: 700 }, direction: "up", days: 30 });
  });

  it("reads the history as known at an earlier time", () => {
    const h = only([casualtiesApril, casualtiesMarch, casualtiesJanuary]);
    expect(revisions(h, { known: "2025-03-31" })).toHaveLength(1);
    expect(revisions(h, { known: "2025-01-31" })).toEqual([]);
  });

  it("says down, unchanged and overlapping", () => {
    const h = only([
      apc("2022-10-11", 5181),
      apc("2022-10-12", 5167),
      apc("2022-10-13", 5167),
      apc("2022-10-14", 0, { estimate: range(5100, 5200, "APC") }),
    ]);
    expect(revisions(h).map((r) => r.direction)).toEqual(["down", "unchanged", "overlapping"]);
    expect(revisions(h)[0]?.change).toEqual({ kind: "exact", value: -14, unit: "APC" });
    expect(revisions(h)[0]?.ratePerDay).toEqual({ kind: "exact", value: -14, unit: "APC/day" });
  });

  it("reports the change as unknown when it is past the largest finite number, instead of failing", () => {
    const h = only([apc("2022-03-13", 0, { estimate: exact(-Number.MAX_VALUE, "APC") }), apc("2022-03-14", 0, { estimate: exact(Number.MAX_VALUE, "APC") })]);
    expect(revisions(h)[0]).toMatchObject({ change: null, ratePerDay: null, direction: "up", days: 1 });
  });

  it("reports the change as unknown when the earlier figure has no upper bound", () => {
    const h = only([apc("2022-03-13", 0, { estimate: atLeast(12_000, "APC", { strict: true }) }), apc("2022-03-14", 12_500)]);
    const [r] = revisions(h);
    expect(r).toMatchObject({ change: null, ratePerDay: null, direction: "overlapping", days: 1 });
  });

  it("gives no days and no rate from a valid time with an open start", () => {
    const claims = [apc("2022-03-13", 1, { validTime: "../2022-03-13" }), apc("2022-03-14", 5)];
    const h = revisionHistory(claims, { anchor: "start" })[0] as RevisionHistory;
    expect(revisions(h)[0]).toMatchObject({ days: null, ratePerDay: null, change: { value: 4 } });
    expect(revisions(only(claims))[0]).toMatchObject({ days: 1, change: { value: 4 } });
  });

  it("rejects a knowledge time that is not EDTF and what revisionHistory did not build", () => {
    expect(thrownCode(() => revisions(only([apc("2022-03-13", 1)]), { known: "yesterday" }))).toBe("invalid-as-of");
    expect(thrownCode(() => revisions({} as RevisionHistory))).toBe("invalid-history");
  });
});

describe("findContradictions", () => {
  it("finds a cumulative decrease, only when told the measure is cumulative", () => {
    const h = only([apc("2022-10-12", 5181), apc("2022-10-13", 5167), apc("2022-10-14", 5172)]);
    const found = findContradictions(h, { cumulative: true });
    expect(found).toEqual([
      {
        code: "cumulative-decrease",
        severity: "warning",
        message: expect.stringContaining("falls from 5181 APC") as string,
        claims: ["apc-2022-10-12", "apc-2022-10-13"],
      },
    ]);
    expect(findContradictions(h)).toEqual([]);
  });

  it("does not report a decrease that a known correction explains, and does before it is known", () => {
    const fix = apc("2022-10-12", 5156, { id: "apc-2022-10-12-restated", reportedAt: "2022-10-14" });
    const h = only([apc("2022-10-11", 5150), apc("2022-10-12", 5181), apc("2022-10-13", 5167), fix]);
    expect(findContradictions(h, { cumulative: true })).toEqual([]);
    expect(findContradictions(h, { cumulative: true, known: "2022-10-13" }).map((f) => f.claims)).toEqual([
      ["apc-2022-10-12", "apc-2022-10-13"],
    ]);
    const h2 = only([apc("2022-10-11", 5150), apc("2022-10-12", 5181), apc("2022-10-13", 5167)]);
    expect(findContradictions(h2, { cumulative: true }).map((f) => f.code)).toEqual(["cumulative-decrease"]);
  });

  it("reads a hedge as the rounding of its figure before it calls a fall certain, and names the hedge", () => {
    const at = (day: string, estimate: Estimate) => ({ ...apc(day, 0), id: `apc-${day}`, estimate });
    const fall = (a: Estimate, b: Estimate) => findContradictions(only([at("2022-10-12", a), at("2022-10-13", b)]), { cumulative: true });
    // 599 after "about 600" lies within its rounding (550–650): no fall
    expect(fall(approx(600, "APC"), exact(599, "APC"))).toEqual([]);
    // "about 500" after "about 600" is one, and the message keeps the hedges
    expect(fall(approx(600, "APC"), approx(500, "APC")).map((f) => f.message)).toEqual([
      "the cumulative figure falls from about 600 APC (apc-2022-10-12, valid 2022-10-12) to about 500 APC (apc-2022-10-13, valid 2022-10-13)",
    ]);
    expect(fall(atLeast(600, "APC", { strict: true }), exact(100, "APC")).map((f) => f.message)).toEqual([
      "the cumulative figure falls from more than 600 APC (apc-2022-10-12, valid 2022-10-12) to 100 APC (apc-2022-10-13, valid 2022-10-13)",
    ]);
  });

  it("finds a slipped digit: a jump of about ten times that reverses", () => {
    const h = only([apc("2024-07-22", 15_990), apc("2024-07-23", 1600), apc("2024-07-24", 16_010), apc("2024-07-25", 16_020)]);
    const found = findContradictions(h);
    expect(found.map((f) => [f.code, f.claims])).toEqual([
      ["slipped-digit", ["apc-2024-07-22", "apc-2024-07-23", "apc-2024-07-24"]],
    ]);
    expect(found[0]?.message).toContain("ten times less");
    const up = only([apc("2026-06-23", 11_200), apc("2026-06-24", 111_257), apc("2026-06-25", 11_300)]);
    expect(findContradictions(up)[0]?.message).toContain("ten times more");
    const stays = only([apc("2024-07-22", 1600), apc("2024-07-23", 16_000), apc("2024-07-24", 16_010)]);
    expect(findContradictions(stays)).toEqual([]);
    const edge = only([apc("2024-07-22", 1600), apc("2024-07-23", 16_000)]);
    expect(findContradictions(edge)).toEqual([]);
    const zero = only([apc("2024-07-22", 0), apc("2024-07-23", 16_000), apc("2024-07-24", 0)]);
    expect(findContradictions(zero)).toEqual([]);
    const ranged = only([
      apc("2024-07-22", 0, { estimate: range(1500, 1700, "APC") }),
      apc("2024-07-23", 0, { estimate: atLeast(16_000, "APC") }),
      apc("2024-07-24", 1600),
    ]);
    expect(findContradictions(ranged)).toEqual([]);
  });

  it("finds a report dated before its valid time starts (the article's 'early 2023' is not one)", () => {
    const early = apc("2022-10-12", 1, { reportedAt: "2022-10-11" });
    const month = apc("2022-10-13", 2, { validTime: "2022-10", reportedAt: "2022-10-01" });
    const found = findContradictions(only([early, month]));
    expect(found.map((f) => [f.code, f.claims])).toEqual([["reported-before-valid", ["apc-2022-10-12"]]]);
  });

  it("finds a series that mixes originators", () => {
    const other = deepFreeze({ ...casualtiesMarch, id: "ua-2025-03", attribution: { originator: ua } });
    const found = findContradictions(only([casualtiesJanuary, casualtiesMarch, other], "indicator"));
    expect(found.map((f) => [f.code, f.severity, f.claims])).toEqual([
      ["mixed-originators", "error", ["nis-2025-01-casualties", "ua-2025-03"]],
    ]);
  });

  it("finds nothing in the seed casualty history", () => {
    expect(findContradictions(only([casualtiesJanuary, casualtiesMarch, casualtiesApril]), { cumulative: true })).toEqual([]);
  });

  it("rejects what revisionHistory did not build", () => {
    expect(thrownCode(() => findContradictions([] as unknown as RevisionHistory))).toBe("invalid-history");
  });
});

describe("consensus", () => {
  const ukKilled = deepFreeze({
    ...killedApril,
    id: "uk-2025-04-killed",
    estimate: range(800, 1000, "person"),
    attribution: { originator: uk },
  });
  const uaKilled = deepFreeze({
    ...killedApril,
    id: "ua-2025-04-killed",
    estimate: atLeast(900, "person", { strict: true }),
    attribution: { originator: ua },
  });

  it("gives each originator's figure, the hull, the intersection and the spread", () => {
    const c = consensus([killedApril, ukKilled], { valid: "2025-04-30" });
    expect(c.figures.map((f) => [f.originator, f.claim.id])).toEqual([
      ["gb-defence-intelligence", "uk-2025-04-killed"],
      ["kr-nis", "nis-2025-04-killed"],
    ]);
    expect(c.hull).toEqual({ kind: "range", low: 600, high: 1000, unit: "person", approx: true });
    expect(c.intersection).toBeNull();
    expect(c.spread).toBe(400);
    expect(c.unit).toBe("person");
  });

  it("finds where they agree, and an unbounded hull has no spread", () => {
    const c = consensus([ukKilled, uaKilled]);
    expect(c.intersection).toEqual({ kind: "range", low: 900, high: 1000, unit: "person" });
    expect(c.hull).toEqual({ kind: "atLeast", value: 800, strict: false, unit: "person" });
    expect(c.spread).toBeNull();
    const same = consensus([ukKilled, { ...ukKilled, id: "x", attribution: { originator: ua } }]);
    expect(same.intersection).toEqual(range(800, 1000, "person"));
    const touching = consensus([
      { ...ukKilled, estimate: range(700, 800, "person") },
      { ...uaKilled, estimate: atLeast(800, "person", { strict: true }) },
    ]);
    expect(touching.intersection).toBeNull();
    expect(touching.hull).toEqual({ kind: "atLeast", value: 700, strict: false, unit: "person" });
    const closed = consensus([
      { ...ukKilled, estimate: atLeast(800, "person", { strict: true }) },
      { ...uaKilled, estimate: atLeast(800, "person") },
    ]);
    expect(closed.hull).toEqual({ kind: "atLeast", value: 800, strict: false, unit: "person" });
    expect(closed.intersection).toEqual({ kind: "atLeast", value: 800, strict: true, unit: "person" });
  });

  it("without a valid time, refuses to set latest figures of different times side by side", () => {
    const older = { ...uaKilled, validTime: "2023-06-30", reportedAt: "2023-07-01" };
    expect(() => consensus([ukKilled, older])).toThrow(
      `consensus: query.valid is needed: the latest figures are for different times (${ukKilled.id}: ${ukKilled.validTime}, ${older.id}: 2023-06-30); give the time the consensus is about (and maxAgeDays to leave out older figures), got undefined`,
    );
    expect(thrownCode(() => consensus([ukKilled, older]))).toBe("invalid-option");
    // asked about one time, the older figure is the one in force, with its age; maxAgeDays leaves it out
    const ages = new Map(consensus([ukKilled, older], { valid: ukKilled.validTime }).figures.map((f) => [f.claim.id, f.ageDays]));
    expect([ages.get(ukKilled.id), (ages.get(older.id) as number) > 300]).toEqual([0, true]);
    expect(consensus([ukKilled, older], { valid: ukKilled.validTime, maxAgeDays: 30 }).figures.map((f) => f.claim.id)).toEqual([ukKilled.id]);
  });

  it("asks each originator's history at the same valid and knowledge time", () => {
    const c = consensus([killedApril, ukKilled], { known: "2025-04-01" });
    expect(c).toEqual({ unit: "person", figures: [], definitions: [], hull: null, intersection: null, spread: null });
    expect(consensus([])).toEqual({ unit: "unknown", figures: [], definitions: [], hull: null, intersection: null, spread: null });
    const big = consensus([{ ...ukKilled, estimate: magnitude("thousands", "person") }]);
    expect(big.hull?.kind).toBe("range");
  });

  it("rejects claims about different things or in different units", () => {
    expect(thrownCode(() => consensus([killedApril, casualtiesApril]))).toBe("mixed-indicators");
    const scoped = { ...ukKilled, indicator: { ...ukKilled.indicator, scope: "Kursk" } };
    expect(thrownCode(() => consensus([killedApril, scoped]))).toBe("mixed-indicators");
    const subject = { ...ukKilled, indicator: { ...ukKilled.indicator, subject: "other" } };
    expect(thrownCode(() => consensus([killedApril, subject]))).toBe("mixed-indicators");
    const parts = {
      ...casualtiesApril,
      id: "p",
      indicator: { ...casualtiesApril.indicator, includes: ["killed" as const, "wounded" as const] },
    };
    // Different casualty parts are kept apart by definition, not refused (see analyst.test.ts).
    expect(consensus([casualtiesApril, parts]).definitions).toHaveLength(2);
    // Listing all four parts is the same indicator as listing none.
    const allParts = {
      ...casualtiesApril,
      id: "all-parts",
      indicator: { ...casualtiesApril.indicator, includes: ["captured" as const, "killed" as const, "missing" as const, "wounded" as const] },
      attribution: ukKilled.attribution,
    };
    expect(consensus([casualtiesApril, allParts]).figures).toHaveLength(2);
    const units = { ...ukKilled, indicator: { ...ukKilled.indicator, unit: "soldier" }, estimate: approx(1, "soldier") };
    expect(thrownCode(() => consensus([killedApril, units]))).toBe("unit-mismatch");
    expect(thrownCode(() => consensus([killedApril, killedApril]))).toBe("duplicate-claim-id");
    expect(thrownCode(() => consensus([killedApril], { valid: "April" }))).toBe("invalid-as-of");
    expect(nis.id).toBe("kr-nis");
  });
});

describe("a restatement whose original is not in the history", () => {
  it("is found, as searches pass it over and it answers nothing", () => {
    const outlet = source("xx-outlet", "outlet", "Example News");
    const r = claim({ ...casualtiesApril, id: "outlet-apr", restates: "nis-elsewhere", attribution: { originator: outlet } });
    const [h] = revisionHistory([r]);
    expect(h?.claims.map((c) => c.id)).toEqual(["outlet-apr"]);
    expect(findContradictions(h as RevisionHistory)).toEqual([
      {
        code: "restatement-without-original",
        severity: "warning",
        message: "outlet-apr restates nis-elsewhere, which is not in the history: searches pass a restatement over, so it answers nothing (give the original, or leave out restates if the figure is xx-outlet's own)",
        claims: ["outlet-apr"],
      },
    ]);
    // with its original there, nothing
    expect(findContradictions(revisionHistory([casualtiesApril, { ...r, restates: casualtiesApril.id }])[0] as RevisionHistory).map((f) => f.code)).not.toContain("restatement-without-original");
  });
});
