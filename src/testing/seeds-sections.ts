// The seeds of the lint rules that read casualty breakdowns, deployment waves
// and ledgers: a breakdown, a few waves or a ledger of the seed's own (ids
// starting with its subject), with the claims they rest on, that give a
// dataset one finding of each rule. Not exported from the package.

import type { CasualtyBreakdown, CasualtyValue } from "../casualty/schema.js";
import type { BreakdownField } from "../casualty/vocabulary.js";
import type { CasualtyPart } from "../claim/measures.js";
import type { ClaimModality } from "../claim/kinds.js";
import type { Claim } from "../claim/schema.js";
import type { DatasetRuleCode } from "../dataset/codes.js";
import type { Dataset } from "../dataset/schema.js";
import type { Deployment } from "../deployment/schema.js";
import type { Estimate } from "../estimate/schema.js";
import type { Ledger, LedgerEntry, LedgerValuation, LedgerValue } from "../ledger/schema.js";
import type { Source } from "../provenance/schema.js";
import { about, dayIn, person, seedClaim } from "./seed.js";
import type { Maker, Seed, SeedPlace } from "./seed.js";

const NOT_SENT: readonly ClaimModality[] = ["planned", "projected", "potential"];

/**
 * A seed of one breakdown of the first party: the figures given, the parts
 * `includes` lists "unknown" unless given, the others "not-reported" (a
 * state that says nothing of a part the total does not count). @internal
 */
export function breakdownSeed(
  p: SeedPlace,
  figures: Partial<Record<BreakdownField, CasualtyValue>>,
  includes: readonly CasualtyPart[],
  claims: readonly Claim[] = []
): Seed {
  const state = (part: CasualtyPart): CasualtyValue => figures[part] ?? (includes.includes(part) ? "unknown" : "not-reported");
  const kept = Object.fromEntries(claims.map((c) => [c.indicator.measure === "casualties" ? "total" : c.indicator.measure, c]));
  const breakdown: CasualtyBreakdown = {
    killed: state("killed"),
    wounded: state("wounded"),
    missing: state("missing"),
    captured: state("captured"),
    total: figures.total ?? "unknown",
    includes: [...includes],
    ...(claims.length > 0 && { claims: kept }),
  };
  return { claims, casualtyBreakdowns: [{ id: `${p.subject}.b`, party: p.parties[0]?.id as string, breakdown }] };
}

/**
 * A wave of the seed from the first party to the second, `${subject}.${n}`,
 * sent over the days `from` to `to` into the window and reported the day
 * after: laborers, which the waves arbDataset draws (troops) never are, so
 * that no drawn wave may repeat it (`possible-duplicate-wave`). @internal
 */
export function wave(p: SeedPlace, n: string, size: Estimate, from: number, to: number, extra: Partial<Deployment> = {}): Deployment {
  const [a, b] = p.parties as [SeedPlace["parties"][0], SeedPlace["parties"][0]];
  const period = from === to ? dayIn(p, from) : `${dayIn(p, from)}/${dayIn(p, to)}`;
  return {
    id: `${p.subject}.${n}`,
    from: a.code,
    to: b.code,
    category: "laborers",
    size,
    period,
    reportedAt: dayIn(p, to + 1),
    attribution: { originator: p.originator },
    ...extra,
  };
}

/** A seed of one ledger, `${subject}.l`, between the first two parties. @internal */
export function ledgerSeed(p: SeedPlace, entries: readonly LedgerEntry[], valuations: readonly LedgerValuation[] = [], edit?: (d: Dataset) => Dataset): Seed {
  const parties = p.parties.slice(0, 2).map(({ code, name }) => ({ code, name })) as Ledger["parties"];
  const ledger: Ledger = { kind: "ledger", parties, entries: [...entries], valuations: [...valuations] };
  return { claims: [], ledgers: [{ id: `${p.subject}.l`, ledger }], ...(edit !== undefined && { edit }) };
}

/** An entry of the seed's ledger from the first party to the second. @internal */
export function entry(p: SeedPlace, n: string, value?: LedgerValue): LedgerEntry {
  const [a, b] = p.parties as [SeedPlace["parties"][0], SeedPlace["parties"][0]];
  const e: LedgerEntry = {
    id: n,
    from: a.code,
    to: b.code,
    category: "munitions",
    item: `shells ${n}`,
    stage: "delivered",
    evidence: "reported",
    period: dayIn(p, 5),
    attribution: { originator: p.originator },
  };
  return value === undefined ? e : { ...e, value };
}

