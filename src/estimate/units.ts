// The units of products and quotients of estimates. Not exported from the package.

/**
 * A unit as factors over divisors: "USD/person/day" is [["USD"], ["person", "day"]], "1/day"
 * is [[], ["day"]]. Undefined for a unit this reading would not keep whole: one with
 * parentheses, an empty part, or a product after a slash ("a/b*c" reads two ways).
 */
function factorsOf(unit: string): [string[], string[]] | undefined {
  if (/[()]/.test(unit)) return undefined;
  const [top = "", ...divisors] = unit.split("/");
  const factors = top === "1" ? [] : top.split("*");
  if (factors.includes("") || divisors.some((d) => d === "" || d === "1" || d.includes("*"))) return undefined;
  return [factors, divisors];
}

/**
 * The unit of a product. A factor of one unit cancels one divisor of the other, and
 * only one, wherever it stands ("USD/person/day" × "person" is "USD/day", "a/b/c" × "c"
 * is "a/b"); a product that cancels nothing is written `a*b`. @internal
 */
export function multiplyUnits(a: string, b: string): string {
  if (a === "1") return b;
  if (b === "1") return a;
  const fa = factorsOf(a);
  const fb = factorsOf(b);
  if (fa === undefined || fb === undefined) return `${a}*${b}`;
  const factors = [...fa[0], ...fb[0]];
  const divisors = [...fa[1], ...fb[1]];
  let cancelled = false;
  for (let i = 0; i < factors.length; ) {
    const at = divisors.indexOf(factors[i] as string);
    if (at < 0) i++;
    else {
      factors.splice(i, 1);
      divisors.splice(at, 1);
      cancelled = true;
    }
  }
  if (!cancelled) return `${a}*${b}`;
  const top = factors.length === 0 ? "1" : factors.join("*");
  return divisors.length === 0 ? top : `${top}/${divisors.join("/")}`;
}

/** The unit of a quotient. @internal */
export function divideUnits(a: string, b: string): string {
  if (a === b) return "1";
  if (b === "1") return a;
  // a compound divisor keeps its parentheses: "USD/day" ÷ "person/day" is "USD/day/(person/day)", not "USD/day/person/day"
  return /[*/]/.test(b) ? `${a}/(${b})` : `${a}/${b}`;
}
