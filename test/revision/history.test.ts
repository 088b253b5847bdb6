import { describe, expect, it } from "vitest";

import { claim } from "../../src/claim/claim.js";
import type { Claim } from "../../src/claim/schema.js";
import { approx, atLeast, exact, range } from "../../src/estimate/constructors.js";
import { source } from "../../src/provenance/source.js";
import { asOf, latest } from "../../src/revision/as-of.js";
import { ageDays } from "../../src/revision/age.js";
import { revisions } from "../../src/revision/revisions.js";
import { findContradictions } from "../../src/revision/contradictions.js";
import { revisionHistory } from "../../src/revision/history.js";
import type { RevisionHistory } from "../../src/revision/history.js";
import { deepFreeze, thrown, thrownCode } from "../helpers.js";
import { casualtiesApril, casualtiesJanuary, casualtiesMarch, killedApril, killedJanuary, nis, seedRevisionClaims } from "./seed.js";

// These tests pin the rule of asOf on the first days of every period (knownFrom and anchor
// "start"); the defaults, the last days, are tested in analyst.test.ts and below.
const only = (claims: readonly Claim[]): RevisionHistory => {
  const [history, ...rest] = revisionHistory(claims, { knownFrom: "start", anchor: "start" });
  expect(rest).toHaveLength(0);
  return history as RevisionHistory;
};

const ua = source("ua-general-staff", "military", "General Staff of the Armed Forces of Ukraine", { country: "UA" });
const daily = (id: string, validTime: string, reportedAt: string, value: number, extra: Partial<Claim> = {}): Claim =>
  deepFreeze(
    claim({
      id,
      indicator: { subject: "ru-forces", measure: "ua-genstaff:tank", unit: "tank" },
      estimate: exact(value, "tank"),
      validTime,
      reportedAt,
      attribution: { originator: ua },
      ...extra,
    }),
  );

