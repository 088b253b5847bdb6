// The cases of the rules that read names and links across a dataset's claims: names that
// differ only in what a reader does not see, and a replacement named in another series.
import { claimOf } from "./build.js";
import type { Sections } from "./build.js";

const deprecated = (by: string) => ({ status: { kind: "deprecated", reason: "corrected in a later briefing", supersededBy: by } });

/** For each rule on names and links: what it flags, with the paths, and what it lets pass. */
export const NAME_CASES: Record<string, { fails: Sections; at: string[]; passes: Sections }> = {
  "look-alike-names": {
    fails: [
      claimOf("a", 300, "2025-01-31"),
      // the same subject in capitals, and with a zero-width space inside it
      claimOf("b", 600, "2025-02-28", { indicator: { subject: "XX-forces", measure: "killed", unit: "person" } }),
      claimOf("c", 900, "2025-03-31", { indicator: { subject: "xx-\u200bforces", measure: "killed", unit: "person" } }),
    ],
    at: ["claims.1.indicator.subject", "claims.2.indicator.subject"],
    passes: [
      claimOf("a", 300, "2025-01-31"),
      claimOf("b", 600, "2025-02-28", { indicator: { subject: "xx-forces-2", measure: "killed", unit: "person" } }),
      // units in other cases are one unit to the check
      claimOf("c", 900, "2025-03-31", { indicator: { subject: "yy-forces", measure: "killed", unit: "Person" }, estimate: { kind: "exact", value: 900, unit: "Person" } }),
    ],
  },
  "replacement-not-in-history": {
    fails: [
      claimOf("old", 300, "2025-01-31", deprecated("new")),
      claimOf("new", 400, "2025-01-31", { reportedAt: "2025-02-10", indicator: { subject: "xx-forces", measure: "wounded", unit: "person" } }),
    ],
    at: ["claims.0.status.supersededBy"],
    passes: [claimOf("old", 300, "2025-01-31", deprecated("new")), claimOf("new", 400, "2025-01-31", { reportedAt: "2025-02-10" })],
  },
};
