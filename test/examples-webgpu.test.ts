// examples/webgpu-page: built with Vite and its own vite.config.js (ropec's plugin), served on
// 127.0.0.1, opened in Debian's headless Chromium (playwright-core) with WebGPU on SwiftShader;
// the numbers the page prints are checked against the float64 interpreter. No WebGPU in the
// browser is a failure, never a skip.
import { createServer, type Server } from 'node:http';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { extname, join, normalize, resolve } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { build as viteBuild } from 'vite';
import { chromium, type Browser } from 'playwright-core';
import { compileFile, interpret } from '../src/index.js';
import { DEFAULT_TOLERANCE } from '../src/run.js';
import { ensureDist } from './support/dist.js';

const example = resolve('examples/webgpu-page');
/** WebGPU in headless Chromium without a GPU: Dawn on SwiftShader (Vulkan), plus the flags that
 *  keep Chromium off this machine's closed network. Documented in examples/webgpu-page/README.md. */
export const CHROMIUM_WEBGPU_FLAGS = [
  '--enable-unsafe-webgpu', '--enable-unsafe-swiftshader', '--use-angle=swiftshader',
  '--use-webgpu-adapter=swiftshader', '--ignore-gpu-blocklist',
  '--no-sandbox', '--disable-quic', '--no-first-run', '--disable-background-networking',
  '--disable-component-update', '--disable-sync',
];

let out: string;
let server: Server;
let browser: Browser | undefined;

beforeAll(async () => {
  // vite.config.js imports 'ropec/vite', which resolves (package self-reference) to dist/.
  ensureDist();
  out = mkdtempSync(join(tmpdir(), 'ropec-page-'));
  await viteBuild({ root: example, configFile: join(example, 'vite.config.js'), logLevel: 'warn', build: { outDir: out, emptyOutDir: true } });
  const types: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript' };
  server = createServer((req, res) => {
    const path = normalize(join(out, req.url === '/' ? 'index.html' : decodeURIComponent(req.url!.split('?')[0])));
    try {
      if (!path.startsWith(out)) throw new Error('outside');
      const body = readFileSync(path);
      res.writeHead(200, { 'content-type': types[extname(path)] ?? 'application/octet-stream' });
      res.end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
});

afterAll(async () => {
  await browser?.close();
  server?.close();
  if (out) rmSync(out, { recursive: true, force: true });
});

it('the page runs the WGSL kernel on WebGPU and prints the interpreter\'s numbers', async () => {
  browser = await chromium.launch({ executablePath: '/usr/bin/chromium', headless: true, args: CHROMIUM_WEBGPU_FLAGS });
  const page = await browser.newPage();
  const consoleLines: string[] = [];
  page.on('console', (m) => consoleLines.push(`${m.type()}: ${m.text()}`));
  page.on('pageerror', (e) => consoleLines.push(`pageerror: ${e.message}`));
  const address = server.address() as { port: number };
  await page.goto(`http://127.0.0.1:${address.port}/`);
  await page.waitForFunction(() => document.getElementById('status')?.textContent !== 'running…', undefined, { timeout: 30_000 });
  const status = await page.textContent('#status');
  expect(status, `the page failed; console:\n${consoleLines.join('\n')}`).toBe('done');
  const result = JSON.parse((await page.textContent('#result'))!);

  expect(result.adapter.architecture).toBe('swiftshader');
  const r = compileFile(join(example, 'model.rope'));
  expect(r.ok).toBe(true);
  const ir = r.irs[0];
  expect(result.spec).toBe(ir.name);
  const ref = interpret(ir, { q: result.q, k: result.k, sizes: result.sizes });
  for (const which of ['q', 'k'] as const) {
    const got: number[] = result[`${which}Out`];
    const want = ref[which];
    expect(got.length).toBe(want.length);
    const maxAbs = want.reduce((m, x) => Math.max(m, Math.abs(x)), 0);
    let worst = 0;
    got.forEach((x, i) => (worst = Math.max(worst, Math.abs(x - want[i]))));
    // The f32 tolerance `ropec run --compare interp` uses.
    expect(worst / maxAbs).toBeLessThan(DEFAULT_TOLERANCE.f32);
    // The rotation did something: positions 5000… turn the fast pairs far from the identity.
    const moved = got.reduce((m, x, i) => Math.max(m, Math.abs(x - result[which][i])), 0);
    expect(moved).toBeGreaterThan(0.1);
  }
  await page.screenshot({ path: join(out, 'page.png') });
});
