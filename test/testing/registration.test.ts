// One import registers the matchers: fogcount/testing/vitest with vitest's
// expect, fogcount/testing/jest with the global expect Jest provides.
import { describe, expect, it, vi } from "vitest";

import "../../src/testing/vitest.js";
import { approx, exact, range } from "../../src/estimate/constructors.js";
import { nisBriefing2025Dataset } from "../../src/fixtures/index.js";
import { fogcountMatchers } from "../../src/testing/index.js";

describe("fogcount/testing/vitest", () => {
  it("registers every matcher with vitest's expect", () => {
    expect(approx(600, "person")).toBeValidEstimate();
    expect(range(10_000, 12_000, "person")).toContainValue(11_000);
    expect(exact(0.1 + 0.2, "USD")).toEqualEstimate(exact(0.3, "USD"), { tolerance: 1e-9 });
    expect(nisBriefing2025Dataset).toHaveFinding("increment-before-wave");
    expect(nisBriefing2025Dataset).not.toPassDatasetCheck();
    expect(nisBriefing2025Dataset).toPassDatasetCheck({ rules: { "increment-before-wave": "off" } });
  });
});

describe("fogcount/testing/jest", () => {
  it("registers the matchers with the global expect", async () => {
    vi.resetModules();
    const extend = vi.fn();
    vi.stubGlobal("expect", { extend });
    try {
      await import("../../src/testing/jest.js");
    } finally {
      vi.unstubAllGlobals();
    }
    // a fresh copy of the module graph: the matchers of that copy, by name
    expect(extend).toHaveBeenCalledTimes(1);
    expect(Object.keys(extend.mock.calls[0]?.[0] as object)).toEqual(Object.keys(fogcountMatchers));
  });

  it("refuses to load where there is no global expect, saying where to import it", async () => {
    vi.resetModules();
    await expect(import("../../src/testing/jest.js")).rejects.toMatchObject({
      code: "invalid-argument",
      message: expect.stringContaining("fogcount/testing/jest: there is no global expect to register the matchers with"),
    });
  });

  it("says what to do with injectGlobals false: extend the expect of @jest/globals", async () => {
    vi.resetModules();
    const error = await import("../../src/testing/jest.js").then(
      () => undefined,
      (e: unknown) => e as Error,
    );
    expect(error?.message).toContain("with injectGlobals: false");
    expect(error?.message).toContain("expect.extend(fogcountMatchers) with the expect from @jest/globals");
    expect(error?.message).toContain("fogcountMatchers from fogcount/testing, which needs fast-check");
  });
});
