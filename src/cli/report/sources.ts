// The sources of a report and the relay chains their figures came through.

import type { Claim } from "../../claim/schema.js";
import type { RelayStep, Source } from "../../provenance/schema.js";
import type { Section } from "./document.js";
import { inWords, knownAt } from "./context.js";
import type { ReportContext } from "./context.js";

/** The sources: who they are, and how many claims each originated or relayed (of those public by the knowledge time asked about). */
export function sourcesSection(context: ReportContext): Section {
  const originated = new Map<string, number>();
  const relays = new Map<string, number>();
  const add = (to: Map<string, number>, id: string) => to.set(id, (to.get(id) ?? 0) + 1);
  for (const c of context.claims) {
    if (!knownAt(context, c)) continue;
    add(originated, c.attribution.originator.id);
    // a claim relayed twice by one intermediary counts once for it
    for (const id of new Set((c.attribution.relay ?? []).flatMap((r) => (r.kind === "intermediary" ? [r.source.id] : [])))) add(relays, id);
  }
  const count = (s: Source) => originated.get(s.id) ?? 0;
  const relayed = (s: Source) => relays.get(s.id) ?? 0;
  const sources = context.dataset.sources;
  return {
    key: "sources",
    title: "Sources",
    blocks:
      sources.length === 0
        ? [{ kind: "paragraph", text: "The dataset names no sources." }]
        : [{
            kind: "table",
            head: ["id", "kind", "name", "country", "claims", "relayed"],
            rows: sources.map((s) => [s.id, s.kind, s.name, s.country ?? s.countries?.join(", ") ?? "", String(count(s)), String(relayed(s))]),
            keep: [true, true, false, false, true, true],
          }],
    data: sources.map((s) => ({ ...s, claims: count(s), relayed: relayed(s) })),
  };
}

function stepText(step: RelayStep): string {
  const date = step.date === undefined ? "" : `, ${inWords(step.date)}`;
  if (step.kind === "intermediary") return `${step.source.name} (${step.source.id}, ${step.source.kind}${date})`;
  return `${step.name ?? step.channel} (${step.closed === true ? "closed " : ""}${step.channel}${date})`;
}

/** One chain: the originator and the steps after it. */
function chainText(c: Claim): string {
  const { originator, relay } = c.attribution;
  const head = `${originator.name} (${originator.id})`;
  return relay === undefined || relay.length === 0 ? `${head}, directly` : [head, ...relay.map(stepText)].join(" → ");
}

const listed = (ids: readonly string[]): string => (ids.length <= 4 ? ids.join(", ") : `${ids.slice(0, 3).join(", ")} and ${ids.length - 3} more`);

/** The relay chains: each distinct path from an originator to the reader, with the claims that came through it (public by the knowledge time asked about) and where they were published. */
export function chainsSection(context: ReportContext): Section {
  const chains = new Map<string, Claim[]>();
  for (const c of context.claims) {
    if (!knownAt(context, c)) continue;
    const text = chainText(c);
    const list = chains.get(text);
    if (list === undefined) chains.set(text, [c]);
    else list.push(c);
  }
  const entries = [...chains.entries()].map(([chain, claims]) => {
    const outlets = [...new Set(claims.flatMap((c) => (c.attribution.publications ?? []).map((p) => `${p.outlet}${p.date === undefined ? "" : `, ${inWords(p.date)}`}`)))];
    return { chain, claims: claims.map((c) => c.id), publications: outlets };
  });
  return {
    key: "chains",
    title: "Relay chains",
    blocks:
      entries.length === 0
        ? [{ kind: "paragraph", text: context.known === undefined ? "The dataset holds no claims." : `No claims were public by ${inWords(context.known)}.` }]
        : [{
            kind: "list",
            items: entries.map((e) => ({
              head: e.chain,
              body: `${e.claims.length} claim${e.claims.length === 1 ? "" : "s"}: ${listed(e.claims)}${e.publications.length === 0 ? "" : `; published in ${e.publications.join("; ")}`}`,
            })),
          }],
    data: entries,
  };
}
