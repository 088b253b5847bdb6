// Validating a dataset of 100,000 claims, parseDataset then checkDataset on the value JSON.parse
// read, against JSON.parse of the same text, in the same run.
import { checkDataset } from "../../src/dataset/check.js";
import { parseDataset } from "../../src/dataset/parse.js";
import { datasetText } from "../dataset.js";
import { compare, mb, ms, report, size, times } from "../_lib/harness.js";

const CLAIMS = size(100_000, 1_000);
const text = datasetText(CLAIMS);
const json: unknown = JSON.parse(text);
const claims = (json as { claims: unknown[] }).claims.length;
const findings = checkDataset(parseDataset(json)).length;

const t = compare(() => checkDataset(parseDataset(json)), () => JSON.parse(text), { warmup: 1, rounds: size(5, 3) });
report({
  rows: [
    {
      what: `validate a ${claims.toLocaleString("en")}-claim dataset (parseDataset + checkDataset)`,
      library: ms(t.library),
      baseline: `${ms(t.baseline)} (JSON.parse)`,
      ratio: times(t.ratio),
      aim: "≤ 4×",
      within: t.ratio <= 4,
    },
  ],
  notes: [`the dataset: ${mb(text.length)} of indented JSON, ${claims.toLocaleString("en")} claims, ${findings} findings`],
});
