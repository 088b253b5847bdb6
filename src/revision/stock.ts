// The functions that read figures as levels (revisions, cumulative checks,
// consensus) refuse flows and increments. Not exported from the package.

import type { Claim } from "../claim/schema.js";
import { FogcountError } from "../errors.js";

/** Throws `not-a-stock` for the first claim that is a flow or an increment, naming it. @internal */
export function assertStocks(where: string, claims: readonly Claim[], why: string): void {
  for (let i = 0; i < claims.length; i++) {
    const c = claims[i] as Claim;
    const aggregation = c.indicator.aggregation ?? "stock";
    if (aggregation !== "stock") {
      throw new FogcountError(
        "not-a-stock",
        `${where}: ${c.id} is ${aggregation === "increment" ? "an" : "a"} ${aggregation}, not a stock; ${why}`,
        { id: c.id, aggregation },
      );
    }
  }
}
