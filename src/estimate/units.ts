// The units of products and quotients of estimates. Not exported from the package.

/** The unit of a product. @internal */
export function multiplyUnits(a: string, b: string): string {
  if (a === "1") return b;
  if (b === "1") return a;
  const [an, ad] = a.split("/");
  if (ad === b && an) return an;
  const [bn, bd] = b.split("/");
  if (bd === a && bn) return bn;
  return `${a}*${b}`;
}

/** The unit of a quotient. @internal */
export function divideUnits(a: string, b: string): string {
  if (a === b) return "1";
  if (b === "1") return a;
  // a compound divisor keeps its parentheses: "USD/day" ÷ "person/day" is "USD/day/(person/day)", not "USD/day/person/day"
  return /[*/]/.test(b) ? `${a}/(${b})` : `${a}/${b}`;
}
