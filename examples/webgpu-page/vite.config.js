// Builds the page: `npx vite build` here (or `npx vite` for the dev server, which rebuilds the
// kernel when model.rope changes). ropec's plugin turns `./model.rope?wgsl` into a module.
import { defineConfig } from 'vite';
import rope from 'ropec/vite';

export default defineConfig({
  plugins: [rope()],
  build: { target: 'es2022' },
});
