// claim() checks a claim in full, as ClaimSchema would, without loading zod.
import { describe, expect, it } from "vitest";

import { claim } from "../../src/claim/claim.js";
import { indicatorKey } from "../../src/claim/indicator-key.js";
import { parseClaim, safeParseClaim } from "../../src/claim/parse.js";
import type { ClaimInit } from "../../src/claim/claim.js";
import { ClaimSchema } from "../../src/claim/schema.js";
import { approx } from "../../src/estimate/constructors.js";
import { effectiveReliability, lastRelay, originatorOf, source } from "../../src/index.js";
import type { Attribution, Source } from "../../src/index.js";
import { deepFreeze, thrown, thrownCode } from "../helpers.js";

const nis: Source = { id: "kr-nis", kind: "intelligence-agency", name: "NIS", country: "KR" };
const base: ClaimInit = deepFreeze({
  id: "nis-2025-04-killed",
  indicator: { subject: "kp-forces-in-russia", measure: "killed", unit: "person" },
  estimate: approx(600, "person"),
  validTime: "2025-04-30",
  reportedAt: "2025-04-30",
  attribution: { originator: nis },
});
const withChange = (change: Record<string, unknown>) => ({ ...base, ...change }) as ClaimInit;


describe("claim refuses what is not a claim", () => {
  it("refuses undefined and null with invalid-claim, not a TypeError", () => {
    expect(thrown(() => claim(undefined as unknown as ClaimInit))).toMatchObject({
      code: "invalid-claim",
      message: "claim: init must be a claim object, got undefined",
    });
    expect(thrownCode(() => claim(null as unknown as ClaimInit))).toBe("invalid-claim");
    expect(thrownCode(() => claim([] as unknown as ClaimInit))).toBe("invalid-claim");
  });

  it("refuses a claim superseded by itself, which would retire it for a replacement that is itself", () => {
    const self = withChange({ status: { kind: "deprecated", reason: "corrected", supersededBy: "nis-2025-04-killed" } });
    expect(thrown(() => claim(self))).toMatchObject({
      code: "invalid-claim",
      message: 'claim "nis-2025-04-killed": status.supersededBy must name another claim: a claim cannot be superseded by itself, got "nis-2025-04-killed"',
    });
    const parsed = ClaimSchema.safeParse({ ...self, status: self.status });
    expect(parsed.success ? [] : parsed.error.issues.map((i) => [i.path.join("."), i.message])).toEqual([["status.supersededBy", "a claim cannot be superseded by itself"]]);
  });

  it("refuses an approximate estimate with no value", () => {
    const e = thrown(() => claim(withChange({ estimate: { kind: "approx", unit: "person" } })));
    expect(e.code).toBe("invalid-claim");
    expect(e.message).toBe('claim "nis-2025-04-killed": estimate is not an estimate, got {"kind":"approx","unit":"person"}');
  });

  it.each([
    ["an originator with no kind", { attribution: { originator: { id: "x", name: "X" } } }, "attribution.originator.kind"],
    ["a relay step dated in words", { attribution: { originator: nis, relay: [{ kind: "channel", channel: "briefing", date: "30 April" }] } }, "attribution.relay[0].date"],
    ["a publication with a mail link", { attribution: { originator: nis, publications: [{ outlet: "X", url: "mailto:a@b.c" }] } }, "attribution.publications[0].url"],
    ["a credibility of 7", { attribution: { originator: nis, credibility: 7 } }, "attribution.credibility"],
    ["an unknown status", { status: { kind: "retracted" } }, "status.kind"],
    ["a spaced replacement id", { status: { kind: "deprecated", reason: "x", supersededBy: "a b" } }, "status.supersededBy"],
    ["a sentence that is not text", { text: 5 }, "text"],
    ["a hole among the casualty parts", { indicator: { ...base.indicator, measure: "casualties", includes: [, "wounded"] } }, "indicator.includes"],
    ["a hedge that is not text", { estimate: { kind: "approx", value: 600, unit: "person", hedge: 5 } }, "estimate"],
  ])("refuses %s, naming the field", (_name, change, path) => {
    const e = thrown(() => claim(withChange(change)));
    expect(e.code).toBe("invalid-claim");
    expect(e.message).toContain(`: ${path} `);
  });

  it("returns claims that ClaimSchema accepts", () => {
    const full = withChange({
      attribution: {
        originator: nis,
        relay: [{ kind: "intermediary", source: { id: "kr-lee", kind: "lawmaker", name: "Lee" }, date: "2025-04-30" }],
        publications: [{ outlet: "Yonhap", url: "https://en.yna.co.kr/", date: "2025-04-30" }],
        credibility: 2,
        likelihood: "likely",
        confidence: "moderate",
      },
      status: { kind: "deprecated", reason: "revised", supersededBy: "nis-2025-05-killed" },
    });
    expect(ClaimSchema.safeParse(claim(full)).success).toBe(true);
  });
});

