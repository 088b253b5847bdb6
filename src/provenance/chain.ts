import type { Attribution, RelayStep, Source } from "./schema.js";

/**
 * The originator of an attribution: who first made the assessment.
 *
 * @category Provenance
 * @example
 * originatorOf({ originator: nis, relay: [briefing, lawmaker] }).id;
 * //=> "kr-nis"
 */
export function originatorOf(attribution: Attribution): Source {
  return attribution.originator;
}

/**
 * The last step of the relay chain, the one nearest the reader, or
 * `undefined` when the originator spoke directly.
 *
 * @category Provenance
 * @example
 * lastRelay({ originator: nis, relay: [briefing, { kind: "intermediary", source: lee, date: "2025-04-30" }] });
 * //=> { kind: "intermediary", source: lee, date: "2025-04-30" }
 * lastRelay({ originator: nis });
 * //=> undefined
 */
export function lastRelay(attribution: Attribution): RelayStep | undefined {
  const relay = attribution.relay;
  return relay === undefined ? undefined : relay[relay.length - 1];
}