/** An exact sum in US dollars. @internal */
export const usd = (value: number, extra: Partial<Estimate> = {}): Estimate => ({ kind: "exact", value, unit: "USD", ...extra } as Estimate);
const tiv = (value: number): LedgerValue => ({ estimate: { kind: "exact", value, unit: "SIPRI-TIV-million" }, basis: "index", reference: "SIPRI TIV" });

/** A country code that is neither of the first two parties': another party's, or one of a few others. */
function stranger(p: SeedPlace, pick: number): string {
  const taken = p.parties.slice(0, 2).map((q) => q.code);
  const codes = [...p.parties.slice(2).map((q) => q.code), ...["CN", "IR", "BY", "SY", "US"].filter((c) => !taken.includes(c))];
  return codes[pick % codes.length] as string;
}

/** `ledger-party-mismatch`: the room's constructor refuses such a ledger, so the end is written into the built dataset. */
function partyMismatch(p: SeedPlace, v: number, pick: number): Seed {
  const end = pick % 2 === 0 ? "to" : "from";
  const other = stranger(p, pick >> 1);
  const inValuation = (pick >> 2) % 2 === 1;
  const onEnd = <T extends { readonly id: string }>(item: T): T => (item.id === "x" ? { ...item, [end]: other } : item);
  const edit = (d: Dataset): Dataset => ({
    ...d,
    ledgers: d.ledgers.map((l) => (l.id === `${p.subject}.l` ? { ...l, entries: l.entries.map(onEnd), valuations: l.valuations.map(onEnd) } : l)),
  });
  const [a, b] = p.parties as [SeedPlace["parties"][0], SeedPlace["parties"][0]];
  if (!inValuation) return ledgerSeed(p, [entry(p, "x")], [], edit);
  const valuation: LedgerValuation = {
    id: "x",
    item: `all ${a.name} sent`,
    from: a.code,
    to: b.code,
    value: { estimate: usd(v), basis: "stated" },
    period: dayIn(p, 5),
    attribution: { originator: p.originator },
  };
  return ledgerSeed(p, [entry(p, "e1")], [valuation], edit);
}

/** `tiv-summed-with-money`: a claim in dollars that says TIV, a ledger value in dollars on SIPRI TIV, or a valuation in dollars that sums the entries' TIV. */
function tivAsMoney(p: SeedPlace, v: number, pick: number): Seed {
  if (pick % 3 === 0) {
    const said = (pick >> 2) % 2 === 0;
    const claim = seedClaim(
      p,
      "1",
      { measure: said ? "sipri:arms-transfers" : "sipri:tiv-delivered" },
      usd(v, said ? { text: `${v} million (TIV)` } : {}),
      1,
      2
    );
    return { claims: [claim] };
  }
  if (pick % 3 === 1) {
    const value: LedgerValue =
      (pick >> 2) % 2 === 0 ? { estimate: usd(v), basis: "stated", reference: "SIPRI TIV" } : { estimate: usd(v, { text: `${v} TIV` }), basis: "price-list" };
    return ledgerSeed(p, [entry(p, "e1", value)]);
  }
  const [a, b] = [v, 1 + (v % 997)];
  const scale = (pick >> 2) % 2 === 0 ? 1 : 1e6;
  const whole: LedgerValuation = {
    id: "v1",
    item: "the exchange as a whole",
    value: { estimate: usd((a + b) * scale), basis: "stated" },
    period: dayIn(p, 5),
    attribution: { originator: p.originator },
  };
  return ledgerSeed(p, [entry(p, "e1", tiv(a)), entry(p, "e2", tiv(b))], [whole]);
}

