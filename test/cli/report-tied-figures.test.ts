// fogcount report states no figure in force where one originator gave two different figures
// for one valid time, known at the same moment: which holds cannot be told, and taking the
// lowest id would be a silent pick. The same figure twice, overlapping figures, or a later
// report keep their figure in force.
import { afterAll, describe, expect, it } from "vitest";

import { fogcount, SEED_JSON, workspace } from "./run.js";

const ws = workspace();
afterAll(() => ws.done());

type Json = Record<string, unknown>;

/** The seed dataset with a second claim beside nis-2025-04-killed (approximately 600, reported 30 April 2025). */
function withTwin(id: string, twin: Json): string {
  const dataset = JSON.parse(SEED_JSON) as { claims: Json[] };
  const killed = dataset.claims.find((c) => c["id"] === "nis-2025-04-killed") as Json;
  dataset.claims.push({ ...killed, id, ...twin });
  return JSON.stringify(dataset, null, 2);
}

/** The part of a report's history of killed, on one line. */
function killed(text: string): string {
  const at = text.indexOf("kp-forces-in-russia · killed");
  return text.slice(at, text.indexOf("kp-forces-in-russia · wounded", at)).replace(/\s+/g, " ");
}

describe("two figures of one source for one valid time, known at one moment", () => {
  it.each([
    ["an id after it", "nis-2025-04-killed-b"],
    ["an id before it", "nis-2025-04-a-killed"],
  ])("state no figure in force, naming both (%s)", (_name, id) => {
    const run = fogcount(["report", ws.file(`${id}.json`, withTwin(id, { estimate: { kind: "exact", value: 700, unit: "person" } }))]);
    expect(run.status).toBe(0);
    const text = killed(run.stdout);
    expect(text).toContain("No single figure in force:");
    expect(text).toContain("approximately 600 people (nis-2025-04-killed)");
    expect(text).toContain(`700 people (${id})`);
    expect(text).toContain("simultaneous-conflict");
    expect(text).not.toContain("In force:");
  });

  it("say so in the JSON report, with both ids and no claim in force", () => {
    const run = fogcount(["report", "--format", "json", ws.file("tie-json.json", withTwin("nis-2025-04-killed-b", { estimate: { kind: "exact", value: 700, unit: "person" } }))]);
    const histories = (JSON.parse(run.stdout) as { indicators: Json[] }).indicators;
    const h = histories.find((d) => (d["claims"] as Json[]).some((c) => c["id"] === "nis-2025-04-killed-b")) as Json;
    expect(h["inForce"]).toBeNull();
    expect(h["tied"]).toEqual({ code: "simultaneous-conflict", claims: ["nis-2025-04-killed", "nis-2025-04-killed-b"] });
  });

  it.each([
    ["the same figure", { estimate: { kind: "approx", value: 600, unit: "person", hedge: "approximately" } }],
    ["figures that overlap", { estimate: { kind: "range", low: 550, high: 650, unit: "person" } }],
    ["a later report", { estimate: { kind: "exact", value: 700, unit: "person" }, reportedAt: "2025-05-02" }],
  ])("keep a figure in force when they are %s", (_name, twin) => {
    const text = killed(fogcount(["report", ws.file(`near-${_name.length}.json`, withTwin("nis-2025-04-killed-b", twin))]).stdout);
    expect(text).toContain("In force:");
    expect(text).not.toContain("No single figure");
  });
});
