// The one-pass check and copy of claims of the usual shapes must keep what the general path
// keeps, and accept nothing the general check refuses: each odd claim is fed to both.
import fc from "fast-check";
import { describe, expect, it } from "vitest";

import { frozenCopy } from "../../src/_lib/frozen.js";
import { checkClaim } from "../../src/claim/check.js";
import { trimmedClaim } from "../../src/claim/claim.js";
import { claimParts, fastClaim } from "../../src/claim/fast.js";
import type { Claim } from "../../src/claim/schema.js";
import { arbClaim } from "../../src/testing/claim.js";
import { deepFreeze } from "../helpers.js";

/** What the general path keeps of `given`, or the message it refuses it with. */
function general(given: unknown): Claim | string {
  try {
    const copy = frozenCopy(given, new Map()) as Claim;
    return trimmedClaim(copy, checkClaim("test", "claims[0]", copy, "invalid-claim", new Map()));
  } catch (error) {
    return (error as Error).message;
  }
}

/** Whether two values are the same data, field by field and in the same order, frozen alike, at every level. */
function sameData(a: unknown, b: unknown): boolean {
  if (typeof a !== "object" || a === null || typeof b !== "object" || b === null) return Object.is(a, b);
  if (Object.isFrozen(a) !== Object.isFrozen(b) || Object.getPrototypeOf(a) !== Object.getPrototypeOf(b)) return false;
  const [ka, kb] = [Reflect.ownKeys(a), Reflect.ownKeys(b)];
  return ka.length === kb.length && ka.every((k, i) => k === kb[i] && sameData((a as Record<PropertyKey, unknown>)[k], (b as Record<PropertyKey, unknown>)[k]));
}

/** Feeds `given` to both paths: the fast one accepts only what the general one accepts, and keeps the same (the same object where the general path keeps it). */
function expectSame(given: unknown): "fast" | "general" {
  const parts = claimParts(new Map());
  if (parts === undefined) throw new Error("no parts");
  const quick = fastClaim(parts, given);
  const slow = general(given);
  if (quick === undefined) return "general";
  expect(typeof slow).not.toBe("string");
  expect(sameData(quick, slow)).toBe(true);
  expect(quick === given).toBe(slow === given);
  return "fast";
}

const base = () => ({
  id: "c1",
  indicator: { subject: "kp-forces", measure: "killed", unit: "person" },
  estimate: { kind: "approx", value: 600, unit: "person", hedge: "about" },
  validTime: "2025-04-30",
  reportedAt: "2025-05-01",
  attribution: { originator: { id: "kr-nis", kind: "intelligence-agency", name: "NIS", country: "KR" } },
  status: { kind: "normal" },
});
const json = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