describe("revisionHistory", () => {
  it("groups the seed by indicatorKey and orders each history by valid time", () => {
    const histories = revisionHistory(seedRevisionClaims);
    expect(histories.map((h) => h.key)).toEqual([
      "kp-forces-in-russia|casualties|person|||kr-nis",
      "kp-forces-in-russia|killed|person|||kr-nis",
    ]);
    expect(histories[0]?.claims.map((c) => c.id)).toEqual([
      "nis-2025-01-casualties",
      "nis-2025-03-casualties",
      "nis-2025-04-casualties",
    ]);
    expect(histories[1]?.claims).toEqual([killedJanuary, killedApril]);
  });

  it("never mixes originators, and keeps every claim", () => {
    const other = deepFreeze({ ...casualtiesMarch, id: "other-2025-03", attribution: { originator: ua } });
    const histories = revisionHistory([...seedRevisionClaims, other]);
    expect(histories).toHaveLength(3);
    expect(histories.flatMap((h) => h.claims)).toHaveLength(seedRevisionClaims.length + 1);
    for (const h of histories) expect(new Set(h.claims.map((c) => c.attribution.originator.id)).size).toBe(1);
  });

  it("groups across originators only when asked", () => {
    const other = deepFreeze({ ...casualtiesMarch, id: "other-2025-03", attribution: { originator: ua } });
    const [h] = revisionHistory([casualtiesMarch, other], { groupBy: "indicator" });
    expect(h?.key).toBe("kp-forces-in-russia|casualties|person|||");
    expect(h?.claims).toHaveLength(2);
  });

  it("is plain data that survives a JSON round trip and answers the same", () => {
    const h = only([casualtiesJanuary, casualtiesMarch, casualtiesApril]);
    const copy = JSON.parse(JSON.stringify(h)) as RevisionHistory;
    expect(copy).toEqual(h);
    expect(asOf(copy, { valid: "2025-03-10", known: "2025-03-31" })?.id).toBe("nis-2025-03-casualties");
  });

  it("builds nothing from nothing", () => {
    expect(revisionHistory([])).toEqual([]);
  });

  it("rejects repeated ids, unknown grouping and claims whose times are not EDTF", () => {
    expect(thrownCode(() => revisionHistory([casualtiesMarch, casualtiesMarch]))).toBe("duplicate-claim-id");
    expect(thrown(() => revisionHistory([casualtiesMarch, casualtiesApril, { ...casualtiesMarch, estimate: { ...casualtiesMarch.estimate } }]))).toMatchObject({
      code: "duplicate-claim-id",
      message: `revisionHistory: claims[2] has the id "${casualtiesMarch.id}" of claims[0]`,
      details: { id: casualtiesMarch.id, index: 2, first: 0 },
    });
    expect(thrownCode(() => revisionHistory([], { groupBy: "subject" as "indicator" }))).toBe("invalid-option");
    const broken = { ...casualtiesMarch, validTime: "March 2025" };
    expect(thrownCode(() => revisionHistory([broken]))).toBe("invalid-claim");
    const brokenReport = { ...casualtiesMarch, reportedAt: "soon" };
    expect(thrownCode(() => revisionHistory([brokenReport]))).toBe("invalid-claim");
  });

  it("refuses a valid time with unspecified digits, which no history can place", () => {
    // at the end of its span "20XX" would sit at 2099-12-31 and be the latest figure of every query
    const message = (path: string, value: string): string =>
      `revisionHistory: ${path} has unspecified digits (X): it is one date whose X digits are not known, so a history cannot place it on the valid-time axis (at the end of its span it would be the latest figure of every query); give the date, or the period the figure covers ("2025" for a figure of the whole year), got ${JSON.stringify(value)}`;
    for (const validTime of ["20XX", "202X", "2025-XX", "2025-04-XX", "2024/20XX"]) {
      const odd = { ...casualtiesApril, id: "odd", validTime };
      expect(thrown(() => revisionHistory([casualtiesMarch, odd]))).toMatchObject({ code: "invalid-claim", message: message("claims[1].validTime", validTime) });
      expect(thrownCode(() => revisionHistory([odd], { anchor: "start" }))).toBe("invalid-claim");
    }
    // built by claim(), so kept without a second check, and deeply frozen by its caller: refused alike
    const built = claim({ ...casualtiesApril, id: "odd", validTime: "20XX" });
    expect(thrown(() => revisionHistory([built]))).toMatchObject({ code: "invalid-claim", message: message("claims[0].validTime", "20XX") });
    expect(thrownCode(() => revisionHistory(deepFreeze([{ ...casualtiesApril, validTime: "20XX" }])))).toBe("invalid-claim");
    // a history read back from JSON with such a claim is not one revisionHistory built
    const [h] = revisionHistory([casualtiesMarch]);
    const edited = JSON.parse(JSON.stringify(h)) as RevisionHistory;
    (edited.claims[0] as { validTime: string }).validTime = "20XX";
    expect(thrown(() => asOf(edited))).toMatchObject({ code: "invalid-history", message: expect.stringMatching(/^asOf: history\.claims\[0\]\.validTime has unspecified digits/) });
  });

  it("refuses a query with unspecified digits, which would ask about 2099", () => {
    const [h] = revisionHistory([casualtiesMarch, casualtiesApril]);
    expect(thrown(() => asOf(h!, { valid: "20XX" }))).toMatchObject({ code: "invalid-as-of", message: expect.stringMatching(/^asOf: query\.valid has unspecified digits \(X\).*got "20XX"$/) });
    expect(thrownCode(() => asOf(h!, { known: "2025-XX" }))).toBe("invalid-as-of");
    expect(thrownCode(() => ageDays(casualtiesApril, "20XX"))).toBe("invalid-as-of");
  });

  it("refuses two sources with one id, which would make one history of their figures", () => {
    const ukMod = source("mod", "military", "UK Ministry of Defence", { country: "GB" });
    const ruMod = source("mod", "military", "Russian Ministry of Defence", { country: "RU" });
    const uk = daily("uk", "2023-05-01", "2023-05-01", 100, { attribution: { originator: ukMod } });
    const ru = daily("ru", "2023-05-02", "2023-05-02", 900, { attribution: { originator: ruMod } });
    expect(thrown(() => revisionHistory([uk, ru]))).toMatchObject({
      code: "source-conflict",
      message: `revisionHistory: claims[1].attribution.originator is the source "mod" with other fields than claims[0].attribution.originator: two sources with one id would make one history of their figures, got {"id":"mod","kind":"military","name":"Russian Ministry of Defence","country":"RU"}`,
    });
    // one source given as equal objects, or once with its fields in another order, is one source
    const again = daily("uk-2", "2023-05-03", "2023-05-03", 120, { attribution: { originator: { country: "GB", name: "UK Ministry of Defence", kind: "military", id: "mod" } } });
    expect(revisionHistory([uk, again])[0]?.claims).toHaveLength(2);
    // a name written in another Unicode form, or with a space after it, is the same name
    const spaced = daily("uk-3", "2023-05-04", "2023-05-04", 130, { attribution: { originator: { ...ukMod, name: "UK Ministry of Defence " } } });
    const sao = source("sao", "military", "S\u00e3o Tom\u00e9 Army");
    const [x, y] = [daily("x", "2023-05-01", "2023-05-01", 1, { attribution: { originator: sao } }), daily("y", "2023-05-02", "2023-05-02", 2, { attribution: { originator: { ...sao, name: sao.name.normalize("NFD") } } })];
    expect([revisionHistory([uk, spaced])[0]?.claims.length, revisionHistory([x, y])[0]?.claims.length]).toEqual([2, 2]);
  });
});

