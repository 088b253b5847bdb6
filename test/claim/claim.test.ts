import fc from "fast-check";
import { describe, expect, it } from "vitest";

import { claim } from "../../src/claim/claim.js";
import type { ClaimInit } from "../../src/claim/claim.js";
import { ClaimSchema } from "../../src/claim/schema.js";
import type { Claim } from "../../src/claim/schema.js";
import { revisionHistory } from "../../src/revision/history.js";
import type { RevisionHistory } from "../../src/revision/history.js";
import { latest } from "../../src/revision/as-of.js";
import { indicatorKey } from "../../src/claim/indicator-key.js";
import { consensus } from "../../src/revision/consensus.js";
import { source } from "../../src/provenance/source.js";
import { approx, exact } from "../../src/estimate/constructors.js";
import { isFogcountError } from "../../src/errors.js";
import type { Source } from "../../src/provenance/schema.js";
import { deepFreeze, thrownCode } from "../helpers.js";
import { aClaim, arbClaim } from "../../src/testing/index.js";

const nis: Source = { id: "kr-nis", kind: "intelligence-agency", name: "National Intelligence Service", country: "KR" };

const base: ClaimInit = deepFreeze({
  id: "nis-2025-04-killed",
  indicator: { subject: "kp-forces-in-russia", measure: "killed", unit: "person" },
  estimate: approx(600, "person", { hedge: "approximately" }),
  validTime: "2025-04-30",
  reportedAt: "2025-04-30",
  attribution: { originator: nis },
});

const withChange = (change: Record<string, unknown>): ClaimInit => deepFreeze({ ...base, ...change }) as ClaimInit;
const withIndicator = (change: Record<string, unknown>): ClaimInit =>
  withChange({ indicator: { ...base.indicator, ...change } });

function thrown(fn: () => unknown): Error & { code: string; details: Record<string, unknown> } {
  try {
    fn();
  } catch (e) {
    return e as Error & { code: string; details: Record<string, unknown> };
  }
  throw new Error("did not throw");
}

