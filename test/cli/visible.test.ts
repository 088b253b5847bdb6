// Control characters from a dataset or an article are printed as escapes, so
// that a file cannot recolour, clear or reorder the reader's terminal.
import { afterAll, describe, expect, it } from "vitest";

import { paint } from "../../src/cli/io.js";
import { reportText } from "../../src/cli/report/document.js";
import type { ReportDocument } from "../../src/cli/report/document.js";
import { jsonText, visible } from "../../src/cli/visible.js";
import { fogcount, SEED_JSON, workspace } from "./run.js";

const ws = workspace();
afterAll(() => ws.done());

/** Any C0 control but the newline, DEL, a C1 control, or a bidirectional embedding, override or isolate. */
const RAW = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

describe("visible", () => {
  it("shows C0 and C1 controls, DEL and bidirectional controls as escapes", () => {
    expect(visible("kp\u001b[31mRED")).toBe("kp\\u001b[31mRED");
    expect(visible("a\u0000b\u007fc\u009bd\u202ee\u2066f")).toBe("a\\u0000b\\u007fc\\u009bd\\u202ee\\u2066f");
    expect(visible("tab\there\r")).toBe("tab\\there\\r");
  });

  it("keeps a newline as a line break only when asked to", () => {
    expect(visible("a\nb")).toBe("a\\nb");
    expect(visible("a\nb\u001b", { lines: true })).toBe("a\nb\\u001b");
  });

  it("leaves other text as it is", () => {
    for (const text of ["North Korea", "café · 1–2 — “x”", "كوريا", "北朝鮮", "\\u001b as typed"]) expect(visible(text)).toBe(text);
  });

  it("writes JSON that reads back as the same value, with no raw control", () => {
    const value = { s: "a\u001b\u0085\u202e\u2069b\n", n: [1, "\u007f"] };
    const text = jsonText(value);
    expect(text).not.toMatch(RAW);
    expect(JSON.parse(text)).toEqual(value);
  });
});

describe("the command line on a dataset with control characters", () => {
  const dataset = JSON.parse(SEED_JSON) as { sources: { name: string }[]; claims: { indicator: { subject: string } }[] };
  (dataset.sources[0] as { name: string }).name = "NIS\u202e0001";
  (dataset.claims[0] as { indicator: { subject: string } }).indicator.subject = "kp\u001b[31mRED\u001b[2J";
  const file = ws.file("controls.json", JSON.stringify(dataset, null, 2));

  it("prints them as escapes in every format of fogcount report, colour or not", () => {
    for (const args of [["report", file], ["report", "--format", "markdown", file], ["report", "--format", "json", file]]) {
      const run = fogcount(args);
      expect(run.status, args.join(" ")).toBe(0);
      expect(run.stdout, args.join(" ")).not.toMatch(RAW);
      expect(run.stdout).toContain("u001b");
    }
    const text = fogcount(["report", file]).stdout;
    expect(text).toContain("kp\\u001b[31mRED\\u001b[2J");
    expect(text).toContain("NIS\\u202e0001");
  });

  it("prints them as escapes beside the colours of a terminal", () => {
    const cells = ["\u001b[31mRED", "a\u009bb"];
    const report: ReportDocument = {
      title: "t\u001b]0;title\u0007",
      lines: ["\u202eline"],
      data: {},
      sections: [{ key: "k", title: "Section", data: null, blocks: [{ kind: "table", head: ["h", "i"], rows: [cells] }, { kind: "list", items: [{ head: "error  x", body: "\u001b[2J", severity: "error" }] }] }],
    };
    const text = reportText(report, paint(true));
    // the only escapes left are the colours the report itself sets: bold, red, yellow, dim and their ends
    expect(text.replace(/\u001b\[(?:1|2|22|31|33|39)m/g, "")).not.toMatch(RAW);
    expect(text).toContain("\\u001b[31mRED");
    expect(text).toContain("\\u001b[2J");
    expect(text).toContain("a\\u009bb");
  });

  it("prints them as escapes in a line of fogcount check, which stays one line", () => {
    const bad = ws.file("controls-key.json", SEED_JSON.replace('"format":', '"x\\u001b[2J\\n\\u202e": 1,\n  "format":'));
    const run = fogcount(["check", bad]);
    expect(run.status).toBe(2);
    expect(run.stdout.split("\n")).toHaveLength(2);
    expect(run.stdout).not.toMatch(RAW);
    expect(run.stdout).toContain('"x\\u001b[2J\\n\\u202e" is not a part of a dataset');
    const json = fogcount(["check", "--format", "json", bad]).stdout;
    expect(json).not.toMatch(RAW);
  });

  it("prints them as escapes in a command line it refuses", () => {
    const run = fogcount(["check", "--rule", "a\u001b[2J=error", file]);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain("--rule a\\u001b[2J: there is no such rule");
    expect(run.stderr).not.toMatch(RAW);
  });
});
