// What is urged is sought, not there: a "that" clause after a verb of urging, "to allow" or "to
// speed up" an act, the act as the object ("urged faster delivery of"), a wish list. A veto of a
// sum, and a block of a sum of aid, deny it.
import { describe, expect, it } from "vitest";

import { extractEstimates } from "../../src/text/extract.js";

const modal = (s: string) => extractEstimates(s).map((e) => [e.text, e.modality]);

describe("urging and wishing seek the figure", () => {
  it.each([
    ["Zelensky urged that 300 tanks be sent immediately.", "300 tanks"],
    ["Kyiv asked that 40 more jets be delivered.", "40 more jets"],
    ["Poland pressed Germany to allow re-export of 14 Leopard 2 tanks.", "14 Leopard 2 tanks"],
    ["The UK urged the US to sign off on $60 billion in aid.", "$60 billion"],
    ["Zelensky urged the West to speed up deliveries of 300 tanks.", "300 tanks"],
    ["Zelensky urged faster delivery of 300 tanks.", "300 tanks"],
    ["Kyiv called for the swift transfer of 300 tanks.", "300 tanks"],
    ["Kyiv's wish list includes 300 tanks.", "300 tanks"],
    ["Kyiv's wish-list includes 300 tanks.", "300 tanks"],
    ["Kyiv has a wishlist of 300 tanks.", "300 tanks"],
  ])("%s", (s, text) => {
    expect(modal(s)).toEqual([[text, "planned"]]);
  });

  it.each([
    "Zelensky urged calm after the delivery of 300 tanks.",
    "Zelensky praised the delivery of 300 tanks.",
    "Germany allowed the re-export of 14 tanks.",
    "It was his wish that 300 soldiers be honoured.",
    "He pressed ahead with the delivery of 300 tanks.",
  ])("leaves a fact a fact: %s", (s) => {
    expect(modal(s).map(([, m]) => m)).toEqual(["asserted"]);
  });
});

describe("a veto or a block of a sum to be given", () => {
  it.each([
    ["Hungary vetoed €50 billion in EU aid for Ukraine.", "€50 billion"],
    ["Hungary blocked €50 billion in EU aid for Ukraine.", "€50 billion"],
    ["Hungary vetoed €50 billion.", "€50 billion"],
    ["Slovakia blocked a €5 billion aid package.", "€5 billion"],
    ["The president vetoed a bill to send $60 billion in aid.", "$60 billion"],
    ["Russia vetoed a resolution to deploy 3,000 peacekeepers.", "3,000 peacekeepers"],
  ])("denies it: %s", (s, text) => {
    expect(modal(s)).toEqual([[text, "negated"]]);
  });

  it.each([
    ["Russia vetoed 3 resolutions.", [["3", "asserted"]]],
    ["Hungary blocked 300 trucks at the border.", [["300 trucks", "asserted"]]],
    ["The EU blocked $300 billion of Russian assets.", [["$300 billion", "asserted"]]],
    ["Hungary blocked €50 billion in EU aid but Kyiv got €18 billion.", [["€50 billion", "negated"], ["€18 billion", "asserted"]]],
    ["The bill to send $60 billion passed.", [["$60 billion", "planned"]]],
  ])("leaves the rest as it was: %s", (s, expected) => {
    expect(modal(s)).toEqual(expected);
  });
});
