import { defineConfig } from 'vite';
import { minifyCssLiterals } from './scripts/minify-css-literals.ts';

/**
 * `vite` serves the demo (demo/index.html with the mocked endpoint).
 * `vite build` builds the ES module (code-split: English loads only when asked for);
 * `vite build --mode iife` builds the single-file script for pages without a build step.
 */
export default defineConfig(({ command, mode }) => {
  if (command === 'serve') {
    return { root: 'demo', publicDir: 'public', server: { host: '127.0.0.1', port: 5173 }, preview: { port: 4173 } };
  }
  const iife = mode === 'iife';
  return {
    publicDir: false,
    plugins: [minifyCssLiterals()],
    build: {
      outDir: 'dist',
      emptyOutDir: !iife,
      target: 'es2022',
      minify: 'terser',
      terserOptions: { module: true, ecma: 2020, compress: { passes: 3 }, format: { comments: false } },
      sourcemap: true,
      manifest: !iife,
      lib: {
        entry: 'src/index.ts',
        formats: [iife ? 'iife' : 'es'],
        name: 'CaiCachQuiz',
        fileName: () => (iife ? 'cai-cach-quiz.iife.js' : 'cai-cach-quiz.js'),
      },
      rollupOptions: iife ? { output: { inlineDynamicImports: true } } : {},
    },
  };
});
