// The .rope grammar as a Chevrotain CST parser, and the CST → AST visitor.
//
//   file      := NL* (ropeDecl NL*)*
//   ropeDecl  := 'rope' Identifier block
//   block     := '{' NL* statement* '}'
//   statement := Identifier atom* block? NL?
//   atom      := Number | Identifier | '+' | call | list
//   call      := Identifier '(' (entry (',' entry)*)? ','? ')'
//   list      := '[' (entry (',' entry)*)? ','? ']'
//   entry     := atom+
//
// grammar/rope.ebnf holds the same grammar for readers; test/grammar.test.ts checks they agree.
import { CstParser, type CstNode, type IToken, type IRecognitionException } from 'chevrotain';
import {
  allTokens, Comma, Identifier, LBrace, LBracket, LParen, Newline, NumberLiteral, Plus, RBrace,
  RBracket, Rope, RParen,
} from './tokens.js';

class RopeParser extends CstParser {
  constructor() {
    super(allTokens, { recoveryEnabled: true, maxLookahead: 3 });
    this.performSelfAnalysis();
  }

  public file = this.RULE('file', () => {
    this.MANY(() => this.CONSUME(Newline));
    this.MANY2(() => {
      this.SUBRULE(this.ropeDecl);
      this.MANY3(() => this.CONSUME2(Newline));
    });
  });

  public ropeDecl = this.RULE('ropeDecl', () => {
    this.CONSUME(Rope);
    this.CONSUME(Identifier);
    this.SUBRULE(this.block);
  });

  public block = this.RULE('block', () => {
    this.CONSUME(LBrace);
    this.MANY(() => this.CONSUME(Newline));
    this.MANY2(() => this.SUBRULE(this.statement));
    this.CONSUME(RBrace);
  });

  public statement = this.RULE('statement', () => {
    this.CONSUME(Identifier);
    this.MANY(() => this.SUBRULE(this.atom));
    this.OPTION(() => this.SUBRULE(this.block));
    this.OPTION2(() => this.CONSUME(Newline));
  });

  public atom = this.RULE('atom', () => {
    this.OR([
      { GATE: () => this.LA(2).tokenType === LParen, ALT: () => this.SUBRULE(this.call) },
      { ALT: () => this.CONSUME(Identifier) },
      { ALT: () => this.CONSUME(NumberLiteral) },
      { ALT: () => this.CONSUME(Plus) },
      { ALT: () => this.SUBRULE(this.list) },
    ]);
  });

  public call = this.RULE('call', () => {
    this.CONSUME(Identifier);
    this.CONSUME(LParen);
    this.OPTION(() => this.SUBRULE(this.entries));
    this.CONSUME(RParen);
  });

  public list = this.RULE('list', () => {
    this.CONSUME(LBracket);
    this.OPTION(() => this.SUBRULE(this.entries));
    this.CONSUME(RBracket);
  });

  public entries = this.RULE('entries', () => {
    this.SUBRULE(this.entry);
    this.MANY(() => {
      this.CONSUME(Comma);
      this.OPTION(() => this.SUBRULE2(this.entry));
    });
  });

  public entry = this.RULE('entry', () => {
    this.AT_LEAST_ONE(() => this.SUBRULE(this.atom));
  });
}

export const parserInstance = new RopeParser();

// ---------------------------------------------------------------------------------------------
// AST

export interface Span {
  offset: number;
  length: number;
}

export type Atom =
  | { kind: 'number'; value: number; text: string; span: Span }
  | { kind: 'ident'; name: string; span: Span }
  | { kind: 'plus'; span: Span }
  | { kind: 'call'; name: string; nameSpan: Span; entries: Atom[][]; span: Span }
  | { kind: 'list'; entries: Atom[][]; span: Span };

export interface Statement {
  keyword: string;
  keywordSpan: Span;
  atoms: Atom[];
  block?: Statement[];
  blockSpan?: Span;
  span: Span;
}

export interface RopeDecl {
  name: string;
  nameSpan: Span;
  span: Span;
  statements: Statement[];
  /** Where the closing brace is (or the end of file when it is missing). */
  closeSpan: Span;
}

