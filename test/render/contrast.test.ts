// Every text the charts draw is at least 7:1 on white, by the WCAG 2 formula.
import { describe, expect, it } from "vitest";

import { approx } from "../../src/estimate/constructors.js";
import { deployment } from "../../src/deployment/index.js";
import { nisBriefing2025CasualtiesApril, nisBriefing2025Deployments, nisBriefing2025Ledger } from "../../src/fixtures/index.js";
import { casualtyChart, deploymentChart, ledgerChart, revisionChart } from "../../src/render/index.js";
import { revisionHistory } from "../../src/revision/index.js";
import { casualtyClaim, gur, seedHistory } from "./data.js";
import { parseXml } from "./xml.js";
import type { Element } from "./xml.js";

/** The WCAG 2 relative luminance of a #rrggbb colour. */
function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255).map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  return 0.2126 * (r as number) + 0.7152 * (g as number) + 0.0722 * (b as number);
}

const contrast = (hex: string) => 1.05 / (luminance(hex) + 0.05);

/** The fill and stroke of every text element, inherited from its ancestors where it has none. */
function textColors(e: Element, inherited: Record<string, string> = {}): string[] {
  const own = { ...inherited };
  for (const k of ["fill", "stroke"]) if (e.attributes[k] !== undefined) own[k] = e.attributes[k] as string;
  const here = e.name === "text" ? Object.values(own).filter((c) => c !== "none") : [];
  return [...here, ...e.children.flatMap((c) => textColors(c, own))];
}

describe("text contrast", () => {
  const [autumn] = nisBriefing2025Deployments;
  const plan = deployment({ ...autumn!, id: "plan", modality: "planned", size: approx(6000, "person"), period: "2025-06/2025-08", reportedAt: "2025-05" });
  const many = Array.from({ length: 7 }, (_, n) => casualtyClaim(`c${n}`, approx(1000 + n, "person"), "2025-03", "2025-04-01", { attribution: { originator: { ...gur, id: `s${n}`, name: `Source ${n}` } } }));
  const charts = {
    revision: revisionChart(seedHistory, { known: "2025-04-30" }),
    originators: revisionChart(revisionHistory(many, { groupBy: "indicator" } as never)),
    deployment: deploymentChart([...nisBriefing2025Deployments, plan]),
    casualty: casualtyChart(nisBriefing2025CasualtiesApril, { reconcile: true }),
    ledger: ledgerChart(nisBriefing2025Ledger),
  };

  it("writes every text in a colour of at least 7:1 on white", () => {
    for (const [name, svg] of Object.entries(charts)) {
      const colors = new Set(textColors(parseXml(svg)));
      expect(colors.size, name).toBeGreaterThan(0);
      for (const c of colors) {
        expect(c, `${name}: a text colour`).toMatch(/^#[0-9a-f]{6}$/i);
        expect(contrast(c), `${name}: ${c} on white`).toBeGreaterThanOrEqual(7);
      }
    }
    expect(new Set(textColors(parseXml(charts.deployment)))).toContain("#8a3c06");
  });
});
