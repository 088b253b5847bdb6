// The findings of the dataset's lint rules, as the report's last section: under
// --known, only those about what was public by then.

import type { DatasetFinding } from "../../dataset/check.js";
import { pathText } from "../../dataset/issues.js";
import { restsOnDeprecatedClaim } from "../../dataset/rules/deprecated.js";
import { claimIds } from "./casualties.js";
import { publicState } from "./clocks.js";
import { inWords, reportState } from "./context.js";
import type { ReportContext } from "./context.js";
import type { Section } from "./document.js";
import { itemKey } from "./retired.js";

/**
 * Whether what a finding is about (the claim, wave, ledger entry or breakdown at its path) was
 * public by the knowledge time asked about, or reported at a time with no last day (or an
 * unknown one), which the finding is likely about and no date can leave out; anything else is.
 */
function aboutPublic(context: ReportContext, f: DatasetFinding): boolean {
  const [section, i, list, j] = f.path as readonly (string | number)[];
  const d = context.dataset;
  // a figure on a claim whose replacement was not yet public rested on a claim that stood
  if (f.code === restsOnDeprecatedClaim.code && context.retired.get(itemKey(f.path.slice(0, section === "ledgers" ? 4 : 2)))?.code !== restsOnDeprecatedClaim.code) return false;
  if (section === "claims") {
    const c = context.claims[i as number];
    return c === undefined || reportState(context, c.reportedAt) !== "not-yet-public";
  }
  if (section === "deployments") return reportState(context, d.deployments[i as number]?.reportedAt ?? "") !== "not-yet-public";
  if (section === "ledgers" && (list === "entries" || list === "valuations")) {
    const item = d.ledgers[i as number]?.[list][j as number];
    const state = item === undefined ? "public" : publicState(context, { claims: item.claims, attribution: item.attribution });
    return state === "public" || state === "no-last-day";
  }
  if (section === "casualtyBreakdowns") {
    const b = d.casualtyBreakdowns[i as number];
    return b === undefined || publicState(context, { claims: claimIds(b) }) === "public";
  }
  return true;
}

/** The findings of the dataset's lint rules; under --known, those about what was not yet public are left out, and counted. */
export function findingsSection(context: ReportContext): Section {
  const findings = context.findings.filter((f) => aboutPublic(context, f));
  const hidden = context.findings.length - findings.length;
  const errors = findings.filter((f) => f.severity === "error").length;
  const summary =
    findings.length === 0
      ? "The lint rules find nothing."
      : `${errors} error${errors === 1 ? "" : "s"} and ${findings.length - errors} warning${findings.length - errors === 1 ? "" : "s"}: each is a figure or date that cannot be so as stated, or should be looked at. The figures above are as stated.`;
  const left = hidden === 0 ? "" : ` ${hidden} finding${hidden === 1 ? " is" : "s are"} left out: ${hidden === 1 ? "it is" : "they are"} about what was not yet public on ${inWords(context.known ?? "")} (fogcount check lists every finding).`;
  return {
    key: "findings",
    title: "Check findings",
    blocks: [
      { kind: "paragraph", text: summary + left },
      ...(findings.length === 0 ? [] : [{ kind: "list" as const, items: findings.map((f) => ({ head: `${f.severity}  ${f.code}  ${pathText(f.path)}`, body: f.message, severity: f.severity })) }]),
    ],
    data: findings,
  };
}