describe("claim", () => {
  it("builds a claim that the schema accepts, with a normal status by default", () => {
    const c = claim(base);
    expect(c.status).toEqual({ kind: "normal" });
    expect(ClaimSchema.parse(c)).toEqual(c);
  });

  it("does not mutate the original and keeps the given status", () => {
    const deprecated = withChange({
      status: { kind: "deprecated", reason: "revised upward in April", supersededBy: "nis-2025-04-b" },
      recordedAt: "2025-05-02T08:00:00Z",
    });
    expect(claim(deprecated).status).toEqual({ kind: "deprecated", reason: "revised upward in April", supersededBy: "nis-2025-04-b" });
    expect(claim(withChange({ status: { kind: "preferred" } })).status).toEqual({ kind: "preferred" });
  });

  it("trims the subject, unit and scope", () => {
    const c = claim(
      withChange({
        indicator: { subject: " kp-forces-in-russia ", measure: "killed", unit: "person", scope: " Kursk " },
        estimate: exact(1, "person"),
      }),
    );
    expect(c.indicator).toEqual({ subject: "kp-forces-in-russia", measure: "killed", unit: "person", scope: "Kursk" });
  });

  it("accepts namespaced measures and casualty parts on a casualties indicator", () => {
    expect(claim(withIndicator({ measure: "oryx:tanks-destroyed" })).indicator.measure).toBe("oryx:tanks-destroyed");
    const c = claim(withIndicator({ measure: "casualties", includes: ["killed", "wounded"] }));
    expect(c.indicator.includes).toEqual(["killed", "wounded"]);
  });

  it("refuses an estimate in another unit with estimate-unit-mismatch, naming both units", () => {
    const e = thrown(() => claim(withChange({ estimate: approx(600, "soldier") })));
    expect(isFogcountError(e, "estimate-unit-mismatch")).toBe(true);
    expect(e.message).toContain('"soldier"');
    expect(e.message).toContain('"person"');
    expect(e.message).toContain("nis-2025-04-killed");
  });

  it("refuses a count of people below zero, as the dataset check does, and keeps other units' signs", () => {
    const e = thrown(() => claim(withChange({ estimate: exact(-5, "person") })));
    expect(isFogcountError(e, "invalid-claim")).toBe(true);
    expect(e.message).toMatch(/claim "nis-2025-04-killed": estimate is a count of people \(killed\), which cannot go below zero, got .*-5/);
    expect(thrownCode(() => claim(withChange({ estimate: approx(-1, "person") })))).toBe("invalid-claim");
    expect(thrownCode(() => claim(withChange({ indicator: { ...base.indicator, unit: "soldier" }, estimate: exact(-5, "soldier") })))).toBe("invalid-claim");
    expect(claim(withChange({ indicator: { ...base.indicator, measure: "oryx:balance", unit: "tank" }, estimate: exact(-5, "tank") })).estimate).toEqual(exact(-5, "tank"));
    expect(claim(withChange({ estimate: exact(0, "person") })).estimate).toEqual(exact(0, "person"));
  });

  it("says why an upper bound below 0 is no estimate, for people and for other units", () => {
    const below = { kind: "atMost", value: -5, unit: "person" } as unknown as ClaimInit["estimate"];
    expect(thrown(() => claim(withChange({ estimate: below })))).toMatchObject({
      code: "invalid-claim",
      message:
        'claim "nis-2025-04-killed": estimate is not an estimate: an upper bound below 0 allows no count ("at most" is read from 0; a count of people is never below zero), got {"kind":"atMost","value":-5,"unit":"person"}',
    });
    const fewer = { kind: "atMost", value: 0, strict: true, unit: "person" } as unknown as ClaimInit["estimate"];
    expect(thrown(() => claim(withChange({ estimate: fewer }))).message).toContain("estimate is not an estimate: fewer than 0 allows no count");
    const tanks = { kind: "atMost", value: -5, unit: "tank" } as unknown as ClaimInit["estimate"];
    expect(thrown(() => claim(withChange({ indicator: { ...base.indicator, measure: "oryx:balance", unit: "tank" }, estimate: tanks }))).message).toContain(
      'estimate is not an estimate: an upper bound below 0 allows no value ("at most" is read from 0; write a figure below 0 as exact, approximate or a range)',
    );
    // an upper bound of 0 is "none at all", an estimate
    expect(claim(withChange({ estimate: { kind: "atMost", value: 0, strict: false, unit: "person" } })).estimate).toMatchObject({ value: 0 });
  });

  it("refuses an unknown measure with invalid-measure", () => {
    for (const measure of ["kia", "Oryx:tanks", "oryx:", ":tanks", "oryx:Tanks"]) {
      expect(thrownCode(() => claim(withIndicator({ measure }))), measure).toBe("invalid-measure");
    }
    expect(thrown(() => claim(withIndicator({ measure: "kia" }))).message).toContain('"kia"');
  });

  it("refuses a malformed claim with invalid-claim, naming the field", () => {
    const cases: [ClaimInit, RegExp][] = [
      [withChange({ id: "" }), /id/],
      [withChange({ id: "a b" }), /id/],
      [withIndicator({ subject: "  " }), /subject/],
      [withIndicator({ unit: " " }), /unit/],
      [withIndicator({ scope: "" }), /scope/],
      [withIndicator({ includes: ["killed"] }), /casualties measure only/],
      [withIndicator({ measure: "casualties", includes: [] }), /distinct parts/],
      [withIndicator({ measure: "casualties", includes: ["killed", "killed"] }), /distinct parts/],
      [withIndicator({ measure: "casualties", includes: ["injured"] }), /distinct parts/],
      [withChange({ validTime: "April 2025" }), /validTime/],
      [withChange({ reportedAt: "2025-02-30" }), /reportedAt.*2025-02-30/],
      [withChange({ recordedAt: "2025-13" }), /recordedAt/],
      [withChange({ validTime: 2025 }), /validTime/],
      [withChange({ status: { kind: "deprecated", reason: " " } }), /reason/],
      [withChange({ attribution: { originator: { ...nis, id: "" } } }), /originator/],
      [withChange({ attribution: {} }), /originator/],
      [withChange({ indicator: undefined }), /indicator must be an object/],
      [withChange({ estimate: null }), /estimate is not an estimate/],
    ];
    for (const [init, message] of cases) {
      const e = thrown(() => claim(init));
      expect(e.code, message.source).toBe("invalid-claim");
      expect(e.message).toMatch(message);
    }
  });
});

