// The ids of a dataset's sections, each mapped to its item, and the problems
// of ids written twice or that look alike: an id repeated however many times
// is one problem, naming every copy. Not exported from the package.

import { lookAlike, looks, visible } from "../_lib/forms.js";
import type { Dataset } from "./schema.js";
import type { ReferenceProblem, Section, SectionKey } from "./sections.js";

/** The most other copies of one id a problem names, each with its place; the rest are counted. */
const NAMED = 10;

/**
 * The other copies of a repeated id, after the first and the one the problem stands at: ", as
 * claims[3] does too", or up to {@link NAMED} of them and how many more. @internal
 */
export function alsoText(more: readonly string[]): string {
  if (more.length === 0) return "";
  const shown = more.slice(0, NAMED);
  const rest = more.length - shown.length;
  const tail = rest === 0 ? "" : ` and ${rest.toLocaleString("en-US")} more`;
  return `, as ${shown.join(" and ")}${tail} ${more.length === 1 ? "does" : "do"} too`;
}

/** The places a repeated id's problem names, beside the one it stands at: the first copy and the others it lists. @internal */
export function namedCopies<T>(at: readonly T[]): T[] {
  return [at[0] as T, ...at.slice(2, 2 + NAMED)];
}

/**
 * The problem of an id repeated in a section, once however many copies there are: at the first
 * copy after the first, naming the first and the other copies (up to {@link NAMED}, then how many more).
 */
function repeated({ key, noun }: Section, id: string, at: readonly number[]): ReferenceProblem {
  const [first, second, ...more] = at as [number, number, ...number[]];
  const also = alsoText(more.map((i) => `${key}[${i}]`));
  const fix = `give each ${noun} an id of its own, or keep just one if they are the same ${noun}`;
  return [[key, second, "id"], `repeats the id ${JSON.stringify(id)} of ${key}[${first}]${also}: ids are unique within a section (${fix})`, "duplicate-id", namedCopies(at).map((i) => [key, i, "id"])];
}

/** Each section's ids mapped to the index of their item; a repeated id is a problem, reported once. @internal */
export function indexIds(sections: readonly Section[], dataset: Dataset, problems: ReferenceProblem[]): Map<SectionKey, Map<string, number>> {
  const ids = new Map<SectionKey, Map<string, number>>();
  for (const section of sections) {
    const seen = new Map<string, number>();
    // the places of each repeated id, and where its problem stands in `problems`
    const copies = new Map<string, { at: number[]; problem: number }>();
    const alike = new Map<string, number>(); // ids that do not look as they are written, by how they look (see `looks`)
    const items = section.items(dataset);
    for (let i = 0; i < items.length; i++) {
      const id = (items[i] as { readonly id: string }).id;
      const first = seen.get(id);
      const look = looks(id);
      // most ids look as they are written: those are found in `seen`
      const same = look === id ? alike.get(look) : (alike.get(look) ?? seen.get(look));
      if (first === undefined && same === undefined) {
        seen.set(id, i);
        if (look !== id) alike.set(look, i);
      } else if (first !== undefined) {
        const copy = copies.get(id);
        // its place is kept at the first repeat; its message is written once every copy is known
        if (copy === undefined) copies.set(id, { at: [first, i], problem: problems.push(repeated(section, id, [first, i])) - 1 });
        else copy.at.push(i);
      } else {
        seen.set(id, i);
        const other = (items[same as number] as { readonly id: string }).id;
        const why = `${lookAlike(id, other)}: ids are compared as written, but no reader could tell the two apart`;
        problems.push([[section.key, i, "id"], `${visible(id)} is the id ${visible(other)} of ${section.key}[${same}], ${why}`, "duplicate-id", [[section.key, same as number, "id"]]]);
      }
    }
    for (const [id, copy] of copies) if (copy.at.length > 2) problems[copy.problem] = repeated(section, id, copy.at);
    ids.set(section.key, seen);
  }
  return ids;
}
