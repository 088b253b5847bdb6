// The ids of a dataset's sections, each mapped to its item, and the problems
// of ids written twice or that look alike: an id repeated however many times
// is one problem, naming every copy. Not exported from the package.

import { lookAlike, looks, visible } from "../_lib/forms.js";
import type { Dataset } from "./schema.js";
import type { ReferenceProblem, Section, SectionKey } from "./sections.js";

/**
 * The problem of an id repeated in a section, once however many copies there are: at the first
 * copy after the first, naming every other place it is written.
 */
function repeated({ key, noun }: Section, id: string, at: readonly number[]): ReferenceProblem {
  const [first, second, ...more] = at as [number, number, ...number[]];
  const also = more.length === 0 ? "" : `, as ${more.map((i) => `${key}[${i}]`).join(" and ")} ${more.length === 1 ? "does" : "do"} too`;
  const fix = `give each ${noun} an id of its own, or keep just one if they are the same ${noun}`;
  return [[key, second, "id"], `repeats the id ${JSON.stringify(id)} of ${key}[${first}]${also}: ids are unique within a section (${fix})`, "duplicate-id", at.filter((i) => i !== second).map((i) => [key, i, "id"])];
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
        const copy = copies.get(id) ?? { at: [first], problem: problems.length };
        if (copy.at.length === 1) copies.set(id, copy);
        copy.at.push(i);
        problems[copy.problem] = repeated(section, id, copy.at);
      } else {
        seen.set(id, i);
        const other = (items[same as number] as { readonly id: string }).id;
        const why = `${lookAlike(id, other)}: ids are compared as written, but no reader could tell the two apart`;
        problems.push([[section.key, i, "id"], `${visible(id)} is the id ${visible(other)} of ${section.key}[${same}], ${why}`, "duplicate-id"]);
      }
    }
    ids.set(section.key, seen);
  }
  return ids;
}
