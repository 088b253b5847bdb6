import { describe, expect, it } from "vitest";

import { approx, atLeast, range } from "../../src/estimate/constructors.js";
import { nisBriefing2025CasualtiesApril, nisBriefing2025CasualtiesJanuary, nisBriefing2025Deployments, nisBriefing2025Ledger } from "../../src/fixtures/index.js";
import { deployment } from "../../src/deployment/index.js";
import { balance, ledger, summarizeLedger } from "../../src/ledger/index.js";
import { casualtyChart, deploymentChart, ledgerChart, revisionChart } from "../../src/render/index.js";
import { revisionHistory } from "../../src/revision/index.js";
import { deepFreeze } from "../helpers.js";
import { casualtiesApril, casualtiesMarch, casualtyClaim, entry, exact, gur, outlet, PARTIES, seedHistory } from "./data.js";
import { byClass, elements, geometry, parseXml, textOf } from "./xml.js";
import type { Element } from "./xml.js";

/** The chart as a checked document: well-formed, accessible, sized, and its parts. */
function read(svg: string): { root: Element; title: string; desc: string } {
  const root = parseXml(svg);
  expect(root.name).toBe("svg");
  expect(root.attributes["xmlns"]).toBe("http://www.w3.org/2000/svg");
  expect(root.attributes["role"]).toBe("img");
  expect(root.attributes["viewBox"]).toMatch(/^0 0 \d+(\.\d+)? \d+(\.\d+)?$/);
  expect(Number(root.attributes["width"])).toBeGreaterThan(0);
  expect(Number(root.attributes["height"])).toBeGreaterThan(0);
  const [titleId, descId] = (root.attributes["aria-labelledby"] ?? "").split(" ");
  const title = root.children[0] as Element;
  const desc = root.children[1] as Element;
  expect([title.name, title.attributes["id"]]).toEqual(["title", titleId]);
  expect([desc.name, desc.attributes["id"]]).toEqual(["desc", descId]);
  for (const g of geometry(root)) expect(g.value, g.name).not.toMatch(/NaN|Infinity|undefined/);
  // every id is unique, and every url(#…) names one of them
  const ids = elements(root).map((e) => e.attributes["id"]).filter((id) => id !== undefined);
  expect(new Set(ids).size).toBe(ids.length);
  for (const e of elements(root)) for (const v of Object.values(e.attributes)) for (const m of v.matchAll(/url\(#([^)]+)\)/g)) expect(ids).toContain(m[1]);
  return { root, title: title.text, desc: desc.text };
}

const figures = (root: Element, role?: string) => byClass(root, "figure", ...(role === undefined ? [] : [role]));

describe("revisionChart", () => {
  it("draws the seed history: three figures in force, two revisions, and says each in its description", () => {
    const { root, title, desc } = read(revisionChart(seedHistory));
    expect(title).toBe("Revisions: casualties of kp-forces-in-russia");
    expect(figures(root, "in-force").map((f) => f.attributes["data-claim"])).toEqual(["nis-2025-01-casualties", "nis-2025-03-casualties", "nis-2025-04-casualties"]);
    expect(byClass(root, "revisions")[0]?.children.length).toBe(4); // two arrows, each a line and a head
    expect(desc).toContain("National Intelligence Service: about 3,000 for January 2025 (reported January 2025), then revised up to 4,000 for March 2025");
    expect(desc).toContain("then revised up to an estimated 4,700 for 30 April 2025");
  });

  it("shows only what was known at the knowledge time", () => {
    const then = read(revisionChart(seedHistory, { known: "2025-03-31" }));
    expect(figures(then.root).map((f) => f.attributes["data-claim"])).toEqual(["nis-2025-01-casualties", "nis-2025-03-casualties"]);
    expect(then.desc).not.toContain("4,700");
    expect(textOf(then.root)).not.toContain("4.7k");
    expect(textOf(then.root)).toContain("As known at 31 March 2025");
    const before = read(revisionChart(seedHistory, { known: "2024-12-31" }));
    expect(figures(before.root)).toEqual([]);
    expect(textOf(before.root)).toContain("No figure known by 31 December 2024");
    expect(before.desc).toContain("No figure was known by 31 December 2024.");
  });

  it("marks a figure replaced by a later report for the same valid time, with an arrow to its replacement, as it stood then", () => {
    const first = casualtyClaim("gur-1", range(5000, 6000, "person"), "2025-03", "2025-04-10");
    const second = casualtyClaim("gur-2", range(5500, 6500, "person"), "2025-03", "2025-04-20");
    const [h] = revisionHistory([first, second]);
    const now = read(revisionChart(h!));
    expect(figures(now.root, "superseded").map((f) => f.attributes["data-claim"])).toEqual(["gur-1"]);
    expect(figures(now.root, "in-force").map((f) => f.attributes["data-claim"])).toEqual(["gur-2"]);
    // two ranges: the revision is marked above the plot, at no value
    expect(byClass(now.root, "revisions")[0]?.children.map((c) => c.attributes["class"])).toEqual(["revision-unvalued"]);
    expect(now.desc).toContain("earlier reports, since replaced: 5,000–6,000 for March 2025 (reported 10 April 2025)");
    const then = read(revisionChart(h!, { known: "2025-04-15" }));
    expect(figures(then.root, "in-force").map((f) => f.attributes["data-claim"])).toEqual(["gur-1"]);
  });

  it("draws a restatement hollow, in its original's series, and a withdrawn figure struck", () => {
    const restated = casualtyClaim("acme-1", atLeast(4500, "person", { strict: true }), "2025-04-30", "2025-05-02", { attribution: { originator: outlet }, restates: casualtiesApril.id });
    const withdrawn = casualtyClaim("nis-retracted", exact(9000, "person"), "2025-02", "2025-02", { attribution: casualtiesApril.attribution, status: { kind: "deprecated", reason: "retracted" } });
    const [h] = revisionHistory([casualtiesMarch, casualtiesApril, restated, withdrawn]);
    const { root, desc } = read(revisionChart(h!));
    const [r] = figures(root, "restatement");
    expect(r?.attributes["data-unbounded"]).toBe("data-unbounded");
    expect(elements(r!).some((e) => e.name === "path" && e.attributes["fill"] === "#ffffff")).toBe(true);
    expect(figures(root, "withdrawn").map((f) => f.attributes["data-claim"])).toEqual(["nis-retracted"]);
    expect(desc).toContain("restated: more than 4,500 for 30 April 2025 (reported 2 May 2025) by Acme News");
    expect(desc).toContain("withdrawn: 9,000 for February 2025");
    expect(textOf(root)).toContain("hollow: restated by an outlet");
  });

  it("gives each originator a series with its own marker shape and dash, not only its own colour", () => {
    const other = casualtyClaim("gur-1", range(5000, 6000, "person"), "2025-03", "2025-04-10");
    const [both] = revisionHistory([casualtiesMarch, casualtiesApril, other], { groupBy: "indicator" });
    const { root } = read(revisionChart(both!));
    const legend = byClass(root, "legend")[0] as Element;
    const swatches = legend.children.slice(0, 2).map((g) => elements(g).filter((e) => e.name === "path").map((e) => [e.attributes["stroke-dasharray"] ?? "", e.attributes["d"]?.includes("A") ?? false]));
    expect(swatches[0]).not.toEqual(swatches[1]);
    expect(textOf(legend)).toContain("National Intelligence Service");
    expect(textOf(legend)).toContain("Ukrainian military intelligence");
    // the same chart from two histories, one per originator
    const split = revisionHistory([casualtiesMarch, casualtiesApril, other]);
    expect(figures(read(revisionChart(split)).root).length).toBe(3);
  });

  it("escapes names from the data: a source called <script> is text, never markup", () => {
    const evil = { ...gur, id: "evil", name: '<script>alert("x")</script> & <b>' };
    const c = casualtyClaim("evil-1", approx(100, "person"), "2025-03", "2025-04-01", { attribution: { originator: evil } });
    const svg = revisionChart(revisionHistory([c])[0]!, { title: "<img src=x onerror=alert(1)>" });
    expect(svg).not.toContain("<script");
    expect(svg).not.toContain("<img");
    const { root, title, desc } = read(svg);
    expect(elements(root).some((e) => ["script", "b", "img"].includes(e.name))).toBe(false);
    expect(title).toBe("<img src=x onerror=alert(1)>");
    expect(desc).toContain('<script>alert("x")</script> & <b>: about 100');
  });

  it("writes the same string for the same history, read back from JSON too, and another id for another chart", () => {
    const a = revisionChart(seedHistory);
    expect(revisionChart(seedHistory)).toBe(a);
    expect(revisionChart(JSON.parse(JSON.stringify(seedHistory)))).toBe(a);
    expect(a).toMatch(/aria-labelledby="fogcount-revision-[0-9a-z]+-title fogcount-revision-[0-9a-z]+-desc"/);
    const b = revisionChart(seedHistory, { known: "2025-03-31" });
    expect(b.match(/id="([^"]+)-title"/)?.[1]).not.toBe(a.match(/id="([^"]+)-title"/)?.[1]);
    expect(revisionChart(seedHistory, { id: "casualties" })).toContain('aria-labelledby="casualties-title casualties-desc"');
  });

  it("draws an estimate with no upper bound as an arrow to the top of the axis, within the axis", () => {
    const c = casualtyClaim("open", atLeast(1000, "person"), "2025-03", "2025-04-01");
    const { root } = read(revisionChart(revisionHistory([c])[0]!));
    const [f] = figures(root);
    expect(f?.attributes["data-unbounded"]).toBe("data-unbounded");
    expect(f?.attributes["data-high"]).toBeUndefined();
    const axis = byClass(root, "axis-value")[0] as Element;
    expect(Number(axis.attributes["data-high"])).toBeGreaterThanOrEqual(1000);
    expect(textOf(root)).toContain("arrow up: no upper bound");
  });
});

describe("deploymentChart", () => {
  it("draws the seed's total as steps, and the days whose waves' dates contradict their links as one gap with the reason, never zero", () => {
    const { root, title, desc } = read(deploymentChart(nisBriefing2025Deployments));
    expect(title).toBe("Deployed: troops, KP to RU");
    const gaps = byClass(root, "step", "gap");
    expect(gaps.map((g) => g.attributes["data-from"])).toEqual(["2023-01-01"]);
    expect(gaps[0]?.attributes["data-low"]).toBeUndefined();
    const steps = byClass(root, "step").filter((s) => !byClass(s, "gap").length);
    expect(steps.map((s) => [s.attributes["data-from"], s.attributes["data-low"], s.attributes["data-high"]])).toEqual([
      ["2024-09-01", "3000", "15000"],
      ["2024-11-30", "13000", "15000"],
    ]);
    expect(desc).toContain("no total is given: on 2023-01-01");
    expect(desc).toContain("From 30 November 2024 on: about 13,000–15,000");
  });

  it("draws a planned wave apart, dashed, and never adds it to the asserted total", () => {
    const [autumn] = nisBriefing2025Deployments;
    const plan = deployment({ ...autumn!, id: "plan", modality: "planned", size: approx(6000, "person"), period: "2025-06/2025-08", reportedAt: "2025-05" });
    const without = read(deploymentChart([autumn!]));
    const withPlan = read(deploymentChart(deepFreeze([autumn!, plan])));
    const bounds = (root: Element) => byClass(root, "step").map((s) => [s.attributes["data-low"], s.attributes["data-high"]]);
    expect(bounds(withPlan.root)).toEqual(bounds(without.root));
    const [p] = byClass(withPlan.root, "plan", "planned");
    expect(p?.attributes["data-wave"]).toBe("plan");
    expect(elements(p!).some((e) => e.attributes["stroke-dasharray"] === "6 4")).toBe(true);
    expect(withPlan.desc).toContain("Planned, not added to the total: about 6,000 for June–August 2025 (plan).");
  });

  it("draws a wave whose claim is a plan as a plan, as totals leave it out", () => {
    const [autumn] = nisBriefing2025Deployments;
    const onPlan = deployment({ ...autumn!, id: "on-plan", claim: "c-plan", claimModality: "planned", size: approx(6000, "person"), period: "2025-06/2025-08", reportedAt: "2025-05" });
    const without = read(deploymentChart([autumn!]));
    const withPlan = read(deploymentChart([autumn!, onPlan]));
    const bounds = (root: Element) => byClass(root, "step").map((s) => [s.attributes["data-low"], s.attributes["data-high"]]);
    expect(bounds(withPlan.root)).toEqual(bounds(without.root));
    expect(byClass(withPlan.root, "plan", "planned").map((p) => p.attributes["data-wave"])).toEqual(["on-plan"]);
  });

  it("draws plans alone when no wave is asserted", () => {
    const [autumn] = nisBriefing2025Deployments;
    const plan = deployment({ ...autumn!, id: "plan", modality: "projected" });
    const { root, desc } = read(deploymentChart([plan]));
    expect(byClass(root, "step")).toEqual([]);
    expect(byClass(root, "plan", "projected").length).toBe(1);
    expect(desc).toContain("No wave is asserted.");
  });
});

describe("casualtyChart", () => {
  it("labels what the source does not give as such, and draws no bar for it", () => {
    const { root, desc } = read(casualtyChart(nisBriefing2025CasualtiesApril));
    const rows = byClass(root, "row");
    expect(rows.map((r) => [r.attributes["data-field"], r.attributes["class"]])).toEqual([
      ["killed", "row figure"],
      ["wounded", "row not-reported"],
      ["missing", "row not-reported"],
      ["captured", "row not-reported"],
      ["total", "row figure"],
    ]);
    for (const r of byClass(root, "row", "not-reported")) {
      expect(textOf(r)).toContain("not reported");
      expect(byClass(r, "bar")).toEqual([]);
      expect(elements(r).filter((e) => e.name === "rect").every((e) => e.attributes["fill"] === "#ffffff")).toBe(true);
    }
    expect(desc).toBe("Casualty breakdown, in people; the total counts killed and wounded. Killed: approximately 600. Wounded: not reported. Missing: not reported. Captured: not reported. Total: an estimated 4,700.");
  });

  it("labels unknown and none observed, distinct from each other and from zero", () => {
    const b = { ...nisBriefing2025CasualtiesJanuary, missing: "unknown", captured: "none-observed", total: exact(0, "person"), includes: ["missing"], claims: undefined };
    const { root } = read(casualtyChart(deepFreeze(b) as never));
    expect(textOf(byClass(root, "row", "unknown")[0]!)).toContain("unknown: said to exist, not counted");
    expect(textOf(byClass(root, "row", "none-observed")[0]!)).toContain("none observed (not a count of zero)");
    // a stated zero is a figure: a bar of no length, with its value written
    const zero = byClass(root, "row", "figure").find((r) => r.attributes["data-field"] === "total")!;
    expect(byClass(zero, "bar")[0]?.attributes["data-high"]).toBe("0");
  });

  it("draws what reconcileCasualties derives cross-hatched, labelled derived", () => {
    const { root, desc } = read(casualtyChart(nisBriefing2025CasualtiesApril, { reconcile: true }));
    expect(byClass(root, "bar", "derived").length).toBe(1);
    expect(textOf(root)).toContain("derived: about 4,100");
    expect(desc).toContain("Wounded: derived, about 4,100.");
  });

  it("draws the range an estimate allows within its axis, and one with no upper bound to the edge", () => {
    const b = { ...nisBriefing2025CasualtiesJanuary, killed: range(500, 700, "person", { best: 600 }), wounded: atLeast(2000, "person"), claims: undefined };
    const { root } = read(casualtyChart(b as never));
    const axis = byClass(root, "axis-value")[0] as Element;
    const bars = byClass(root, "bar");
    expect(bars.map((x) => [x.attributes["data-low"], x.attributes["data-high"] ?? "unbounded"])).toEqual([["500", "700"], ["2000", "unbounded"]]);
    expect(Number(axis.attributes["data-high"])).toBeGreaterThanOrEqual(2000);
  });
});

describe("ledgerChart", () => {
  it("draws both directions of the seed by category and stage, cash payments as none observed with no bar", () => {
    const { root, title, desc } = read(ledgerChart(nisBriefing2025Ledger));
    expect(title).toBe("Exchange between North Korea and Russia");
    expect(byClass(root, "row").map((r) => r.attributes["data-category"])).toEqual(["cash", "labor", "munitions", "personnel", "technology", "weapon-systems"]);
    const [none] = byClass(root, "side", "none-observed");
    expect(textOf(none!)).toContain("none observed: cash payments");
    expect(elements(none!).filter((e) => e.name === "rect").every((e) => e.attributes["fill"] === "#ffffff")).toBe(true);
    expect(desc).toContain("weapon-systems (delivered): 1 entry (1 alleged), quantity unknown for 1, value unknown for 1");
    expect(desc).toContain("Valued as a whole, never added to any entry: military supplies exchanged: billions (currency not named).");
  });

  it("draws money and an index on separate axes, never one", () => {
    const l = ledger({
      parties: PARTIES,
      entries: [
        entry("a", { value: { estimate: range(1e9, 2e9, "USD"), basis: "stated" } }),
        entry("b", { value: { estimate: exact(250, "SIPRI-TIV-million"), basis: "index", reference: "SIPRI TIV" } }),
        entry("c", { from: "RU", to: "KP", value: { estimate: exact(3e8, "USD"), basis: "stated" } }),
      ],
    });
    const { root } = read(ledgerChart(l));
    const panels = byClass(root, "panel", "value");
    expect(panels.map((p) => [p.attributes["class"], p.attributes["data-unit"]])).toEqual([
      ["panel value money", "USD"],
      ["panel value index", "SIPRI-TIV-million"],
    ]);
    expect(textOf(panels[1]!)).toContain("an index, not money");
    expect(textOf(panels[0]!)).not.toContain("250");
  });

  it("draws a ledger, its summary and its balance alike", () => {
    const a = ledgerChart(nisBriefing2025Ledger);
    expect(ledgerChart(summarizeLedger(nisBriefing2025Ledger))).toBe(a);
    expect(ledgerChart(balance(nisBriefing2025Ledger))).toBe(a);
    expect(ledgerChart(JSON.parse(JSON.stringify(balance(nisBriefing2025Ledger))))).toBe(a);
  });

  it("is as tall as its rows, and scaled into a height given", () => {
    const { root } = read(ledgerChart(nisBriefing2025Ledger));
    expect(root.attributes["viewBox"]).toBe(`0 0 760 ${root.attributes["height"]}`);
    const scaled = read(ledgerChart(nisBriefing2025Ledger, { height: 400, width: 600 })).root;
    expect([scaled.attributes["width"], scaled.attributes["height"]]).toEqual(["600", "400"]);
  });
});

describe("the examples of the charts' documentation", () => {
  it("give the results they say", () => {
    const rev = revisionChart(seedHistory, { known: "2025-03-31" });
    expect(rev.startsWith('<svg xmlns="http://www.w3.org/2000/svg" width="640" height="400"')).toBe(true);
    expect(rev.match(/<g class="figure in-force"/g)?.length).toBe(2);
    const dep = deploymentChart(nisBriefing2025Deployments);
    expect(dep.match(/<g class="step"/g)?.length).toBe(2);
    expect(dep.match(/<g class="step gap"/g)?.length).toBe(1);
    expect(casualtyChart(nisBriefing2025CasualtiesApril).match(/<g class="row not-reported"/g)?.length).toBe(3);
    expect(casualtyChart(nisBriefing2025CasualtiesApril, { reconcile: true }).includes("derived: about 4,100")).toBe(true);
    const led = ledgerChart(nisBriefing2025Ledger);
    expect(led.match(/<g class="row"/g)?.length).toBe(6);
    expect(led.includes("none observed: cash payments")).toBe(true);
  });
});
