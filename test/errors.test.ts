import { describe, expect, it } from "vitest";

import { FogcountError, isFogcountError } from "../src/errors.js";

describe("isFogcountError", () => {
  it("recognises fogcount errors by name and code, not by class", () => {
    const e = new FogcountError("unit-mismatch", "add: cannot combine", { left: "USD" });
    expect(isFogcountError(e)).toBe(true);
    expect(isFogcountError(e, "unit-mismatch")).toBe(true);
    expect(isFogcountError(e, "empty-sum")).toBe(false);
    // An error from another copy of the package: same shape, different class.
    const copy = Object.assign(new Error("x"), { name: "FogcountError", code: "empty-sum" });
    expect(isFogcountError(copy, "empty-sum")).toBe(true);
  });

  it("rejects everything else", () => {
    expect(isFogcountError(new Error("boom"))).toBe(false);
    expect(isFogcountError(null)).toBe(false);
    expect(isFogcountError("FogcountError")).toBe(false);
    expect(isFogcountError({ name: "FogcountError" })).toBe(false);
  });

  it("is an Error with a message, a code and details", () => {
    const e = new FogcountError("invalid-option", "bad", { factor: NaN });
    expect(e).toBeInstanceOf(Error);
    expect(e.message).toBe("bad");
    expect(e.name).toBe("FogcountError");
    expect(e.details).toEqual({ factor: NaN });
    expect(new FogcountError("empty-sum", "none").details).toEqual({});
  });
});
