import { raise } from "../_lib/assert.js";
import { guarded } from "../_lib/guard.js";
import { attributionProblem } from "./check.js";
import type { Attribution, RelayStep, Source } from "./schema.js";

/**
 * The originator of an attribution: who first made the assessment.
 *
 * @category Provenance
 * @throws {FogcountError} `invalid-argument` for a value that is not an attribution, or one that cannot be read (a getter that throws, a revoked proxy).
 * @example
 * originatorOf({ originator: nis, relay: [briefing, lawmaker] }).id;
 * //=> "kr-nis"
 */
export function originatorOf(attribution: Attribution): Source {
  return guarded("originatorOf", { attribution }, () => {
    raise("originatorOf", "attribution", attributionProblem(attribution));
    return attribution.originator;
  });
}

/**
 * The last step of the relay chain, the one nearest the reader, or
 * `undefined` when the originator spoke directly.
 *
 * @category Provenance
 * @throws {FogcountError} `invalid-argument` for a value that is not an attribution, or one that cannot be read (a getter that throws, a revoked proxy).
 * @example
 * lastRelay({ originator: nis, relay: [briefing, { kind: "intermediary", source: lee, date: "2025-04-30" }] });
 * //=> { kind: "intermediary", source: lee, date: "2025-04-30" }
 * lastRelay({ originator: nis });
 * //=> undefined
 */
export function lastRelay(attribution: Attribution): RelayStep | undefined {
  return guarded("lastRelay", { attribution }, () => {
    raise("lastRelay", "attribution", attributionProblem(attribution));
    const relay = attribution.relay;
    return relay === undefined ? undefined : relay[relay.length - 1];
  });
}
