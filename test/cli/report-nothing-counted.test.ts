// Unknown is not zero: when a report counts none of a group's waves or claims
// (every one deprecated, not yet public, or describing a later time), it says
// why there is no total, in text and JSON, and never gives a total of none.
import { afterAll, describe, expect, it } from "vitest";

import { fogcount, workspace } from "./run.js";

const ws = workspace();
afterAll(() => ws.done());

const flat = (text: string): string => text.replace(/\s+/g, " ");
const deployments = (text: string): string => flat(text.slice(text.indexOf("Deployments in all"), text.indexOf("Check findings")));

const mod = { originator: "mod" };
const indicator = { subject: "kp-forces-in-russia", measure: "deployed", unit: "person", aggregation: "flow" };
const people = (value: number) => ({ kind: "exact", value, unit: "person" });
const retracted = { kind: "deprecated", reason: "retracted" };
const claim = (id: string, value: number, status?: unknown) => ({ id, indicator, estimate: people(value), validTime: "2024-10", reportedAt: "2024-11-01", attribution: mod, ...(status !== undefined && { status }) });
// w-b is reported a day later: two waves of one originator for one period reported the same day may be one wave told twice
const wave = (id: string, value: number, claimId: string) => ({ id, from: "KP", to: "RU", category: "troops", size: people(value), period: "2024-10", reportedAt: id === "w-b" ? "2024-11-02" : "2024-11-01", attribution: mod, claim: claimId });

function dataset(name: string, claims: unknown[], waves: unknown[] = []): string {
  return ws.file(
    name,
    JSON.stringify({
      format: "fogcount-dataset/1",
      metadata: { title: "Nothing counted", licence: "CC0-1.0", maintainer: "desk", date: "2025-03-31" },
      sources: [{ id: "mod", kind: "ministry", name: "MoD", country: "GB" }],
      parties: [{ id: "kp", code: "KP", name: "North Korea" }, { id: "ru", code: "RU", name: "Russia" }],
      claims,
      deployments: waves,
    }),
  );
}

type Total = { estimate: unknown } | { refused: string; code: string };
const totals = (file: string, ...args: string[]): Total[] => (JSON.parse(fogcount(["report", file, ...args, "--format", "json"]).stdout) as { deployments: { total: Total }[] }).deployments.map((d) => d.total);

describe("a dataset's own waves, none of them counted", () => {
  const all = dataset("waves-retracted.json", [claim("a", 10000, retracted), claim("b", 2000, retracted)], [wave("w-a", 10000, "a"), wave("w-b", 2000, "b")]);
  const fine = dataset("waves.json", [claim("a", 10000), claim("b", 2000)], [wave("w-a", 10000, "a"), wave("w-b", 2000, "b")]);

  it("every wave on a deprecated claim: no total, unknown and not 0, and no total over time refused for another reason", () => {
    const text = deployments(fogcount(["report", all]).stdout);
    expect(text).toContain("No total: every wave is left out of it (each is named below), so the total is unknown, not 0.");
    expect(text).not.toContain("No total over time");
    expect(totals(all)).toEqual([{ refused: "every wave is left out of it (each is named below), so the total is unknown, not 0.", code: "no-waves" }]);
  });

  it("no wave public yet: says so rather than print nothing", () => {
    expect(deployments(fogcount(["report", fine, "--known", "2024-10-15"]).stdout)).toContain("No total: no wave of it was public yet on 15 October 2024, so the total is unknown, not 0.");
    expect(totals(fine, "--known", "2024-10-15")).toEqual([{ refused: "no wave of it was public yet on 15 October 2024, so the total is unknown, not 0.", code: "no-waves" }]);
  });

  it("no wave begun by the valid time: says that no wave had begun", () => {
    expect(deployments(fogcount(["report", fine, "--valid", "2024-09-30"]).stdout)).toContain("No total on 30 September 2024: no wave of troops had begun by 2024-09-30");
  });

  it("every asserted wave left out beside a planned wave: still unknown, not 0, never the internal phrase", () => {
    const plan = { ...wave("w-plan", 5000, "b"), modality: "planned" };
    const file = dataset("waves-plan.json", [claim("a", 10000, retracted), claim("b", 2000)], [wave("w-a", 10000, "a"), plan]);
    const text = deployments(fogcount(["report", file]).stdout);
    expect(text).toContain("No total: every wave is left out of it (each is named below), so the total is unknown, not 0.");
    expect(text).not.toContain("no wave with modality");
    expect(text).not.toContain("No total over time");
  });

  it("counts the waves that stand, as before", () => {
    expect(totals(fine)).toEqual([expect.objectContaining({ estimate: people(12000) })]);
    expect(deployments(fogcount(["report", fine]).stdout)).not.toContain("No total");
  });
});