/** The seed of each rule that reads breakdowns, waves or ledgers, in the order of the rules. @internal */
export const SECTION_SEEDS = {
  "increment-before-wave": (p, v, pick) => {
    if (pick % 2 === 1)
      return { claims: [], deployments: [wave(p, "w1", about(v + 1000), 20, 40), wave(p, "w2", about(v), 1, 10, { adds: `${p.subject}.w1` })] };
    const deployed = { measure: "deployed" } as const;
    return {
      claims: [
        seedClaim(p, "1", { ...deployed, aggregation: "flow" }, about(v + 1000), `${dayIn(p, 20)}/${dayIn(p, 40)}`, 41),
        seedClaim(p, "2", { ...deployed, aggregation: "increment" }, about(v), `${dayIn(p, 1)}/${dayIn(p, 10)}`, 45),
      ],
    };
  },
  "parts-exceed-total": (p, v, pick) => {
    const total = 10 + (v % 10_000);
    if (pick % 2 === 0) return breakdownSeed(p, { killed: person(total + 1 + (v % 97)), total: person(total) }, ["killed", "wounded"]);
    const part = Math.ceil(total * 0.6);
    return breakdownSeed(p, { killed: person(part), wounded: person(part), total: person(total) }, ["killed", "wounded"]);
  },
  "parts-fall-short": (p, v, pick) => {
    const [a, b, short] = [v % 5000, (v >> 3) % 5000, 1 + (v % 50)];
    if (pick % 2 === 0) return breakdownSeed(p, { killed: person(a), wounded: person(b), total: person(a + b + short) }, ["killed", "wounded"]);
    return breakdownSeed(p, { killed: person(a), total: person(a + short) }, ["killed"]);
  },
  "definition-mismatch": (p, v, pick) => {
    const [a, b] = [v % 5000, (v >> 3) % 5000];
    const outside: CasualtyPart = pick % 2 === 0 ? "missing" : "captured";
    const figure: CasualtyValue = (pick >> 1) % 2 === 0 ? person(1 + (v % 300)) : "unknown";
    return breakdownSeed(p, { killed: person(a), wounded: person(b), total: person(a + b), [outside]: figure }, ["killed", "wounded"]);
  },
  "mixed-breakdown": (p, v, pick) => {
    const [a, b] = [v % 5000, 1 + ((v >> 3) % 5000)];
    const distinct = p.outlet.id !== p.originator.id;
    const how = pick % 3 === 2 && !distinct ? 0 : pick % 3;
    const killed = seedClaim(p, "1", {}, person(a), 1, 2);
    const total = seedClaim(
      p,
      "2",
      { measure: "casualties", ...(how === 1 && { subject: `${p.subject}-2` }) },
      person(a + b),
      how === 0 ? 5 : 1,
      6,
      how === 2 ? { attribution: { originator: p.outlet } } : {}
    );
    return breakdownSeed(p, { killed: killed.estimate, total: total.estimate }, ["killed", "wounded"], [killed, total]);
  },
  "plan-counted-as-deployment": (p, v, pick) => {
    const modality = NOT_SENT[(pick >> 1) % 3] as ClaimModality;
    const sent = (pick >> 3) % 2 === 0 ? {} : { modality: "asserted" as const };
    if (pick % 2 === 1)
      return {
        claims: [],
        deployments: [wave(p, "w1", about(v), 10, 20, { modality }), wave(p, "w2", about(v), 25, 30, { adds: `${p.subject}.w1`, ...sent })],
      };
    const plan = seedClaim(p, "1", { measure: "deployed", aggregation: "flow" }, about(v), `${dayIn(p, 10)}/${dayIn(p, 20)}`, 21, { modality });
    return { claims: [plan], deployments: [wave(p, "w1", about(v), 10, 20, { claim: plan.id, ...sent })] };
  },
  "replacement-before-original": (p, v, pick) => {
    const original = wave(p, "w1", about(v), 20, pick % 3 === 0 ? 20 : 30);
    const replaces = (pick >> 2) % 2 === 0 ? original.id : [original.id];
    return { claims: [], deployments: [original, wave(p, "w2", about(v + 10), 5, 15, { replaces })] };
  },
  "replaced-twice": (p, v, pick) => {
    const original = wave(p, "w1", about(v), 5, 10);
    const replaces = pick % 2 === 0 ? original.id : [original.id];
    return { claims: [], deployments: [original, wave(p, "w2", about(v), 15, 20, { replaces }), wave(p, "w3", about(v + 10), 20 + (pick % 5), 30, { replaces: [original.id] })] };
  },
  "possible-duplicate-wave": (p, v, pick) => {
    // another originator: the outlet, or a source of the seed's own when the dataset has one source
    const other: Source = p.outlet.id !== p.originator.id ? p.outlet : { id: `${p.subject}-outlet`, kind: "outlet", name: "An outlet" };
    const start = 10 + (pick % 11);
    const size = pick % 2 === 0 ? about(v) : person(v);
    return { claims: [], deployments: [wave(p, "w1", about(v), 10, 20), wave(p, "w2", size, start, start + (pick % 7), { attribution: { originator: other } })] };
  },
  "ledger-party-mismatch": partyMismatch,
  "tiv-summed-with-money": tivAsMoney,
} satisfies Partial<Record<DatasetRuleCode, Maker>>;