describe("asOf on the seed casualty history", () => {
  const h = only([casualtiesApril, casualtiesJanuary, casualtiesMarch]);

  it("answers 'the latest figure as of a date' between the reports", () => {
    expect(asOf(h, { valid: "2025-01-15" })?.id).toBe("nis-2025-01-casualties");
    expect(asOf(h, { valid: "2025-02-20" })?.id).toBe("nis-2025-01-casualties");
    expect(asOf(h, { valid: "2025-03-01" })?.estimate).toEqual(exact(4000, "person", { text: "4,000" }));
    expect(asOf(h, { valid: "2025-04-29" })?.id).toBe("nis-2025-03-casualties");
    expect(asOf(h, { valid: "2025-04-30" })?.id).toBe("nis-2025-04-casualties");
    expect(asOf(h, { valid: "2025-06-01" })?.id).toBe("nis-2025-04-casualties");
    expect(asOf(h, { valid: "2024-12-31" })).toBeUndefined();
  });

  it("answers 'what did we believe on K' with the latest valid time known then", () => {
    expect(asOf(h, { known: "2024-12-31" })).toBeUndefined();
    expect(asOf(h, { known: "2025-01-01" })?.id).toBe("nis-2025-01-casualties");
    expect(asOf(h, { known: "2025-02-28" })?.id).toBe("nis-2025-01-casualties");
    expect(asOf(h, { known: "2025-03-01" })?.id).toBe("nis-2025-03-casualties");
    expect(asOf(h, { known: "2025-04-29" })?.id).toBe("nis-2025-03-casualties");
    expect(asOf(h, { known: "2025-04-30" })?.id).toBe("nis-2025-04-casualties");
    expect(latest(h)?.estimate).toMatchObject({ kind: "approx", value: 4700 });
  });

  it("answers 'what did we believe on 1 March about January'", () => {
    expect(asOf(h, { valid: "2025-01", known: "2025-03-01" })?.estimate.kind).toBe("approx");
    expect(asOf(h, { valid: "2025-01", known: "2025-03-01" })?.id).toBe("nis-2025-01-casualties");
    expect(asOf(h, { valid: "2025-04-30", known: "2025-03-20" })?.id).toBe("nis-2025-03-casualties");
  });

  it("reads periods, dates with times and seasons as questions", () => {
    expect(asOf(h, { valid: "2025-03", known: "2025-03" })?.id).toBe("nis-2025-03-casualties");
    expect(asOf(h, { valid: "2025-21" })?.id).toBe("nis-2025-04-casualties"); // spring 2025 ends 31 May
    expect(asOf(h, { valid: "2024-24" })?.id).toBe("nis-2025-01-casualties"); // winter 2024 ends in February 2025
    expect(asOf(h, { known: "2025-04-30T09:00:00" })?.id).toBe("nis-2025-04-casualties");
    expect(asOf(h, { valid: "2025-01/2025-02" })?.id).toBe("nis-2025-01-casualties");
  });

  it("does not mutate the history", () => {
    const frozen = deepFreeze(only([casualtiesJanuary, casualtiesMarch]));
    expect(asOf(frozen, { valid: "2025-02" })?.id).toBe("nis-2025-01-casualties");
  });

  it("rejects questions that are not EDTF or have no latest day", () => {
    expect(thrownCode(() => asOf(h, { valid: "1 March" }))).toBe("invalid-as-of");
    expect(thrownCode(() => asOf(h, { known: "2025-02-30" }))).toBe("invalid-as-of");
    expect(thrownCode(() => asOf(h, { valid: "2025-01/.." }))).toBe("invalid-as-of");
    expect(thrownCode(() => asOf(h, { known: 20250301 as unknown as string }))).toBe("invalid-as-of");
    // the error names the option's path and the value, as every other refusal does
    expect(thrown(() => asOf(h, { valid: "1 March" }))).toMatchObject({ details: { path: "query.valid", value: "1 March" }, message: expect.stringMatching(/^asOf: query\.valid is not an EDTF date or period \(.+\), got "1 March"$/) });
    expect(thrown(() => asOf(h, { valid: "2025-01/.." }))).toMatchObject({ details: { path: "query.valid", value: "2025-01/.." }, message: 'asOf: query.valid has no latest day, got "2025-01/.."' });
    expect(thrown(() => revisions(h, { known: 5 as never }))).toMatchObject({ details: { path: "options.known", value: 5 }, message: "revisions: options.known must be an EDTF date or period, got 5" });
  });

  it("rejects what revisionHistory did not build", () => {
    expect(thrownCode(() => asOf({ kind: "revision-history", key: "", claims: [] } as unknown as RevisionHistory))).toBe(
      "invalid-history",
    );
    expect(thrownCode(() => asOf(null as unknown as RevisionHistory))).toBe("invalid-history");
    expect(thrownCode(() => latest({ ...h, claims: h.claims.slice(1) }))).toBe("invalid-history");
  });
});

