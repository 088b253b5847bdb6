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
import type { Claim } from "../../src/claim/schema.js";
import { approx, atLeast, exact } from "../../src/estimate/constructors.js";
import type { RevisionHistoryOptions } from "../../src/revision/history.js";
import { thrown, thrownCode } from "../helpers.js";
import { isoDayNumber } from "../../src/revision/clock.js";
import { renderings } from "../../src/revision/restatements.js";
import { ageDays } from "../../src/revision/age.js";
import { SourceSchema } from "../../src/provenance/schema.js";
import { source } from "../../src/provenance/source.js";
import { ally, allyOld, armyKilledWounded, april, asKilled, around, deployed, deployedLater, make, moreThan, planned, september, stale, timeline, unlinked, week } from "./timeline.js";

const only = (claims: readonly Claim[], options?: RevisionHistoryOptions): RevisionHistory => {
  const [h, ...rest] = revisionHistory(claims, options);
  expect(rest).toEqual([]);
  return h as RevisionHistory;
};

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
    // weeks after its week, a one-week count is not the level of anything
    expect(thrown(() => asOf(flows, { valid: "2025-01-31" }))).toMatchObject({
      code: "not-a-stock",
      message: "asOf: cas-week-2024-12 is a flow, not a stock; asOf answers levels as of a time (find a count over a period by its validTime in history.claims)",
    });
    expect(thrownCode(() => asOf(flows, { valid: "2024-12-22" }))).toBe("not-a-stock");
    expect(thrownCode(() => asOf(flows, { restatements: "include" }))).toBe("not-a-stock");
    expect(thrownCode(() => latest(flows))).toBe("not-a-stock");
    const wave = make({ ...deployed, id: "another-3000", indicator: { ...deployed.indicator, aggregation: "increment" }, estimate: exact(3_000, "person") } as Claim);
    expect(thrown(() => latest(only([wave])))).toMatchObject({ code: "not-a-stock", message: expect.stringMatching(/^latest: another-3000 is an increment, not a stock/) });
    // a stock's history answers, whatever its restatements say
    const asWeek = make({ ...around, id: "outlet-weekly", indicator: { ...april.indicator, aggregation: "flow" } } as Claim);
    // a week's count restating the level is not the level: include answers with the original
    expect(asOf(only([april, asWeek]), { restatements: "include" })?.id).toBe(april.id);
    expect(asOf(only([april, asWeek]))?.id).toBe(april.id);
    expect(thrownCode(() => revisions(flows))).toBe("not-a-stock");
    expect(thrownCode(() => findContradictions(flows, { cumulative: true }))).toBe("not-a-stock");
    expect(findContradictions(flows)).toEqual([]);
    expect(thrownCode(() => consensus([april, week]))).toBe("not-a-stock");
    expect(thrownCode(() => consensus([deployed, planned]))).toBe("mixed-indicators");
  });
});

