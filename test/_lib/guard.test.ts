// guarded: what reading an argument throws is invalid-argument naming the part; every other error passes.
import { describe, expect, it } from "vitest";

import { fail } from "../../src/_lib/assert.js";
import { guarded, unreadable } from "../../src/_lib/guard.js";
import { FogcountError } from "../../src/errors.js";
import { thrown } from "../helpers.js";

function revoked(): object {
  const { proxy, revoke } = Proxy.revocable({}, {});
  revoke();
  return proxy;
}

const throwing = (key: PropertyKey, error: unknown = new Error("boom")): object =>
  Object.defineProperty({}, key, {
    enumerable: true,
    get() {
      throw error;
    },
  });

/** Reads everything in `value`, as a function checking it would. */
function readAll(value: unknown): void {
  if (typeof value !== "object" || value === null) return;
  Array.isArray(value);
  for (const key of Reflect.ownKeys(value)) readAll((value as Record<PropertyKey, unknown>)[key]);
}

describe("guarded", () => {
  it("returns what the body returns, and reads nothing when nothing throws", () => {
    expect(guarded("f", { a: revoked() }, () => 5)).toBe(5);
  });

  it("names the part that cannot be read, and what reading it threw", () => {
    const args = { options: { fields: [{ field: "x" }, throwing("unit")] } };
    expect(thrown(() => guarded("f", args, () => readAll(args)))).toMatchObject({
      code: "invalid-argument",
      message: 'f: options.fields[1].unit cannot be read (a getter or proxy threw), got "Error: boom"',
      details: { path: "options.fields[1].unit", value: "Error: boom" },
    });
    const proxy = { list: revoked() };
    expect(thrown(() => guarded("g", { value: proxy }, () => readAll(proxy))).message).toBe(
      `g: value.list cannot be read (a getter or proxy threw), got "TypeError: Cannot perform 'IsArray' on a proxy that has been revoked"`,
    );
  });

  it("finds a getter on a prototype, a key that is no name, and a thrown value that is no error", () => {
    const model = Object.create(throwing("kind", 5)) as object;
    expect(unreadable({ claim: { estimate: model } })).toEqual(["claim.estimate.kind", 5]);
    expect(unreadable({ hedges: throwing("more than", "no") })).toEqual(['hedges["more than"]', "no"]);
    expect(unreadable({ x: throwing(Symbol("s")) })?.[0]).toBe("x[Symbol(s)]");
    expect(thrown(() => guarded("f", { x: throwing("a", revoked()) }, () => readAll({ x: throwing("a", revoked()) }))).message).toBe(
      'f: x.a cannot be read (a getter or proxy threw), got "an object that cannot be shown"',
    );
  });

  it("lets a FogcountError pass, and an error of its own when every argument reads", () => {
    const ours = new FogcountError("invalid-claim", "x");
    expect(thrown(() => guarded("f", { a: revoked() }, () => { throw ours; }))).toBe(ours);
    expect(thrown(() => guarded("f", { a: 1 }, () => fail("f", "a", "is bad", 1, "invalid-option"))).code).toBe("invalid-option");
    const bug = new TypeError("a bug of the library");
    expect(thrown(() => guarded("f", { a: { b: [1, 2] } }, () => { throw bug; }))).toBe(bug);
  });

  it("walks cycles, deep nesting and long arrays without running away", () => {
    const cycle: Record<string, unknown> = {};
    cycle["self"] = cycle;
    expect(unreadable({ cycle })).toBeUndefined();
    const nested = (depth: number): unknown => {
      let deep: unknown = throwing("end");
      for (let i = 0; i < depth; i++) deep = [deep];
      return deep;
    };
    expect(unreadable({ deep: nested(1000) })?.[0]).toBe(`deep${"[0]".repeat(1000)}.end`);
    expect(unreadable({ deep: nested(100_000) })).toBeUndefined(); // past what it reads, and no stack overflow
    const long = new Array(1_000_000).fill(0);
    expect(unreadable({ long: [...long, throwing("x")] })).toBeUndefined(); // past what it reads
  });
});
