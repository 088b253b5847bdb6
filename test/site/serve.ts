// A static server of the built docs site on a free localhost port, and the
// browser that reads it: Debian's Chromium driven by playwright-core.
import { createReadStream, existsSync, statSync } from "node:fs";
import { createServer } from "node:http";
import type { Server } from "node:http";
import { extname, join, normalize, resolve } from "node:path";

import { chromium } from "playwright-core";
import type { BrowserContext } from "playwright-core";

export const SITE = resolve(import.meta.dirname, "../../docs-site");

const TYPES: Readonly<Record<string, string>> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript",
  ".css": "text/css",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".json": "application/json",
};

/** The file of the site a URL path names, or undefined outside it or missing. */
export function fileOf(path: string): string | undefined {
  const file = normalize(join(SITE, decodeURIComponent(path.split(/[?#]/)[0] ?? "")));
  if (!file.startsWith(SITE)) return undefined;
  const target = existsSync(file) && statSync(file).isDirectory() ? join(file, "index.html") : file;
  return existsSync(target) ? target : undefined;
}

/** Serves the site; resolves with the server and its base URL. */
export async function serve(): Promise<{ server: Server; base: string }> {
  const server = createServer((req, res) => {
    const file = fileOf(req.url ?? "/");
    if (file === undefined) {
      res.writeHead(404).end("not found");
      return;
    }
    res.writeHead(200, { "content-type": TYPES[extname(file)] ?? "application/octet-stream" });
    createReadStream(file).pipe(res);
  });
  await new Promise<void>((done) => server.listen(0, "127.0.0.1", done));
  const address = server.address();
  if (address === null || typeof address === "string") throw new Error("the docs server has no port");
  return { server, base: `http://127.0.0.1:${address.port}/` };
}

/**
 * Debian's Chromium, headless, with a fresh profile in `profile`: playwright
 * passes `--headless` and `--user-data-dir` itself.
 */
export function launch(profile: string): Promise<BrowserContext> {
  return chromium.launchPersistentContext(profile, {
    executablePath: process.env["FOGCOUNT_CHROMIUM"] ?? "/usr/bin/chromium",
    headless: true,
    args: ["--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
    viewport: { width: 1280, height: 900 },
  });
}
