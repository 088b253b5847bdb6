import { quote } from "../../time/edtf-point.js";
import { refuse } from "./tokens.js";
import type { Token } from "./tokens.js";
import { isKnownWord, refusalOf } from "./words.js";

/** A cursor over the tokens of a phrase, which names what it found when it refuses. @internal */
export class Reader {
  private at = 0;
  constructor(private readonly tokens: readonly Token[]) {}

  peek(offset = 0): Token | undefined {
    return this.tokens[this.at + offset];
  }

  /** The word at `offset`, or undefined if that token is not a word. */
  word(offset = 0): string | undefined {
    const token = this.peek(offset);
    return token?.kind === "word" ? token.text : undefined;
  }

  take(): Token | undefined {
    const token = this.tokens[this.at];
    this.at += 1;
    return token;
  }

  /** Takes `word` if it is next. */
  accept(word: string): boolean {
    if (this.word() !== word) return false;
    this.at += 1;
    return true;
  }

  done(): boolean {
    return this.at >= this.tokens.length;
  }

  describe(offset = 0): string {
    const token = this.peek(offset);
    return token === undefined ? "the end of the text" : quote(token.text);
  }

  /** Refuses the phrase: why the next word is not read, else what was expected and what was found. */
  fail(expected: string): never {
    const token = this.peek();
    if (token?.kind === "word") {
      const refused = refusalOf(token.text);
      if (refused !== undefined) refuse(refused);
      // a long word is cut short, as the phrase is: a reason never grows with the text
      if (!isKnownWord(token.text)) refuse(`unknown word ${quote(token.text)}`);
    }
    return refuse(`expected ${expected}, found ${this.describe()}`);
  }

  /** The tokens read since `start`, as words. */
  since(start: number): string {
    return this.tokens
      .slice(start, this.at)
      .map((t) => t.text)
      .join(" ");
  }

  get position(): number {
    return this.at;
  }
}
