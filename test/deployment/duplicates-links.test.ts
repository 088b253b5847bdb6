// Waves linked by adds, one of them dated before the wave it adds to, are
// still one linked group: they are not made possible duplicates of a wave of
// another originator they do not overlap, nor of one already counted as a
// possible repeat of their group, and the total's low end keeps them.
import { describe, expect, it } from "vitest";

import { deploymentFindings, deploymentTotal } from "../../src/deployment/index.js";
import type { Deployment } from "../../src/deployment/index.js";
import { exact } from "../../src/index.js";
import { deepFreeze } from "../helpers.js";

const spy = { id: "xx-spy", kind: "intelligence-agency", name: "Spy", country: "KR" } as const;
const news = { id: "xx-news", kind: "outlet", name: "News", country: "GB" } as const;
const wave = (id: string, period: string, by: typeof spy | typeof news, extra: Partial<Deployment> = {}): Deployment =>
  deepFreeze({ id, from: "KP", to: "RU", category: "troops", size: exact(1000, "person"), period, reportedAt: "2025-06-01", attribution: { originator: by }, ...extra });

const waves = (f: string): Deployment[] => [wave("a", "2024-10", spy), wave("d", "2024-10", news), wave("e", "2024-11", spy, { adds: "a" }), wave("f", f, spy, { adds: "e" })];

describe("an increment dated before its base, beside a wave of another originator", () => {
  it("only the wave of the other originator is a possible duplicate, beside the waves it overlaps", () => {
    const later = deploymentFindings(waves("2024-12")).filter((x) => x.code === "possible-duplicate-wave");
    expect(later.map((x) => x.waves)).toEqual([["a", "d"]]);
    expect(later[0]?.message).toContain('"a" (xx-spy, 2024-10) and "d" (xx-news, 2024-10) may report one wave of KP→RU troops twice');
    const before = deploymentFindings(waves("2024")).filter((x) => x.code === "possible-duplicate-wave");
    // e (November) does not overlap d; f (all 2024) does, and is linked to a: not called unlinked
    expect(before.map((x) => x.waves)).toEqual([["a", "d", "f"]]);
    expect(before[0]?.message).toContain("no link (adds or replaces) joins a wave of one originator to the other's it may repeat, so a total counts \"d\" as anywhere from none to all of its size");
    expect(before[0]?.message).not.toContain("none adds to or replaces another");
  });

  it("the total counts every linked wave in full once all are complete, whatever their order", () => {
    expect(deploymentTotal(waves("2024"), { asOf: "2025-06-01" }).estimate).toEqual({ kind: "range", low: 3000, high: 4000, unit: "person" });
    expect(deploymentTotal(waves("2024-12"), { asOf: "2025-06-01" }).estimate).toEqual({ kind: "range", low: 3000, high: 4000, unit: "person" });
  });

  it("still reports the increment dated before its base", () => {
    expect(deploymentFindings(waves("2024")).map((x) => x.code)).toContain("increment-before-base");
  });

  it("a wave already doubted of a linked group does not make a later wave of that group doubtful in turn", () => {
    const list = [wave("x", "2024-10", spy), wave("long", "2024", news), wave("y", "2024-12", spy, { adds: "x" })];
    expect(deploymentTotal(list, { asOf: "2025-06-01" }).estimate).toEqual({ kind: "range", low: 2000, high: 3000, unit: "person" });
  });
});
