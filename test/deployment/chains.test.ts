// Chains of increments cost what they are long: the replacements an increment
// inherits from its bases, and the findings about them, are those of the
// straightforward walks that followed every chain to its start (kept here
// as they were written), and a chain of 20,000 waves gives the right answers.
import fc from "fast-check";
import { describe, expect, it } from "vitest";

import { deploymentFindings, deploymentSeries, deploymentTotal } from "../../src/deployment/index.js";
import type { Deployment, DeploymentFinding } from "../../src/deployment/index.js";
import type { Wave } from "../../src/deployment/check.js";
import { checkWaves } from "../../src/deployment/check.js";
import { beforeFinding } from "../../src/deployment/findings.js";
import { stateAt, totalFigure } from "../../src/deployment/in-force.js";
import { selectWaves } from "../../src/deployment/select.js";
import type { DeploymentSelection, Selection } from "../../src/deployment/select.js";
import { changeDays, seriesPoints } from "../../src/deployment/sweep.js";
import { explain } from "../../src/explain/index.js";
import { exact } from "../../src/index.js";
import { arbEstimate, arbWaves as kitWaves } from "../../src/testing/index.js";
import { deepFreeze, thrown } from "../helpers.js";
import { arbPeriod, drawnWave, iso, nis } from "./waves.js";

/** The inheritance as it was first written: every increment walks its whole chain of bases, O(n²) on a chain. */
function oldInheritReplacements(counted: readonly Wave[], byId: ReadonlyMap<string, Wave>, replacedBy: Map<string, Wave[]>): void {
  for (const w of counted) {
    const inherited: Wave[] = [];
    for (let base = w.d.adds; base !== undefined; base = (byId.get(base) as Wave).d.adds) inherited.push(...(replacedBy.get(base) ?? []));
    const own = replacedBy.get(w.d.id) ?? [];
    const more = inherited.filter((r) => !own.includes(r));
    if (more.length > 0) replacedBy.set(w.d.id, [...own, ...more]);
  }
}

/**
 * The selection with its replacements made as they were first made. The old
 * walk listed a replacement once for every base of a base it reached it by
 * ("being replaced by r, r"); each is kept once here, where it first came.
 */
function oldSelect(where: string, deployments: unknown, options: (DeploymentSelection & { readonly asOf?: string }) | undefined, names: readonly string[]): Selection & { asOf: unknown } {
  const s = selectWaves(where, deployments, options, names);
  const replacedBy = new Map<string, Wave[]>();
  for (const w of s.counted) for (const id of w.replaces) if (s.countedIds.has(id)) replacedBy.set(id, [...(replacedBy.get(id) ?? []), w]);
  oldInheritReplacements(s.counted, s.byId, replacedBy);
  for (const [id, list] of replacedBy) replacedBy.set(id, [...new Set(list)]);
  return { ...s, replacedBy };
}

/** The findings as they were first found: every increment walks its chain and looks at every wave. */
function oldFindings(deployments: readonly Deployment[]): DeploymentFinding[] {
  const { waves, byId } = checkWaves("deploymentFindings", deployments);
  const out: DeploymentFinding[] = [];
  for (const w of waves) {
    for (const id of w.d.adds === undefined ? w.replaces : [w.d.adds]) {
      const other = byId.get(id) as Wave;
      if (other.start > w.start) out.push(beforeFinding(w.d, other.d));
    }
    if (w.d.adds === undefined) continue;
    const bases = new Set<string>();
    for (let b: string | undefined = w.d.adds; b !== undefined && !bases.has(b); b = byId.get(b)?.d.adds) bases.add(b);
    for (const r of waves.filter((r) => r.start <= w.start && !r.replaces.includes(w.d.id) && r.replaces.some((id) => bases.has(id)))) {
      const message = `${JSON.stringify(w.d.id)} (${w.d.period}) adds to ${JSON.stringify(w.d.adds)}, which ${JSON.stringify(r.d.id)} (${r.d.period}) had begun to replace before it: whether it adds to the replacement or went with what was replaced is not said; totals are refused from its start`;
      out.push({ code: "increment-on-replaced", severity: "warning", message, waves: [w.d.id, r.d.id] });
    }
  }
  return out;
}

