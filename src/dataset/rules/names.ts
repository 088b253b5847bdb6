// Names and ids of a dataset that differ only in what a reader does not see or does not tell
// apart (case, white space, invisible characters, Unicode form), which every total and history
// counts as two things: the finding `look-alike-names`. Not exported from the package.

import { lookAlike, looks, visible } from "../../_lib/forms.js";
import type { JsonPath } from "../sections.js";
import { pathText } from "../issues.js";
import type { RawFinding, RuleContext } from "./context.js";

/**
 * A text as a reader takes it: as it looks (see `looks`: no invisible characters, normal form
 * KC), without white space, in lower case. "Unit-1 ", "unit-1", "unit\u200b-1" and "Kyi\u0308v"
 * beside "Kyïv" each fold to one text.
 */
export function folded(text: string): string {
  return looks(text).normalize("NFC").replace(/\s+/gu, "").toLowerCase();
}

/** How two texts that fold alike differ: "in case", "in white space", "in case and white space", or why they look alike (see `lookAlike`). */
function howDiffer(a: string, b: string): string {
  const [x, y] = [looks(a), looks(b)];
  if (x === y) return lookAlike(a, b);
  const bare = (t: string): string => t.replace(/\s+/gu, "");
  const ways: string[] = [];
  if (bare(x) !== bare(y)) ways.push("case");
  if (x.toLowerCase() !== y.toLowerCase()) ways.push("white space");
  if (x !== a || y !== b) ways.push("invisible characters or Unicode form");
  return `they differ only in ${ways.join(" and ")}`;
}

/** What a text is, for the message: "subject", "scope", "unit", "source id", "party id". */
type Kind = "subject" | "scope" | "unit" | "source id" | "party id";

/** The texts met of one kind: the first path of each text as written, and the first text of each folded form. */
class Met {
  private readonly paths = new Map<string, JsonPath>();
  private readonly byFold = new Map<string, string>();
  private readonly reported = new Set<string>();
  constructor(
    private readonly kind: Kind,
    private readonly out: RawFinding[],
    /** Whether a pair is left to another rule (units of one indicator, which `unit-mismatch` reports). */
    private readonly skip: (path: JsonPath, other: JsonPath) => boolean = () => false,
  ) {}

  meet(text: string, path: JsonPath): void {
    if (this.paths.has(text)) return;
    this.paths.set(text, path);
    const key = folded(text);
    const first = this.byFold.get(key);
    if (first === undefined) {
      this.byFold.set(key, text);
      return;
    }
    const pair = JSON.stringify([first, text]);
    const at = this.paths.get(first) as JsonPath;
    if (this.reported.has(pair) || this.skip(path, at)) return;
    this.reported.add(pair);
    this.out.push({
      path,
      message: `the ${this.kind} ${visible(text)} here and ${visible(first)} at ${pathText(at)}: ${howDiffer(text, first)}; counted as two ${this.kind === "source id" || this.kind === "party id" ? "sources or parties" : `${this.kind}s`}, they may be one written two ways`,
    });
  }
}

/** The code and severity of the findings of {@link lookAlikeNames}. @internal */
export const LOOK_ALIKE_NAMES = { code: "look-alike-names", severity: "warning" } as const;

/**
 * The findings `look-alike-names`: subjects, scopes, units (of different indicators: one
 * indicator's are `unit-mismatch`), source ids and party ids that differ only in case, white
 * space, invisible characters or Unicode form, each at the later spelling's path, naming both
 * spellings (invisible characters as escapes) and the earlier one's path. @internal
 */
export const lookAlikeNames = {
  ...LOOK_ALIKE_NAMES,
  check(context: Pick<RuleContext, "dataset" | "claims">): RawFinding[] {
    const out: RawFinding[] = [];
    const { dataset, claims } = context;
    const sameIndicator = (path: JsonPath, other: JsonPath): boolean => {
      const [a, b] = [claims[path[1] as number], claims[other[1] as number]];
      return a !== undefined && b !== undefined && a.indicator.subject === b.indicator.subject && a.indicator.measure === b.indicator.measure && a.indicator.scope === b.indicator.scope;
    };
    // units that differ only in case the dataset check reads as one unit
    const unitAt = (path: JsonPath): string => claims[path[1] as number]?.indicator.unit.toLowerCase() ?? "";
    const oneUnit = (path: JsonPath, other: JsonPath): boolean => sameIndicator(path, other) || unitAt(path) === unitAt(other);
    const [subjects, scopes, units] = [new Met("subject", out), new Met("scope", out), new Met("unit", out, oneUnit)];
    claims.forEach((c, i) => {
      subjects.meet(c.indicator.subject, ["claims", i, "indicator", "subject"]);
      if (c.indicator.scope !== undefined) scopes.meet(c.indicator.scope, ["claims", i, "indicator", "scope"]);
      units.meet(c.indicator.unit, ["claims", i, "indicator", "unit"]);
    });
    const sources = new Met("source id", out);
    dataset.sources.forEach((s, i) => sources.meet(s.id, ["sources", i, "id"]));
    const parties = new Met("party id", out);
    (dataset.parties ?? []).forEach((p, i) => parties.meet(p.id, ["parties", i, "id"]));
    return out;
  },
};
