/**
 * How a hedge marker in a record reads: as an exact figure, an approximate
 * one ("about"), a lower bound ("more" is `{ kind: "atLeast", strict: true }`,
 * "more than") or an upper bound.
 */
export type HedgeReading =
  | { readonly kind: "exact" }
  | { readonly kind: "approx" }
  | { readonly kind: "atLeast"; readonly strict?: boolean }
  | { readonly kind: "atMost"; readonly strict?: boolean };

/**
 * The hedge markers of the Ukrainian General Staff's daily series, the usual
 * shape of such series: `"about"` is approximate, `"more"` is "more than".
 *
 * @category Import
 * @example
 * DEFAULT_HEDGE_MARKERS.more;
 * //=> { kind: "atLeast", strict: true }
 */
export const DEFAULT_HEDGE_MARKERS: Readonly<Record<string, HedgeReading>> = Object.freeze({
  about: Object.freeze({ kind: "approx" }),
  more: Object.freeze({ kind: "atLeast", strict: true }),
});
