import fc from "fast-check";
import { describe, expect, it } from "vitest";

import { clockOf, DAY, daysFromCivil, END_CLOCKS, isoDayNumber, isoOfDay, OPEN_END, OPEN_START, START_CLOCKS, utcSecondsOfDay } from "../../src/revision/clock.js";
import type { Period } from "../../src/time/schema.js";
import { arbPeriod } from "../../src/testing/time.js";
import { boundsOf } from "../../src/time/bounds.js";

/** The day of an ISO date `periodBounds` writes, or the open end given. */
const dayOf = (iso: string | null, open: number): number => (iso === null ? open : (isoDayNumber(iso) as number));
/** How many days a date's time of day moves it in UTC (-1, 0 or 1): "2022-03-12T01:00:00+03:00" is 11 March. */
const shiftOf = (p: Period): number => (p.kind === "date" && p.time !== undefined ? Math.floor(utcSecondsOfDay(p.time) / DAY) : 0);

describe("clockOf reads each time into day numbers directly", () => {
  it("places a claim where the bounds of its times, written as ISO dates and read back, place it (a date and time on its day in UTC)", () => {
    fc.assert(
      fc.property(arbPeriod(), arbPeriod(), fc.constantFrom(END_CLOCKS, START_CLOCKS), (valid, reported, clocks) => {
        const v = boundsOf(valid);
        const r = boundsOf(reported);
        const clock = clockOf(valid, reported, clocks);
        expect(clock.validStart).toBe(dayOf(v.earliest, OPEN_START) + shiftOf(valid));
        if (clocks.anchor === "end" && v.latest !== null) expect(clock.anchor).toBe(dayOf(v.latest, OPEN_END) + shiftOf(valid));
        else expect(clock.anchor).toBe(clock.validStart);
        expect(clock.reportedBy).toBe(dayOf(r.latest, OPEN_END) + shiftOf(reported));
        const first = dayOf(r.earliest, OPEN_START);
        if (clocks.knownFrom === "start" && first !== OPEN_START && !(reported.kind === "date" && reported.time !== undefined)) {
          expect(clock.knownFrom).toBe(first * DAY);
        }
      }),
      { numRuns: 5_000 },
    );
  });

  it("writes a day number back as the ISO date it counts", () => {
    fc.assert(
      fc.property(fc.integer({ min: -3_000_000, max: 3_000_000 }), (day) => {
        const [, sign, y, m, d] = /^(-?)(\d{4,})-(\d\d)-(\d\d)$/.exec(isoOfDay(day)) as string[];
        expect(daysFromCivil((sign === "-" ? -1 : 1) * Number(y), Number(m), Number(d))).toBe(day);
        if (day >= -719_528) expect(isoDayNumber(isoOfDay(day))).toBe(day);
      }),
    );
  });
});
