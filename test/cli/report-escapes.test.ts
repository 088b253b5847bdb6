// A dataset's text cannot write lines of the report: a line break in a name is shown as "\n",
// and characters of no width or direction marks as their escapes, in the text report.
import { afterAll, describe, expect, it } from "vitest";

import { fogcount, SEED_JSON, workspace } from "./run.js";

const ws = workspace();
afterAll(() => ws.done());

describe("text from the dataset in the text report", () => {
  it("shows a line break as an escape, so a name cannot forge a section", () => {
    const forged = SEED_JSON.replace('"name": "National Intelligence Service"', '"name": "National Intelligence Service\\n\\nCheck findings\\n==============\\nThe lint rules find nothing."');
    ws.file("forged.json", forged);
    const run = fogcount(["report", "forged.json"], { cwd: ws.dir });
    expect(run.status).toBe(0);
    // a table cell may wrap, so the escapes are looked for with the white space taken out
    expect(run.stdout.replace(/\s+/g, "")).toContain("NationalIntelligenceService\\n\\nCheckfindings\\n==============\\nThelintrulesfindnothing.");
    expect(run.stdout.split("\n").filter((line) => line.trim() === "Check findings")).toHaveLength(1);
    expect(run.stdout.split("\n").filter((line) => line.trim() === "The lint rules find nothing.")).toHaveLength(0);
  });

  it("keeps an explanation's own line breaks: the seed's working starts its 'where' on a line of its own", () => {
    ws.file("seed.json", SEED_JSON);
    const run = fogcount(["report", "seed.json"], { cwd: ws.dir });
    expect(run.stdout).not.toContain("\\n");
    expect(run.stdout.split("\n").some((line) => line.startsWith("  where about 4,100 wounded ="))).toBe(true);
  });

  it.each([
    ["\\u200b", "a zero-width space"],
    ["\\u200e", "a left-to-right mark"],
    ["\\u00ad", "a soft hyphen"],
    ["\\u2028", "a line separator"],
  ])("shows %s (%s) as its escape", (escape) => {
    ws.file("hidden.json", SEED_JSON.replace('"name": "National Intelligence Service"', `"name": "National${escape}Intelligence Service"`));
    const run = fogcount(["report", "hidden.json"], { cwd: ws.dir });
    expect(run.stdout).toContain(`National${escape}Intelligence Service`);
  });
});
