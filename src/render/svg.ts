// Writing SVG as text: escaping, numbers, elements and the document around a
// chart. Pure and deterministic: the same marks give the same string. Not
// exported from the package.

/** Stands for the chart's id while its body is written; replaced once the id is known. A control character, which {@link xml} replaces in any text, so only {@link ref} can write it. */
const ID = "\u0001";

/** An attribute value that names ids inside the chart, written as it is: never user text. @internal */
export interface Ref {
  readonly ref: string;
}

/** An attribute value naming the chart's ids: each `@` in `template` stands for the chart's id (`ref("url(#@-hatch)")` is `url(#<id>-hatch)` once written). @internal */
export function ref(template: string): Ref {
  return { ref: template.replaceAll("@", ID) };
}

/** Characters XML 1.0 does not allow (controls, lone surrogates, U+FFFE and U+FFFF), and the five it must escape. */
const UNSAFE = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]|[&<>"']/g;
const ENTITIES = new Map([["&", "&amp;"], ["<", "&lt;"], [">", "&gt;"], ['"', "&quot;"], ["'", "&#39;"]]);

/**
 * The explicit bidi embeddings, overrides and isolates (U+202A–U+202E,
 * U+2066–U+2069). A name holding U+202E would reverse the rest of the line
 * it is drawn in; without them, Arabic and Hebrew still read right to left by
 * their own letters.
 */
const BIDI = /[\u202A-\u202E\u2066-\u2069]/g;

/**
 * Text as XML character data or an attribute value: `&`, `<`, `>`, quotes
 * escaped, characters XML cannot hold replaced by U+FFFD, so that a source
 * called `<script>` is shown as text and never read as markup, and explicit
 * bidi controls removed, so that a name cannot reorder the text around it. @internal
 */
export function xml(text: string): string {
  return text.replace(BIDI, "").replace(UNSAFE, (c) => ENTITIES.get(c) ?? "\uFFFD");
}

/** A coordinate or length as written: at most two decimals, never `-0`, `NaN` or `Infinity` (a mark past the page is drawn at its edge). @internal */
export function num(x: number): string {
  const v = Number.isFinite(x) ? Math.round(Math.max(-1e6, Math.min(1e6, x)) * 100) / 100 : 0;
  return String(v === 0 ? 0 : v);
}

/** Attributes as written after an element's name: numbers through {@link num}, text escaped, references to ids as they are, `undefined` and `false` left out. */
type Attributes = Readonly<Record<string, string | number | boolean | Ref | undefined>>;

function attributes(attrs: Attributes): string {
  let out = "";
  for (const name of Object.keys(attrs)) {
    const v = attrs[name];
    if (v === undefined || v === false) continue;
    out += ` ${name}="${typeof v === "number" ? num(v) : v === true ? name : typeof v === "object" ? v.ref : xml(v)}"`;
  }
  return out;
}

/** An element: `tag("rect", { x: 1 })` is `<rect x="1"/>`; children are SVG already written. @internal */
export function tag(name: string, attrs: Attributes, ...children: readonly string[]): string {
  const inner = children.join("");
  return inner === "" ? `<${name}${attributes(attrs)}/>` : `<${name}${attributes(attrs)}>${inner}</${name}>`;
}

/** A text element holding `content`, escaped. @internal */
export function label(x: number, y: number, content: string, attrs: Attributes = {}): string {
  return `<text${attributes({ x, y, ...attrs })}>${xml(content)}</text>`;
}

/** A path through points, `M x y L x y …`. @internal */
export function polyline(points: readonly (readonly [number, number])[]): string {
  return points.map(([x, y], i) => `${i === 0 ? "M" : "L"}${num(x)} ${num(y)}`).join(" ");
}

/** The bounds of a figure or an axis as data attributes, for scripts and tests: exact values, an unbounded end left out and marked. @internal */
export function bounds(low: number, high: number): Readonly<Record<string, string | boolean | undefined>> {
  return { "data-low": String(low), "data-high": Number.isFinite(high) ? String(high) : undefined, "data-unbounded": high === Infinity };
}

/** A text cut to `max` characters with an ellipsis, for labels that must fit; the description keeps it whole. @internal */
export function fit(text: string, max: number): string {
  const chars = Array.from(text.replace(/\s+/g, " ").trim());
  return chars.length <= max ? chars.join("") : `${chars.slice(0, Math.max(1, max - 1)).join("")}…`;
}

/** The width a label takes at a font size, roughly (for layout, never for meaning). @internal */
export function textWidth(text: string, size = 12): number {
  return Array.from(text).length * size * 0.58;
}

/** FNV-1a over a text, in base 36: a short, stable name for a chart's content. */
function hash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193) >>> 0;
  return h.toString(36);
}

/** What a chart says about itself, and how large it is drawn. @internal */
export interface Page {
  /** The kind of chart, for the id: `"revision"`. */
  readonly kind: string;
  readonly width: number;
  readonly height: number;
  /** The size of the drawing, when it differs from `width` × `height` (a chart whose rows set its height). */
  readonly viewWidth?: number;
  readonly viewHeight?: number;
  readonly title: string;
  /** The figures in words, for screen readers and search. */
  readonly desc: string;
  /** The id given in the options; by default one derived from the content. */
  readonly id: string | undefined;
}

/**
 * The SVG document of a chart: `role="img"`, a `<title>` and a `<desc>`
 * named by `aria-labelledby`, a `viewBox`, `width` and `height`, shared
 * patterns and markers in `<defs>`, and the body. Ids inside are the chart's
 * id (given, or a hash of the content) followed by a suffix, so that two
 * charts on one page do not share ids. @internal
 */
export function svgDocument(page: Page, defs: string, body: string): string {
  const vw = page.viewWidth ?? page.width;
  const vh = page.viewHeight ?? page.height;
  const head = tag("title", { id: ref("@-title") }, xml(page.title)) + tag("desc", { id: ref("@-desc") }, xml(page.desc));
  const inner = `${head}${defs === "" ? "" : tag("defs", {}, defs)}${tag("rect", { width: vw, height: vh, fill: "#ffffff" })}${body}`;
  const root = {
    xmlns: "http://www.w3.org/2000/svg",
    width: page.width,
    height: page.height,
    viewBox: `0 0 ${num(vw)} ${num(vh)}`,
    role: "img",
    "aria-labelledby": ref("@-title @-desc"),
    "font-family": "system-ui, -apple-system, 'Segoe UI', Roboto, Helvetica, Arial, sans-serif",
    "font-size": 12,
    fill: "#1a1a1a",
  };
  const text = tag("svg", root, inner);
  const id = page.id ?? `fogcount-${page.kind}-${hash(text)}`;
  return text.split(ID).join(id);
}
