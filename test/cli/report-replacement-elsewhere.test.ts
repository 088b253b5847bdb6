// fogcount report on a claim whose supersededBy names a claim of another
// indicator: its history cannot tell when the claim stopped being believed, so
// the history shows its figures and says why no figure is in force, instead of
// the command failing with an internal error.
import { afterAll, describe, expect, it } from "vitest";

import { fogcount, SEED_JSON, workspace } from "./run.js";

const ws = workspace();
afterAll(() => ws.done());

type Json = Record<string, unknown>;

const dataset = JSON.parse(SEED_JSON) as { claims: Json[] };
const [replaced, elsewhere] = ["nis-2025-04-casualties", "nis-2025-04-laborers"].map((id) => dataset.claims.find((c) => c["id"] === id));

describe("a replacement outside the claim's history", () => {
  it("is read from the seed dataset", () => {
    expect(replaced).toBeDefined();
    expect(elsewhere).toBeDefined();
  });

  it("gives a report whose history names the reason no figure is in force", () => {
    (replaced as Json)["status"] = { kind: "deprecated", reason: "replaced", supersededBy: "nis-2025-04-laborers" };
    const path = ws.file("elsewhere.json", JSON.stringify(dataset, null, 2));
    const run = fogcount(["report", path]);
    expect(run.stderr).not.toContain("internal error");
    expect(run.status).toBe(0);
    const text = run.stdout.replace(/\s+/g, " ");
    expect(text).toContain('No figure in force: history.claims[1].status.supersededBy names "nis-2025-04-laborers", which is not in its history');
    const json = JSON.parse(fogcount(["report", path, "--format", "json"]).stdout) as { indicators: { inForce: string | null; refused?: { code: string } }[] };
    const histories = json.indicators;
    expect(histories.filter((h) => h.refused !== undefined).map((h) => [h.inForce, h.refused?.code])).toEqual([[null, "invalid-history"]]);
  });
});