describe("provenance functions refuse what is not an attribution", () => {
  it.each([
    ["originatorOf(null)", () => originatorOf(null as unknown as Attribution)],
    ["originatorOf without an originator", () => originatorOf({} as Attribution)],
    ["lastRelay of a number", () => lastRelay(5 as unknown as Attribution)],
    ["lastRelay with a relay that is not a list", () => lastRelay({ originator: nis, relay: "briefing" } as unknown as Attribution)],
    ["effectiveReliability of nothing", () => effectiveReliability(undefined as unknown as Source, { originator: nis })],
    ["effectiveReliability with a grade G", () => effectiveReliability({ ...nis, reliability: "G" } as unknown as Source, { originator: nis })],
  ])("%s is invalid-argument", (_name, fn) => {
    expect(thrownCode(fn)).toBe("invalid-argument");
  });

  it("source refuses extras that are not an object with invalid-option", () => {
    expect(thrownCode(() => source("x", "ministry", "MoD", null as unknown as { country?: string }))).toBe("invalid-option");
    expect(thrownCode(() => source(undefined as unknown as string, "ministry", "MoD"))).toBe("invalid-source");
  });
});

describe("the claim functions refuse arguments that cannot be read", () => {
  const REVOKED = JSON.stringify("TypeError: Cannot perform 'IsArray' on a proxy that has been revoked");
  const revoked = <T>(): T => {
    const { proxy, revoke } = Proxy.revocable({}, {});
    revoke();
    return proxy as T;
  };
  const boom = <T extends object>(value: T, key: string): T =>
    Object.defineProperty({ ...value }, key, {
      enumerable: true,
      get() {
        throw new Error("boom");
      },
    });

  it.each([
    ["claim of a revoked proxy", () => claim(revoked<ClaimInit>()), `claim: init cannot be read (a getter or proxy threw), got ${REVOKED}`],
    ["claim with an estimate getter that throws", () => claim(boom(base, "estimate")), 'claim: init.estimate cannot be read (a getter or proxy threw), got "Error: boom"'],
    ["claim with an indicator that is a revoked proxy", () => claim(withChange({ indicator: revoked() })), `claim: init.indicator cannot be read (a getter or proxy threw), got ${REVOKED}`],
    ["indicatorKey with an attribution getter that throws", () => indicatorKey(boom(base, "attribution")), 'indicatorKey: claim.attribution cannot be read (a getter or proxy threw), got "Error: boom"'],
    ["parseClaim of a revoked proxy", () => parseClaim(revoked()), `parseClaim: value cannot be read (a getter or proxy threw), got ${REVOKED}`],
    ["safeParseClaim with an id getter that throws", () => safeParseClaim(boom(base, "id")), 'safeParseClaim: value.id cannot be read (a getter or proxy threw), got "Error: boom"'],
  ])("%s is invalid-argument, naming the part", (_name, fn, message) => {
    expect(thrown(fn)).toMatchObject({ code: "invalid-argument", message });
  });

  it("still gives zod's issues for a value that reads but is not a claim", () => {
    expect(safeParseClaim({ id: "x" }).success).toBe(false);
    expect((thrown(() => parseClaim({ id: "x" })) as { name?: string }).name).toBe("ZodError");
  });
});

describe("claim with a status of an unknown kind", () => {
  it("names the kind given, lists the kinds, and suggests the one meant", () => {
    expect(thrown(() => claim(withChange({ status: { kind: "Deprecated", reason: "typo" } } as never))).message).toBe(
      'claim "nis-2025-04-killed": status.kind "Deprecated" is not a kind of status (the kinds are "preferred", "normal", "deprecated"; did you mean "deprecated"?), got "Deprecated"',
    );
    expect(thrown(() => claim(withChange({ status: { kind: "PREFERRED" } } as never))).message).toContain('did you mean "preferred"?');
    expect(thrown(() => claim(withChange({ status: { kind: "depricated", reason: "typo" } } as never))).message).toContain('did you mean "deprecated"?');
    expect(thrown(() => claim(withChange({ status: { kind: "retracted" } } as never))).message).toBe(
      'claim "nis-2025-04-killed": status.kind "retracted" is not a kind of status (the kinds are "preferred", "normal", "deprecated"), got "retracted"',
    );
    expect(thrown(() => claim(withChange({ status: {} } as never))).message).toContain("status.kind must be the kind of the status");
  });
});
