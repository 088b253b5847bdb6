/// <reference lib="dom" />
// The docs site as a reader opens it: every guide and an API page load in
// headless Chromium without a console error, every chart has a size, every
// internal link and anchor resolves, and the case study renders (a
// screenshot, saved and checked not blank).
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import type { Server } from "node:http";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { inflateSync } from "node:zlib";

import type { BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { fileOf, launch, serve, SITE } from "./serve.js";

const SHOTS = resolve(import.meta.dirname, "../../reports/screenshots");

let server: Server;
let base: string;
let context: BrowserContext;
let profile: string;

beforeAll(async () => {
  ({ server, base } = await serve());
  profile = mkdtempSync(join(tmpdir(), "fogcount-site-"));
  context = await launch(profile);
});

afterAll(async () => {
  await context?.close();
  server?.close();
  if (profile !== undefined) rmSync(profile, { recursive: true, force: true });
});

/** The pages a reader starts from: the home page, every guide and reference page, and the main entry's API page. */
function pages(): string[] {
  const documents = readdirSync(join(SITE, "documents"))
    .filter((f) => f.endsWith(".html"))
    .map((f) => `documents/${f}`);
  return ["index.html", ...documents, "modules/fogcount.html"];
}

interface Visit {
  readonly errors: string[];
  readonly links: string[];
  readonly charts: { src: string; width: number; height: number; loaded: boolean }[];
}

/** Opens a page and collects its console errors, its same-site links and its charts (SVG images in the content). */
async function visit(page: Page, path: string): Promise<Visit> {
  const errors: string[] = [];
  page.on("console", (m) => {
    // a failed load is reported below with its address
    if (m.type() === "error" && !m.text().startsWith("Failed to load resource")) errors.push(m.text());
  });
  page.on("pageerror", (e) => errors.push(e.message));
  page.on("response", (r) => {
    // the browser asks for /favicon.ico of its own accord; the site links none
    if (r.status() >= 400 && new URL(r.url()).pathname !== "/favicon.ico") errors.push(`${r.status()} for ${r.url()}`);
  });
  const response = await page.goto(base + path, { waitUntil: "load" });
  expect(response?.status(), path).toBe(200);
  const links = await page.$$eval("a[href]", (as) => as.map((a) => (a as HTMLAnchorElement).href));
  const charts = await page.$$eval(".col-content img[src$='.svg']", (imgs) =>
    imgs.map((img) => {
      const i = img as HTMLImageElement;
      const box = i.getBoundingClientRect();
      return { src: i.src, width: box.width, height: box.height, loaded: i.complete && i.naturalWidth > 0 };
    }),
  );
  return { errors, links: links.filter((href) => href.startsWith(base)), charts };
}

/** Whether the page a link names exists and, for a link to a place in it, has that place. */
function resolves(href: string): boolean {
  const url = new URL(href);
  const file = fileOf(url.pathname);
  if (file === undefined) return false;
  const fragment = decodeURIComponent(url.hash.slice(1));
  if (fragment === "") return true;
  const html = readFileSync(file, "utf8");
  return html.includes(`id="${fragment}"`) || html.includes(`name="${fragment}"`);
}

describe("the docs site", () => {
  it("has the home page, the guides in reading order, and entries named by import path", () => {
    const nav = readFileSync(join(SITE, "index.html"), "utf8");
    expect(nav).toContain("fogcount");
    const listed = pages();
    for (const guide of ["Getting_started", "Concepts", "Case_study"]) expect(listed.some((p) => p.includes(guide)), guide).toBe(true);
    expect(readdirSync(join(SITE, "modules"))).toContain("fogcount_text.html");
  });

  it("shows each page's title once: the home page, every guide and every entry's page", () => {
    const titles = (file: string) => [...readFileSync(join(SITE, file), "utf8").matchAll(/<h1[\s>]/g)].length;
    expect(titles("index.html")).toBe(1);
    for (const page of pages().filter((p) => p.endsWith(".html"))) expect(titles(page), page).toBe(1);
    const modules = readdirSync(join(SITE, "modules"));
    for (const entry of ["fogcount", "text", "revision", "import", "explain", "casualty", "deployment", "dataset", "ledger", "render", "schemas", "testing", "fixtures"]) {
      const file = entry === "fogcount" ? "fogcount.html" : `fogcount_${entry}.html`;
      expect(modules, `the page of fogcount/${entry}`).toContain(file);
      expect(titles(join("modules", file)), file).toBe(1);
    }
  });

  it("lists Getting started, Concepts and the case study first, then the guides, the how-to pages and the reference, as typedoc.json orders them", () => {
    // typedoc writes the navigation as base64 of deflated JSON
    const script = readFileSync(join(SITE, "assets", "navigation.js"), "utf8");
    const data = /"([A-Za-z0-9+/=]+)"/.exec(script)?.[1] ?? "";
    const nav = JSON.parse(inflateSync(Buffer.from(data, "base64")).toString("utf8")) as { text: string; path?: string; children?: { text: string; path?: string }[] }[];
    expect(nav.map((g) => g.text)).toEqual(["Guides", "How-to", "Reference", "Modules"]);
    const group = (name: string): string[] => (nav.find((g) => g.text === name)?.children ?? []).map((c) => c.text);
    expect(group("Guides").slice(0, 3)).toEqual(["Getting started", "Concepts", "Case study: one article, from text to report"]);
    // every how-to page of docs/how-to/ is in the How-to group
    const howTo = readdirSync(resolve(import.meta.dirname, "../../docs/how-to")).filter((f) => f.endsWith(".md"));
    expect(group("How-to").length).toBe(howTo.length + 1);
    // the documents in the order typedoc.json lists them
    const config = JSON.parse(readFileSync(resolve(import.meta.dirname, "../../typedoc.json"), "utf8")) as { projectDocuments: string[] };
    const titles = config.projectDocuments.map((doc) => /^title:\s*"?(.*?)"?\s*$/m.exec(readFileSync(resolve(import.meta.dirname, "../..", doc), "utf8"))?.[1]);
    expect([...group("Guides"), ...group("How-to"), ...group("Reference")]).toEqual(titles);
  });

  it("loads every page without a console error, with every chart drawn and every internal link resolving", async () => {
    const broken: string[] = [];
    const problems: string[] = [];
    for (const path of pages()) {
      const page = await context.newPage();
      const { errors, links, charts } = await visit(page, path);
      await page.close();
      problems.push(...errors.map((e) => `${path}: console error ${e}`));
      for (const chart of charts) if (!chart.loaded || chart.width <= 0 || chart.height <= 0) problems.push(`${path}: chart ${chart.src} drawn at ${chart.width}×${chart.height}`);
      for (const link of new Set(links)) if (!resolves(link)) broken.push(`${path} → ${link.slice(base.length)}`);
    }
    expect(problems).toEqual([]);
    expect(broken).toEqual([]);
  });

  it("renders the case study with its charts, and its screenshot is not blank", async () => {
    const study = pages().find((p) => p.includes("Case_study")) as string;
    const page = await context.newPage();
    const { charts } = await visit(page, study);
    expect(charts.length).toBeGreaterThanOrEqual(3);
    mkdirSync(SHOTS, { recursive: true });
    const shot = await page.screenshot({ path: join(SHOTS, "case-study.png"), fullPage: true });
    // the browser decodes its own screenshot: a blank page has one colour
    const colours = await page.evaluate(async (data) => {
      const bitmap = await createImageBitmap(await (await fetch(`data:image/png;base64,${data}`)).blob());
      const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
      const g = canvas.getContext("2d") as OffscreenCanvasRenderingContext2D;
      g.drawImage(bitmap, 0, 0);
      const pixels = g.getImageData(0, 0, bitmap.width, bitmap.height).data;
      const seen = new Set<number>();
      for (let i = 0; i < pixels.length && seen.size < 64; i += 4 * 97) seen.add(((pixels[i] ?? 0) << 16) | ((pixels[i + 1] ?? 0) << 8) | (pixels[i + 2] ?? 0));
      return seen.size;
    }, shot.toString("base64"));
    await page.close();
    expect(colours).toBeGreaterThan(8);
  });

  it("has an anchor for every error code and every lint rule on their reference pages", () => {
    const anchors = (name: string): string => readFileSync(join(SITE, "documents", readdirSync(join(SITE, "documents")).find((f) => f.startsWith(name)) as string), "utf8");
    const errors = anchors("Error_codes");
    const rules = anchors("Lint_rules");
    const codes = (file: string) => [...readFileSync(resolve(import.meta.dirname, "../../docs/reference", file), "utf8").matchAll(/^### ([a-z0-9-]+)$/gm)].map((m) => m[1] as string);
    for (const code of codes("errors.md")) expect(errors, code).toMatch(new RegExp(`id="${code}"`));
    for (const code of codes("lint-rules.md")) expect(rules, code).toMatch(new RegExp(`id="${code}"`));
  });
});