export interface FileAst {
  ropes: RopeDecl[];
}

const BaseVisitor = parserInstance.getBaseCstVisitorConstructor();

function tokenSpan(t: IToken): Span {
  return { offset: t.startOffset, length: (t.endOffset ?? t.startOffset) - t.startOffset + 1 };
}

function joinSpans(a: Span, b: Span): Span {
  return { offset: a.offset, length: Math.max(a.length, b.offset + b.length - a.offset) };
}

// Tokens inserted by error recovery have NaN offsets; they must never become AST content.
function real(t: IToken | undefined): t is IToken {
  return t !== undefined && Number.isFinite(t.startOffset) && !t.isInsertedInRecovery;
}

type Children = Record<string, (CstNode | IToken)[] | undefined>;

class AstBuilder extends BaseVisitor {
  constructor() {
    super();
    this.validateVisitor();
  }

  file(ctx: Children): FileAst {
    const decls = (ctx.ropeDecl ?? []) as CstNode[];
    return { ropes: decls.map((d) => this.visit(d)).filter((d): d is RopeDecl => d !== undefined) };
  }

  ropeDecl(ctx: Children): RopeDecl | undefined {
    const kw = (ctx.Rope ?? [])[0] as IToken | undefined;
    const name = (ctx.Identifier ?? [])[0] as IToken | undefined;
    const blockNode = (ctx.block ?? [])[0] as CstNode | undefined;
    if (!real(kw)) return undefined;
    const block = blockNode ? (this.visit(blockNode) as BlockResult) : undefined;
    const nameSpan = real(name) ? tokenSpan(name) : tokenSpan(kw);
    const closeSpan = block?.closeSpan ?? nameSpan;
    return {
      name: real(name) ? name.image : '',
      nameSpan,
      span: joinSpans(tokenSpan(kw), closeSpan),
      statements: block?.statements ?? [],
      closeSpan,
    };
  }

  block(ctx: Children): BlockResult {
    const open = (ctx.LBrace ?? [])[0] as IToken;
    const close = (ctx.RBrace ?? [])[0] as IToken | undefined;
    const statements = ((ctx.statement ?? []) as CstNode[])
      .map((s) => this.visit(s) as Statement | undefined)
      .filter((s): s is Statement => s !== undefined);
    const openSpan = real(open) ? tokenSpan(open) : { offset: 0, length: 1 };
    const closeSpan = real(close) ? tokenSpan(close) : openSpan;
    return { statements, span: joinSpans(openSpan, closeSpan), closeSpan };
  }

  statement(ctx: Children): Statement | undefined {
    const kw = (ctx.Identifier ?? [])[0] as IToken | undefined;
    if (!real(kw)) return undefined;
    const atoms = ((ctx.atom ?? []) as CstNode[]).map((a) => this.visit(a) as Atom | undefined).filter(isAtom);
    const blockNode = (ctx.block ?? [])[0] as CstNode | undefined;
    const block = blockNode ? (this.visit(blockNode) as BlockResult) : undefined;
    const last = block?.span ?? atoms[atoms.length - 1]?.span ?? tokenSpan(kw);
    return {
      keyword: kw.image,
      keywordSpan: tokenSpan(kw),
      atoms,
      block: block?.statements,
      blockSpan: block?.span,
      span: joinSpans(tokenSpan(kw), last),
    };
  }

  atom(ctx: Children): Atom | undefined {
    if (ctx.call) return this.visit(ctx.call[0] as CstNode);
    if (ctx.list) return this.visit(ctx.list[0] as CstNode);
    const id = (ctx.Identifier ?? [])[0] as IToken | undefined;
    if (real(id)) return { kind: 'ident', name: id.image, span: tokenSpan(id) };
    const num = (ctx.NumberLiteral ?? [])[0] as IToken | undefined;
    if (real(num)) return { kind: 'number', value: Number(num.image), text: num.image, span: tokenSpan(num) };
    const plus = (ctx.Plus ?? [])[0] as IToken | undefined;
    if (real(plus)) return { kind: 'plus', span: tokenSpan(plus) };
    return undefined;
  }

