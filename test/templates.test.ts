// Templates are precompiled into src/templates.generated.ts by scripts/templates.mjs (npm run
// build). This fails when a template changed and the generated file was not rebuilt, and checks
// that the precompiled templates are strict: a view model missing a field throws, never prints
// "undefined" into generated code.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain JavaScript build script without type declarations.
import { generate } from '../scripts/templates.mjs';
import { renderTemplate, templateFile } from '../src/backends/common.js';

describe('precompiled templates', () => {
  it('src/templates.generated.ts is what scripts/templates.mjs makes of templates/ now', () => {
    const fresh = (generate as () => string)();
    expect(readFileSync(new URL('../src/templates.generated.ts', import.meta.url), 'utf8') === fresh, 'run npm run build').toBe(true);
  });

  it('a view model without a field the template names is refused', () => {
    expect(() => renderTemplate('cuda', 'table-fill', {})).toThrow(/"maxPositions" not defined/);
  });

  it('an unknown template or file is an error, not empty text', () => {
    expect(() => renderTemplate('cuda', 'no-such-template', {})).toThrow(/no template cuda\/no-such-template\.hbs/);
    expect(() => templateFile('wgsl', 'nothing.ts')).toThrow(/no template file/);
  });

  it('the WGSL host is included from its marker line on, without the imports above it', () => {
    const host = templateFile('wgsl', 'host.ts');
    const whole = readFileSync(new URL('../templates/wgsl/host.ts', import.meta.url), 'utf8');
    expect(whole.endsWith(host)).toBe(true);
    expect(host).not.toMatch(/^import /m);
  });
});