describe("fastClaim", () => {
  it("keeps what the general path keeps for the usual shapes", () => {
    expect(expectSame(base())).toBe("fast");
    expect(expectSame(json(base()))).toBe("fast");
    const { status: _, ...noStatus } = base();
    expect(expectSame(noStatus)).toBe("fast");
    expect(expectSame({ ...base(), status: { kind: "deprecated", reason: "corrected", supersededBy: "c2" } })).toBe("fast");
    expect(expectSame({ ...base(), indicator: { subject: "kp-forces", measure: "killed", unit: "person", scope: "Kursk", aggregation: "flow" } })).toBe("fast");
    const { attribution, status, ...head } = base();
    expect(expectSame({ ...head, recordedAt: "2025-05-02", attribution, status, modality: "planned", restates: "c0", text: "about 600" })).toBe("fast");
    expect(expectSame({ ...base(), recordedAt: "2025-05-02" })).toBe("general");
    expect(expectSame({ ...base(), estimate: { kind: "exact", value: 0, unit: "person" } })).toBe("fast");
  });

  it("trims subject, unit and scope as the general path does", () => {
    const given = { ...base(), indicator: { subject: " kp-forces ", measure: "killed", unit: "person ", scope: " Kursk" }, estimate: { kind: "exact", value: 3, unit: "person " } };
    expect(expectSame(given)).toBe("fast");
    expect(expectSame(deepFreeze(json(given)))).toBe("general");
  });

  it("keeps a deeply frozen claim, and deeply frozen parts, as they are", () => {
    expect(expectSame(deepFreeze(base()))).toBe("fast");
    const shared = deepFreeze({ id: "kr-nis", kind: "intelligence-agency", name: "NIS" });
    const c = { ...base(), attribution: { originator: shared } };
    expect(expectSame(c)).toBe("fast");
    expect(expectSame({ ...base(), status: deepFreeze({ kind: "preferred" }) })).toBe("fast");
    expect(expectSame({ ...base(), indicator: deepFreeze({ subject: "kp-forces", measure: "killed", unit: "person" }) })).toBe("fast");
  });

  it("copies a frozen claim with a getter or a hidden field, as the general path does", () => {
    const getter = Object.freeze(Object.defineProperty({ ...base() }, "validTime", { get: () => "2025-04-30", enumerable: true }));
    expect(expectSame(getter)).toBe("general");
    const hidden = Object.freeze(Object.defineProperty({ ...base() }, "note", { value: 1, enumerable: false }));
    expect(expectSame(hidden)).toBe("general");
    const deepGetter = deepFreeze({ ...base(), indicator: Object.defineProperty({ subject: "kp-forces", measure: "killed" }, "unit", { get: () => "person", enumerable: true }) });
    expect(expectSame(deepGetter)).toBe("general");
  });

  it("reads a getter of a claim that is not frozen once, as a copy does", () => {
    let reads = 0;
    const given = Object.defineProperty({ ...base() }, "reportedAt", { get: () => (reads++, "2025-05-01"), enumerable: true });
    const parts = claimParts(new Map());
    const kept = parts === undefined ? undefined : fastClaim(parts, given);
    expect(reads).toBe(1);
    expect(kept?.reportedAt).toBe("2025-05-01");
    expect(Object.getOwnPropertyDescriptor(kept, "reportedAt")).toMatchObject({ value: "2025-05-01", writable: false });
  });

  it("reads a claim whose getter reads another claim, each as its own", () => {
    const parts = claimParts(new Map());
    if (parts === undefined) throw new Error("no parts");
    let inner: Claim | undefined;
    const given = Object.defineProperty({ ...base(), id: "outer" }, "validTime", {
      get: () => ((inner = fastClaim(parts, { ...base(), id: "inner", reportedAt: "2025-06-01" })), "2025-04-30"),
      enumerable: true,
    });
    const outer = fastClaim(parts, given);
    expect([outer?.id, outer?.reportedAt, inner?.id, inner?.reportedAt]).toEqual(["outer", "2025-05-01", "inner", "2025-06-01"]);
  });

  it.each([
    ["an extra field", { ...base(), modalty: "planned" }],
    ["a field given as undefined", { ...base(), text: undefined }],
    ["fields in another order", (({ id, ...rest }) => ({ ...rest, id }))(base())],
    ["a Date for a time", { ...base(), validTime: new Date("2025-04-30") }],
    ["a time that is not EDTF", { ...base(), validTime: "30 April" }],
    ["an indicator that is a class instance", { ...base(), indicator: new (class Indicator { subject = "kp"; measure = "killed"; unit = "person" })() }],
    ["an indicator without a prototype", { ...base(), indicator: Object.assign(Object.create(null), { subject: "kp", measure: "killed", unit: "person" }) }],
    ["a claim without a prototype", Object.assign(Object.create(null), base())],
    ["a sparse list of casualty parts", { ...base(), indicator: { subject: "kp", measure: "casualties", unit: "person", includes: [, "killed"] } }],
    ["a cycle", (() => { const c = base() as Record<string, unknown>; (c["attribution"] as Record<string, unknown>)["relay"] = [c]; return c; })()],
    ["a negative count", { ...base(), estimate: { kind: "exact", value: -1, unit: "person" } }],
    ["NaN", { ...base(), estimate: { kind: "exact", value: Number.NaN, unit: "person" } }],
    ["a unit that differs", { ...base(), estimate: { kind: "exact", value: 1, unit: "soldier" } }],
    ["a spaced id", { ...base(), id: "c 1" }],
    ["an id that is not ASCII", { ...base(), id: "café" }],
    ["an unknown status", { ...base(), status: { kind: "Deprecated", reason: "typo" } }],
    ["a claim superseded by itself", { ...base(), status: { kind: "deprecated", reason: "x", supersededBy: "c1" } }],
    ["an originator with no kind", { ...base(), attribution: { originator: { id: "x", name: "X" } } }],
    ["a measure in USD", { ...base(), indicator: { subject: "kp", measure: "killed", unit: "USD" }, estimate: { kind: "exact", value: 1, unit: "USD" } }],
    ["an array", [base()]],
    ["a symbol-keyed field", { ...base(), [Symbol("x")]: 1 }],
  ])("agrees with the general path on %s", (_name, given) => {
    expectSame(given);
  });

  it("reads an id that is not a field (not enumerable) as missing, as a copy does", () => {
    const given = Object.defineProperty({ ...base() }, "id", { value: "c1", enumerable: false });
    expectSame(given);
  });

  it("steps aside when Object.prototype has an enumerable field", () => {
    const proto = Object.prototype as Record<string, unknown>;
    proto["polluted"] = 1;
    try {
      expect(claimParts(new Map())).toBeUndefined();
    } finally {
      delete proto["polluted"];
    }
    expect(claimParts(new Map())).toBeDefined();
  });

  it("agrees with the general path on generated claims, plain, read from JSON and frozen", () => {
    fc.assert(
      fc.property(arbClaim(), (c) => {
        expectSame(c);
        expectSame(json(c));
        expectSame(deepFreeze(json(c)));
      }),
      { numRuns: 300 },
    );
  });

  it("shares one copy of an indicator, a source and an attribution among the claims that hold the same", () => {
    const parts = claimParts(new Map());
    const [a, b] = parts === undefined ? [] : [fastClaim(parts, json(base())), fastClaim(parts, { ...json(base()), id: "c2" })];
    expect(a?.indicator).toBe(b?.indicator);
    expect(a?.attribution).toBe(b?.attribution);
    expect(a?.estimate).not.toBe(b?.estimate);
  });
});