describe("two clocks on imprecise dates", () => {
  const january = make({ id: "cas-2025-01", estimate: approx(300, "person"), validTime: "2025-01", reportedAt: "2025-01" });
  const midJanuary = make({ id: "cas-2025-01-10", estimate: approx(200, "person"), validTime: "2025-01-10", reportedAt: "2025-01-13" });

  it("knows a month-precision report from the end of the month, unless told otherwise", () => {
    const h = only([january]);
    expect(asOf(h, { known: "2025-01-05" })).toBeUndefined();
    expect(asOf(h, { known: "2025-01-31" })?.id).toBe(january.id);
    expect(asOf(only([january], { knownFrom: "start" }), { known: "2025-01-05" })?.id).toBe(january.id);
    expect(h.clocks).toEqual({ knownFrom: "end", anchor: "end" });
  });

  it("knows a day-precision report from the end of its day, as a month from the end of its month", () => {
    const day = make({ id: "day", estimate: approx(600, "person"), validTime: "2025-04-30", reportedAt: "2025-04-30" });
    const h = only([day]);
    expect(h.index.knownFrom).toEqual([(isoDayNumber("2025-04-30") as number) * 86_400 + 86_399]);
    expect(asOf(h, { known: "2025-04-30T12:00:00" })).toBeUndefined();
    expect(asOf(h, { known: "2025-04-30T23:59:59" })?.id).toBe("day");
    expect(asOf(h, { known: "2025-04-30" })?.id).toBe("day");
    expect(asOf(only([january]), { known: "2025-01-31T12:00:00" })).toBeUndefined();
    expect(asOf(only([january]), { known: "2025-01-31" })?.id).toBe(january.id);
    // from the start, from the first second of the first day
    expect(asOf(only([day], { knownFrom: "start" }), { known: "2025-04-30T00:00:00" })?.id).toBe("day");
    expect(asOf(only([january], { knownFrom: "start" }), { known: "2025-01-01T00:00:00" })?.id).toBe(january.id);
    // a time of day is known from that time on either clock
    const timed = { ...day, id: "timed", reportedAt: "2025-04-30T10:00:00" };
    for (const knownFrom of ["start", "end"] as const) {
      expect(asOf(only([timed], { knownFrom }), { known: "2025-04-30T09:59:59" })).toBeUndefined();
      expect(asOf(only([timed], { knownFrom }), { known: "2025-04-30T10:00:00" })?.id).toBe("timed");
    }
    // a report at a time on a day comes before one dated to the day only, which may be later that day
    expect(only([day, timed]).claims.map((c) => c.id)).toEqual(["timed", "day"]);
  });

  it("refuses a report time with no end under knownFrom: end, where it would never be known, and reads it from its start under start", () => {
    const open = make({ id: "open", estimate: approx(600, "person"), validTime: "2025-04-30", reportedAt: "2025-04/.." });
    expect(thrown(() => revisionHistory([april, open]))).toMatchObject({
      code: "invalid-claim",
      message: 'revisionHistory: claims[1].reportedAt has no end, so with knownFrom "end" it is never known (give its last day, or use knownFrom "start"), got "2025-04/.."',
    });
    expect(thrownCode(() => revisionHistory([{ ...open, reportedAt: "2025-04/" }]))).toBe("invalid-claim");
    expect(thrownCode(() => consensus([open]))).toBe("invalid-claim");
    expect(asOf(only([open], { knownFrom: "start" }), { known: "2025-04-01T00:00:00" })?.id).toBe("open");
    const copy = JSON.parse(JSON.stringify(only([april]))) as RevisionHistory;
    expect(thrownCode(() => asOf({ ...copy, claims: [{ ...april, reportedAt: "2025-04-30/.." }] } as never))).toBe("invalid-history");
    // an open start is no problem: known from the end of the day it was public by
    expect(asOf(only([{ ...open, reportedAt: "../2025-05-02" }]), { known: "2025-05-02" })?.id).toBe("open");
    expect(ageDays(open, "2025-05-10")).toBe(10);
  });

  it("anchors a month at its last day, so a day inside it comes first and no false decrease is found", () => {
    const h = only([january, midJanuary]);
    expect(h.claims.map((c) => c.id)).toEqual([midJanuary.id, january.id]);
    expect(findContradictions(h, { cumulative: true })).toEqual([]);
    const byStart = only([january, midJanuary], { anchor: "start" });
    expect(byStart.claims.map((c) => c.id)).toEqual([january.id, midJanuary.id]);
    expect(findContradictions(byStart, { cumulative: true }).map((f) => f.code)).toEqual(["cumulative-decrease"]);
  });

  it("refuses clocks that are neither start nor end", () => {
    expect(thrownCode(() => revisionHistory([january], { knownFrom: "middle" as "end" }))).toBe("invalid-option");
    expect(thrownCode(() => revisionHistory([january], { anchor: 1 as unknown as "end" }))).toBe("invalid-option");
    const copy = JSON.parse(JSON.stringify(only([january]))) as RevisionHistory;
    expect(asOf(copy)?.id).toBe(january.id);
    expect(thrownCode(() => asOf({ ...copy, clocks: { knownFrom: "end" } } as never))).toBe("invalid-history");
  });

  it("settles a tie on both clocks by status, then id, never by input order, and reports it", () => {
    const a = make({ id: "tie-a", estimate: exact(400, "person"), validTime: "2025-05-01", reportedAt: "2025-05-02" });
    const b = make({ id: "tie-b", estimate: exact(4_000, "person"), validTime: "2025-05-01", reportedAt: "2025-05-02" });
    for (const order of [[a, b], [b, a]]) {
      const h = only(order);
      expect(asOf(h)?.id).toBe("tie-a");
      expect(findContradictions(h)).toEqual([
        expect.objectContaining({ code: "simultaneous-conflict", severity: "warning", claims: ["tie-b", "tie-a"] }),
      ]);
    }
    const preferred = { ...b, status: { kind: "preferred" } } as Claim;
    expect(asOf(only([a, preferred]))?.id).toBe("tie-b");
    expect(asOf(only([preferred, a]))?.id).toBe("tie-b");
    const same = make({ id: "tie-c", estimate: exact(400, "person"), validTime: "2025-05-01", reportedAt: "2025-05-02" });
    expect(findContradictions(only([a, same]))).toEqual([]);
  });
});

