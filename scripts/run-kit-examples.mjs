// Runs the test kit's example suite (examples/kit) against the built package,
// as a project that installed fogcount would: under vitest, then under Jest
// (native ES modules, no transform). Fails if either run fails.
import { spawnSync } from "node:child_process";
import { resolve } from "node:path";

const root = resolve(import.meta.dirname, "..");
const runs = [
  ["vitest", [resolve(root, "node_modules/vitest/vitest.mjs"), "run", "--config", "examples/kit/vitest.config.mjs"]],
  ["jest", ["--experimental-vm-modules", "--no-warnings=ExperimentalWarning", resolve(root, "node_modules/jest/bin/jest.js"), "--config", "examples/kit/jest.config.mjs"]],
];
let failed = 0;
for (const [runner, args] of runs) {
  const run = spawnSync(process.execPath, args, { cwd: root, encoding: "utf8", env: { ...process.env, FORCE_COLOR: "0", NO_COLOR: "1" } });
  const output = `${run.stdout ?? ""}${run.stderr ?? ""}`.replace(/\u001b\[[0-9;]*m/g, "");
  const summary = output.split("\n").find((line) => /^\s*Tests:?\s/.test(line))?.trim() ?? "no summary";
  if (run.status === 0) console.log(`examples/kit under ${runner}: ok (${summary})`);
  else {
    failed += 1;
    console.error(`examples/kit under ${runner}: failed\n${output}`);
  }
}
if (failed > 0) process.exitCode = 1;
