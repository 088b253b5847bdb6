// Runs every program in examples/ against the built package and fails if any fails.
import { execFileSync } from "node:child_process";
import { readdirSync } from "node:fs";
import { join, resolve } from "node:path";

const dir = resolve(import.meta.dirname, "../examples");
const programs = readdirSync(dir).filter((f) => /\.(mjs|cjs|js)$/.test(f)).sort();
let failed = 0;
for (const program of programs) {
  try {
    execFileSync(process.execPath, [join(dir, program)], { stdio: ["ignore", "pipe", "pipe"], encoding: "utf8" });
    console.log(`example ${program}: ok`);
  } catch (e) {
    failed += 1;
    console.error(`example ${program}: failed\n${e.stdout ?? ""}${e.stderr ?? ""}`);
  }
}
console.log(`${programs.length - failed} examples passed, ${failed} failed`);
if (failed > 0 || programs.length === 0) process.exitCode = 1;
