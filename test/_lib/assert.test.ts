import fc from "fast-check";
import { describe, expect, it } from "vitest";

import { fail, isText, oneOf, optionsOf, show } from "../../src/_lib/assert.js";
import { isFogcountError } from "../../src/errors.js";
import { thrownCode } from "../helpers.js";

describe("show", () => {
  it.each([
    ["a string, quoted", "5", '"5"'],
    ["a number", 4700, "4700"],
    ["NaN", NaN, "NaN"],
    ["undefined", undefined, "undefined"],
    ["null", null, "null"],
    ["a BigInt", 10n, "10n"],
    ["a symbol", Symbol("x"), "Symbol(x)"],
    ["an object, as JSON", { kind: "exact", value: "5" }, '{"kind":"exact","value":"5"}'],
    ["numbers JSON cannot hold, by name", [NaN, -Infinity, 5n], '[NaN,-Infinity,5n]'],
    ["a null-prototype object", Object.assign(Object.create(null) as object, { a: 1 }), '{"a":1}'],
  ])("prints %s", (_name, value, text) => {
    expect(show(value)).toBe(text);
  });

  it("writes what a reader cannot see or tell apart in text as escapes, as visible() does", () => {
    expect(show("a\u200b")).toBe('"a\\u200b"');
    expect(show("a\u007f")).toBe('"a\\u007f"');
    expect(show("a\u0085\u00ad")).toBe('"a\\u0085\\u00ad"');
    expect(show("x\u{e0061}")).toBe('"x\\u{e0061}"');
    expect(show("\u212a")).toBe('"\\u212a"');
    expect(show("cafe\u0301")).toBe('"cafe\\u0301"');
    expect(show({ id: "a\u200b", unit: "\u212a" })).toBe('{"id":"a\\u200b","unit":"\\u212a"}');
    // what a reader sees is left as it is
    expect(show("caf\u00e9 \u0441")).toBe('"caf\u00e9 \u0441"');
    expect(fail.bind(null, "f", "x", "is wrong", "a\u200b")).toThrow('f: x is wrong, got "a\\u200b"');
  });

  it("prints what it cannot serialise by its type", () => {
    const cyclic: Record<string, unknown> = {};
    cyclic["self"] = cyclic;
    expect(show(cyclic)).toBe("an object that cannot be shown");
    const { proxy, revoke } = Proxy.revocable({}, {});
    revoke();
    expect(show(proxy)).toBe("an object that cannot be shown");
    expect(show({ toJSON: () => { throw new Error("no"); } })).toBe("an object that cannot be shown");
  });

  it("cuts a long value to 100 characters", () => {
    const text = show("x".repeat(1_000_000));
    expect(text).toHaveLength(100);
    expect(text.endsWith("…")).toBe(true);
  });

  it("never throws, whatever the value", () => {
    fc.assert(
      fc.property(fc.anything({ withBigInt: true, withNullPrototype: true, withBoxedValues: true, withMap: true, withSet: true, withTypedArray: true, withSparseArray: true }), (value) => {
        expect(show(value).length).toBeLessThanOrEqual(100);
      }),
      { numRuns: 500 },
    );
  });
});

describe("fail", () => {
  it("throws invalid-argument naming the function, the path and the value", () => {
    try {
      fail("sumEstimates", "list[0]", "is not an estimate", "1000");
      expect.unreachable();
    } catch (e) {
      expect(isFogcountError(e, "invalid-argument")).toBe(true);
      expect((e as Error).message).toBe('sumEstimates: list[0] is not an estimate, got "1000"');
      expect((e as { details: unknown }).details).toEqual({ path: "list[0]", value: "1000" });
    }
  });

  it("throws another code when given one", () => {
    expect(thrownCode(() => fail("f", "options.style", "must be one of …", "bogus", "invalid-option"))).toBe("invalid-option");
  });
});

describe("optionsOf and oneOf", () => {
  it("read left-out options as empty and refuse anything but an object", () => {
    expect(optionsOf("f", undefined)).toEqual({});
    // a copy of the caller's own options: nothing inherited is read as an option
    const options = Object.assign(Object.create({ inherited: true }) as object, { a: 1 });
    const read = optionsOf("f", options);
    expect({ ...read }).toEqual({ a: 1 });
    expect("inherited" in read).toBe(false);
    for (const bad of [null, 5, "x", true]) expect(thrownCode(() => optionsOf("f", bad as unknown as object))).toBe("invalid-option");
  });

  it("accept only the listed values", () => {
    expect(oneOf("f", "options.style", "compact", ["stated", "compact"])).toBe("compact");
    expect(() => oneOf("f", "options.style", "bogus", ["stated", "compact"])).toThrow(
      'f: options.style must be one of "stated", "compact", got "bogus"',
    );
  });

  it("tell text from white space", () => {
    expect([isText("a"), isText(" "), isText(""), isText(5)]).toEqual([true, false, false, false]);
  });
});
