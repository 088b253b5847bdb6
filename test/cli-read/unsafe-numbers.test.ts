// Numbers that JSON.parse does not read as written are refused with their place, never read
// as Infinity, 0 or another whole number.
import fc from "fast-check";
import { describe, expect, it } from "vitest";

import { readJson, unsafeNumber } from "../../src/cli/files.js";

describe("readJson refuses numbers it cannot hold as written", () => {
  it.each([
    ['{"value": 1e400}', 11, "1e400 is too large for a number: JSON.parse reads it as Infinity: write it as a number a double holds"],
    ['{"value": -1E+400}', 11, "-1E+400 is too large for a number: JSON.parse reads it as -Infinity: write it as a number a double holds"],
    ['{"value": 1e-400}', 11, "1e-400 is too small for a number: JSON.parse reads it as 0: write it as a number a double holds"],
    ['{"a": [1, 2, {"value": 12345678901234567890}]}', 24, "12345678901234567890 has more digits than a number holds: JSON.parse reads it as 12345678901234567168: write it as a number a double holds"],
    ['{"value": 2384185791015625000}', 11, "2384185791015625000 has more digits than a number holds: JSON.parse reads it as 2384185791015625216: write it as a number a double holds"],
    ['{"value": 100000000000000000000000}', 11, "100000000000000000000000 has more digits than a number holds: JSON.parse reads it as 99999999999999991611392: write it as a number a double holds"],
    ['{"value": 0.12345678901234567}', 11, "0.12345678901234567 has more digits than a number holds: JSON.parse reads it as 0.12345678901234566: write it as a number a double holds"],
    ['{"value": -12345678901234567.5}', 11, "-12345678901234567.5 has more digits than a number holds: JSON.parse reads it as -12345678901234568: write it as a number a double holds"],
  ])("%s", (text, column, message) => {
    expect(readJson(text)).toEqual({ ok: false, problem: { code: "unsafe-number", line: 1, column, message } });
  });

  it("reads numbers a double holds as written, and strings and keys that look like numbers", () => {
    const text = '{"1e400": "1e-400", "a": [0, -0, 0.0, 1e-300, 1e300, 9007199254740992, 0.12345678901234566, 2.5e3, -12345678901234568, 0.1, 4700.50, 1e23, 2.384185791015625e18]}';
    expect(readJson(text)).toMatchObject({ ok: true });
  });

  it("agrees with JSON.parse on every integer it accepts", () => {
    fc.assert(
      fc.property(fc.bigInt({ min: -(10n ** 25n), max: 10n ** 25n }), (n) => {
        const token = n.toString();
        expect(unsafeNumber(token) === undefined).toBe(BigInt(JSON.parse(token) as number) === n);
      }),
    );
  });
});
