// deploymentSeries sweeps the days once: its points, and the error it throws,
// are those of the straightforward series that asks which waves are in force
// on every day from scratch; and a long list of waves gives the right answers.
import fc from "fast-check";
import { describe, expect, it } from "vitest";

import { deploymentSeries } from "../../src/deployment/index.js";
import type { Deployment, DeploymentPoint } from "../../src/deployment/index.js";
import { stateAt, totalOf } from "../../src/deployment/in-force.js";
import { selectWaves } from "../../src/deployment/select.js";
import type { DeploymentSelection } from "../../src/deployment/select.js";
import { changeDays } from "../../src/deployment/sweep.js";
import { exact } from "../../src/index.js";
import { arbEstimate, arbWaves as kitWaves } from "../../src/testing/index.js";
import { deepFreeze } from "../helpers.js";
import { arbPeriod, drawnWave, iso, nis } from "./waves.js";

/** The series as it was written first: every wave looked at on every day, O(waves × days). */
function straightforward(deployments: readonly Deployment[], options?: DeploymentSelection): DeploymentPoint[] {
  const where = "deploymentSeries";
  const s = selectWaves(where, deployments, options, ["category", "modality"]);
  return changeDays(s).map(({ day, iso }) => {
    const contributions = stateAt(where, s, day, iso);
    const changes: { wave: string; event: "begins" | "completes" }[] = [];
    for (const w of s.counted) {
      if (w.start === day) changes.push({ wave: w.d.id, event: "begins" });
      if (w.end === day) changes.push({ wave: w.d.id, event: "completes" });
    }
    return { date: iso, estimate: totalOf(s, contributions), waves: contributions.map((c) => c.wave.d.id), changes };
  });
}

/** What a series gives: its points, or the code and message of what it throws. */
function outcome(series: () => DeploymentPoint[]): unknown {
  try {
    return { points: series() };
  } catch (e) {
    return { code: (e as { code?: string }).code, message: (e as Error).message };
  }
}


const period = arbPeriod(60, 20);

/**
 * Waves whose links need not agree with their dates: each may add to an
 * earlier wave or replace one to three earlier ones, dated before or after
 * them, planned or asserted, so that the series also throws (an increment
 * before its base, a replacement before its original, an increment on a
 * replaced wave, an increment without a counted base).
 */
const anyWaves: fc.Arbitrary<Deployment[]> = fc
  .array(
    fc.record({
      period,
      size: arbEstimate({ units: ["person"], max: 50_000, kinds: ["exact", "approx", "range", "atLeast", "atMost", "magnitude"] }),
      link: fc.constantFrom("none", "none", "adds", "replaces"),
      picks: fc.array(fc.nat(), { minLength: 1, maxLength: 3 }),
      planned: fc.boolean(),
    }),
    { minLength: 1, maxLength: 12 },
  )
  .map((specs) =>
    specs.map((spec, i): Deployment => {
      const targets = i === 0 ? [] : [...new Set(spec.picks.map((p) => `w${p % i}`))];
      return drawnWave(spec, i, spec.link, targets);
    }),
  );

const modalities = fc.constantFrom<DeploymentSelection["modality"]>(undefined, "planned", ["asserted", "planned"]);

describe("deploymentSeries gives what the straightforward series gives", () => {
  it("on waves whose links agree with their dates (the kit's arbWaves)", () => {
    fc.assert(
      fc.property(kitWaves({ maxLength: 12, from: "2024-01-01", to: "2024-06-30" }), modalities, (waves, modality) => {
        deepFreeze(waves);
        const options = modality === undefined ? {} : { modality };
        expect(outcome(() => deploymentSeries(waves, options))).toEqual(outcome(() => straightforward(waves, options)));
      }),
      { numRuns: 300 },
    );
  });

  it("on waves whose links and dates contradict each other, down to the error thrown", () => {
    const seen = new Set<string>();
    fc.assert(
      fc.property(anyWaves, modalities, (waves, modality) => {
        deepFreeze(waves);
        const options = modality === undefined ? {} : { modality };
        const expected = outcome(() => straightforward(waves, options));
        seen.add((expected as { code?: string }).code ?? "points");
        expect(outcome(() => deploymentSeries(waves, options))).toEqual(expected);
      }),
      { numRuns: 1000 },
    );
    // The runs reached answers and each error the days can give.
    for (const code of ["points", "increment-before-base", "replacement-before-original", "increment-on-replaced"]) expect(seen).toContain(code);
  });
});

describe("deploymentSeries of many waves", () => {
  /**
   * A base of 1,000 sent on the first day and never replaced, then a rotation
   * of `n` waves of one day each, two days apart, each replacing the one
   * before: on the day of wave k, the base and wave k are in force.
   */
  function rotation(n: number): Deployment[] {
    const wave = (id: string, size: number, day: number, replaces?: string): Deployment => ({
      id,
      from: "KP",
      to: "RU",
      category: "troops",
      size: exact(size, "person"),
      period: iso(day),
      reportedAt: "2100-01-01",
      attribution: { originator: nis },
      ...(replaces !== undefined && { replaces }),
    });
    return [wave("base", 1000, 0), ...Array.from({ length: n }, (_, k) => wave(`r${k}`, 100 + k, 1 + 2 * k, k === 0 ? undefined : `r${k - 1}`))];
  }

  it("gives every point of a rotation of 50,000 waves (a series that looked at every wave on every day would take minutes)", () => {
    const n = 50_000;
    const points = deploymentSeries(deepFreeze(rotation(n)));
    expect(points).toHaveLength(n + 1);
    expect(points[0]).toEqual({ date: iso(0), estimate: exact(1000, "person"), waves: ["base"], changes: [{ wave: "base", event: "begins" }, { wave: "base", event: "completes" }] });
    for (let k = 0; k < n; k++) {
      const p = points[k + 1] as DeploymentPoint;
      const id = `r${k}`;
      if (p.date !== iso(1 + 2 * k) || p.waves.length !== 2 || p.waves[1] !== id || p.changes.length !== 2 || JSON.stringify(p.estimate) !== JSON.stringify(exact(1100 + k, "person"))) {
        expect.fail(`point ${k + 1}: ${JSON.stringify(p)}`);
      }
    }
  });

  it("agrees with the straightforward series on a smaller rotation", () => {
    const waves = deepFreeze(rotation(300));
    expect(deploymentSeries(waves)).toEqual(straightforward(waves));
  });
});
