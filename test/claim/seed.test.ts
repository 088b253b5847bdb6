// The NIS briefing of April 2025 (shared seed), written as claims: every
// sentence that states a figure with a date or a source becomes one claim
// per figure, with the stated form, the verbatim text and both clocks.
import { describe, expect, it } from "vitest";

import { indicatorKey } from "../../src/claim/indicator-key.js";
import { ClaimSchema } from "../../src/claim/schema.js";
import type { Claim } from "../../src/claim/schema.js";
import { nisBriefing2025Claims, nisBriefing2025Sources, nisBriefing2025Unstated } from "../../src/fixtures/nis-2025.js";
import { lastRelay, originatorOf } from "../../src/provenance/chain.js";
import { resolveTimePhrase } from "../../src/text/time/index.js";
import { formatPeriod } from "../../src/time/edtf.js";
import { deepFreeze } from "../helpers.js";

const REPORTED = "2025-04-30";

describe("the NIS briefing of April 2025 as claims", () => {
  it("passes every claim through the schema unchanged", () => {
    expect(nisBriefing2025Claims).toHaveLength(16);
    for (const c of nisBriefing2025Claims) {
      const parsed = ClaimSchema.safeParse(c);
      expect(parsed.success, `${c.id}: ${JSON.stringify(parsed.error?.issues)}`).toBe(true);
      expect(parsed.data).toEqual(c);
    }
    expect(new Set(nisBriefing2025Claims.map((c) => c.id)).size).toBe(nisBriefing2025Claims.length);
    expect(nisBriefing2025Unstated).toHaveLength(4);
  });

  it("does not change when frozen, and names its sources", () => {
    expect(() => deepFreeze(nisBriefing2025Claims)).not.toThrow();
    expect(nisBriefing2025Sources.map((s) => s.id)).toEqual(["kr-nis", "kr-lee-seong-kweun", "us-intelligence", "kr-intelligence"]);
  });

  it("survives a JSON round trip", () => {
    expect(ClaimSchema.array().parse(JSON.parse(JSON.stringify(nisBriefing2025Claims)))).toEqual(nisBriefing2025Claims);
  });

  it("keeps the stated forms: no hedge dropped, the range and the magnitude as said", () => {
    const byId = new Map(nisBriefing2025Claims.map((c) => [c.id, c]));
    expect(byId.get("nis-2025-04-killed")?.estimate).toMatchObject({ kind: "approx", value: 600, hedge: "approximately" });
    expect(byId.get("nis-2024-autumn-deployed")?.estimate).toMatchObject({ kind: "range", low: 10_000, high: 12_000 });
    expect(byId.get("nis-kp-ru-exchange-value")?.estimate).toMatchObject({ kind: "magnitude", order: "billions" });
    expect(byId.get("nis-2023-early-deployed")?.validTime).toBe("2023-01/2023-04");
    expect(byId.get("nis-2025-q1-repatriated")?.validTime).toBe("2025-01/2025-03");
  });

  it("writes each valid time as the time room reads the article's words against the report date", () => {
    const byId = new Map(nisBriefing2025Claims.map((c) => [c.id, c]));
    const phrases: [string, string][] = [
      ["nis-2025-01-killed", "in January"],
      ["nis-2025-03-casualties", "in March"],
      ["nis-2025-q1-repatriated", "between January and March"],
      ["nis-2024-autumn-deployed", "in the previous fall"],
      ["nis-2023-early-deployed", "in early 2023"],
    ];
    for (const [id, phrase] of phrases) {
      const read = resolveTimePhrase(phrase, { reference: REPORTED });
      expect(read.ok, phrase).toBe(true);
      if (read.ok) expect(byId.get(id)?.validTime, phrase).toBe(formatPeriod(read.value));
    }
  });

  it("reads the April chain back: the NIS, relayed last by lawmaker Lee Seong Kweun", () => {
    const april = nisBriefing2025Claims[0] as Claim;
    expect(originatorOf(april.attribution).id).toBe("kr-nis");
    expect(lastRelay(april.attribution)).toMatchObject({ kind: "intermediary", source: { name: "Lee Seong Kweun" } });
  });

  it("groups the casualty revisions into one series, the killed figures into another, and the two waves apart", () => {
    const groups = new Map<string, string[]>();
    for (const c of nisBriefing2025Claims) groups.set(indicatorKey(c), [...(groups.get(indicatorKey(c)) ?? []), c.id]);
    expect(groups.get("kp-forces-in-russia|casualties|person|||kr-nis")).toEqual([
      "nis-2025-04-casualties",
      "nis-2025-03-casualties",
    ]);
    expect(groups.get("kp-forces-in-russia|killed|person|||kr-nis")).toEqual(["nis-2025-04-killed", "nis-2025-01-killed"]);
    // the autumn wave and the additional troops are a flow and an increment: two series, so one never revises the other
    expect(groups.get("kp-forces-in-russia|deployed|person|||kr-nis|flow|asserted")).toEqual(["nis-2024-autumn-deployed"]);
    expect(groups.get("kp-forces-in-russia|deployed|person|||kr-nis|increment|asserted")).toEqual(["nis-2023-early-deployed"]);
    expect(groups.get("kp-to-ru|ledger:supplied|conventional-weapon|||us-intelligence")).toHaveLength(1);
  });
});
