// The cases of the rules on a dataset's casualty breakdowns, deployment
// waves and ledgers: what each flags, where, and the near misses it lets pass.
import { breakdownOf, claimOf, entryOf, ledgerOf, valuationOf, waveOf } from "./build.js";
import type { Sections } from "./build.js";

export const range = (low: number, high: number) => ({ kind: "range", low, high, unit: "person" });
export const approx = (value: number) => ({ kind: "approx", value, unit: "person" });
export const exact = (value: number) => ({ kind: "exact", value, unit: "person" });
export const deployed = (aggregation: string) => ({ subject: "xx-forces", measure: "deployed", unit: "person", aggregation });
export const value = (unit: string) => ({ subject: "ru-to-kp", measure: "ledger:value", unit });
export const usd = (n: number) => ({ estimate: { kind: "exact", value: n, unit: "USD" }, basis: "stated" });
export const tiv = (n: number) => ({ estimate: { kind: "exact", value: n, unit: "SIPRI-TIV-million" }, basis: "index" });

/** For each rule of the later sections: what it flags, with the paths, and what it lets pass. */
export const SECTION_CASES: Record<string, { fails: Sections; at: string[]; passes: Sections }> = {
  "parts-exceed-total": {
    fails: {
      casualtyBreakdowns: [
        // a part above the total, at the part; parts summing above it, at the total
        breakdownOf("b0", { killed: exact(5000), total: approx(4700) }),
        breakdownOf("b1", { killed: approx(600), wounded: exact(4500), total: approx(4700) }),
      ],
    },
    at: ["casualtyBreakdowns.0.killed", "casualtyBreakdowns.1.total"],
    passes: {
      casualtyBreakdowns: [
        // parts that may fit, a part the total does not count, a total not given
        breakdownOf("b0", { killed: range(4000, 5000), total: approx(4700) }),
        breakdownOf("b1", { killed: approx(600), wounded: range(3000, 4200), total: approx(4700) }),
        breakdownOf("b2", { killed: approx(600), missing: exact(5000), total: approx(4700) }),
        breakdownOf("b3", { killed: exact(5000), wounded: exact(4500), total: "unknown" }),
      ],
    },
  },
  "parts-fall-short": {
    fails: { casualtyBreakdowns: [breakdownOf("b0", { killed: approx(600), wounded: exact(3000), total: approx(4700) })] },
    at: ["casualtyBreakdowns.0.total"],
    passes: {
      casualtyBreakdowns: [
        // a part not given is not zero; a range that may reach the total; a total that counts only what is given
        breakdownOf("b0", { killed: approx(600), wounded: "not-reported", total: approx(4700) }),
        breakdownOf("b1", { killed: approx(600), wounded: "none-observed", total: approx(4700) }),
        breakdownOf("b2", { killed: approx(600), wounded: range(3000, 4200), total: approx(4700) }),
        breakdownOf("b3", { killed: approx(600), wounded: exact(3000), missing: exact(1100), total: approx(4700), includes: ["killed", "wounded", "missing"] }),
      ],
    },
  },
  "definition-mismatch": {
    fails: {
      casualtyBreakdowns: [
        breakdownOf("b0", { killed: approx(600), missing: exact(200), total: approx(4700) }),
        breakdownOf("b1", { captured: "unknown", total: approx(4700) }),
      ],
    },
    at: ["casualtyBreakdowns.0.missing", "casualtyBreakdowns.1.captured"],
    passes: {
      casualtyBreakdowns: [
        breakdownOf("b0", { killed: approx(600), missing: exact(200), total: approx(4700), includes: ["killed", "wounded", "missing"] }),
        breakdownOf("b1", { captured: "not-reported", missing: "none-observed", total: approx(4700) }),
      ],
    },
  },
  "mixed-breakdown": {
    fails: {
      claims: [
        claimOf("k", 600, "2025-03-31"),
        claimOf("w", 3600, "2024-06-30", { indicator: { subject: "xx-forces", measure: "wounded", unit: "person" } }),
        claimOf("t", 4700, "2025-03-31", { indicator: { subject: "xx-forces", measure: "casualties", unit: "person" }, attribution: { originator: "xx-news" } }),
      ],
      casualtyBreakdowns: [
        // the wounded of another time; the total of another source
        breakdownOf("b0", { killed: exact(600), wounded: exact(3600), total: "not-reported", claims: { killed: "k", wounded: "w" } }),
        breakdownOf("b1", { killed: exact(600), total: exact(4700), claims: { killed: "k", total: "t" } }),
      ],
    },
    at: ["casualtyBreakdowns.0.claims.wounded", "casualtyBreakdowns.1.claims.total"],
    passes: {
      claims: [
        claimOf("k", 600, "2025-03-31"),
        claimOf("w", 3600, "2025-03-31", { indicator: { subject: "xx-forces", measure: "wounded", unit: "person" } }),
      ],
      // one source, one subject, one time; a breakdown that keeps one claim, or none
      casualtyBreakdowns: [
        breakdownOf("b0", { killed: exact(600), wounded: exact(3600), total: "not-reported", claims: { killed: "k", wounded: "w" } }),
        breakdownOf("b1", { killed: exact(600), total: "not-reported", claims: { killed: "k" } }),
        breakdownOf("b2", { killed: exact(600), total: exact(4700) }),
      ],
    },
  },
  "plan-counted-as-deployment": {
    fails: {
      claims: [
        claimOf("plan", 0, "2025-06", { modality: "planned", reportedAt: "2025-04-30", indicator: deployed("flow"), estimate: exact(12_000) }),
        claimOf("news", 0, "2025-06", { restates: "plan", reportedAt: "2025-05-01", indicator: deployed("flow"), estimate: exact(12_000) }),
      ],
      deployments: [
        // modality left out: at the claim; written: at the modality
        waveOf("w0", 12_000, "2025-06", { claim: "plan" }),
        waveOf("w1", 12_000, "2025-06", { claim: "plan", modality: "asserted" }),
        // a restatement of a plan is a plan
        waveOf("w2", 12_000, "2025-06", { claim: "news" }),
        waveOf("w3", 20_000, "2025-12", { modality: "projected" }),
        waveOf("w4", 3000, "2026-01", { adds: "w3" }),
      ],
    },
    at: ["deployments.0.claim", "deployments.1.modality", "deployments.2.claim", "deployments.4.adds"],
    passes: {
      claims: [
        claimOf("plan", 0, "2025-06", { modality: "planned", reportedAt: "2025-04-30", indicator: deployed("flow"), estimate: exact(12_000) }),
        claimOf("sent", 0, "2024-23", { reportedAt: "2025-04-30", indicator: deployed("flow"), estimate: exact(11_000) }),
      ],
      deployments: [
        waveOf("w0", 12_000, "2025-06", { claim: "plan", modality: "planned" }),
        waveOf("w1", 11_000, "2024-23", { claim: "sent" }),
        // a plan may add to a plan, and what was sent may replace a plan
        waveOf("w2", 20_000, "2025-12", { modality: "projected" }),
        waveOf("w3", 3000, "2026-01", { adds: "w2", modality: "planned" }),
        waveOf("w4", 15_000, "2026-02", { replaces: "w2" }),
      ],
    },
  },
  "replaced-twice": {
    fails: {
      deployments: [waveOf("w0", 10_000, "2024-10"), waveOf("w1", 12_000, "2025-01", { replaces: "w0" }), waveOf("w2", 8000, "2025-02", { replaces: ["w0"] })],
    },
    at: ["deployments.2.replaces.0"],
    passes: {
      // a chain of rotations: the second replaces the first, which replaced the original
      deployments: [waveOf("w0", 10_000, "2024-10"), waveOf("w1", 12_000, "2025-01", { replaces: "w0" }), waveOf("w2", 8000, "2025-02", { replaces: ["w0", "w1"] })],
    },
  },
  "possible-duplicate-wave": {
    fails: {
      deployments: [
        waveOf("w0", 10_000, "2024-10"),
        waveOf("w1", 10_000, "2024-10-15/2024-11-15", { attribution: { originator: "xx-news" } }),
        waveOf("w2", 3000, "2025-02"),
        waveOf("w3", 3000, "2025-01/2025-03", { attribution: { originator: "xx-lawmaker" } }),
      ],
    },
    at: ["deployments.1", "deployments.3"],
    passes: {
      deployments: [
        waveOf("w0", 10_000, "2024-10"),
        // another originator's wave linked to it, one after it, the same originator twice, and a plan beside an assertion
        waveOf("w1", 3000, "2024-10-15/2024-11-15", { attribution: { originator: "xx-news" }, adds: "w0" }),
        waveOf("w2", 10_000, "2024-12", { attribution: { originator: "xx-lawmaker" } }),
        waveOf("w3", 2000, "2024-12-20", { attribution: { originator: "xx-lawmaker" } }),
        waveOf("w4", 10_000, "2024-10", { attribution: { originator: "xx-news" }, modality: "planned" }),
      ],
    },
  },
  "replacement-before-original": {
    fails: {
      deployments: [
        waveOf("w0", 11_000, "2024-10"),
        waveOf("w1", 11_000, "2024-06", { replaces: "w0" }),
        waveOf("w2", 1000, "2024-11"),
        waveOf("w3", 12_000, "2024-08", { replaces: ["w2", "w0"] }),
      ],
    },
    at: ["deployments.1.replaces", "deployments.3.replaces.0", "deployments.3.replaces.1"],
    passes: {
      deployments: [
        waveOf("w0", 11_000, "2024-10"),
        waveOf("w1", 11_000, "2025-01", { replaces: "w0" }),
        // a plan is about a time to come
        waveOf("w2", 11_000, "2024-06", { replaces: "w0", modality: "planned" }),
      ],
    },
  },
  "ledger-party-mismatch": {
    fails: {
      ledgers: [
        ledgerOf("kp-ru", [entryOf("e0", "KP", "RU"), entryOf("e1", "KP", "KR")], [valuationOf("v0", usd(250), { from: "KR", to: "RU" })]),
      ],
    },
    at: ["ledgers.0.entries.1.to", "ledgers.0.valuations.0.from"],
    passes: {
      ledgers: [ledgerOf("kp-ru", [entryOf("e0", "KP", "RU"), entryOf("e1", "RU", "KP")], [valuationOf("v0", usd(250), { from: "RU", to: "KP" }), valuationOf("v1", usd(900))])],
    },
  },
  "tiv-summed-with-money": {
    fails: {
      claims: [
        claimOf("c0", 0, "2024-12-31", { indicator: value("USD"), estimate: { kind: "exact", value: 250, unit: "USD", text: "250 million TIV" } }),
        claimOf("c1", 0, "2024-12-31", { indicator: value("SIPRI-TIV-million"), estimate: { kind: "exact", value: 250, unit: "SIPRI-TIV-million" } }),
      ],
      ledgers: [
        ledgerOf(
          "kp-ru",
          [
            entryOf("e0", "KP", "RU", { value: { estimate: { kind: "exact", value: 250, unit: "USD", text: "250 million TIV" }, basis: "stated" } }),
            entryOf("e1", "KP", "RU", { value: { ...usd(250), reference: "SIPRI TIV" } }),
            entryOf("e2", "KP", "RU", { value: { estimate: { kind: "exact", value: 250_000_000, unit: "USD" }, basis: "price-list" }, claims: ["c1"] }),
            entryOf("e3", "RU", "KP", { value: tiv(100) }),
            entryOf("e4", "RU", "KP", { value: tiv(150) }),
          ],
          [valuationOf("v0", usd(250), { from: "RU", to: "KP" })],
        ),
      ],
    },
    at: ["claims.0.indicator.unit", "ledgers.0.entries.0.value.estimate.text", "ledgers.0.entries.1.value.reference", "ledgers.0.entries.2.value.estimate", "ledgers.0.valuations.0.value.estimate"],
    passes: {
      claims: [
        // a text that names money as well; a TIV in a unit of its own
        claimOf("c0", 0, "2024-12-31", { indicator: value("USD"), estimate: { kind: "exact", value: 300, unit: "USD" }, text: "worth $300 million, 250 million TIV" }),
        claimOf("c1", 0, "2024-12-31", { indicator: value("SIPRI-TIV-million"), estimate: { kind: "exact", value: 250, unit: "SIPRI-TIV-million", text: "250 million TIV" } }),
        claimOf("c2", 0, "2024-12-31", { indicator: value("USD"), estimate: { kind: "exact", value: 250, unit: "USD" } }),
      ],
      ledgers: [
        ledgerOf(
          "kp-ru",
          [
            entryOf("e0", "KP", "RU", { value: usd(250) }),
            entryOf("e1", "KP", "RU", { value: { ...tiv(250), reference: "SIPRI TIV" } }),
            // money beside a TIV claim with another figure, or with the same figure stated in money too
            entryOf("e2", "KP", "RU", { value: usd(300), claims: ["c0", "c1"] }),
            entryOf("e5", "KP", "RU", { value: usd(250), claims: ["c1", "c2"] }),
            entryOf("e3", "RU", "KP", { value: tiv(100) }),
            entryOf("e4", "RU", "KP", { value: tiv(150) }),
          ],
          // a value in money beside TIVs, not their sum
          [valuationOf("v0", usd(2000), { from: "RU", to: "KP" }), valuationOf("v1", { estimate: { kind: "magnitude", order: "billions", unit: "unknown" }, basis: "stated" })],
        ),
      ],
    },
  },
};
