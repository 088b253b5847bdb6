// Installs the packed tarball into a fresh project and uses it as a consumer would:
// import and require every entry, and type-check with module node16 and
// skipLibCheck false under TypeScript 6 and TypeScript 7.
import { execFileSync, spawnSync } from "node:child_process";
import { cpSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";

const root = resolve(import.meta.dirname, "..");
const work = mkdtempSync(join(tmpdir(), "fogcount-consumer-"));
function run(cmd, args, cwd = work) {
  try {
    return execFileSync(cmd, args, { cwd, stdio: ["ignore", "pipe", "pipe"], encoding: "utf8" });
  } catch (e) {
    throw new Error(`${cmd} ${args.join(" ")} failed in ${cwd}\n${e.stdout ?? ""}${e.stderr ?? ""}`);
  }
}
const pkg = JSON.parse(execFileSync("npm", ["pkg", "get", "devDependencies"], { cwd: root, encoding: "utf8" }));

try {
  run("npm", ["pack", "--silent", "--pack-destination", work], root);
  const tarball = readdirSync(work).find((f) => f.endsWith(".tgz"));
  const project = join(work, "project");
  cpSync(join(root, "consumer"), project, { recursive: true });
  run(
    "npm",
    [
      "install",
      "--no-audit",
      "--no-fund",
      "--prefer-offline",
      "--loglevel=error",
      join(work, tarball),
      `zod@${pkg.zod}`,
      `fast-check@${pkg["fast-check"]}`,
      `@types/node@${pkg["@types/node"]}`,
    ],
    project,
  );
  process.stdout.write(run("node", ["esm.mjs"], project));
  process.stdout.write(run("node", ["cjs.cjs"], project));
  // the command, as npm linked it
  const bin = join(project, "node_modules/.bin/fogcount");
  const version = run(bin, ["--version"], project).trim();
  const title = run(bin, ["report"], project).split("\n")[0];
  const seed = join(project, "seed.json");
  writeFileSync(seed, run("node", ["--input-type=module", "-e", 'const m = await import("fogcount/fixtures"); process.stdout.write(JSON.stringify(m.nisBriefing2025Dataset, null, 2))'], project));
  const check = spawnSync(bin, ["check", "seed.json"], { cwd: project, encoding: "utf8" });
  if (check.status !== 1 || !check.stdout.includes("increment-before-wave")) throw new Error(`fogcount check seed.json: exit ${check.status}\n${check.stdout}${check.stderr}`);
  console.log(`bin: ${version}; report opens with "${title}"; check finds the early 2023 increment`);
  for (const [name, tsc] of [
    ["TypeScript 6", join(root, "node_modules/typescript/bin/tsc")],
    ["TypeScript 7", join(root, "node_modules/typescript7/bin/tsc")],
  ]) {
    const version = run("node", [tsc, "--version"], project).trim();
    run("node", [tsc, "-p", "tsconfig.json"], project);
    console.log(`${name} (${version}): types check with module node16 and skipLibCheck false`);
  }
} catch (e) {
  console.error(`consumer-test: ${e.message}`);
  process.exitCode = 1;
} finally {
  rmSync(work, { recursive: true, force: true });
}