/** What a call gives: its answer, or the code and message of what it throws. */
function outcome(f: () => unknown): unknown {
  try {
    return { value: f() };
  } catch (e) {
    return { code: (e as { code?: string }).code, message: (e as Error).message };
  }
}

/** The replacements of a selection as plain data: wave id → ids of its replacements, in order. */
const replacementIds = (s: Selection) => Object.fromEntries([...s.replacedBy].filter(([, l]) => l.length > 0).map(([id, l]) => [id, l.map((r) => r.d.id)]).sort());


const period = arbPeriod(40, 15);

/**
 * Waves given in any order whose links need not agree with their dates:
 * mostly chains (a wave adding to the one just before it, or to an earlier
 * one), with rotations replacing one to three waves, increments among them;
 * some planned, so that a counted increment may lack its base.
 */
const chainWaves: fc.Arbitrary<Deployment[]> = fc
  .record({
    specs: fc.array(
      fc.record({
        period,
        size: arbEstimate({ units: ["person"], max: 50_000, kinds: ["exact", "approx", "range", "atLeast", "atMost"] }),
        link: fc.constantFrom("none", "chain", "chain", "chain", "adds", "replaces"),
        picks: fc.array(fc.nat(), { minLength: 1, maxLength: 3 }),
        planned: fc.constantFrom(false, false, true),
      }),
      { minLength: 1, maxLength: 16 },
    ),
    order: fc.array(fc.nat(), { maxLength: 16 }),
  })
  .map(({ specs, order }) => {
    const waves = specs.map((spec, i): Deployment => {
      const targets = i === 0 ? [] : spec.link === "chain" ? [`w${i - 1}`] : [...new Set(spec.picks.map((p) => `w${p % i}`))];
      return drawnWave(spec, i, spec.link === "chain" ? "adds" : spec.link, targets);
    });
    // the list in another order: a base may come after its increments
    order.forEach((p, i) => {
      const j = p % waves.length;
      const k = i % waves.length;
      [waves[j], waves[k]] = [waves[k] as Deployment, waves[j] as Deployment];
    });
    return waves;
  });

const modalities = fc.constantFrom<DeploymentSelection["modality"]>(undefined, undefined, "planned", ["asserted", "planned"]);

/** The findings the old walk knew: `replaced-twice` and `possible-duplicate-wave` came after it. */
const withoutReplacedTwice = (found: readonly DeploymentFinding[]): DeploymentFinding[] => found.filter((f) => f.code !== "replaced-twice" && f.code !== "possible-duplicate-wave");

/** Totals on every change day and without a date, the series and the findings, from the selection `select` makes. */
function answers(waves: readonly Deployment[], modality: DeploymentSelection["modality"], select: typeof selectWaves) {
  const options = modality === undefined ? {} : { modality };
  const s = outcome(() => select("deploymentTotal", waves, options, ["category", "asOf", "modality"]));
  const selection = (s as { value?: Selection }).value;
  const totals =
    selection === undefined
      ? []
      : changeDays(selection).map(({ day, iso }) =>
          outcome(() => {
            const contributions = stateAt("deploymentTotal", selection, day, iso);
            return contributions.length === 0 ? "none" : explain(totalFigure(selection, contributions, day, iso), { format: "json" });
          }),
        );
  const series = outcome(() => {
    const t = select("deploymentSeries", waves, options, ["category", "modality"]);
    return seriesPoints("deploymentSeries", t, changeDays(t));
  });
  return { replacements: selection === undefined ? s : replacementIds(selection), totals, series };
}

