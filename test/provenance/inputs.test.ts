// What the provenance functions do with arguments they cannot trust.
import { describe, expect, it } from "vitest";

import { effectiveReliability, lastRelay, originatorOf, source } from "../../src/provenance/index.js";
import type { Attribution, Source, SourceExtras } from "../../src/provenance/index.js";
import { thrown } from "../helpers.js";

const nis: Source = { id: "kr-nis", kind: "intelligence-agency", name: "NIS", country: "KR" };
const REVOKED = "TypeError: Cannot perform 'IsArray' on a proxy that has been revoked";

function revoked<T>(): T {
  const { proxy, revoke } = Proxy.revocable({}, {});
  revoke();
  return proxy as T;
}

function boom<T extends object>(value: T, key: string): T {
  return Object.defineProperty({ ...value }, key, {
    enumerable: true,
    get() {
      throw new Error("boom");
    },
  });
}

describe("source takes the extras it documents, and no other", () => {
  it("refuses a misspelt extra instead of leaving the grade out", () => {
    expect(thrown(() => source("kr-nis", "intelligence-agency", "NIS", { reliabilty: "B" } as SourceExtras))).toMatchObject({
      code: "invalid-option",
      message: 'source: extras.reliabilty is not an option (country, countries, reliability), got "B"',
    });
    expect(source("kr-nis", "intelligence-agency", "NIS", { country: "KR", reliability: "B" }).reliability).toBe("B");
  });
});

describe("the provenance functions refuse arguments that cannot be read", () => {
  it.each([
    ["originatorOf of a revoked proxy", () => originatorOf(revoked<Attribution>()), `originatorOf: attribution cannot be read (a getter or proxy threw), got ${JSON.stringify(REVOKED)}`],
    ["lastRelay with a relay getter that throws", () => lastRelay(boom({ originator: nis }, "relay")), 'lastRelay: attribution.relay cannot be read (a getter or proxy threw), got "Error: boom"'],
    [
      "effectiveReliability with an originator getter that throws",
      () => effectiveReliability(nis, boom({ originator: nis }, "originator")),
      'effectiveReliability: attribution.originator cannot be read (a getter or proxy threw), got "Error: boom"',
    ],
    ["effectiveReliability with a source that is a revoked proxy", () => effectiveReliability(revoked<Source>(), { originator: nis }), `effectiveReliability: source cannot be read (a getter or proxy threw), got ${JSON.stringify(REVOKED)}`],
    ["source with extras that are a revoked proxy", () => source("x", "ministry", "MoD", revoked<SourceExtras>()), `source: extras cannot be read (a getter or proxy threw), got ${JSON.stringify(REVOKED)}`],
    ["source with a country getter that throws", () => source("x", "ministry", "MoD", boom({}, "country")), 'source: extras.country cannot be read (a getter or proxy threw), got "Error: boom"'],
  ])("%s is invalid-argument, naming the part", (_name, fn, message) => {
    expect(thrown(fn)).toMatchObject({ code: "invalid-argument", message });
  });
});
