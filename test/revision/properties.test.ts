import fc from "fast-check";
import { describe, expect, it } from "vitest";

import type { Claim } from "../../src/claim/schema.js";
import { asOf } from "../../src/revision/as-of.js";
import { revisionHistory } from "../../src/revision/history.js";
import type { RevisionHistory } from "../../src/revision/history.js";
import { revisions } from "../../src/revision/revisions.js";
import { findContradictions } from "../../src/revision/contradictions.js";
import { arbClaim } from "../../src/testing/claim.js";
import { hasUnspecifiedText } from "../../src/revision/clock.js";
import { arbIsoDate } from "../../src/testing/time.js";
import { periodBounds } from "../../src/time/bounds.js";
import { period } from "../../src/time/edtf.js";
import { arbCumulativeSeries } from "../../src/testing/revision.js";
import { deepFreeze, linksHold, thrown, thrownCode } from "../helpers.js";

const RUNS = { numRuns: 1000 };
const arbDay = arbIsoDate({ minYear: 2022, maxYear: 2022 });
/** Claims a history can place: a valid time with unspecified digits ("20XX") is refused. */
const arbPlaceableClaim = arbClaim().filter((c) => !hasUnspecifiedText(c.validTime));
const valueOf = (c: Claim | undefined): number => (c === undefined ? -Infinity : (c.estimate as { value: number }).value);
const only = (claims: readonly Claim[]): RevisionHistory => revisionHistory(claims)[0] as RevisionHistory;

/** The first day `reportedAt` allows (what "known at" reads); "" for an open start. */
const reportDay = (c: Claim): string => periodBounds(period(c.reportedAt)).earliest ?? "";

