// A small well-formedness check for the SVG the charts write, and readers for
// what the tests look at in it. Not a full XML parser: enough for what the
// charts write (elements, attributes, text, the five entities and numeric
// references), and strict about it.

const NAME = /^[A-Za-z_][\w.:-]*$/;
const ENTITY = /&(?:amp|lt|gt|quot|apos|#\d+|#x[0-9a-fA-F]+);/g;
/** Characters XML 1.0 does not allow. */
const FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

export interface Element {
  readonly name: string;
  readonly attributes: Readonly<Record<string, string>>;
  readonly children: Element[];
  /** The text directly inside, entities decoded. */
  text: string;
}

function decode(text: string): string {
  return text.replace(/&(amp|lt|gt|quot|apos|#\d+|#x[0-9a-fA-F]+);/g, (_, e: string) =>
    e === "amp" ? "&" : e === "lt" ? "<" : e === "gt" ? ">" : e === "quot" ? '"' : e === "apos" ? "'" : String.fromCodePoint(e[1] === "x" ? parseInt(e.slice(2), 16) : Number(e.slice(1))),
  );
}

function checkText(text: string, where: string): void {
  if (FORBIDDEN.test(text)) throw new Error(`a character XML does not allow ${where}`);
  if (/[<]/.test(text) || /&/.test(text.replace(ENTITY, ""))) throw new Error(`an unescaped < or & ${where}: ${text.slice(0, 60)}`);
}

function readAttributes(source: string, tagText: string): Record<string, string> {
  const out: Record<string, string> = {};
  let rest = source.trim();
  while (rest !== "") {
    const m = /^([^\s=]+)="([^"]*)"\s*/.exec(rest);
    if (m === null) throw new Error(`an attribute that is not name="value" in <${tagText}>: ${rest.slice(0, 60)}`);
    const [, name = "", value = ""] = m;
    if (!NAME.test(name)) throw new Error(`an attribute name that is not one: ${name}`);
    if (Object.hasOwn(out, name)) throw new Error(`the attribute ${name} twice in <${tagText}>`);
    checkText(value, `in the attribute ${name}`);
    out[name] = decode(value);
    rest = rest.slice(m[0].length);
  }
  return out;
}

/** Parses `xml`, throwing an Error saying what is not well-formed; returns the root element. */
export function parseXml(xml: string): Element {
  const stack: Element[] = [];
  let root: Element | undefined;
  let at = 0;
  while (at < xml.length) {
    const lt = xml.indexOf("<", at);
    const text = xml.slice(at, lt < 0 ? xml.length : lt);
    if (text !== "") {
      checkText(text, "in text");
      const top = stack[stack.length - 1];
      if (top === undefined) throw new Error(`text outside the root: ${text.slice(0, 40)}`);
      top.text += decode(text);
    }
    if (lt < 0) break;
    const gt = xml.indexOf(">", lt);
    if (gt < 0) throw new Error("a tag that does not end");
    const inner = xml.slice(lt + 1, gt);
    at = gt + 1;
    if (inner.startsWith("/")) {
      const open = stack.pop();
      if (open?.name !== inner.slice(1)) throw new Error(`</${inner.slice(1)}> closes <${open?.name ?? "nothing"}>`);
      continue;
    }
    const selfClosing = inner.endsWith("/");
    const body = selfClosing ? inner.slice(0, -1) : inner;
    const name = /^\S+/.exec(body)?.[0] ?? "";
    if (!NAME.test(name)) throw new Error(`an element name that is not one: <${body.slice(0, 40)}>`);
    const element: Element = { name, attributes: readAttributes(body.slice(name.length), name), children: [], text: "" };
    const parent = stack[stack.length - 1];
    if (parent === undefined) {
      if (root !== undefined) throw new Error("two roots");
      root = element;
    } else parent.children.push(element);
    if (!selfClosing) stack.push(element);
  }
  if (stack.length > 0) throw new Error(`<${stack[stack.length - 1]?.name}> is not closed`);
  if (root === undefined) throw new Error("no root element");
  return root;
}

/** Every element below `root` (itself included), depth first. */
export function elements(root: Element): Element[] {
  return [root, ...root.children.flatMap(elements)];
}

/** The elements whose class list holds every class given. */
export function byClass(root: Element, ...classes: string[]): Element[] {
  return elements(root).filter((e) => {
    const list = (e.attributes["class"] ?? "").split(" ");
    return classes.every((c) => list.includes(c));
  });
}

/** All the text below an element, its children's included. */
export function textOf(e: Element): string {
  return e.text + e.children.map(textOf).join("");
}

const GEOMETRY = ["x", "y", "width", "height", "d", "cx", "cy", "r", "transform", "viewBox", "stroke-width", "data-low", "data-high"];

/** The values of every attribute that holds numbers (coordinates, sizes, paths, bounds), with the attribute's name. */
export function geometry(root: Element): { name: string; value: string }[] {
  return elements(root).flatMap((e) => GEOMETRY.filter((name) => Object.hasOwn(e.attributes, name)).map((name) => ({ name, value: e.attributes[name] as string })));
}
