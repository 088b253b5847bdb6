import { describe, expectTypeOf, it } from "vitest";

import { add, exact, subtract, sumEstimates } from "../../src/index.js";
import type { Estimate } from "../../src/index.js";

describe("units in types", () => {
  it("keeps a literal unit through arithmetic", () => {
    expectTypeOf(add(exact(1, "USD"), exact(2, "USD")).unit).toEqualTypeOf<"USD">();
    expectTypeOf(sumEstimates([exact(1, "person"), exact(2, "person")]).unit).toEqualTypeOf<"person">();
  });

  it("does not compile when currencies are mixed", () => {
    // @ts-expect-error: EUR cannot be added to USD
    add(exact(1, "USD"), exact(2, "EUR"));
    // @ts-expect-error: person cannot be subtracted from shell
    subtract(exact(1, "shell"), exact(2, "person"));
  });

  it("accepts estimates whose unit is only known at run time", () => {
    const stored: Estimate = JSON.parse('{"kind":"exact","value":1,"unit":"USD"}') as Estimate;
    expectTypeOf(add(stored, stored)).toExtend<Estimate>();
  });
});