  call(ctx: Children): Atom | undefined {
    const name = (ctx.Identifier ?? [])[0] as IToken | undefined;
    const close = (ctx.RParen ?? [])[0] as IToken | undefined;
    if (!real(name)) return undefined;
    const entries = ctx.entries ? (this.visit(ctx.entries[0] as CstNode) as Atom[][]) : [];
    const end = real(close) ? tokenSpan(close) : tokenSpan(name);
    return { kind: 'call', name: name.image, nameSpan: tokenSpan(name), entries, span: joinSpans(tokenSpan(name), end) };
  }

  list(ctx: Children): Atom | undefined {
    const open = (ctx.LBracket ?? [])[0] as IToken | undefined;
    const close = (ctx.RBracket ?? [])[0] as IToken | undefined;
    if (!real(open)) return undefined;
    const entries = ctx.entries ? (this.visit(ctx.entries[0] as CstNode) as Atom[][]) : [];
    const end = real(close) ? tokenSpan(close) : tokenSpan(open);
    return { kind: 'list', entries, span: joinSpans(tokenSpan(open), end) };
  }

  entries(ctx: Children): Atom[][] {
    return ((ctx.entry ?? []) as CstNode[]).map((e) => this.visit(e) as Atom[]).filter((e) => e.length > 0);
  }

  entry(ctx: Children): Atom[] {
    return ((ctx.atom ?? []) as CstNode[]).map((a) => this.visit(a) as Atom | undefined).filter(isAtom);
  }
}

interface BlockResult {
  statements: Statement[];
  span: Span;
  closeSpan: Span;
}

function isAtom(a: Atom | undefined): a is Atom {
  return a !== undefined;
}

const astBuilder = new AstBuilder();

export interface ParseError {
  message: string;
  span: Span;
  kind: 'syntax' | 'unclosed';
}

export function parseTokens(tokens: IToken[], sourceLength: number): { ast: FileAst; errors: ParseError[] } {
  parserInstance.input = tokens;
  const cst = parserInstance.file();
  const errors = parserInstance.errors.map((e) => toParseError(e, sourceLength));
  const ast: FileAst = cst ? (astBuilder.visit(cst) as FileAst) : { ropes: [] };
  return { ast, errors };
}

function toParseError(e: IRecognitionException, sourceLength: number): ParseError {
  const t = e.token;
  const atEof = !Number.isFinite(t.startOffset) || t.tokenType.name === 'EOF';
  const span = atEof ? { offset: Math.max(0, sourceLength - 1), length: 1 } : tokenSpan(t);
  const found = atEof ? 'end of file' : describeToken(t);
  const expected = expectedFrom(e.message);
  const unclosed = atEof && /RBrace|'}'/.test(e.message);
  return {
    kind: unclosed ? 'unclosed' : 'syntax',
    message: unclosed ? `'{' is never closed: expected '}' before end of file`
      : `expected ${expected}, found ${found}${expected === 'a name' && t.tokenType === Rope ? " (the keyword that starts a rope block, which cannot be a name)" : ''}`,
    span,
  };
}

const TOKEN_WORDS: Record<string, string> = {
  Identifier: 'a name', NumberLiteral: 'a number', Plus: "'+'", LBrace: "'{'", RBrace: "'}'",
  LParen: "'('", RParen: "')'", LBracket: "'['", RBracket: "']'", Comma: "','", Newline: 'end of line',
  Rope: "'rope'", EOF: 'end of file',
};

function describeToken(t: IToken): string {
  if (t.tokenType === Newline) return 'end of line';
  return `'${t.image}'`;
}

// Chevrotain's messages name token types; say them in the language's words instead.
function expectedFrom(message: string): string {
  const names = new Set<string>();
  for (const m of message.matchAll(/<?\[?([A-Za-z]+)\]?>?/g)) {
    if (TOKEN_WORDS[m[1]] !== undefined) names.add(TOKEN_WORDS[m[1]]);
  }
  names.delete('end of file');
  if (names.size === 0) return 'a statement';
  return [...names].slice(0, 6).join(' or ');
}

export { RBrace, LBrace };
