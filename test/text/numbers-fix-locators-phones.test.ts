import { describe, expect, it } from "vitest";

import { extractEstimates } from "../../src/text/extract.js";

const texts = (s: string) => extractEstimates(s).map((e) => e.text);

describe("a place in a document", () => {
  it.each([
    ["The attack killed 3,000 people (source: UN, p. 12).", ["3,000 people"]],
    ["See pp. 12-14 for the 3,000 deaths.", ["the 3,000 deaths"]],
    ["See paras. 12-14 on the 3,000 deaths.", ["the 3,000 deaths"]],
    ["The report (para. 45) cites 3,000 deaths.", ["3,000 deaths"]],
    ["The report (art. 5) cites 3,000 deaths.", ["3,000 deaths"]],
    ["The report (fig. 3) shows 3,000 deaths.", ["3,000 deaths"]],
    ["The report (figs. 3-4) shows 3,000 deaths.", ["3,000 deaths"]],
    ["The report (vol. 2) shows 3,000 deaths.", ["3,000 deaths"]],
    ["The report (ch. 3) shows 3,000 deaths.", ["3,000 deaths"]],
    ["The report (chap. 3) shows 3,000 deaths.", ["3,000 deaths"]],
    ["The report (sec. 4) cites 3,000 deaths.", ["3,000 deaths"]],
    ["The report (s. 4) cites 3,000 deaths.", ["3,000 deaths"]],
    ["The report (fn. 12) cites 3,000 deaths.", ["3,000 deaths"]],
    ["The report (n. 12) cites 3,000 deaths.", ["3,000 deaths"]],
    ["UNSC Res. 2334 was adopted.", []],
    ["Fig. 3 shows 3,000 deaths.", ["3,000 deaths"]],
  ])("is no count: %s", (s, want) => {
    expect(texts(s)).toEqual(want);
  });

  it.each([
    ["In the U.S. 300 people died.", ["300 people"]],
    ["The U.S. 300 troops arrived.", ["300 troops"]],
    ["Russia lost 300 tanks, the report said (p. 4).", ["300 tanks"]],
  ])("leaves a count after an initial or a sentence's end as it was: %s", (s, want) => {
    expect(texts(s)).toEqual(want);
  });
});

describe("a number dialled", () => {
  it.each(["Hotline: 112.", "Call 911 or 112.", "Call 112 or 911.", "Tel. 112", "Call 911 or 112 for help.", "Dial 102 for an ambulance.", "Phone: 1548."])(
    "is no count: %s",
    (s) => {
      expect(texts(s)).toEqual([]);
    },
  );

  it.each([
    ["They called 300 reservists.", ["300 reservists"]],
    ["The hotline received 300 calls.", ["300"]],
    ["Volunteers phone 300 families.", ["300 families"]],
    ["Of the 112 or 999 patients, 12 died.", ["the 112 or 999 patients", "12"]],
    ["Call 911: 300 people were hurt.", ["300 people"]],
  ])("leaves a count after a verb of calling or a noun of a telephone as it was: %s", (s, want) => {
    expect(texts(s)).toEqual(want);
  });
});
