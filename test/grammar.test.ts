// grammar/ stays true to the parser: the EBNF names exactly the parser's rules, the railroad page
// is generated from the current parser, and the TextMate grammar knows every statement keyword.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { STATEMENTS } from '../src/compiler/checker.js';
import { parserInstance } from '../src/compiler/parser.js';

describe('grammar/', () => {
  const rules = parserInstance.getGAstProductions();
  it('rope.ebnf defines exactly the parser rules', () => {
    const ebnf = readFileSync('grammar/rope.ebnf', 'utf8');
    const defined = [...ebnf.matchAll(/^([a-z][A-Za-z]*)\s*=/gm)].map((m) => m[1]).sort();
    expect(defined).toEqual([...Object.keys(rules)].sort());
  });

  it('railroad.html holds a diagram for every rule and needs no network', () => {
    const html = readFileSync('grammar/railroad.html', 'utf8');
    for (const name of Object.keys(rules)) expect(html).toContain(`"name": "${name}"`);
    expect(html).not.toMatch(/https?:\/\/unpkg/);
  });

  it('rope.tmLanguage.json highlights every statement keyword', () => {
    const tm = JSON.parse(readFileSync('grammar/rope.tmLanguage.json', 'utf8'));
    const statementPattern = new RegExp(tm.repository.statement.match);
    for (const kw of STATEMENTS) expect(`  ${kw} x`).toMatch(statementPattern);
    expect(tm.scopeName).toBe('source.rope');
  });
});
