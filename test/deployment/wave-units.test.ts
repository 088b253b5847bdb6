// A total's working names what a wave counts when it is not people: "12,000 troops", but
// "15 t (acme:shells)" and "10 soldiers (troops)"; a wave of a namespaced category may count
// what it sends in any unit but money, and is explained without error.
import { describe, expect, it } from "vitest";

import { deploymentTotal } from "../../src/deployment/index.js";
import { explain } from "../../src/explain/index.js";
import { exact } from "../../src/index.js";
import { NIS, wave } from "./waves.js";

describe("the working of a total names its unit", () => {
  it.each([
    ["person", "troops", "15 troops = 10 (NIS, autumn 2024) + 5 (NIS, autumn 2024)"],
    ["soldier", "troops", "15 soldiers (troops) = 10 (NIS, autumn 2024) + 5 (NIS, autumn 2024)"],
    ["households", "acme:families", "15 households (acme:families) = 10 (NIS, autumn 2024) + 5 (NIS, autumn 2024)"],
    ["t", "acme:shells", "15 t (acme:shells) = 10 (NIS, autumn 2024) + 5 (NIS, autumn 2024)"],
    ["vehicle", "acme:vehicles", "15 vehicles (acme:vehicles) = 10 (NIS, autumn 2024) + 5 (NIS, autumn 2024)"],
  ])("%s of %s", (unit, category, text) => {
    const waves = [wave("a", { category, size: exact(10, unit) } as never), wave("b", { category, size: exact(5, unit), adds: "a" } as never)];
    expect(explain(deploymentTotal(waves), NIS)).toBe(`${text} (waves in force on 30 November 2024)`);
  });
});
