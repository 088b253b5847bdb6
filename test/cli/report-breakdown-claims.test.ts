// fogcount report and check on one originator's casualty claims read as a breakdown: the
// refusal names the total of the time asked, a day no figure describes gets the latest time
// with figures rather than a table of "not-reported", and check finds what the report finds.
import { afterAll, describe, expect, it } from "vitest";

import { fogcount, workspace } from "./run.js";

const ws = workspace();
afterAll(() => ws.done());
const flat = (text: string): string => text.replace(/\s+/g, " ");

const about = (value: number) => ({ kind: "approx", value, unit: "person" });
const claim = (id: string, measure: string, value: number, valid: string, includes?: string[]) => ({
  id,
  indicator: { subject: "kp-forces", measure, unit: "person", ...(includes !== undefined && { includes }) },
  estimate: about(value),
  validTime: valid,
  reportedAt: valid.length === 7 ? `${valid}-28` : valid,
  attribution: { originator: "kr-nis" },
});
const dataset = (claims: unknown[]) =>
  JSON.stringify({
    format: "fogcount-dataset/1",
    metadata: { title: "Desk figures", licence: "CC0-1.0", maintainer: "Data desk", date: "2025-06-30" },
    sources: [{ id: "kr-nis", kind: "intelligence-agency", name: "National Intelligence Service", country: "KR" }],
    parties: [],
    claims,
  });
const kw = ["killed", "wounded"];

describe("a breakdown read from claims", () => {
  it("names the total in force for the time asked when it does not list its parts", () => {
    ws.file("c7.json", dataset([claim("jan-cas", "casualties", 3000, "2025-01", kw), claim("apr-cas", "casualties", 4700, "2025-04-30"), claim("apr-killed", "killed", 600, "2025-04-30")]));
    const text = flat(fogcount(["report", "c7.json"], { cwd: ws.dir }).stdout);
    expect(text).toContain("No breakdown: the total apr-cas does not say which parts it counts");
    expect(text).not.toContain("the total jan-cas");
  });

  it("between report dates, gives the latest time with figures, and says so", () => {
    ws.file("c2.json", dataset([claim("jan-cas", "casualties", 3000, "2025-01", kw), claim("jan-killed", "killed", 300, "2025-01"), claim("mar-cas", "casualties", 4000, "2025-03", kw), claim("apr-cas", "casualties", 4700, "2025-04-30", kw)]));
    const text = flat(fogcount(["report", "c2.json", "--valid", "2025-02-10"], { cwd: ws.dir }).stdout);
    expect(text).toContain("kp-forces — National Intelligence Service, valid January 2025 (no figure describes 10 February 2025; the latest before it)");
    expect(text).toMatch(/total about 3,000 stated/);
    // a day a figure describes is read as before
    expect(flat(fogcount(["report", "c2.json", "--valid", "2025-04-30"], { cwd: ws.dir }).stdout)).toContain("kp-forces — National Intelligence Service, valid 30 April 2025 part");
  });

  it("with parts summing past the total fails check, as the report shows the error", () => {
    ws.file("c9.json", dataset([claim("apr-cas", "casualties", 4700, "2025-04-30", kw), claim("apr-killed", "killed", 600, "2025-04-30"), claim("apr-wounded", "wounded", 4500, "2025-04-30")]));
    const check = fogcount(["check", "c9.json"], { cwd: ws.dir });
    expect(check.status).toBe(1);
    expect(check.stdout).toContain("error  parts-exceed-total  apr-cas: killed (about 600) and wounded (about 4,500) sum to about 5,100");
    const report = flat(fogcount(["report", "c9.json"], { cwd: ws.dir }).stdout);
    expect(report).toContain("error parts-exceed-total: killed (about 600) and wounded (about 4,500) sum to about 5,100");
    expect(report).not.toContain("The lint rules find nothing");
  });
});
