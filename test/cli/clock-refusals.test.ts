// A time asked about is a day: --known and --valid refuse an open or unknown
// start and a qualified date, rather than print "known on by 2025".
import { describe, expect, it } from "vitest";

import { fogcount } from "./run.js";

describe("--known and --valid", () => {
  it.each(["../2025", "/2025"])("%s: no first day", (value) => {
    const run = fogcount(["report", "--known", value]);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain(`--known ${value} has no first day (an open or unknown start)`);
  });

  it("a qualified date is refused", () => {
    const run = fogcount(["report", "--valid", "2025-04-30?"]);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain("--valid 2025-04-30? is marked uncertain or approximate");
  });

  it("a closed period and a season are taken", () => {
    expect(fogcount(["report", "--known", "2024/2025"]).status).toBe(0);
    expect(fogcount(["report", "--valid", "2025-21"]).status).toBe(0);
  });
});