describe("replacements along chains are those of the walk along every chain", () => {
  it("on chains, rotations and links that contradict the dates, in any order, down to the error thrown", () => {
    const seen = new Set<string>();
    fc.assert(
      fc.property(chainWaves, modalities, (waves, modality) => {
        deepFreeze(waves);
        const expected = answers(waves, modality, oldSelect);
        for (const t of [...expected.totals, expected.series]) seen.add((t as { code?: string }).code ?? "answer");
        // only FogcountErrors: a slip in the test itself would throw the same on both sides
        for (const t of [...expected.totals, expected.series]) expect("message" in (t as object) ? (t as { code?: string }).code : "answer").toBeDefined();
        expect(answers(waves, modality, selectWaves)).toEqual(expected);
        expect(outcome(() => withoutReplacedTwice(deploymentFindings(waves)))).toEqual(outcome(() => oldFindings(waves)));
      }),
      { numRuns: 600 },
    );
    for (const code of ["answer", "increment-before-base", "replacement-before-original", "increment-on-replaced"]) expect(seen).toContain(code);
  });

  it("on waves whose links agree with their dates (the kit's arbWaves)", () => {
    fc.assert(
      fc.property(kitWaves({ maxLength: 16, from: "2024-01-01", to: "2024-06-30" }), modalities, (waves, modality) => {
        deepFreeze(waves);
        expect(answers(waves, modality, selectWaves)).toEqual(answers(waves, modality, oldSelect));
        expect(withoutReplacedTwice(deploymentFindings(waves))).toEqual(oldFindings(waves));
      }),
      { numRuns: 300 },
    );
  });
});

/** A wave of troops of `size`, over `period`, with the links given. */
function troops(id: string, size: number, when: string, links: Pick<Deployment, "adds" | "replaces"> = {}): Deployment {
  return { id, from: "KP", to: "RU", category: "troops", size: exact(size, "person"), period: when, reportedAt: "2100-01-01", attribution: { originator: nis }, ...links };
}

/** 1,000 sent on the first day, then `n − 1` increments of 1, one a day, each adding to the one before. */
function chain(n: number): Deployment[] {
  return [troops("c0", 1000, iso(0)), ...Array.from({ length: n - 1 }, (_, k) => troops(`c${k + 1}`, 1, iso(k + 1), { adds: `c${k}` }))];
}

describe("a chain of increments whose start is replaced", () => {
  const waves = deepFreeze([...chain(3), troops("r", 2000, `${iso(10)}/${iso(40)}`, { replaces: "c0" })]);

  it("names each replacement once for each wave being replaced (the walk along every chain named it once a base: r, r)", () => {
    const text = explain(deploymentTotal(waves, { asOf: iso(20) }));
    expect(text.match(/being replaced by [^:]*:/g)).toEqual(Array(3).fill("being replaced by r:"));
  });

  it("totals a chain of 40 increments, whose replacements the walk listed 2^38 times", () => {
    const long = deepFreeze([...chain(40), troops("r", 2000, iso(50), { replaces: "c0" })]);
    expect(deploymentTotal(long).estimate).toEqual(exact(2000, "person"));
    expect(deploymentTotal(long, { asOf: iso(45) }).estimate).toEqual(exact(1039, "person"));
  });
});

describe("a chain of 20,000 increments (the walk along every chain took minutes)", () => {
  const n = 20_000;
  const waves = deepFreeze(chain(n));

  it("totals it", () => {
    expect(deploymentTotal(waves).estimate).toEqual(exact(1000 + n - 1, "person"));
    expect(deploymentTotal(waves, { asOf: iso(9) }).estimate).toEqual(exact(1009, "person"));
  });

  it("totals it replaced from its start, and finds, and refuses to total past, the increments that began after the replacement", () => {
    const start = n - 100;
    const replaced = deepFreeze([...waves, troops("r", 5, `${iso(start)}/${iso(n + 10)}`, { replaces: "c0" })]);
    expect(thrown(() => deploymentTotal(replaced))).toMatchObject({ code: "increment-on-replaced", details: { wave: `c${start}`, replacement: "r" } });
    expect(deploymentTotal(replaced, { asOf: iso(start - 1) }).estimate).toEqual(exact(1000 + start - 1, "person"));
    const findings = deploymentFindings(replaced);
    expect(findings).toHaveLength(n - start);
    expect(findings.every((f, k) => f.code === "increment-on-replaced" && f.waves[0] === `c${start + k}` && f.waves[1] === "r")).toBe(true);
  });

  it("gives the points of a shorter chain's series", () => {
    const points = deploymentSeries(deepFreeze(chain(2000)));
    expect(points).toHaveLength(2000);
    expect(points.at(-1)?.estimate).toEqual(exact(2999, "person"));
  });
});
