// The cases of the rules on what a dataset's breakdowns, waves and ledger
// items rest on: deprecated claims, and claims whose figures are not theirs.
import { breakdownOf, claimOf, entryOf, ledgerOf, valuationOf, waveOf } from "./build.js";
import type { Sections } from "./build.js";

const sent = { subject: "xx-forces", measure: "deployed", unit: "person", aggregation: "flow" };
const shells = (value: number, kind = "approx") => ({ kind, value, unit: "shell" });
const dollars = (value: number) => ({ kind: "exact", value, unit: "USD" });
const supplied = { subject: "kp-to-ru", measure: "ledger:supplied", unit: "shell" };
const worth = { subject: "kp-to-ru", measure: "ledger:value", unit: "USD" };

/** A claim of `id` at `date`, deprecated for `reason`, superseded by `by` where given. */
const deprecated = (reason: string, by?: string) => ({ status: { kind: "deprecated", reason, ...(by !== undefined && { supersededBy: by }) } });

/** For each rule on what items rest on: what it flags, with the paths, and what it lets pass. */
export const RESTING_CASES: Record<string, { fails: Sections; at: string[]; passes: Sections }> = {
  "rests-on-deprecated-claim": {
    fails: {
      claims: [
        claimOf("old", 0, "2024-10", { reportedAt: "2024-11-01", indicator: sent, estimate: { kind: "approx", value: 5000, unit: "person" }, ...deprecated("counted twice", "new") }),
        claimOf("new", 0, "2024-10", { reportedAt: "2024-12-01", indicator: sent, estimate: { kind: "approx", value: 3000, unit: "person" } }),
        claimOf("news", 0, "2024-10", { reportedAt: "2024-11-02", indicator: sent, estimate: { kind: "approx", value: 5000, unit: "person" }, restates: "old", attribution: { originator: "xx-news" } }),
        claimOf("gone", 600, "2025-03-31", deprecated("retracted by the agency")),
        claimOf("shells", 0, "2024-12-31", { indicator: supplied, estimate: shells(5000), ...deprecated("misread") }),
      ],
      casualtyBreakdowns: [breakdownOf("b0", { killed: { kind: "exact", value: 600, unit: "person" }, total: "unknown", claims: { killed: "gone" } })],
      deployments: [
        // on a deprecated claim; on a restatement of one; on the claim that supersedes it
        waveOf("w0", { kind: "approx", value: 5000, unit: "person" }, "2024-10", { claim: "old" }),
        waveOf("w1", { kind: "approx", value: 5000, unit: "person" }, "2024-10", { claim: "news", attribution: { originator: "xx-news" } }),
        waveOf("w2", { kind: "approx", value: 3000, unit: "person" }, "2024-10", { claim: "new", category: "laborers" }),
      ],
      ledgers: [ledgerOf("kp-ru", [entryOf("e0", "KP", "RU", { claims: ["new", "shells"] })], [valuationOf("v0", { estimate: dollars(900), basis: "stated" }, { claims: ["shells"] })])],
    },
    at: ["casualtyBreakdowns.0.claims.killed", "deployments.0.claim", "deployments.1.claim", "ledgers.0.entries.0.claims.1", "ledgers.0.valuations.0.claims.0"],
    passes: {
      claims: [
        // a deprecated claim nothing rests on; claims that stand, preferred or normal
        claimOf("old", 500, "2025-03-31", deprecated("counted twice", "now")),
        claimOf("now", 600, "2025-03-31", { reportedAt: "2025-04-30", status: { kind: "preferred" } }),
        claimOf("shells", 0, "2024-12-31", { indicator: supplied, estimate: shells(5000) }),
      ],
      casualtyBreakdowns: [breakdownOf("b0", { killed: { kind: "exact", value: 600, unit: "person" }, total: "unknown", claims: { killed: "now" } })],
      deployments: [waveOf("w0", 11_000, "2024-10")],
      ledgers: [ledgerOf("kp-ru", [entryOf("e0", "KP", "RU", { claims: ["shells"] })], [valuationOf("v0", { estimate: dollars(900), basis: "stated" })])],
    },
  },
  "claim-figure-mismatch": {
    fails: {
      claims: [
        claimOf("c5k", 0, "2024-10", { reportedAt: "2024-11-01", indicator: sent, estimate: { kind: "approx", value: 5000, unit: "person" } }),
        claimOf("s5k", 0, "2024-12-31", { indicator: supplied, estimate: shells(5000) }),
        claimOf("s6k", 0, "2024-12-31", { indicator: supplied, estimate: shells(6000, "exact"), attribution: { originator: "xx-news" } }),
        claimOf("usd", 0, "2024-12-31", { indicator: worth, estimate: dollars(300) }),
      ],
      deployments: [waveOf("w0", 50_000, "2024-10", { claim: "c5k" })],
      ledgers: [
        ledgerOf(
          "kp-ru",
          [
            entryOf("e0", "KP", "RU", { quantity: shells(50_000, "exact"), claims: ["s5k"] }),
            entryOf("e1", "KP", "RU", { value: { estimate: dollars(900), basis: "stated" }, claims: ["usd"] }),
            // none of two claims allows it
            entryOf("e2", "KP", "RU", { quantity: shells(50_000, "exact"), claims: ["s5k", "s6k"] }),
          ],
          [valuationOf("v0", { estimate: dollars(900), basis: "stated" }, { claims: ["usd"] })],
        ),
      ],
    },
    at: ["deployments.0.size", "ledgers.0.entries.0.quantity", "ledgers.0.entries.1.value.estimate", "ledgers.0.entries.2.quantity", "ledgers.0.valuations.0.value.estimate"],
    passes: {
      claims: [
        claimOf("c5k", 0, "2024-10", { reportedAt: "2024-11-01", indicator: sent, estimate: { kind: "approx", value: 5000, unit: "person" } }),
        claimOf("s5k", 0, "2024-12-31", { indicator: supplied, estimate: shells(5000) }),
        claimOf("s6k", 0, "2024-12-31", { indicator: supplied, estimate: shells(6000, "exact"), attribution: { originator: "xx-news" } }),
        claimOf("usd", 0, "2024-12-31", { indicator: worth, estimate: dollars(300) }),
      ],
      deployments: [
        // a range around the claim's figure; a figure its rounding allows ("about 5,000" is 4,500–5,500)
        waveOf("w0", { kind: "range", low: 4800, high: 5200, unit: "person" }, "2024-10", { claim: "c5k" }),
        waveOf("w1", 5400, "2024-10", { claim: "c5k", category: "laborers" }),
      ],
      ledgers: [
        ledgerOf("kp-ru", [
          // one of two claims allows it; a figure in another unit than its claim's is not compared; no figure at all
          entryOf("e0", "KP", "RU", { quantity: shells(6000, "exact"), claims: ["s5k", "s6k"] }),
          entryOf("e1", "KP", "RU", { quantity: { kind: "exact", value: 50, unit: "crate" }, value: { estimate: dollars(300), basis: "stated" }, claims: ["s5k", "usd"] }),
          entryOf("e2", "KP", "RU", { claims: ["s5k"] }),
        ]),
      ],
    },
  },
};
