import { describe, expect, it } from "vitest";

import { frozenCopy } from "../../src/_lib/frozen.js";

describe("frozenCopy", () => {
  it("copies plain objects and arrays all the way down, and freezes the copies, not the original", () => {
    const value = { a: [1, { b: "x" }], c: { d: null } };
    const copy = frozenCopy(value);
    expect(copy).toEqual(value);
    expect(copy).not.toBe(value);
    expect(copy.a[1]).not.toBe(value.a[1]);
    expect([copy, copy.a, copy.a[1], copy.c].every(Object.isFrozen)).toBe(true);
    expect([value, value.a, value.a[1], value.c].some(Object.isFrozen)).toBe(false);
  });

  it("keeps an own __proto__ key a key, holes holes, shared parts shared and cycles cycles", () => {
    const parsed = JSON.parse('{"__proto__": {"polluted": true}, "x": 1}') as Record<string, unknown>;
    const copy = frozenCopy(parsed);
    expect(Object.getPrototypeOf(copy)).toBe(Object.prototype);
    expect(Object.keys(copy)).toEqual(["__proto__", "x"]);
    expect(({} as Record<string, unknown>)["polluted"]).toBeUndefined();
    const sparse = frozenCopy([1, , 3]);
    expect(1 in sparse).toBe(false);
    expect(sparse).toHaveLength(3);
    const shared = { n: 1 };
    const cyclic: Record<string, unknown> = { left: shared, right: shared };
    cyclic["self"] = cyclic;
    const c = frozenCopy(cyclic);
    expect(c["left"]).toBe(c["right"]);
    expect(c["self"]).toBe(c);
  });

  it("keeps anything that is not plain data as it is", () => {
    const date = new Date(0);
    const fn = () => 1;
    const copy = frozenCopy({ date, fn, n: Object.create(null) as object });
    expect(copy.date).toBe(date);
    expect(copy.fn).toBe(fn);
    expect(Object.getPrototypeOf(copy.n)).toBeNull();
    expect(Object.isFrozen(date)).toBe(false);
  });

  it("keeps shared parts shared and cycles cycles in a value of many objects, and while copying inside a getter", () => {
    const shared = { n: 1 };
    const many: Record<string, unknown>[] = Array.from({ length: 100 }, (_, i) => ({ i, shared }));
    const value: Record<string, unknown> = { many };
    value["self"] = value;
    const copy = frozenCopy(value) as typeof value & { many: typeof many };
    expect(copy.many.map((m) => m["i"])).toEqual(many.map((m) => m["i"]));
    expect(new Set(copy.many.map((m) => m["shared"])).size).toBe(1);
    expect(copy.many[0]?.["shared"]).not.toBe(shared);
    expect(copy["self"]).toBe(copy);
    const inner = { deep: { x: 1 } };
    let copiedInside: typeof inner | undefined;
    const outer = {
      before: shared,
      get during() {
        copiedInside = frozenCopy(inner);
        return 2;
      },
      after: shared,
    };
    const c = frozenCopy(outer);
    expect(c).toEqual({ before: { n: 1 }, during: 2, after: { n: 1 } });
    expect(c.before).toBe(c.after);
    expect(copiedInside).toEqual(inner);
    expect(Object.isFrozen(copiedInside?.deep)).toBe(true);
  });
});