describe("waves read from claims, none of them counted", () => {
  it("every claim deprecated: the group is shown with why there is no total, rather than left out", () => {
    const file = dataset("claims-retracted.json", [claim("a", 10000, retracted), claim("b", 2000, retracted)]);
    const text = deployments(fogcount(["report", file]).stdout);
    expect(text).toContain("kp-forces-in-russia · deployed — MoD");
    expect(text).toContain("No total: none of its claims counts, so the total is unknown, not 0. a is deprecated (retracted) and b is deprecated (retracted): a deprecated claim is not an assertion.");
    expect(totals(file)).toEqual([expect.objectContaining({ code: "no-waves" })]);
  });

  it("every claim describing a later time: says which", () => {
    const file = dataset("claims.json", [claim("a", 10000), claim("b", 2000, retracted)]);
    expect(deployments(fogcount(["report", file, "--valid", "2024-09-30"]).stdout)).toContain(
      "No total on 30 September 2024: none of its claims counts, so the total is unknown, not 0. b is deprecated (retracted): a deprecated claim is not an assertion. a describes a time beginning after 30 September 2024.",
    );
    // one claim that stands is counted on its own
    expect(totals(file)).toEqual([expect.objectContaining({ estimate: people(10000) })]);
  });
});

describe("waves read from claims, on the clocks asked about", () => {
  const at = (id: string, value: number, validTime: string, reportedAt: string, aggregation = "flow") => ({ ...claim(id, value), indicator: { ...indicator, aggregation }, validTime, reportedAt });
  const file = dataset("flows.json", [at("f1", 10000, "2024-10", "2024-12-01"), at("f2", 3000, "2025-02", "2025-03-01"), at("f3", 500, "2025-03", "2025-03-31", "increment")]);

  it("a flow under way on the --valid date counts as an unstated share of it, never dropped for an exact total", () => {
    const text = deployments(fogcount(["report", file, "--valid", "2025-02-15"]).stdout);
    expect(text).toContain("10,000–13,000 troops = 10,000 (MoD, October 2024) + up to 3,000");
    expect(text).toContain("Left out: f3 describes a time beginning after 15 February 2025.");
    expect(totals(file, "--valid", "2025-02-15")).toEqual([expect.objectContaining({ estimate: { kind: "range", low: 10000, high: 13000, unit: "person" } })]);
  });

  it("a flow whose end is unknown counts as under way once begun", () => {
    const open = dataset("flows-open.json", [at("f1", 10000, "2024-10", "2024-12-01"), at("f2", 3000, "2025-02/", "2025-03-01")]);
    expect(totals(open, "--valid", "2025-03-15")).toEqual([expect.objectContaining({ estimate: { kind: "range", low: 10000, high: 13000, unit: "person" } })]);
  });

  it("no claim public yet on the --known date: the group is shown with why there is no total", () => {
    const text = deployments(fogcount(["report", file, "--known", "2024-11-01"]).stdout);
    expect(text).toContain("No total: none of its claims counts, so the total is unknown, not 0. f1 and f2 and f3 were not yet public on 1 November 2024.");
    expect(totals(file, "--known", "2024-11-01")).toEqual([expect.objectContaining({ code: "no-waves" })]);
  });

  it("claims not yet public on the --known date are named as left out", () => {
    const text = deployments(fogcount(["report", file, "--known", "2025-01-01"]).stdout);
    expect(text).toContain("10,000 troops = 10,000 (MoD, October 2024)");
    expect(text).toContain("Left out: f2 and f3 were not yet public on 1 January 2025.");
  });
});
