import { describe, expect, it } from "vitest";

import { add, multiply } from "../../src/estimate/arithmetic.js";
import { exact } from "../../src/estimate/constructors.js";

describe("multiply: compound units", () => {
  it("cancels one divisor, wherever it stands, and keeps the others", () => {
    expect(multiply(exact(6, "USD/person/day"), exact(3, "person")).unit).toBe("USD/day");
    expect(multiply(exact(3, "person"), exact(6, "USD/person/day")).unit).toBe("USD/day");
    expect(multiply(exact(6, "person/day/day"), exact(3, "day")).unit).toBe("person/day");
    expect(multiply(exact(6, "a/b/c"), exact(3, "b")).unit).toBe("a/c");
    expect(multiply(exact(6, "a/b/c"), exact(3, "c")).unit).toBe("a/b");
    expect(multiply(exact(6, "a/b"), exact(3, "b/a")).unit).toBe("1");
  });

  it("keeps a product that cancels nothing, or that it cannot read whole, as written", () => {
    expect(multiply(exact(6, "USD/day"), exact(3, "person")).unit).toBe("USD/day*person");
    expect(multiply(exact(6, "USD/(person/day)"), exact(3, "person")).unit).toBe("USD/(person/day)*person");
  });

  it("so a daily rate never adds to a stock", () => {
    expect(() => add(multiply(exact(6, "USD/person/day"), exact(3, "person")), exact(100, "USD"))).toThrow(/unit-mismatch|cannot combine/);
  });
});
