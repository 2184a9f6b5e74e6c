// `ropec fmt`: canonical layout from the token stream, keeping comments. One statement per line,
// two spaces per block level, one space between atoms, ", " after commas, no space inside
// brackets, at most one blank line; line breaks inside ( ) and [ ] are kept where the author put
// them (long factor lists), indented two levels deeper. Parsing the output gives the same AST.
import { createToken, Lexer, type IToken } from 'chevrotain';
import {
  allTokens, Comma, Comment, Identifier, LBrace, LBracket, LParen, Newline, RBrace, RBracket, RParen, WhiteSpace,
} from './tokens.js';

const KeptComment = createToken({ name: 'KeptComment', pattern: /#[^\n]*/ });
const fmtLexer = new Lexer(allTokens.map((t) => (t === Comment ? KeptComment : t)), { positionTracking: 'onlyOffset', ensureOptimizations: false });

export interface FormatResult {
  text?: string;
  /** Set when the source does not lex; fmt refuses to touch such a file. */
  error?: string;
}

export function formatSource(source: string): FormatResult {
  const lexed = fmtLexer.tokenize(source);
  if (lexed.errors.length > 0) return { error: `cannot format: unexpected character at offset ${lexed.errors[0].offset}` };
  const lines: string[] = [];
  let line = '';
  let depth = 0;
  let nest = 0; // ( [ depth
  let newlines = 0;
  let prev: IToken | undefined;
  const indent = () => '  '.repeat(depth + (nest > 0 ? 2 : 0));
  const flush = () => {
    if (line.trim() !== '') lines.push(line.replace(/\s+$/, ''));
    line = '';
  };
  for (const t of lexed.tokens) {
    if (t.tokenType === WhiteSpace) continue;
    if (t.tokenType === Newline) {
      newlines++;
      if (line.trim() !== '') flush();
      continue;
    }
    if (newlines > 1 && lines.length > 0 && lines[lines.length - 1] !== '' && t.tokenType !== RBrace) lines.push('');
    const startOfLine = line === '';
    newlines = 0;
    if (t.tokenType === RBrace) {
      flush();
      depth = Math.max(0, depth - 1);
      lines.push(`${indent()}}`);
      prev = t;
      continue;
    }
    if (t.tokenType === RParen || t.tokenType === RBracket) nest = Math.max(0, nest - 1);
    if (startOfLine) line = indent();
    else if (t.tokenType === KeptComment) line += '  ';
    else if (needsSpace(prev, t)) line += ' ';
    line += t.image.replace(/\s+$/, '');
    if (t.tokenType === LParen || t.tokenType === LBracket) nest++;
    if (t.tokenType === LBrace) {
      flush();
      depth++;
    }
    if (t.tokenType === KeptComment) flush();
    prev = t;
  }
  flush();
  while (lines.length > 0 && lines[lines.length - 1] === '') lines.pop();
  return { text: lines.length === 0 ? '' : `${lines.join('\n')}\n` };
}

function needsSpace(prev: IToken | undefined, t: IToken): boolean {
  if (!prev) return false;
  const p = prev.tokenType;
  if (p === LParen || p === LBracket) return false;
  if (t.tokenType === RParen || t.tokenType === RBracket || t.tokenType === Comma) return false;
  if (t.tokenType === LParen && p === Identifier) return false;
  return true;
}
