import { add, exact, formatEstimate, sumEstimates, toInterval } from "fogcount";
import type { Estimate, Interval } from "fogcount";
import { nisBriefing2025Claims, nisBriefing2025Ledger } from "fogcount/fixtures";
import { EstimateSchema } from "fogcount/schemas";
import { parseEstimate } from "fogcount/text";
import type { ParseEstimateResult } from "fogcount/text";
import { importCumulativeSeries } from "fogcount/import";
import { balance } from "fogcount/ledger";
import type { LedgerBalance } from "fogcount/ledger";
import { revisionChart } from "fogcount/render";
import type { RevisionChartOptions } from "fogcount/render";
import { asOf, revisionHistory } from "fogcount/revision";
import type { RevisionHistory } from "fogcount/revision";
import { arbEstimate } from "fogcount/testing";
import type { FogcountMatchers } from "fogcount/testing";
import { checkDataset, parseDataset } from "fogcount/dataset";
import type { Dataset, DatasetFinding } from "fogcount/dataset";
import { nisBriefing2025Dataset } from "fogcount/fixtures";

const parsed: Estimate = EstimateSchema.parse({ kind: "exact", value: 1, unit: "USD" });
const dollars = add(exact(1, "USD"), exact(2, "USD"));
const unit: "USD" = dollars.unit;
const interval: Interval = toInterval(sumEstimates([parsed]));
const text: string = formatEstimate(nisBriefing2025Claims[0]!.estimate);
const matchers: FogcountMatchers<void> | undefined = undefined;
const read: ParseEstimateResult = parseEstimate("about 3,000 troops");
const histories: RevisionHistory[] = revisionHistory(nisBriefing2025Claims);
const believed = histories[0] === undefined ? undefined : asOf(histories[0], { valid: "2025-04-30" });
const dataset: Dataset = parseDataset(nisBriefing2025Dataset);
const findings: DatasetFinding[] = checkDataset(dataset, { rules: { "unknown-as-zero": "error" } });
const balanced: LedgerBalance = balance(nisBriefing2025Ledger);
const chartOptions: RevisionChartOptions = { known: "2025-03-31", width: 480 };
const chart: string | undefined = histories[0] === undefined ? undefined : revisionChart(histories[0], chartOptions);
void [chart, unit, interval, text, matchers, arbEstimate, read, believed, importCumulativeSeries, findings, balanced];

// @ts-expect-error: mixing currencies does not compile
add(exact(1, "USD"), exact(2, "EUR"));
