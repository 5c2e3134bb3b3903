import { defineConfig, type Plugin } from 'vite';
import { minifyCssLiterals } from './scripts/minify-css-literals.ts';

/**
 * `vite` serves the demo (demo/index.html with the mocked endpoint).
 * `vite build` builds the ES module (code-split: English loads only when asked for);
 * `vite build --mode iife` builds the single-file script for pages without a build step.
 */
/** Modules that load on demand (see src/lazy.ts) and what only they use. */
const LAZY = [
  /\/src\/i18n\/(en|en-late|vi-late|vi-extras|en-extras)\.ts$/,
  /\/src\/controllers\/resource\.ts$/,
  /\/src\/views\/(after-exam\.ts|extras\.ts|extras\.styles\.ts|review\/|outbox\/|result\/|bank\/|practice\/|leaderboard\/)/,
  /\/src\/core\/(encrypt|search|practice)\.ts$/,
  /\/src\/contract\/(result|bank)\.ts$/,
];

/** In the single-file build, src/lazy.ts becomes src/lazy.static.ts (static imports, no chunks). */
function staticLazyModules(): Plugin {
  return {
    name: 'static-lazy-modules',
    enforce: 'pre',
    async resolveId(source, importer, options) {
      if (!/\/lazy\.ts$/.test(source)) return null;
      const resolved = await this.resolve(source, importer, { ...options, skipSelf: true });
      return resolved && resolved.id.endsWith('/src/lazy.ts') ? resolved.id.replace(/lazy\.ts$/, 'lazy.static.ts') : null;
    },
  };
}

export default defineConfig(({ command, mode }) => {
  if (command === 'serve') {
    return {
      root: 'demo',
      publicDir: 'public',
      server: { host: '127.0.0.1', port: 5173 },
      // The Vue example compiles its template in the browser (an app would use SFCs).
      resolve: { alias: { vue: 'vue/dist/vue.esm-bundler.js' } },
      build: { rollupOptions: { input: ['demo/index.html', 'demo/csp.html', 'demo/examples/cms.html', 'demo/examples/react.html', 'demo/examples/vue.html'] } },
    };
  }
  const iife = mode === 'iife';
  return {
    publicDir: false,
    plugins: [minifyCssLiterals(), ...(iife ? [staticLazyModules()] : [])],
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
      rollupOptions: iife
        ? { output: { inlineDynamicImports: true } }
        : // Everything needed before the first question in one chunk: separate files would
          // each be compressed alone, which costs about a kilobyte.
          { output: { manualChunks: (id: string) => (LAZY.some((re) => re.test(id)) ? undefined : 'core') } },
    },
  };
});