// A thousand runs of generated claims and histories each: more than the default five seconds on a busy machine.
describe("asOf properties", { timeout: 30_000 }, () => {
  it("is monotone in knowledge time for a non-deprecated cumulative series", () => {
    fc.assert(
      fc.property(arbCumulativeSeries(), fc.option(arbDay, { nil: undefined }), arbDay, arbDay, (claims, valid, k1, k2) => {
        const h = only(deepFreeze(claims));
        const [early, late] = k1 <= k2 ? [k1, k2] : [k2, k1];
        const q = (known: string) => asOf(h, valid === undefined ? { known } : { valid, known });
        expect(valueOf(q(early))).toBeLessThanOrEqual(valueOf(q(late)));
      }),
      RUNS,
    );
  });

  it("adding a claim never changes answers for knowledge times before its report date", () => {
    fc.assert(
      fc.property(arbCumulativeSeries({ maxLength: 25 }), arbPlaceableClaim, arbDay, arbDay, (claims, extra, valid, known) => {
        const added: Claim = { ...extra, id: "added", indicator: claims[0]!.indicator, attribution: claims[0]!.attribution, estimate: { ...extra.estimate, unit: "person" } };
        fc.pre(reportDay(added) !== "" && !reportDay(added).startsWith("-") && known < reportDay(added));
        const before = only(claims);
        const after = only([...claims, added]);
        expect(asOf(after, { valid, known })).toEqual(asOf(before, { valid, known }));
        expect(asOf(after, { known })).toEqual(asOf(before, { known }));
      }),
      RUNS,
    );
  });

  it("agrees with a scan over every claim", () => {
    fc.assert(
      fc.property(arbCumulativeSeries({ maxLength: 30 }), arbDay, arbDay, (claims, valid, known) => {
        const h = only(claims);
        const candidates = h.claims
          .map((c, order) => ({ c, order }))
          .filter(({ c }) => reportDay(c) <= known && c.validTime <= valid);
        const expected = candidates.reduce<{ c: Claim; order: number } | undefined>(
          (best, x) =>
            best === undefined || x.c.validTime > best.c.validTime || (x.c.validTime === best.c.validTime && reportDay(x.c) >= reportDay(best.c))
              ? x
              : best,
          undefined,
        );
        expect(asOf(h, { valid, known })?.id).toBe(expected?.c.id);
      }),
      RUNS,
    );
  });

  it("does not depend on the order the claims are given in, ties included", () => {
    fc.assert(
      fc.property(
        arbCumulativeSeries({ maxLength: 20 }),
        fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 100_000 }), fc.boolean()), { maxLength: 6 }),
        fc.array(fc.nat(), { minLength: 30, maxLength: 30 }),
        arbDay,
        arbDay,
        (series, twins, keys, valid, known) => {
          // Twins share both clocks with a claim of the series, with another figure and maybe preferred.
          const extra = twins.map(([at, value, preferred], k): Claim => {
            const base = series[at % series.length] as Claim;
            return { ...base, id: `twin-${k}`, estimate: { kind: "exact", value, unit: "person" }, status: { kind: preferred ? "preferred" : "normal" } };
          });
          const claims = [...series, ...extra];
          const shuffled = claims.map((c, i) => [keys[i % keys.length] as number, i, c] as const).sort((a, b) => a[0] - b[0] || b[1] - a[1]).map((x) => x[2]);
          const [a, b] = [only(claims), only(shuffled)];
          expect(a.claims.map((c) => c.id)).toEqual(b.claims.map((c) => c.id));
          expect(asOf(b, { valid, known })?.id).toBe(asOf(a, { valid, known })?.id);
          expect(asOf(b, { known })?.id).toBe(asOf(a, { known })?.id);
        },
      ),
      RUNS,
    );
  });

  it("answers the same by default whatever restatements are added", () => {
    fc.assert(
      fc.property(
        arbCumulativeSeries({ maxLength: 20 }),
        fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 100_000 }), fc.integer({ min: 0, max: 60 })), { maxLength: 8 }),
        arbDay,
        arbDay,
        (series, copies, valid, known) => {
          const restated = copies.map(([at, value, lag], k): Claim => {
            const of = series[at % series.length] as Claim;
            const day = periodBounds(period(of.reportedAt)).latest as string;
            const reportedAt = new Date(Date.parse(`${day}T00:00:00Z`) + lag * 86_400_000).toISOString().slice(0, 10);
            return { ...of, id: `copy-${k}`, restates: of.id, reportedAt, estimate: { kind: "approx", value, unit: "person" } };
          });
          const [a, b] = [only(series), only([...restated, ...series])];
          expect(asOf(b, { valid, known })?.id).toBe(asOf(a, { valid, known })?.id);
          expect(asOf(b, { known })?.id).toBe(asOf(a, { known })?.id);
          expect(revisions(b).map((r) => r.to.id)).toEqual(revisions(a).map((r) => r.to.id));
        },
      ),
      RUNS,
    );
  });

  it("finds as known at a time what it finds among the claims known then, and names no other", () => {
    fc.assert(
      fc.property(
        arbCumulativeSeries({ maxLength: 20 }),
        fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 100_000 }), fc.integer({ min: 0, max: 60 }), fc.boolean()), { maxLength: 8 }),
        arbDay,
        (series, copies, known) => {
          // restatements (hedged or not) and unlinked repeats, reported up to two months after the figure they repeat
          const extra = copies.map(([at, value, lag, linked], k): Claim => {
            const of = series[at % series.length] as Claim;
            const day = periodBounds(period(of.reportedAt)).latest as string;
            const reportedAt = new Date(Date.parse(`${day}T00:00:00Z`) + lag * 86_400_000).toISOString().slice(0, 10);
            return { ...of, id: `copy-${k}`, reportedAt, estimate: { kind: "exact", value, unit: "person" }, ...(linked && { restates: of.id }) };
          });
          const claims = [...series, ...extra];
          const then = claims.filter((c) => c.reportedAt <= known);
          const found = findContradictions(only(claims), { known, cumulative: true });
          expect(found).toEqual(then.length === 0 ? [] : findContradictions(only(then), { cumulative: true }));
          const ids = new Set(then.map((c) => c.id));
          expect(found.flatMap((f) => f.claims).filter((id) => !ids.has(id))).toEqual([]);
        },
      ),
      RUNS,
    );
  });

  it("never reports a cumulative series as going down, and rates carry the unit per day", () => {
    fc.assert(
      fc.property(arbCumulativeSeries(), (claims) => {
        for (const r of revisions(only(claims))) {
          expect(r.direction === "up" || r.direction === "unchanged").toBe(true);
          expect(r.ratePerDay?.unit).toBe("person/day");
        }
      }),
      RUNS,
    );
  });

  it("builds a history from any claims that keeps every one of them", () => {
    fc.assert(
      fc.property(fc.uniqueArray(arbPlaceableClaim, { selector: (c) => c.id, maxLength: 8 }), (claims) => {
        fc.pre(linksHold(claims));
        const histories = revisionHistory(claims);
        expect(histories.reduce((n, h) => n + h.claims.length, 0)).toBe(claims.length);
        for (const h of histories) {
          expect(JSON.parse(JSON.stringify(h))).toEqual(h);
          // asOf answers stocks; a history of flows or increments is refused
          const first = h.claims.find((c) => c.restates === undefined);
          // a supersededBy naming no claim of the history (a dangling link) cannot be read: refused, never left out in silence
          const by = (c: Claim): string | undefined => (c.status.kind === "deprecated" ? c.status.supersededBy : undefined);
          const dangling = h.claims.some((c) => by(c) !== undefined && !h.claims.some((d) => d.id === by(c)));
          if ((first?.indicator.aggregation ?? "stock") !== "stock") expect(thrownCode(() => asOf(h))).toBe("not-a-stock");
          else if (dangling) expect(["invalid-history", undefined]).toContain(thrownCode(() => asOf(h)));
          else asOf(h);
        }
      }),
      RUNS,
    );
  });

  it("refuses any claim whose valid time has unspecified digits, which no history can place", () => {
    fc.assert(
      fc.property(
        arbClaim().filter((c) => hasUnspecifiedText(c.validTime)),
        (c) => {
          expect(thrown(() => revisionHistory([c]))).toMatchObject({ code: "invalid-claim", details: { path: "claims[0].validTime", value: c.validTime } });
        },
      ),
      { numRuns: 200 },
    );
  });
});