describe("corrections on the knowledge clock", () => {
  const d10 = daily("t-10", "2023-05-10", "2023-05-10", 3790);
  const d11 = daily("t-11", "2023-05-11", "2023-05-11", 3799);
  const d12 = daily("t-12", "2023-05-12", "2023-05-12", 3801);
  const fix11 = daily("t-11-fix", "2023-05-11", "2023-05-20", 3794, { text: "restated" });

  it("a later report for an earlier valid time supersedes only from its report date", () => {
    const h = only([d10, d11, d12, fix11]);
    expect(asOf(h, { valid: "2023-05-11", known: "2023-05-19" })?.id).toBe("t-11");
    expect(asOf(h, { valid: "2023-05-11", known: "2023-05-20" })?.id).toBe("t-11-fix");
    expect(asOf(h, { valid: "2023-05-11" })?.id).toBe("t-11-fix");
    expect(h.claims).toHaveLength(4);
  });

  it("a deprecated claim is believed until its replacement is known", () => {
    const old = daily("t-11", "2023-05-11", "2023-05-11", 3799, {
      status: { kind: "deprecated", reason: "restated", supersededBy: "t-11-fix" },
    });
    const h = only([d10, old, d12, fix11]);
    expect(asOf(h, { valid: "2023-05-11", known: "2023-05-15" })?.id).toBe("t-11");
    expect(asOf(h, { valid: "2023-05-11", known: "2023-05-20" })?.id).toBe("t-11-fix");
  });

  it("a replacement for another valid time retires the deprecated claim, falling back to what was believed before it", () => {
    const first = daily("t-11", "2023-05-11", "2023-05-11", 3799);
    const wrong = daily("t-11-second", "2023-05-11", "2023-05-12", 9999, {
      status: { kind: "deprecated", reason: "a slipped digit", supersededBy: "t-12" },
    });
    const h = only([d10, first, wrong, d12]);
    expect(asOf(h, { valid: "2023-05-11", known: "2023-05-11" })?.id).toBe("t-11");
    expect(asOf(h, { valid: "2023-05-11", known: "2023-05-12T00:00:00" })?.id).toBe("t-11");
    expect(asOf(h, { valid: "2023-05-11", known: "2023-05-11T23:59:59" })?.id).toBe("t-11");
    // d12 is reported on 2023-05-12 at 00:00, retiring the wrong figure from then on.
    expect(asOf(h, { valid: "2023-05-11", known: "2023-05-12" })?.id).toBe("t-11");
  });

  it("a deprecated claim with no replacement in the history is skipped at every knowledge time", () => {
    const retracted = daily("t-12", "2023-05-12", "2023-05-12", 38010, {
      status: { kind: "deprecated", reason: "retracted" },
    });
    const h = only([d10, d11, retracted]);
    expect(asOf(h, { known: "2023-05-12" })?.id).toBe("t-11");
    expect(asOf(h, { valid: "2023-05-12" })?.id).toBe("t-11");
    expect(latest(h)?.id).toBe("t-11");
    const all = only([daily("gone", "2023-05-12", "2023-05-12", 1, { status: { kind: "deprecated", reason: "retracted" } })]);
    expect(latest(all)).toBeUndefined();
  });

  it("walks past a whole valid time whose claims are all retired", () => {
    const a = daily("a", "2023-05-10", "2023-05-10", 1);
    const b = daily("b", "2023-05-11", "2023-05-11", 2, { status: { kind: "deprecated", reason: "wrong", supersededBy: "c" } });
    const c = daily("c", "2023-05-09", "2023-05-13", 0);
    const h = only([a, b, c]);
    expect(asOf(h, { known: "2023-05-12" })?.id).toBe("b");
    expect(asOf(h, { known: "2023-05-13" })?.id).toBe("a");
  });

  it("orders claims reported on the same day by their time of day", () => {
    const morning = daily("m", "2022-03-11", "2022-03-11", 165);
    const fixed = daily("m-fix", "2022-03-11", "2022-03-11T12:45:35+02:00", 1165);
    const h = only([fixed, morning]);
    expect(asOf(h, { known: "2022-03-11T12:45:34+02:00" })?.id).toBe("m");
    expect(asOf(h, { known: "2022-03-11T12:45:35+02:00" })?.id).toBe("m-fix");
    expect(asOf(h, { known: "2022-03-11" })?.id).toBe("m-fix");
  });

  it("orders reports written in different zones by the moment they came out, in UTC", () => {
    const kyiv = daily("kyiv", "2022-03-11", "2022-03-11T12:00:00+03:00", 2); // 09:00 UTC
    const london = daily("london", "2022-03-11", "2022-03-11T10:00:00Z", 1);
    const h = only([london, kyiv]);
    expect(asOf(h, { known: "2022-03-11T08:59:59Z" })).toBeUndefined();
    expect(asOf(h, { known: "2022-03-11T12:30:00+03:00" })?.id).toBe("kyiv");
    expect(asOf(h, { known: "2022-03-11T10:00:00Z" })?.id).toBe("london");
    expect(asOf(h, { known: "2022-03-11T13:00:00Z" })?.id).toBe("london");
    expect(asOf(h, { known: "2022-03-11T06:00:00-05:00" })?.id).toBe("london");
  });

  it("places a valid time with a time of day on its day in UTC, and says so when two such figures differ", () => {
    const morning = daily("a-morning", "2022-03-11T08:00:00Z", "2022-03-11T21:00:00Z", 100);
    const evening = daily("z-evening", "2022-03-11T20:00:00Z", "2022-03-11T21:00:00Z", 150);
    const kyiv = daily("kyiv", "2022-03-12T01:00:00+03:00", "2022-03-12T09:00:00Z", 120); // 22:00 UTC on the 11th
    const h = only([morning, evening, kyiv]);
    expect(asOf(h, { valid: "2022-03-11" })?.id).toBe("kyiv");
    const messages = findContradictions(h).map((f) => f.message);
    expect(messages.some((m) => m.includes("sit on one day of the valid-time axis, which counts days, and became known at the same moment"))).toBe(true);
    expect(messages.some((m) => m.includes("describe the same time"))).toBe(false);
  });

  it("places a valid time with an open start before every day, and refuses an open report under knownFrom start", () => {
    // a report with no first day would be known at every time: refused, as an open end is under knownFrom "end"
    expect(() => only([daily("o", "../2023-05-01", "../2023-05-01", 10), d10])).toThrow(/claims\[0\]\.reportedAt has no start/);
    const opening = daily("o", "../2023-05-01", "2023-05-01", 10);
    const h = only([opening, d10]);
    // anchored at a start it does not have, it answers for no time: not in force in 1900
    expect(asOf(h, { valid: "1900-01-01", known: "1900-01-01" })).toBeUndefined();
    expect(asOf(h, { valid: "2023-05-10" })?.id).toBe("t-10");
  });

  it("keeps overlapping valid times to one rule: the latest start on or before the question", () => {
    const year = deepFreeze(claim({ ...casualtiesMarch, id: "y", validTime: "2025", reportedAt: "2025-12-31" }));
    const h = only([year, casualtiesMarch]);
    expect(asOf(h, { valid: "2025-02-01" })?.id).toBe("y");
    expect(asOf(h, { valid: "2025-08-01" })?.id).toBe("nis-2025-03-casualties");
  });

  it("reads the unit of ranges and bounds as the history's", () => {
    const h = only([
      daily("r1", "2023-05-10", "2023-05-10", 0, { estimate: range(10, 20, "tank") }),
      daily("r2", "2023-05-11", "2023-05-11", 0, { estimate: atLeast(30, "tank") }),
      daily("r3", "2023-05-12", "2023-05-12", 0, { estimate: approx(31, "tank") }),
    ]);
    expect(asOf(h, { valid: "2023-05-11" })?.estimate.kind).toBe("atLeast");
  });

  it("still finds the right claim when the knowledge question falls before the valid time's reports", () => {
    const claims = Array.from({ length: 40 }, (_, i) =>
      daily(`x${i}`, `2023-01-${String((i % 28) + 1).padStart(2, "0")}`, `2023-${String(2 + (i % 9)).padStart(2, "0")}-01`, i),
    );
    const h = only(claims.filter((c, i) => claims.findIndex((d) => d.validTime === c.validTime) === i || i > 30));
    for (const known of ["2023-02-01", "2023-03-15", "2023-06-01", "2023-12-31"]) {
      for (const valid of ["2023-01-01", "2023-01-05", "2023-01-20", "2023-02-01"]) {
        const brute = [...h.claims]
          .filter((c) => c.reportedAt.slice(0, 10) <= known && c.validTime <= valid)
          .sort((a, b) => (a.validTime < b.validTime ? -1 : a.validTime > b.validTime ? 1 : a.reportedAt < b.reportedAt ? -1 : a.reportedAt > b.reportedAt ? 1 : 0))
          .at(-1);
        expect(asOf(h, { valid, known })?.id, `${valid} as known at ${known}`).toBe(brute?.id);
      }
    }
  });
});

describe("the seed histories", () => {
  it("keeps the killed series apart from the casualties series", () => {
    const [, killed] = revisionHistory(seedRevisionClaims);
    expect(asOf(killed as RevisionHistory, { valid: "2025-03-31" })?.estimate).toMatchObject({ kind: "approx", value: 300 });
    expect(latest(killed as RevisionHistory)?.estimate).toMatchObject({ value: 600, hedge: "approximately" });
    expect(asOf(killed as RevisionHistory, { known: "2025-04-29" })?.attribution.originator).toEqual(nis);
  });
});
