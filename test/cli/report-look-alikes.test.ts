// fogcount report on a dataset with a claim whose unit, subject or scope looks like another
// claim's but for an invisible or full-width character: the report is printed, reading the
// two as the check does (two series), instead of stopping with an internal error.
import { afterAll, describe, expect, it } from "vitest";

import { fogcount, SEED_JSON, workspace } from "./run.js";

const ws = workspace();
afterAll(() => ws.done());

type Json = Record<string, unknown>;

describe("look-alike texts in an indicator", () => {
  it.each([
    ["unit", "person\u200b"],
    ["unit", "\uff50\uff45\uff52\uff53\uff4f\uff4e"],
    ["subject", "kp-forces-in-russia\u200b"],
    ["scope", "x\u200b"],
  ])("a %s written %j", (field, text) => {
    const dataset = JSON.parse(SEED_JSON) as { claims: Json[] };
    const first = dataset.claims[0] as Json & { indicator: Json; estimate: Json };
    const copy = { ...first, id: "look-alike", indicator: { ...first.indicator, [field]: text }, estimate: field === "unit" ? { ...first.estimate, unit: text } : first.estimate };
    dataset.claims.push(copy);
    if (field === "scope") dataset.claims.push({ ...first, id: "plain-scope", indicator: { ...first.indicator, scope: "x" } });
    const run = fogcount(["report", ws.file(`${field}-${dataset.claims.length}-${text.length}.json`, JSON.stringify(dataset, null, 2))]);
    expect(run.stderr).not.toContain("internal error");
    expect(run.status).toBe(0);
    expect(run.stdout).toContain("Check findings");
  });
});
