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

describe("frozenCopy of what is frozen already", () => {
  it("keeps a deeply frozen value as it is, and a deeply frozen part of a value that is not", () => {
    const source = Object.freeze({ id: "kr-nis", tags: Object.freeze(["a", "b"]) });
    const value = Object.freeze({ n: 1, source, list: Object.freeze([source, Object.freeze({ x: null })]) });
    expect(frozenCopy(value)).toBe(value);
    const open = { source, mine: { y: 2 } };
    const copy = frozenCopy(open);
    expect(copy).not.toBe(open);
    expect(copy.source).toBe(source);
    expect(copy.mine).not.toBe(open.mine);
    expect(Object.isFrozen(copy) && Object.isFrozen(copy.mine)).toBe(true);
    expect(Object.isFrozen(open) || Object.isFrozen(open.mine)).toBe(false);
  });

  it("copies a frozen value that holds something mutable, so that editing that part changes nothing kept", () => {
    const inner = { value: 4000 };
    const value = Object.freeze({ kind: "exact", inner, frozen: Object.freeze({ z: 1 }) });
    const copy = frozenCopy(value);
    expect(copy).not.toBe(value);
    expect(copy.inner).not.toBe(inner);
    expect(copy.frozen).toBe(value.frozen);
    inner.value = 40;
    expect(copy.inner.value).toBe(4000);
    expect(Object.isFrozen(copy.inner)).toBe(true);
    expect(Object.isFrozen(inner)).toBe(false);
    // deep down too
    const deep = Object.freeze({ a: Object.freeze({ b: Object.freeze({ c: inner }) }) });
    expect(frozenCopy(deep).a.b.c).not.toBe(inner);
  });

  it("copies a frozen value with a getter or a property a copy would drop, so that later reads cannot differ", () => {
    let n = 0;
    const getter = Object.freeze({
      get value() {
        return ++n;
      },
    });
    const copy = frozenCopy(getter);
    expect(copy).not.toBe(getter);
    expect([copy.value, copy.value]).toEqual([1, 1]);
    expect(Object.getOwnPropertyDescriptor(copy, "value")).toMatchObject({ value: 1, writable: false });
    const hidden = Object.freeze(Object.defineProperty({ shown: 1 }, "hidden", { value: 2, enumerable: false }));
    expect(frozenCopy(hidden)).not.toBe(hidden);
    expect(frozenCopy(hidden)).toEqual({ shown: 1 });
    const nested = Object.freeze({ inner: getter });
    expect(frozenCopy(nested).inner).not.toBe(getter);
  });

  it("keeps frozen cycles as they are, and copies a frozen value too large to check", () => {
    const cyclic: Record<string, unknown> = { n: 1 };
    cyclic["self"] = cyclic;
    Object.freeze(cyclic);
    expect(frozenCopy(cyclic)).toBe(cyclic);
    const large = Object.freeze(Array.from({ length: 100 }, (_, i) => Object.freeze({ i })));
    const copy = frozenCopy(large);
    expect(copy).toEqual(large);
    expect(copy[0]).toBe(large[0]);
  });

  it("drops symbol-keyed properties, as it always has, and leaves none mutable in the copy", () => {
    const key = Symbol("k");
    const value = { a: 1, [key]: { mutable: true } };
    const copy = frozenCopy(value);
    expect(Object.getOwnPropertySymbols(copy)).toEqual([]);
    expect(copy).toEqual({ a: 1 });
  });
});

describe("frozenCopy with copies shared across values", () => {
  it("copies an object two or more levels down once for all the values of a call, and the values themselves each time", () => {
    const source = { id: "kr-nis", relay: [{ kind: "channel" }] };
    const shared = new Map<object, unknown>();
    const a = frozenCopy({ id: "a", attribution: { originator: source } }, shared);
    const b = frozenCopy({ id: "b", attribution: { originator: source } }, shared);
    expect(a.attribution.originator).toBe(b.attribution.originator);
    expect(a.attribution.originator).not.toBe(source);
    expect(a.attribution).not.toBe(b.attribution);
    expect(Object.isFrozen(a.attribution.originator.relay[0])).toBe(true);
    source.id = "edited";
    expect(a.attribution.originator.id).toBe("kr-nis");
    // an object one level down is not remembered: a claim's own parts are its own
    const indicator = { subject: "s" };
    const c = frozenCopy({ indicator }, shared);
    const d = frozenCopy({ indicator }, shared);
    expect(c.indicator).not.toBe(d.indicator);
    expect(shared.has(indicator)).toBe(false);
    // without the map, each value gets its own copies
    const e = frozenCopy({ attribution: { originator: source } });
    expect(e.attribution.originator).not.toBe(a.attribution.originator);
  });
});