describe("a claim built by claim()", () => {
  const isDeeplyFrozen = (value: unknown): boolean =>
    typeof value !== "object" || value === null || (Object.isFrozen(value) && Object.values(value).every(isDeeplyFrozen));

  it("is deeply frozen, and editing what it was built from changes nothing in it", () => {
    const init = JSON.parse(JSON.stringify(base)) as ClaimInit & { attribution: { originator: { name: string } } };
    const built = claim(init);
    expect(isDeeplyFrozen(built)).toBe(true);
    init.attribution.originator.name = "edited";
    expect(built.attribution.originator.name).toBe("National Intelligence Service");
  });

  it("is kept as it is by a revision history, which neither copies nor checks it again; a look-alike object is copied and checked", () => {
    const built = claim(base);
    const [history] = revisionHistory([built]);
    expect(history?.claims[0]).toBe(built);
    const lookAlike = deepFreeze(JSON.parse(JSON.stringify(built)) as Claim);
    expect(revisionHistory([lookAlike])[0]?.claims[0]).toEqual(built);
    const broken = deepFreeze({ ...lookAlike, validTime: "30 April" });
    expect(thrownCode(() => revisionHistory([broken]))).toBe("invalid-claim");
  });

  it("is not stood in for by an object made from it: a spread, an object inheriting from it, or a structured clone is checked", () => {
    const built = claim(base);
    const spread = deepFreeze({ ...built, validTime: "30 April" });
    expect(thrownCode(() => revisionHistory([spread]))).toBe("invalid-claim");
    const heir = Object.create(built) as Claim & { validTime: string };
    Object.defineProperty(heir, "validTime", { value: "30 April", enumerable: true });
    expect(thrownCode(() => revisionHistory([heir]))).toBe("invalid-claim");
    const clone = structuredClone(built);
    expect(revisionHistory([clone])[0]?.claims[0]).not.toBe(clone);
    expect(revisionHistory([clone])[0]?.claims[0]).toEqual(built);
  });

  it("shows only its fields: to JSON, to Object.keys and to a deep equality", () => {
    const built = claim(base);
    expect(JSON.parse(JSON.stringify(built))).toEqual(built);
    expect(Object.keys(built)).toEqual(Object.keys({ ...base, status: { kind: "normal" } }));
    expect(built).toStrictEqual(claim(base));
  });
});

describe("units with white space around them", () => {
  it("are read trimmed by claim(), as ClaimSchema reads them, in the indicator and the estimate alike", () => {
    const init = { ...base, indicator: { ...base.indicator, unit: " person" }, estimate: exact(600, " person") } as ClaimInit;
    const built = claim(init);
    expect([built.indicator.unit, built.estimate.unit]).toEqual(["person", "person"]);
    const parsed = ClaimSchema.parse(init);
    expect([parsed.indicator.unit, parsed.estimate.unit]).toEqual(["person", "person"]);
    expect(revisionHistory([built])[0]?.claims[0]).toBe(built);
  });
});

