// The walk from a deprecated claim through the claims that replace it to the
// one that stands, shared by the dataset reader, its check and the deployment
// totals. Not exported from the package.

/** What `standing` reads of a claim: its id and status. */
export interface Replaceable {
  readonly id: string;
  readonly status: { readonly kind: string; readonly supersededBy?: string | undefined };
}

/** The claim that stands at the end of the replacements from `id` (one replaced in turn is passed over), or undefined. @internal */
export function standing(id: string | undefined, claims: ReadonlyMap<string, Replaceable>): string | undefined {
  const seen = new Set<string>();
  for (let c = id === undefined ? undefined : claims.get(id); c !== undefined && !seen.has(c.id); ) {
    if (c.status.kind !== "deprecated") return c.id;
    seen.add(c.id);
    c = c.status.supersededBy === undefined ? undefined : claims.get(c.status.supersededBy);
  }
  return undefined;
}

/** The first deprecated claim on the way from the claim `id` through the claims it restates, or undefined. @internal */
export function deprecatedBehind<C extends Replaceable & { readonly restates?: string | undefined }>(id: string, claims: ReadonlyMap<string, C>): C | undefined {
  const seen = new Set<string>();
  for (let c = claims.get(id); c !== undefined && !seen.has(c.id); c = c.restates === undefined ? undefined : claims.get(c.restates)) {
    seen.add(c.id);
    if (c.status.kind === "deprecated") return c;
  }
  return undefined;
}
