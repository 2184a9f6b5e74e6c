// Diagnostics: the catalogue is unique and stable, every bad spec in test/bad gives its code at
// its line:col, suggestions appear, and the front end reports several errors at once.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CATALOGUE, diagnosticsDocument, formatDiagnostic, RETIRED } from '../src/compiler/diagnostics.js';
import { compile, interpret } from '../src/index.js';

describe('diagnostic catalogue', () => {
  it('has unique codes and unique titles in the stable format', () => {
    const codes = Object.keys(CATALOGUE);
    expect(new Set(codes).size).toBe(codes.length);
    for (const c of codes) expect(c).toMatch(/^R[LPCBX]\d{3}$/);
    const titles = Object.values(CATALOGUE);
    expect(new Set(titles).size).toBe(titles.length);
  });

  it('gives each message its own code: every code in src/ is raised with one message text, and every live code is raised', () => {
    const sources = (dir: string): string[] => readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
      e.isDirectory() ? sources(join(dir, e.name)) : e.name.endsWith('.ts') && !e.name.endsWith('.generated.ts') ? [join(dir, e.name)] : []);
    const messages = new Map<string, Set<string>>();
    for (const file of sources('src')) {
      const text = readFileSync(file, 'utf8');
      // A raised code: 'RXnnn' followed by the message (a string or template literal) in a call.
      for (const m of text.matchAll(/(?:error|makeDiagnostic|fail)\(\s*'(R[LPCBX]\d{3})',\s*(?:[\w.]+,\s*)?(`[^`]*`|'[^']*'|"[^"]*"|\w+)/g)) {
        messages.set(m[1], (messages.get(m[1]) ?? new Set()).add(m[2]));
      }
    }
    for (const [code, texts] of messages) {
      expect(Object.keys(CATALOGUE), `${code} is raised but not in the catalogue`).toContain(code);
      expect([...texts], `${code} is raised with different messages`).toHaveLength(1);
    }
    const live = Object.keys(CATALOGUE).filter((c) => !(RETIRED as readonly string[]).includes(c) && c !== 'RP001' && c !== 'RP003');
    // RP001 and RP003 come from the parser's error kind (frontend.ts picks one of the two).
    expect(live.filter((c) => !messages.has(c))).toEqual([]);
  });

  it('docs/diagnostics.md is generated from the catalogue', () => {
    const path = 'docs/diagnostics.md';
    if (process.env.UPDATE_GOLDEN) writeFileSync(path, diagnosticsDocument());
    expect(readFileSync(path, 'utf8') === diagnosticsDocument(), 'UPDATE_GOLDEN=1 npx vitest run test/diagnostics.test.ts').toBe(true);
  });
});

describe('bad specs (test/bad)', () => {
  const files = readdirSync('test/bad').filter((f) => f.endsWith('.rope')).sort();
  it('has a folder of cases', () => expect(files.length).toBeGreaterThanOrEqual(20));
  for (const f of files) {
    it(f, () => {
      const source = readFileSync(`test/bad/${f}`, 'utf8');
      const m = /^# expect: (R[A-Z]\d{3}) (\d+):(\d+)/.exec(source);
      expect(m, 'first line must be "# expect: CODE line:col"').not.toBeNull();
      const [, code, line, col] = m!;
      const r = compile(source, { file: f });
      expect(r.ok).toBe(false);
      const found = r.diagnostics.map((d) => `${d.code} ${d.pos.line}:${d.pos.col}`);
      expect(found).toContain(`${code} ${line}:${col}`);
      for (const d of r.diagnostics) {
        expect(d.pos.line).toBeGreaterThanOrEqual(1);
        expect(d.pos.offset).toBeLessThanOrEqual(source.length);
        const text = formatDiagnostic(d, source);
        expect(text.split('\n')[0]).toBe(`${f}:${d.pos.line}:${d.pos.col}: error ${d.code}: ${d.message}`);
        expect(text).toContain('^');
      }
    });
  }
});

describe('numbers each valid on their own', () => {
  it('a tiny ω (yarn factor 1e308) compiles for every target and rotates by finite values, not NaN', () => {
    const source = 'rope y {\n  head_dim 8\n  frequencies base 10000\n  scaling yarn(factor 1e308, original 4096)\n  positions index\n}\n';
    const r = compile(source, { file: 'y.rope', targets: ['ts', 'wgsl', 'cuda'] });
    expect(r.diagnostics).toEqual([]);
    expect(r.artifacts.length).toBeGreaterThan(0);
    for (const a of r.artifacts) expect(a.contents, a.path).not.toMatch(/\bNaN\b|Infinity/);
    const q = Float32Array.from({ length: 16 }, (_, i) => i / 16 - 0.5);
    const out = interpret(r.irs[0], { q, k: q.slice(), sizes: { tokens: 2, q_heads: 1, k_heads: 1 } as never });
    expect([...out.q, ...out.k].every(Number.isFinite)).toBe(true);
  });
});

describe('messages a user sees', () => {
  it('suggests the keyword a typo meant', () => {
    const r = compile('rope x {\n  head_dim 64\n  frequncies base 10000\n  positions index\n}\n');
    expect(r.diagnostics[0].suggestion).toBe("did you mean 'frequencies'?");
    const s = compile('rope x {\n  head_dim 64\n  style interleave\n  frequencies base 10000\n  positions index\n}\n');
    expect(s.diagnostics[0].suggestion).toBe("did you mean 'interleaved'?");
  });

  it('says sections count pairs when lanes were given', () => {
    const r = compile('rope x {\n  head_dim 128\n  axes sectioned [t 32, h 48, w 48]\n  frequencies base 10000\n  positions mrope(spatial_merge 2)\n}\n');
    expect(r.diagnostics.map((d) => d.code)).toEqual(['RC073']);
    expect(r.diagnostics[0].suggestion).toMatch(/count pairs, not lanes/);
  });

  it('reports every error in one pass, not just the first', () => {
    const source = 'rope x {\n  head_dim 63\n  style sideways\n  frequencies base 0\n  positions somewhere\n  kernel {\n    dtype f64\n  }\n}\n';
    const codes = compile(source).diagnostics.map((d) => `${d.code}@${d.pos.line}`);
    expect(codes).toEqual(['RC006@2', 'RC023@3', 'RC019@4', 'RC059@5', 'RC023@7']);
  });

  it('prints file:line:col, the line and a caret under the range', () => {
    const source = 'rope x {\n  head_dim 64\n  frequencies base -1\n  positions index\n}\n';
    const r = compile(source, { file: 'x.rope' });
    expect(formatDiagnostic(r.diagnostics[0], source)).toBe(
      ['x.rope:3:20: error RC019: frequencies base must be greater than 1, got -1', '  |', '3 |   frequencies base -1', '  |                    ^^'].join('\n'),
    );
  });

  it('checks several rope blocks in a file and refuses duplicate names', () => {
    const one = 'rope a {\n  head_dim 4\n  frequencies base 10\n  positions index\n}\n';
    expect(compile(one + one.replace('rope a', 'rope b')).irs.map((i) => i.name)).toEqual(['a', 'b']);
    expect(compile(one + one).diagnostics.map((d) => d.code)).toEqual(['RC013']);
  });
});

describe('the API refuses calls that are not specs by name', () => {
  it('compile and interpret with arguments of the wrong type; targets named like Object\'s properties', () => {
    expect(() => compile(123 as never)).toThrow('compile: the source must be .rope text (a string), got number');
    expect(() => compile('rope a {}', null as never)).toThrow('compile: options must be an object, got null');
    expect(() => compile('rope a {}', { targets: 'ts' as never })).toThrow(`compile: options.targets must be a list such as ['ts', 'wgsl', 'cuda'], got "ts"`);
    const src = readFileSync('spec/llama2_7b.rope', 'utf8');
    for (const target of ['toString', '__proto__', 'constructor']) {
      const r = compile(src, { targets: [target as never] });
      expect(r.diagnostics.map((d) => [d.code, d.message]), target).toEqual([['RB001', `target '${target}' is not available in this build of ropec`]]);
    }
    expect(() => interpret(compile(src).irs[0], undefined as never)).toThrow('inputs: expected an object { q, k, sizes, … }, got undefined');
  });
});

describe('a block named like the keyword', () => {
  it('`rope rope {` gets the parse errors only, the first saying why, not guesses about a nameless block', () => {
    const r = compile('rope rope {\n  head_dim 64\n  frequencies base 10000\n  positions index\n}\n', { file: 'r.rope' });
    expect(r.diagnostics.map((d) => d.code)).toEqual(['RP001', 'RP001']);
    expect(r.diagnostics[0].message).toBe("expected a name, found 'rope' (the keyword that starts a rope block, which cannot be a name)");
    expect([r.diagnostics[0].pos.line, r.diagnostics[0].pos.col]).toEqual([1, 6]);
  });
});
