// fogcount report --format markdown: headings nest as the report does, and
// text from the data cannot break a table, a heading or inject HTML.
import { afterAll, describe, expect, it } from "vitest";

import { fogcount, SEED_JSON, workspace } from "./run.js";

const ws = workspace();
afterAll(() => ws.done());

type Json = Record<string, unknown>;

describe("Markdown from a dataset whose text holds marks", () => {
  const dataset = JSON.parse(SEED_JSON) as { metadata: Json; ledgers: { entries: Json[] }[] };
  dataset.metadata["title"] = "Shells\n# and oil";
  const entry = dataset.ledgers[0]?.entries.find((e) => e["id"] === "ru-kp-drones") as Json;
  entry["item"] = "<script>alert(1)</script> drones | `x`";
  ws.file("marks.json", JSON.stringify(dataset));
  const run = fogcount(["report", "marks.json", "--format", "markdown"], { cwd: ws.dir });
  const out = run.stdout;

  it("keeps the title on its heading's line", () => {
    expect(run.status).toBe(0);
    expect(out.split("\n")[0]).toBe("# Shells \\# and oil");
  });

  it("escapes |, <, > and backticks in a table cell", () => {
    expect(out).not.toContain("<script>");
    const row = out.split("\n").find((l) => l.includes("alert(1)")) ?? "";
    expect(row).toContain("&lt;script&gt;alert(1)&lt;/script&gt; drones \\| \\`x\\`");
    expect(row.split(/(?<!\\)\|/)).toHaveLength(out.split("\n").find((l) => l.startsWith("| category | item |"))?.split("|").length ?? 0);
  });

  it("puts a ledger's directions one level under the ledger", () => {
    expect(out).toMatch(/\n### kp-ru-exchange: North Korea \(KP\) and Russia \(RU\)\n/);
    expect(out).toContain("\n#### North Korea → Russia\n");
    expect(out).toContain("\n#### Balance\n");
  });
});
