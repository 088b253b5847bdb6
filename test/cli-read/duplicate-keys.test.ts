import fc from "fast-check";
import { describe, expect, it } from "vitest";

import { firstDuplicateKey, keyCount } from "../../src/cli/duplicate-keys.js";
import { readJson, shape } from "../../src/cli/files.js";

const memberCount = (text: string): number => shape(text).members;

describe("keys named twice in one object", () => {
  it("counts the members of a text as JSON.parse keeps them when no key repeats", () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const text = JSON.stringify(value, null, 2);
        expect(memberCount(text)).toBe(keyCount(JSON.parse(text)));
      }),
    );
  });

  it("reads colons and quotes inside strings as text", () => {
    const text = '{"a:b": "c:\\"d:", "e": [":", {"f": 1}]}';
    expect([memberCount(text), keyCount(JSON.parse(text))]).toEqual([3, 3]);
  });

  it("names the key, and where it is named the first and the second time", () => {
    const text = '{\n  "claims": [{ "id": "a", "modality": "planned", "modality": "asserted" }]\n}';
    expect(firstDuplicateKey(text)).toEqual({ key: "modality", first: text.indexOf('"modality"'), offset: text.lastIndexOf('"modality"') });
    const read = readJson(text);
    expect(read).toEqual({
      ok: false,
      problem: {
        code: "duplicate-key",
        line: 2,
        column: 50,
        message: '"modality" is named twice in one object (first at 2:27): JSON.parse would keep this one and drop the other without a word',
      },
    });
  });

  it("lets one key be named once in each of several objects", () => {
    expect(readJson('[{"id": 1}, {"id": 2, "x": {"id": 3}}]')).toEqual({ ok: true, value: [{ id: 1 }, { id: 2, x: { id: 3 } }] });
    expect(firstDuplicateKey('{"a": {"b": 1}, "b": {"a": 2}}')).toBeUndefined();
  });

  it("finds a key named twice however deep, and __proto__ named twice", () => {
    expect(readJson('{"a": [[{"k": 1, "j": 2, "k": 3}]]}')).toMatchObject({ ok: false, problem: { code: "duplicate-key", line: 1, column: 26 } });
    expect(readJson('{"__proto__": 1, "__proto__": 2}')).toMatchObject({ ok: false, problem: { code: "duplicate-key" } });
  });
});
