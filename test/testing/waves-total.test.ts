// What the JSDoc of arbWaves says deploymentTotal does with what it draws.
import fc from "fast-check";
import { describe, expect, it } from "vitest";

import { deploymentTotal } from "../../src/deployment/index.js";
import { arbWaves } from "../../src/testing/index.js";
import { thrown } from "../helpers.js";

describe("deploymentTotal on the lists arbWaves draws", () => {
  it("reads a list with an asserted wave, and a list of planned waves only when asked for planned ones", () => {
    const lists = fc.sample(arbWaves({ maxLength: 2 }), { numRuns: 400, seed: 11 });
    const plannedOnly = lists.filter((w) => w.every((d) => d.modality === "planned"));
    expect(plannedOnly.length).toBeGreaterThan(0);
    for (const waves of lists) {
      expect(deploymentTotal(waves, { modality: ["asserted", "planned"] }).estimate.unit).toBe("person");
      if (plannedOnly.includes(waves)) {
        expect(thrown(() => deploymentTotal(waves)).code).toBe("no-waves");
        expect(deploymentTotal(waves, { modality: "planned" }).estimate.unit).toBe("person");
      } else {
        expect(deploymentTotal(waves).estimate.unit).toBe("person");
      }
    }
  });

  it("reads every list drawn with planned false", () => {
    fc.assert(fc.property(arbWaves({ planned: false }), (waves) => deploymentTotal(waves).estimate.unit === "person"));
  });
});
