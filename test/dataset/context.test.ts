// What the rules read, computed for the whole dataset: the days of each time,
// and the revision histories of the claims, built from checked claims
// without copying them. Each must be what the time and revision rooms say.
import fc from "fast-check";
import { describe, expect, it } from "vitest";

import { datasetClaims } from "../../src/dataset/index.js";
import { daysOf, placeable } from "../../src/dataset/rules/context.js";
import { checkedHistories } from "../../src/dataset/rules/histories.js";
import { revisionHistory } from "../../src/revision/index.js";
import { arbClaim, arbDataset, arbEdtf, SEEDED_FINDINGS } from "../../src/testing/index.js";
import { periodBounds, parsePeriod } from "../../src/time/index.js";
import { DAY, utcSecondsOfDay } from "../../src/revision/clock.js";
import type { Claim } from "../../src/claim/schema.js";

/** The sortable number of an ISO day as the time room writes it: `2024-02-29` is 20240229, `-0400-01-01` is -4000000 + 101. */
function keyOf(iso: string | null, open: number): number {
  if (iso === null) return open;
  const [, sign, y, m, d] = /^(-?)(\d+)-(\d\d)-(\d\d)$/.exec(iso) as string[];
  return (sign === "-" ? -1 : 1) * Number(y) * 10_000 + Number(m) * 100 + Number(d);
}

/** The key of the day `days` after the ISO day `iso`. */
function keyAfter(iso: string, days: number): number {
  const [, sign, y, m, d] = /^(-?)(\d+)-(\d\d)-(\d\d)$/.exec(iso) as string[];
  const date = new Date(0);
  date.setUTCFullYear((sign === "-" ? -1 : 1) * Number(y), Number(m) - 1, Number(d) + days);
  return date.getUTCFullYear() * 10_000 + (date.getUTCMonth() + 1) * 100 + date.getUTCDate();
}

describe("daysOf", () => {
  it("gives the first and last day periodBounds gives, for every kind of EDTF time (a date and time, its day in UTC)", () => {
    const times = fc.oneof(
      arbEdtf(),
      arbEdtf({ minYear: -500, maxYear: 3000 }),
      fc.constantFrom("2024", "2024-02", "2023-02", "2024-02-29", "2024-21", "2024-01/..", "../2024", "2024-05-01T10:20:30Z", "2024-05-01T01:00:00+03:00", "2024-12-31T23:30:00-05:00", "2024-02-28T20:00:00-04:00")
    );
    fc.assert(
      fc.property(times, (edtf) => {
        const read = parsePeriod(edtf);
        if (!read.ok) return;
        const { earliest, latest } = periodBounds(read.value);
        const p = read.value;
        if (p.kind === "date" && p.time !== undefined) {
          const day = keyAfter(earliest as string, Math.floor(utcSecondsOfDay(p.time) / DAY));
          expect(daysOf(edtf)).toEqual([day, day]);
        } else expect(daysOf(edtf)).toEqual([keyOf(earliest, -Infinity), keyOf(latest, Infinity)]);
      }),
      { numRuns: 500 }
    );
  });
});

/**
 * The histories of claims as revisionHistory builds them, and as the dataset
 * check builds them; claims whose links a dataset refuses (a restatement
 * replacing a figure, restatements in a cycle) are passed over.
 */
function bothHistories(claims: readonly Claim[]): [unknown, unknown] {
  const known = claims.filter(placeable);
  let theirs: unknown;
  try {
    theirs = revisionHistory(known);
  } catch {
    fc.pre(false);
  }
  return [theirs, checkedHistories(known)];
}

describe("checkedHistories", () => {
  it("builds the histories revisionHistory builds from the claims of generated datasets, each seeded finding among them", () => {
    const datasets = fc.oneof(arbDataset(), ...SEEDED_FINDINGS.map((code) => arbDataset({ withFinding: code })));
    fc.assert(
      fc.property(datasets, (dataset) => {
        const [theirs, ours] = bothHistories(datasetClaims(dataset));
        expect(ours).toEqual(theirs);
      }),
      { numRuns: 150 }
    );
  });

  it("builds the histories revisionHistory builds from claims with every kind of time and status", () => {
    const claims = fc.uniqueArray(arbClaim(), { selector: (c) => c.id, maxLength: 30 });
    fc.assert(
      fc.property(claims, (list) => {
        const [theirs, ours] = bothHistories(list);
        expect(ours).toEqual(theirs);
      }),
      { numRuns: 80 }
    );
  });
});
