// Tokens of the .rope language. The language is line-oriented: a statement is a keyword followed
// by atoms up to the end of the line; newlines inside (), [] are dropped by `lex` so long lists
// may wrap. Keywords are ordinary identifiers here: which words are statements is the checker's
// business, which gives one place for "did you mean" and keeps the grammar small.
import { createToken, Lexer, type IToken, type TokenType } from 'chevrotain';

export const WhiteSpace = createToken({ name: 'WhiteSpace', pattern: /[ \t\r]+/, group: Lexer.SKIPPED });
export const Comment = createToken({ name: 'Comment', pattern: /#[^\n]*/, group: Lexer.SKIPPED });
export const Newline = createToken({ name: 'Newline', pattern: /\n/, line_breaks: true });
export const Rope = createToken({ name: 'Rope', pattern: /rope\b/ });
export const Identifier = createToken({ name: 'Identifier', pattern: /[A-Za-z_][A-Za-z0-9_]*/ });
Rope.LONGER_ALT = Identifier;
// Numbers: a sign is part of the literal so `-1` and `1e-3` are single atoms.
export const NumberLiteral = createToken({
  name: 'NumberLiteral',
  pattern: /[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?/,
});
export const Plus = createToken({ name: 'Plus', pattern: /\+/ });
export const LBrace = createToken({ name: 'LBrace', pattern: /\{/ });
export const RBrace = createToken({ name: 'RBrace', pattern: /\}/ });
export const LParen = createToken({ name: 'LParen', pattern: /\(/ });
export const RParen = createToken({ name: 'RParen', pattern: /\)/ });
export const LBracket = createToken({ name: 'LBracket', pattern: /\[/ });
export const RBracket = createToken({ name: 'RBracket', pattern: /\]/ });
export const Comma = createToken({ name: 'Comma', pattern: /,/ });

export const allTokens: TokenType[] = [
  WhiteSpace, Comment, Newline, Rope, Identifier, NumberLiteral, Plus,
  LBrace, RBrace, LParen, RParen, LBracket, RBracket, Comma,
];

const lexer = new Lexer(allTokens, { positionTracking: 'full', ensureOptimizations: false });

export interface LexError {
  offset: number;
  length: number;
  line: number;
  col: number;
  text: string;
}

export interface LexResult {
  tokens: IToken[];
  errors: LexError[];
}

/** Tokenize, drop newlines nested inside () and [], and collapse runs of newlines. */
export function lex(source: string): LexResult {
  const result = lexer.tokenize(source);
  const tokens: IToken[] = [];
  let depth = 0;
  for (const t of result.tokens) {
    if (t.tokenType === LParen || t.tokenType === LBracket) depth++;
    if ((t.tokenType === RParen || t.tokenType === RBracket) && depth > 0) depth--;
    if (t.tokenType === Newline) {
      if (depth > 0) continue;
      const last = tokens[tokens.length - 1];
      if (!last || last.tokenType === Newline || last.tokenType === LBrace) continue;
    }
    tokens.push(t);
  }
  const errors = result.errors.map((e) => ({
    offset: e.offset,
    length: e.length,
    line: e.line ?? 1,
    col: e.column ?? 1,
    text: source.substr(e.offset, e.length),
  }));
  return { tokens, errors };
}