describe("restatements", () => {
  const all = [april, september, around, moreThan, asKilled, stale];
  const h = (): RevisionHistory => historyOf(all, april.id);

  it("sit in their original's history, whatever measure they state", () => {
    expect(revisionHistory(all)).toHaveLength(1);
    expect(h().claims.map((c) => c.id)).toEqual([april.id, asKilled.id, around.id, moreThan.id, stale.id, september.id]);
  });

  it("are passed over by asOf and latest unless included", () => {
    expect(asOf(h(), { valid: "2025-05-31", known: "2025-05-10" })?.id).toBe(april.id);
    expect(asOf(h(), { valid: "2025-05-31", known: "2025-05-10", restatements: "include" })?.id).toBe(moreThan.id);
    expect(latest(h())?.id).toBe(september.id);
    expect(latest(h(), { restatements: "include" })?.id).toBe(september.id);
    expect(asOf(h(), { valid: "2025-05-31", restatements: "include" })?.id).toBe(stale.id);
    expect(revisions(h()).map((r) => [r.from.id, r.to.id, r.direction])).toEqual([[april.id, september.id, "up"]]);
    expect(thrownCode(() => asOf(h(), { restatements: "all" as "include" }))).toBe("invalid-option");
    expect(thrownCode(() => latest(h(), null as never))).toBe("invalid-option");
  });

  it("say so when a restatement's figure does not overlap its original's, and when it is about ten times it", () => {
    const restated = (value: number, exactly = false) => ({ ...around, id: `outlet-${value}`, estimate: exactly ? exact(value, "person") : approx(value, "person") });
    const drift = (c: Claim) => findContradictions(only([april, c])).filter((f) => f.code === "hedge-drift").map((f) => f.message);
    expect(drift(restated(6000))).toEqual([
      "outlet-6000 states the figure differently from cas-2025-04, which it restates: about 6,000 people for roughly 600 people, about ten times the original (a digit added or dropped?), and the two do not overlap",
    ]);
    expect(drift(restated(60, true))).toEqual([
      "outlet-60 states the figure differently from cas-2025-04, which it restates: 60 people for roughly 600 people, about a tenth of the original (a digit added or dropped?), and the two do not overlap",
    ]);
    expect(drift(restated(900))).toEqual(["outlet-900 states the figure differently from cas-2025-04, which it restates: about 900 people for roughly 600 people, above the original, and the two do not overlap"]);
    // within the rounding of "roughly 600", and a bound that meets it: drift, not a mismatch
    expect(drift(restated(620, true))).toEqual(["outlet-620 states the figure differently from cas-2025-04, which it restates"]);
    expect(drift(moreThan)).toEqual(["outlet-b states the figure differently from cas-2025-04, which it restates"]);
  });

  it("may name the outlet as their originator: they speak for the claim they restate", () => {
    const outlet = source("example-news", "outlet", "Example News Agency", { country: "KR" });
    const byOutlet = { ...moreThan, attribution: { originator: outlet, publications: [{ outlet: "Example News Agency" }] } };
    const [one, ...none] = revisionHistory([april, around, byOutlet, september]);
    expect(none).toEqual([]);
    expect(findContradictions(one as RevisionHistory).map((f) => [f.code, f.claims])).toEqual([["hedge-drift", [april.id, moreThan.id]]]);
    expect(renderings(one as RevisionHistory, moreThan.id).original.id).toBe(april.id);
    expect(latest(one as RevisionHistory)?.id).toBe(september.id);
    // grouped across originators, a second originator's own figure is still a second originator
    const across = only([april, byOutlet, allyOld], { groupBy: "indicator" });
    expect(findContradictions(across).filter((f) => f.code === "mixed-originators").map((f) => f.claims)).toEqual([[allyOld.id, april.id]]);
    // and so is an outlet's restatement of a figure the history does not hold
    const orphan = { ...byOutlet, id: "orphan", restates: "not-here" };
    expect(findContradictions(only([april, orphan], { groupBy: "indicator" })).filter((f) => f.code === "mixed-originators").map((f) => f.claims)).toEqual([[april.id, "orphan"]]);
  });

  it("are listed with how they drifted by renderings", () => {
    const r = renderings(h(), around.id);
    expect(r.original.id).toBe(april.id);
    expect(r.restatements.map((x) => [x.claim.id, x.drift])).toEqual([
      [asKilled.id, ["measure"]],
      [around.id, []],
      [moreThan.id, ["hedge"]],
      [stale.id, ["stale"]],
    ]);
    expect(renderings(h(), september.id).restatements).toEqual([]);
    expect(thrownCode(() => renderings(h(), "nope"))).toBe("invalid-argument");
    expect(thrownCode(() => renderings(h(), 5 as never))).toBe("invalid-argument");
  });

  it("are reported when they drift", () => {
    const found = findContradictions(h()).map((f) => [f.code, f.claims]);
    expect(found).toEqual([
      ["measure-drift", [april.id, asKilled.id]],
      ["hedge-drift", [april.id, moreThan.id]],
      ["stale-restatement", [april.id, stale.id]],
    ]);
    expect(findContradictions(h(), { cumulative: true }).map((f) => f.code)).not.toContain("cumulative-decrease");
  });

  it("are reported when they restate a projection as an assessment, or a week's count as a running total", () => {
    const projection = make({ id: "proj-2025-12", indicator: { subject: "xx-forces", measure: "deployed", unit: "person" }, modality: "projected", estimate: approx(30_000, "person"), validTime: "2025-12", reportedAt: "2025-06-10" });
    const asFact = make({ ...projection, id: "outlet-fact", modality: undefined, restates: projection.id, reportedAt: "2025-06-11" } as Claim);
    const asPlan = make({ ...projection, id: "outlet-plan", modality: "planned", restates: projection.id, reportedAt: "2025-06-12" } as Claim);
    const p = only([projection, asFact, asPlan]);
    expect(renderings(p, projection.id).restatements.map((r) => [r.claim.id, r.drift])).toEqual([
      [asFact.id, ["modality"]],
      [asPlan.id, ["modality"]],
    ]);
    const found = findContradictions(p);
    expect(found.filter((f) => f.code === "modality-drift")).toEqual([
      { code: "modality-drift", severity: "warning", message: "outlet-fact states with another modality than proj-2025-12, which it restates (projected restated as asserted)", claims: [projection.id, asFact.id] },
      { code: "modality-drift", severity: "warning", message: "outlet-plan states with another modality than proj-2025-12, which it restates (projected restated as planned)", claims: [projection.id, asPlan.id] },
    ]);
    // the assessment the outlet made of it is also an assertion about a time to come
    expect(found.filter((f) => f.code === "reported-before-valid").map((f) => f.claims)).toEqual([[asFact.id]]);
    const weekAsTotal = make({ ...week, id: "outlet-total", indicator: { ...week.indicator, aggregation: "stock" }, restates: week.id, reportedAt: "2024-12-24" } as Claim);
    const w = only([week, weekAsTotal]);
    expect(renderings(w, week.id).restatements.map((r) => r.drift)).toEqual([["measure"]]);
    expect(findContradictions(w).map((f) => [f.code, f.claims])).toEqual([["measure-drift", [week.id, weekAsTotal.id]]]);
    // the same modality and aggregation, left out or written, is no drift
    const written = make({ ...april, id: "outlet-written", modality: "asserted", indicator: { ...april.indicator, aggregation: "stock" }, restates: april.id, reportedAt: "2025-05-01" } as Claim);
    expect(findContradictions(only([april, written]))).toEqual([]);
  });

  it("are found only among claims known at known: no finding is about a claim still to come", () => {
    const at = (known?: string) => findContradictions(h(), known === undefined ? {} : { known }).map((f) => [f.code, f.claims]);
    expect(at("2025-04-30")).toEqual([]);
    expect(at("2025-05-01")).toEqual([["measure-drift", [april.id, asKilled.id]]]);
    expect(at("2025-05-02")).toEqual([
      ["measure-drift", [april.id, asKilled.id]],
      ["hedge-drift", [april.id, moreThan.id]],
    ]);
    expect(at("2025-11-02")).toEqual(at("2025-05-02"));
    expect(at("2025-11-03")).toEqual(at());
    expect(at()).toEqual([...at("2025-05-02"), ["stale-restatement", [april.id, stale.id]]]);
    // an unlinked repeat, a tie, a report before its valid time and a second originator, each before it is known
    expect(findContradictions(only([april, unlinked]), { known: "2025-05-05" })).toEqual([]);
    expect(findContradictions(only([april, unlinked]), { known: "2025-05-06" }).map((f) => f.code)).toEqual(["possible-restatement"]);
    const a = make({ id: "tie-a", estimate: exact(400, "person"), validTime: "2025-05-01", reportedAt: "2025-05-02" });
    const b = make({ id: "tie-b", estimate: exact(4_000, "person"), validTime: "2025-05-01", reportedAt: "2025-05-02" });
    expect(findContradictions(only([a, b]), { known: "2025-05-01" })).toEqual([]);
    expect(findContradictions(only([a, b]), { known: "2025-05-02" }).map((f) => f.code)).toEqual(["simultaneous-conflict"]);
    const early = make({ id: "early", estimate: exact(700, "person"), validTime: "2025-06-01", reportedAt: "2025-05-20" });
    expect(findContradictions(only([april, early]), { known: "2025-05-10" })).toEqual([]);
    expect(findContradictions(only([april, early]), { known: "2025-05-20" }).map((f) => f.code)).toEqual(["reported-before-valid"]);
    const both = only([allyOld, april], { groupBy: "indicator" });
    expect(findContradictions(both, { known: "2025-04-01" })).toEqual([]);
    expect(findContradictions(both, { known: "2025-04-30" }).map((f) => f.code)).toEqual(["mixed-originators"]);
  });

  it("are listed as known at known by renderings", () => {
    const ids = (id: string, known: string) => renderings(h(), id, { known }).restatements.map((r) => r.claim.id);
    expect(ids(around.id, "2025-05-01")).toEqual([asKilled.id, around.id]);
    expect(ids(april.id, "2025-05-02")).toEqual([asKilled.id, around.id, moreThan.id]);
    expect(ids(april.id, "2025-04-30")).toEqual([]);
    expect(thrown(() => renderings(h(), april.id, { known: "2025-04-29" })).message).toBe('renderings: claimId is not known at options.known "2025-04-29", got "cas-2025-04"');
    expect(renderings(h(), april.id, { known: "2025-11-03" })).toEqual(renderings(h(), april.id));
    expect(thrown(() => renderings(h(), stale.id, { known: "2025-10-01" }))).toMatchObject({
      code: "invalid-argument",
      message: 'renderings: claimId is not known at options.known "2025-10-01", got "outlet-d"',
    });
    // a restatement out before its original is known: the original is not there to render
    const may = make({ id: "cas-2025-05", estimate: approx(700, "person"), validTime: "2025-05", reportedAt: "2025-05" });
    const early = make({ id: "early-outlet", restates: may.id, estimate: atLeast(700, "person"), validTime: "2025-05", reportedAt: "2025-05-15" });
    const both = only([may, early]);
    expect(thrown(() => renderings(both, early.id, { known: "2025-05-20" }))).toMatchObject({
      code: "invalid-argument",
      message: 'renderings: claimId restates "cas-2025-05", which is not known at options.known "2025-05-20", got "early-outlet"',
    });
    expect(findContradictions(both, { known: "2025-05-20" })).toEqual([]);
    expect(findContradictions(both, { known: "2025-05-31" }).map((f) => f.code)).toEqual(["hedge-drift"]);
    expect(thrownCode(() => renderings(h(), april.id, { know: "2025-05-01" } as never))).toBe("invalid-option");
    expect(thrownCode(() => renderings(h(), april.id, null as never))).toBe("invalid-option");
    expect(thrownCode(() => renderings(h(), april.id, { known: "May" }))).toBe("invalid-as-of");
  });

  it("are suspected when an originator's figure comes again within days without a link", () => {
    expect(findContradictions(only([april, unlinked])).map((f) => [f.code, f.claims])).toEqual([["possible-restatement", [april.id, unlinked.id]]]);
    const later = { ...unlinked, id: "much-later", reportedAt: "2025-06-30" };
    expect(findContradictions(only([april, later]))).toEqual([]);
    const revised = { ...unlinked, id: "revised", estimate: exact(900, "person") };
    expect(findContradictions(only([april, revised]))).toEqual([]);
    expect(findContradictions(only([april, { ...unlinked, reportedAt: "2025-05-01" }]))[0]?.message).toBe(
      "cas-2025-04-again repeats the figure of cas-2025-04 for 2025-04-30 1 day later, within rounding: a restatement without restates?",
    );
  });

  it("are not suspected for two reports of one day: one day's figures, a conflict if they differ at one moment", () => {
    const evening = { ...unlinked, id: "evening", reportedAt: "2025-04-30T18:00:00" };
    const morning = { ...april, reportedAt: "2025-04-30T09:00:00" };
    for (const knownFrom of ["start", "end"] as const) {
      expect(findContradictions(only([april, evening], { knownFrom }))).toEqual([]);
      expect(findContradictions(only([morning, evening], { knownFrom }))).toEqual([]);
    }
    expect(findContradictions(only([morning, { ...evening, reportedAt: "2025-05-01T08:00:00" }])).map((f) => f.code)).toEqual(["possible-restatement"]);
    // the same day and the same moment, certainly different: a conflict, not a restatement
    const tenfold = { ...unlinked, id: "tenfold", estimate: exact(6_000, "person"), reportedAt: april.reportedAt };
    expect(findContradictions(only([april, tenfold])).map((f) => [f.code, f.claims])).toEqual([["simultaneous-conflict", [tenfold.id, april.id]]]);
    // a report dated to the day and one at 18:00 that day: which came later cannot be told
    expect(findContradictions(only([april, { ...tenfold, reportedAt: "2025-04-30T18:00:00" }])).map((f) => [f.code, f.claims])).toEqual([["simultaneous-conflict", [tenfold.id, april.id]]]);
    expect(findContradictions(only([morning, { ...tenfold, reportedAt: "2025-04-30T18:00:00" }]))).toEqual([]);
  });

  it("name each claim as the later of at most one finding, so many reports of one figure give a finding a report, not one a pair", () => {
    // the April figure repeated on three later days: each repeat is paired with the latest earlier report it agrees with
    const again = (day: number) => ({ ...unlinked, id: `again-${day}`, reportedAt: `2025-05-0${day}` });
    expect(findContradictions(only([april, again(2), again(3), again(4)])).map((f) => [f.code, f.claims])).toEqual([
      ["possible-restatement", [april.id, "again-2"]],
      ["possible-restatement", ["again-2", "again-3"]],
      ["possible-restatement", ["again-3", "again-4"]],
    ]);
    // a repeat agrees with an earlier report even when the report between them does not
    const tenfold = { ...unlinked, id: "tenfold", estimate: exact(6_000, "person"), reportedAt: "2025-05-03" };
    expect(findContradictions(only([april, again(2), tenfold, again(4)])).filter((f) => f.code === "possible-restatement").map((f) => f.claims)).toEqual([
      [april.id, "again-2"],
      ["again-2", "again-4"],
    ]);
    // reports of one day with two figures, 20 dated to the day, 40 at a time in it: each dated to the day cannot be
    // ordered with those at a time, and is paired with the nearest of them with the other figure (it was 20 × 20 pairs)
    const day = Array.from({ length: 60 }, (_, k) =>
      ({ ...unlinked, id: `r${String(k).padStart(2, "0")}`, estimate: exact(k % 2 === 0 ? 600 : 700, "person"), reportedAt: k % 3 === 0 ? "2025-05-06" : `2025-05-06T${String(k % 24).padStart(2, "0")}:00:00` }) as Claim,
    );
    const all = findContradictions(only(day)).filter((f) => f.code === "simultaneous-conflict");
    const conflicts = all.filter((f) => f.message.includes("cannot be told"));
    const dated = day.filter((c) => c.reportedAt === "2025-05-06").map((c) => c.id);
    expect(conflicts).toHaveLength(dated.length);
    // and the ten dated to the day with the other figure than the one asOf takes of them, known at one moment
    expect(all.filter((f) => f.message.includes("the same moment"))).toHaveLength(10);
    expect(conflicts.map((f) => f.claims.find((id) => dated.includes(id))).sort()).toEqual(dated);
    const value = (id: string) => (day.find((c) => c.id === id)?.estimate as { value: number }).value;
    for (const f of conflicts) expect(value(f.claims[0] as string)).not.toBe(value(f.claims[1] as string));
  });

  it("are found in time that grows with the claims, not their pairs: 20,000 restatements of one figure, 20,000 repeats over a fortnight", () => {
    const outlets = Array.from({ length: 20_000 }, (_, k) => ({ ...around, id: `outlet-${k}`, reportedAt: `2025-05-${String(1 + (k % 28)).padStart(2, "0")}` }) as Claim);
    expect(findContradictions(only([april, ...outlets])).filter((f) => f.code !== "hedge-drift")).toEqual([]);
    const repeats = Array.from({ length: 20_000 }, (_, k) => ({ ...unlinked, id: `again-${k}`, reportedAt: `2025-05-${String(1 + (k % 14)).padStart(2, "0")}`, estimate: exact(k % 2 === 0 ? 600 : 610, "person") }) as Claim);
    const found = findContradictions(only(repeats));
    // every report after the first day repeats a figure of an earlier day but those of the first two days (1,429 each): 600 and 610 do not agree unhedged, and each day has one of them, so a day repeats the day before last
    expect(found.filter((f) => f.code === "possible-restatement")).toHaveLength(20_000 - 2 * 1_429);
  });

  it("refuse to restate themselves", () => {
    expect(thrownCode(() => claim({ ...april, restates: april.id }))).toBe("invalid-claim");
    expect(ClaimSchema.safeParse({ ...april, restates: april.id }).success).toBe(false);
    expect(thrown(() => revisionHistory([{ ...april, restates: april.id }]))).toMatchObject({ code: "invalid-claim", message: expect.stringMatching(/^revisionHistory: claims\[0\]\.restates must be the id of another claim/) });
  });

  it("refuse restatements that restate one another in a cycle, naming the claims", () => {
    const a = { ...around, restates: moreThan.id };
    const b = { ...moreThan, restates: around.id };
    expect(thrown(() => revisionHistory([april, a, b]))).toMatchObject({
      code: "invalid-claim",
      message: 'revisionHistory: claims[1].restates runs into a cycle of restatements ("outlet-a" → "outlet-b" → "outlet-a"), got "outlet-b"',
    });
    const c = { ...asKilled, restates: a.id };
    // a chain that runs into a cycle names the claims on the way and round it
    expect(thrown(() => revisionHistory([c, b, a])).message).toMatch(/^revisionHistory: claims\[0\]\.restates runs into a cycle of restatements \("outlet-c" → "outlet-a" → "outlet-b" → "outlet-a"\)/);
    expect(thrownCode(() => consensus([april, a, b]))).toBe("invalid-claim");
    // a chain that ends at an original, or leaves the list, is a chain
    expect(renderings(only([april, around, { ...moreThan, restates: around.id }]), moreThan.id).restatements.map((r) => r.claim.id)).toEqual([around.id, moreThan.id]);
    expect(revisionHistory([a, b].map((x, i) => ({ ...x, restates: i === 0 ? "elsewhere" : a.id })))).toHaveLength(1);
  });

  it("refuse a deprecation replaced by a restatement: an outlet repeating a figure does not replace one", () => {
    const replaced = { ...april, status: { kind: "deprecated", reason: "revised", supersededBy: around.id } } as Claim;
    expect(thrown(() => revisionHistory([replaced, around]))).toMatchObject({
      code: "invalid-claim",
      message: 'revisionHistory: claims[0].status.supersededBy names "outlet-a", which restates "cas-2025-04": a restatement replaces no figure, got "outlet-a"',
    });
    const copy = JSON.parse(JSON.stringify(only([{ ...replaced, status: { kind: "deprecated", reason: "revised", supersededBy: september.id } } as Claim, around, september]))) as RevisionHistory;
    expect(latest(copy)?.id).toBe(september.id);
    const edited = { ...copy, claims: copy.claims.map((c) => (c.id === april.id ? replaced : c)) } as RevisionHistory;
    expect(thrown(() => latest(edited))).toMatchObject({ code: "invalid-history", message: expect.stringContaining('.status.supersededBy names "outlet-a", which restates "cas-2025-04"') });
    expect(revisionHistory([{ ...april, status: { kind: "deprecated", reason: "revised", supersededBy: september.id } } as Claim, september, around])).toHaveLength(1);
  });

  it("refuse replacements that run in a circle: none would ever be in force", () => {
    const deprecated = (c: Claim, by: string): Claim => ({ ...c, status: { kind: "deprecated", reason: "revised", supersededBy: by } }) as Claim;
    const january = make({ id: "cas-2025-01", estimate: approx(300, "person"), validTime: "2025-01", reportedAt: "2025-01" });
    const a = deprecated(april, september.id);
    const b = deprecated(september, april.id);
    expect(thrown(() => revisionHistory([january, a, b]))).toMatchObject({
      code: "invalid-claim",
      message: `revisionHistory: claims[1].status.supersededBy runs into a cycle of replacements ("${april.id}" → "${september.id}" → "${april.id}"): each is retired once the next is known, so none would be in force, got "${september.id}"`,
      details: { path: "claims[1].status.supersededBy", value: september.id },
    });
    expect(thrownCode(() => consensus([january, a, b]))).toBe("invalid-claim");
    // a chain that ends, at a claim in force or one outside the list, is a chain
    expect(latest(only([january, a, september]))?.id).toBe(september.id);
    expect(revisionHistory([january, a, deprecated(september, "elsewhere")])).toHaveLength(1);
    // read back from JSON and edited into a circle
    const copy = JSON.parse(JSON.stringify(only([january, a, september]))) as RevisionHistory;
    const edited = { ...copy, claims: copy.claims.map((c) => (c.id === september.id ? b : c)) } as RevisionHistory;
    expect(thrown(() => latest(edited))).toMatchObject({ code: "invalid-history", message: expect.stringContaining("runs into a cycle of replacements") });
  });

  it("refuse a history read back from JSON that holds two claims of one id, as revisionHistory refuses the claims", () => {
    const copy = JSON.parse(JSON.stringify(only([april, september]))) as RevisionHistory;
    const twice = { ...copy, claims: copy.claims.map((c, i) => (i === 0 ? { ...c, id: september.id } : c)) } as RevisionHistory;
    expect(thrown(() => latest(twice))).toMatchObject({
      code: "invalid-history",
      message: `latest: history.claims[1].id is the id of history.claims[0] too: a history holds each claim once (build the history again with revisionHistory), got "${september.id}"`,
    });
    expect(thrownCode(() => revisionHistory(twice.claims))).toBe("duplicate-claim-id");
  });
});

