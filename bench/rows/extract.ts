// extractEstimates on news-style sentences, one call a sentence, against the number model of
// Microsoft Recognizers-Text on the same sentences, in the same run; and its throughput on
// 1 MB of such text in one call.
import { Culture, NumberRecognizer } from "@microsoft/recognizers-text-number";

import { extractEstimates } from "../../src/text/extract.js";
import { fill, NEWS } from "../extract.bench.js";
import { compare, median, ms, report, size, timeOnce } from "../_lib/harness.js";

/** More sentences as the seed briefing writes them. */
const SENTENCES = [
  ...NEWS,
  "Earlier, the NIS had estimated the deaths of about 300 soldiers and 2,700 injuries in January, which later escalated to 4,000 in March.",
  "Around 15,000 North Korean laborers have been sent to Russia as part of joint industrial efforts.",
  "Approximately 3,000 additional troops were dispatched in early 2023.",
  "Officials said there was no indication of cash payments, and that at least 12 drones were shot down overnight.",
];
// Each side makes 1,000 calls a round (the ten sentences a hundred times), about 4 ms of the
// library's: a steady state of one call a sentence, as a loop over an archive makes them. At 200
// calls a round (about 1 ms), the library's round after each 20 ms of the number model's read
// 1.4–1.6 times slower a sentence than the same calls alone or in longer rounds (3.4–3.9 µs),
// a cost of switching between the two that falls almost all on the shorter side; see
// docs/performance.md.
const REPEAT = size(100, 1);
const model = new NumberRecognizer(Culture.English).getNumberModel();

const ours = (): number => {
  let n = 0;
  for (let r = 0; r < REPEAT; r++) for (let i = 0; i < SENTENCES.length; i++) n += extractEstimates(SENTENCES[i] as string).length;
  return n;
};
const theirs = (): number => {
  let n = 0;
  for (let r = 0; r < REPEAT; r++) for (let i = 0; i < SENTENCES.length; i++) n += model.parse(SENTENCES[i] as string).length;
  return n;
};
// Both sides keep getting faster for their first rounds (the JIT of each settles while the
// other one runs between its rounds), so both get 15 rounds of warm-up.
const t = compare(ours, theirs, { warmup: size(15, 2), rounds: size(9, 3) });
const calls = REPEAT * SENTENCES.length;
const speedup = 1 / t.ratio;

// Throughput: 1 MB of the sentences in one call, the median of several calls. A call of 1 MB
// keeps getting faster for its first half-dozen calls (about 300, 180, 120, 70 ms here, then
// steady), as the JIT settles on the grammar's code; the warm-up calls are not counted.
const bytes = size(1_000_000, 50_000);
const text = fill(`${SENTENCES.join(" ")} `, bytes);
for (let k = 0; k < size(8, 1); k++) extractEstimates(text);
const oneCall = median(Array.from({ length: size(9, 3) }, () => timeOnce(() => extractEstimates(text))));
const rate = bytes / 1e6 / (oneCall / 1000);
report({
  rows: [
    {
      what: `extractEstimates, one call a sentence (${SENTENCES.length} news-style sentences)`,
      library: `${ms(t.library / calls)} a sentence`,
      baseline: `${ms(t.baseline / calls)} (Recognizers-Text number model)`,
      ratio: `${speedup.toFixed(1)}× faster`,
      aim: "≥ 25× faster",
      within: speedup >= 25,
    },
    {
      what: `extractEstimates on ${(bytes / 1e6).toFixed(1)} MB of news-style text in one call`,
      library: ms(oneCall),
      baseline: "—",
      ratio: `${rate.toFixed(1)} MB/s`,
      aim: "≥ 15 MB/s",
      within: rate >= 15,
    },
  ],
  notes: [`extractEstimates found ${ours() / REPEAT} figures in the sentences, the number model ${theirs() / REPEAT} numbers (dates and designations included)`],
});
