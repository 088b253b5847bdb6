// Makes sure Debian's Chromium is there for the docs-site test: installs the
// `chromium` package with apt-get when it is missing and this runs as root;
// otherwise says what to install. Prints the path of the browser.
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";

const BROWSER = process.env.FOGCOUNT_CHROMIUM ?? "/usr/bin/chromium";

if (!existsSync(BROWSER)) {
  const root = typeof process.getuid === "function" && process.getuid() === 0;
  if (!root || !existsSync("/usr/bin/apt-get")) {
    console.error(`The docs-site test needs Chromium at ${BROWSER}: install Debian's chromium package (apt-get install chromium), or set FOGCOUNT_CHROMIUM to a Chromium binary.`);
    process.exit(1);
  }
  console.error("Installing Debian's chromium package for the docs-site test ...");
  const apt = (args) => execFileSync("apt-get", args, { stdio: ["ignore", "ignore", "inherit"], env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" } });
  try {
    apt(["install", "-y", "-q", "--no-install-recommends", "chromium"]);
  } catch {
    apt(["update", "-q"]);
    apt(["install", "-y", "-q", "--no-install-recommends", "chromium"]);
  }
}
console.log(BROWSER);