describe("age, definitions and groups", () => {
  it("gives the age of a figure, and asOf leaves out one too old", () => {
    expect(ageDays(april, "2025-06-11")).toBe(42);
    expect(ageDays({ ...april, validTime: "2025-04" }, "2025-05", { anchor: "start" })).toBe(60);
    // a figure about a later time has no age for the time asked about
    expect(thrownCode(() => ageDays(september, "2025-05-01"))).toBe("invalid-argument");
    // one unknown year, not 2099: no age, rather than one of -27,000 days
    expect(ageDays({ ...april, validTime: "20XX" }, "2025-06-11")).toBeNull();
    expect(ageDays({ ...april, validTime: "2025-XX" }, "2025-06-11")).toBeNull();
    const h = historyOf(timeline, april.id);
    expect(asOf(h, { valid: "2025-08-20", maxAgeDays: 150 })?.id).toBe(april.id);
    expect(asOf(h, { valid: "2025-08-20", maxAgeDays: 100 })).toBeUndefined();
    expect(thrownCode(() => asOf(h, { maxAgeDays: 0 }))).toBe("invalid-option");
    // the argument is the query: the message names it as the caller wrote it
    expect(() => asOf(h, { maxAgeDays: 0 })).toThrow(/^asOf: query\.maxAgeDays needs query\.valid to count the age from, got 0/);
    expect(() => asOf(h, { valid: "2025-08-20", maxAgeDays: -1 })).toThrow(/^asOf: query\.maxAgeDays must be a finite number of days, not negative, got -1/);
    expect(thrownCode(() => asOf(h, { valid: "2025-08-20", maxAgeDays: -1 }))).toBe("invalid-option");
    expect(thrownCode(() => ageDays(april, "soon"))).toBe("invalid-as-of");
    expect(thrownCode(() => ageDays(april, 5 as never))).toBe("invalid-as-of");
    expect(thrownCode(() => ageDays({} as Claim, "2025-01-01"))).toBe("invalid-claim");
    expect(thrownCode(() => ageDays(april, "2025-01-01", { anchor: "middle" as "end" }))).toBe("invalid-option");
  });

  it("keeps two originators' definitions of casualties apart, or together when told to", () => {
    const c = consensus([april, armyKilledWounded], { valid: "2025-04-30" });
    expect(c.figures.map((f) => [f.originator, f.ageDays])).toEqual([["xx-spy", 0], ["yy-army", 2]]);
    expect([c.hull, c.intersection]).toEqual([null, null]);
    expect(c.definitions.map((d) => [d.includes, d.figures.length, d.hull?.kind])).toEqual([["", 1, "approx"], ["killed+wounded", 1, "range"]]);
    const together = consensus([april, armyKilledWounded], { valid: "2025-04-30", includes: "ignore" });
    expect(together.hull).toEqual({ kind: "range", low: 600, high: 1000, unit: "person", approx: true });
    expect(thrownCode(() => consensus([april], { includes: "loose" as "ignore" }))).toBe("invalid-option");
  });

  it("leaves out figures older than maxAgeDays", () => {
    const c = consensus([april, allyOld], { valid: "2025-04-30", maxAgeDays: 30 });
    expect(c.figures.map((f) => f.originator)).toEqual(["xx-spy"]);
    expect(consensus([april, allyOld], { valid: "2025-04-30" }).figures.map((f) => [f.originator, f.ageDays])).toEqual([["xx-spy", 0], ["zz-ally", 51]]);
    expect(thrownCode(() => consensus([april], { maxAgeDays: Number.NaN }))).toBe("invalid-option");
  });

  it("groups originators by country or by a function", () => {
    const kr = { ...allyOld, id: "kr-2", validTime: "2025-04-29", estimate: approx(700, "person"), attribution: { originator: { ...ally, id: "kr-other", country: "KR" } } };
    const byCountry = consensus([april, kr], { valid: "2025-04-30", groupBy: "country" });
    expect(byCountry.figures.map((f) => f.group)).toEqual(["KR", "KR"]);
    // one country whose two figures do not overlap disagrees with itself, as two originators do
    expect(byCountry.intersection).toBeNull();
    expect(consensus([april, kr], { valid: "2025-04-30" }).intersection).toBeNull();
    const western = source("western-officials", "government", "Western officials", { countries: ["US", "GB"] });
    const w = { ...allyOld, id: "w", attribution: { originator: western } };
    expect(consensus([w], { groupBy: "country" }).figures[0]?.group).toBe("GB+US");
    expect(consensus([w], { groupBy: (s) => s.kind }).figures[0]?.group).toBe("government");
    expect(thrownCode(() => consensus([w], { groupBy: () => "" }))).toBe("invalid-option");
    expect(thrownCode(() => consensus([w], { groupBy: "region" as "country" }))).toBe("invalid-option");
  });

  it("wraps what a groupBy function throws, keeping it as the cause", () => {
    const w = { ...allyOld, id: "w", attribution: { originator: source("western-officials", "government", "Western officials", { countries: ["US", "GB"] }) } };
    const boom = new TypeError("no region for western-officials");
    const error = thrown(() =>
      consensus([w], {
        groupBy: () => {
          throw boom;
        },
      }),
    );
    expect(error).toMatchObject({ name: "FogcountError", code: "invalid-option", cause: boom });
    expect(error.message).toBe('consensus: query.groupBy threw for the originator "western-officials": no region for western-officials');
    expect(Object.keys(error)).not.toContain("cause");
    const text = thrown(() =>
      consensus([w], {
        groupBy: () => {
          throw "nope";
        },
      }),
    );
    expect([text.message, (text as Error & { cause?: unknown }).cause]).toEqual(['consensus: query.groupBy threw for the originator "western-officials": "nope"', "nope"]);
  });

  it("takes aggregate originators with two or more countries", () => {
    expect(SourceSchema.safeParse({ id: "w", kind: "government", name: "Western officials", countries: ["US", "GB"] }).success).toBe(true);
    expect(SourceSchema.safeParse({ id: "w", kind: "government", name: "Western officials", countries: ["US"] }).success).toBe(false);
    expect(SourceSchema.safeParse({ id: "w", kind: "government", name: "Western officials", countries: ["US", "US"] }).success).toBe(false);
    expect(thrownCode(() => source("w", "government", "Western officials", { countries: ["US"] }))).toBe("invalid-source");
    expect(thrownCode(() => source("w", "government", "Western officials", { countries: ["us", "gb"] }))).toBe("invalid-source");
  });
});