describe("subjects, units and scopes written in two Unicode forms", () => {
  // as NFD writes them: a base letter and a combining mark ("й" as "и" and a breve)
  const nfd = { subject: "Sa\u0303o-tome-garrison", scope: "Запорізька область, Кам\u2019янсько-Дніпровська громада, Микола\u0438\u0306вка", unit: "pe\u0301rson" };
  const nfc = { subject: nfd.subject.normalize("NFC"), scope: nfd.scope.normalize("NFC"), unit: nfd.unit.normalize("NFC") };
  const initOf = (f: typeof nfd, id: string, value: number, reportedAt: string): ClaimInit =>
    ({ ...base, id, reportedAt, indicator: { ...base.indicator, ...f }, estimate: exact(value, f.unit) }) as ClaimInit;

  it("are read in normalization form C, by claim(), ClaimSchema and indicatorKey alike", () => {
    const built = claim(initOf(nfd, "a", 600, "2025-04-30"));
    expect([built.indicator.subject, built.indicator.scope, built.indicator.unit, built.estimate.unit]).toEqual([nfc.subject, nfc.scope, nfc.unit, nfc.unit]);
    const parsed = ClaimSchema.parse(initOf(nfd, "a", 600, "2025-04-30"));
    expect([parsed.indicator.subject, parsed.indicator.scope, parsed.indicator.unit, parsed.estimate.unit]).toEqual([nfc.subject, nfc.scope, nfc.unit, nfc.unit]);
    expect(indicatorKey(initOf(nfd, "a", 600, "2025-04-30") as Claim)).toBe(indicatorKey(initOf(nfc, "b", 600, "2025-04-30") as Claim));
  });

  it("form one revision history, so the later figure revises the earlier one whichever form each was written in", () => {
    const earlier = initOf(nfc, "earlier", 600, "2025-04-30") as Claim;
    const later = initOf(nfd, "later", 700, "2025-05-31") as Claim;
    for (const claims of [[earlier, later], [claim(earlier), claim(later)], [earlier, claim(later)]]) {
      const histories = revisionHistory(claims);
      expect(histories).toHaveLength(1);
      expect(latest(histories[0] as RevisionHistory)?.id).toBe("later");
    }
  });
});

describe("consensus over claims whose key fields are written in two forms", () => {
  it("reads them as revisionHistory does: trimmed and in normal form C", () => {
    const uk = source("uk-mod", "ministry", "UK Ministry of Defence");
    const nfc = { ...base, id: "nfc", indicator: { ...base.indicator, subject: "São-garrison", unit: "person" }, estimate: exact(600, "person") } as Claim;
    const nfd = { ...base, id: "nfd", indicator: { ...base.indicator, subject: "Sa\u0303o-garrison ", unit: " person" }, estimate: exact(700, " person"), attribution: { originator: uk } } as Claim;
    const c = consensus([nfc, nfd]);
    expect(c.figures.map((f) => [f.claim.id, f.claim.indicator.subject])).toEqual([["nfc", "São-garrison"], ["nfd", "São-garrison"]]);
    expect([c.unit, c.hull]).toEqual(["person", { kind: "range", low: 600, high: 700, unit: "person" }]);
  });
});

describe("indicatorKey of a scope or aggregation that is null", () => {
  it("is refused with invalid-argument, not a TypeError", () => {
    const key = { indicator: { subject: "a", measure: "b", unit: "c", scope: null }, attribution: { originator: { id: "x" } } };
    expect(thrownCode(() => indicatorKey(key as never))).toBe("invalid-argument");
    expect(thrownCode(() => indicatorKey({ ...key, indicator: { subject: "a", measure: "b", unit: "c", aggregation: null } } as never))).toBe("invalid-argument");
  });
});

