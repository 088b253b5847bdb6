// An unknown end ("2024/": it ends on a day not known) is not an open one ("2024/..": it
// runs on): under --valid, fogcount report never says that such a time ends after the date.
import { afterAll, describe, expect, it } from "vitest";

import { fogcount, SEED_JSON, workspace } from "./run.js";

const ws = workspace();
afterAll(() => ws.done());

/** The seed dataset with two entries in its ledger, one from 2024 to a day not known, one from 2024 on. */
function withEnds(): string {
  const dataset = JSON.parse(SEED_JSON) as { ledgers: { entries: Record<string, unknown>[] }[] };
  const entries = dataset.ledgers[0]?.entries as Record<string, unknown>[];
  const base = { from: "KP", to: "RU", stage: "delivered", evidence: "reported", attribution: { originator: "kr-nis" } };
  entries.push({ ...base, id: "to-a-day-not-known", category: "labor", item: "laborers", quantity: { kind: "approx", value: 15000, unit: "person" }, period: "2024/" });
  entries.push({ ...base, id: "running-on", category: "munitions", item: "shells", quantity: { kind: "exact", value: 5000, unit: "shell" }, period: "2024/.." });
  return JSON.stringify(dataset, null, 2);
}

describe("fogcount report --valid and an unknown end", () => {
  const path = ws.file("ends.json", withEnds());

  it("says of an unknown end that it may end after the date, and of an open one that it ends after it", () => {
    const run = fogcount(["report", path, "--valid", "2030"]);
    expect(run.status).toBe(0);
    const text = run.stdout.replace(/\s+/g, " ");
    expect(text).toContain("running-on, describing a time that ends after 2030");
    expect(text).toContain("to-a-day-not-known, describing a time whose end is not known (it may end after 2030, or not)");
    expect(text).not.toMatch(/to-a-day-not-known, running-on, describing a time that ends after/);
  });

  it("says so in JSON", () => {
    const report = JSON.parse(fogcount(["report", path, "--valid", "2030", "--format", "json"]).stdout) as { ledgers: { leftOut: { id: string; why: string }[] }[] };
    expect(report.ledgers[0]?.leftOut).toEqual(expect.arrayContaining([{ id: "to-a-day-not-known", why: "valid-end-unknown" }, { id: "running-on", why: "valid-later" }]));
  });

  it("says that a time starting after the date ends after it, whatever its end", () => {
    const report = JSON.parse(fogcount(["report", path, "--valid", "2023", "--format", "json"]).stdout) as { ledgers: { leftOut: { id: string; why: string }[] }[] };
    expect(report.ledgers[0]?.leftOut).toEqual(expect.arrayContaining([{ id: "to-a-day-not-known", why: "valid-later" }, { id: "running-on", why: "valid-later" }]));
  });
});

describe("a --valid or --known time with an unknown end", () => {
  it("is refused as ending on a day not known, not as having no last day", () => {
    const run = fogcount(["report", "--valid", "2025-01/"]);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/^fogcount report: --valid 2025-01\/ ends on a day not known \(an unknown end\): give a date or a closed period/);
  });
});

describe("fogcount report --known and a report time with no last day", () => {
  /** The seed dataset, its cash entry published at `date` and its waves reported at `reportedAt`. */
  function dated(date: string, reportedAt = "2025-04-30"): string {
    const dataset = JSON.parse(SEED_JSON) as { ledgers: { entries: Record<string, unknown>[] }[]; deployments: Record<string, unknown>[] };
    const entries = dataset.ledgers[0]?.entries as Record<string, unknown>[];
    const cash = entries.find((e) => e["evidence"] === "none-observed") as Record<string, unknown>;
    const { claims: _, ...rest } = cash;
    entries[entries.indexOf(cash)] = { ...rest, attribution: { originator: "kr-nis", publications: [{ outlet: "Yonhap", date }] } };
    for (const w of dataset.deployments) w["reportedAt"] = reportedAt;
    return JSON.stringify(dataset, null, 2);
  }

  it("is refused by fogcount check, for a publication and for a wave", () => {
    const run = fogcount(["check", ws.file("pub-check.json", dated("2025/", "2025-04/"))]);
    expect(run.status).toBe(1);
    expect(run.stdout).toMatch(/invalid-interval {2}nis-2024-autumn-deployed is reported at 2025-04\/, a time whose last day is not known/);
    expect(run.stdout).toMatch(/invalid-interval {2}ru-kp-cash-payments is published at 2025\/, a time whose last day is not known/);
  });

  it("never says it was not yet public: when it was cannot be told", () => {
    const text = fogcount(["report", ws.file("pub.json", dated("2025/", "2025-04/")), "--known", "9999"]).stdout.replace(/\s+/g, " ");
    expect(text).not.toContain("not yet public on 9999");
    expect(text).toContain("reported at a time with no last day or an unknown one, so whether it was public on 9999 cannot be told");
    expect(text).toContain("No total: no wave of it is known to have been public on 9999, so the total is unknown, not 0.");
  });

  it("says so in JSON", () => {
    const report = JSON.parse(fogcount(["report", ws.file("pub-json.json", dated("2025/..")), "--known", "2026", "--format", "json"]).stdout) as { ledgers: { leftOut: { id: string; why: string }[] }[] };
    expect(report.ledgers[0]?.leftOut).toContainEqual({ id: "ru-kp-cash-payments", why: "no-last-day" });
  });
});