describe("a measure of people in a unit of money", () => {
  const init = (measure: string, unit: string) => ({
    id: "x",
    indicator: { subject: "kp-forces-in-russia", measure, unit },
    estimate: { kind: "exact", value: 5, unit },
    attribution: { originator: { id: "nis", name: "NIS", kind: "intelligence-agency" } },
    validTime: "2025",
    reportedAt: "2025-04-30",
  });

  it.each([
    ["casualties", "USD"],
    ["killed", "EUR"],
    ["deployed", "USD/day"],
  ])("is refused by claim() and ClaimSchema: %s in %s", (measure, unit) => {
    expect(() => claim(init(measure, unit) as never)).toThrow(
      expect.objectContaining({ code: "invalid-claim", message: expect.stringContaining(`indicator.unit is money, but the measure ${measure} counts people`) }),
    );
    expect(ClaimSchema.safeParse(init(measure, unit)).success).toBe(false);
  });

  it.each([
    ["killed", "km", "a unit of length"],
    ["wounded", "Kilometres", "a unit of length"],
    ["deployed", "t", "a unit of mass"],
    ["present", "ha", "a unit of area"],
    ["casualties", "days", "a unit of time"],
    ["captured", "litres", "a unit of volume"],
    ["deployed", "TIV", "a SIPRI trend-indicator value"],
    ["deployed", "SIPRI-TIV-million", "a SIPRI trend-indicator value"],
    ["killed", "km/day", "a unit of length"],
    ["killed", "sq km", "a unit of area"],
    ["killed", "minutes", "a unit of time"],
    ["killed", "MWh", "a unit of energy or power"],
    ["killed", "㎾", "a unit of energy or power"],
    ["killed", "1", "a share"],
    ["killed", "per cent", "a share"],
    ["killed", "dollars", "money"],
    ["killed", "USD per day", "money"],
    ["killed", "feet", "a unit of length"],
    ["killed", "Mt", "a unit of mass"],
    ["killed", "%", "a share"],
    ["killed", "$", "money"],
    ["killed", "usd", "money"],
    ["killed", "ｋｍ", "a unit of length"],
    ["killed", "km\u200b", "a unit of length"],
  ])("is refused by claim() and ClaimSchema in a unit of measurement: %s in %s", (measure, unit, kind) => {
    expect(() => claim(init(measure, unit) as never)).toThrow(
      expect.objectContaining({ code: "invalid-claim", message: expect.stringContaining(`indicator.unit is ${kind}, but the measure ${measure} counts people (use a namespaced measure for ${kind === "money" ? "money" : "other quantities"})`) }),
    );
    const parsed = ClaimSchema.safeParse(init(measure, unit));
    expect(parsed.error?.issues.map((i) => i.message)).toEqual([`unit ${unit} is ${kind}, but the measure ${measure} counts people`]);
  });

  it.each([
    ["killed", "person"],
    ["killed", "person/day"],
    ["killed", "soldier"],
    ["killed", "men"],
    ["deployed", "troops"],
    ["killed", "KIA"],
    ["captured", "POW"],
    ["present", "IDP"],
    ["sipri:deliveries", "USD"],
    ["sipri:deliveries", "TIV"],
    ["oryx:front-length", "km"],
  ])("is accepted otherwise: %s in %s", (measure, unit) => {
    expect(claim(init(measure, unit) as never).indicator.unit).toBe(unit);
    expect(ClaimSchema.safeParse(init(measure, unit)).success).toBe(true);
  });

  it("is refused by the builder, and an arbitrary asked only for it refuses the options", () => {
    expect(() => aClaim().by(source("nis", "intelligence-agency", "NIS")).saying(exact(5, "USD")).asOf("2025-04-30").build()).toThrow(/is money, but the measure casualties counts people/);
    expect(() => arbClaim({ units: ["USD"], measures: ["killed"] })).toThrow(expect.objectContaining({ code: "invalid-option" }));
    const drawn = fc.sample(arbClaim({ units: ["USD", "person"] }), 200);
    expect(drawn.every((c) => ClaimSchema.safeParse(c).success)).toBe(true);
    expect(drawn.some((c) => c.indicator.unit === "USD")).toBe(true);
  });
});
