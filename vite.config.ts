import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';
import { minifyCssLiterals } from './scripts/minify-css-literals.ts';
import { minifyHtmlLiterals } from './scripts/minify-html-literals.ts';

/**
 * `vite` serves the demo (demo/index.html with the mocked endpoint).
 * `vite build` builds the ES module (code-split: English loads only when asked for);
 * `vite build --mode iife` builds the single-file script for pages without a build step;
 * `vite build --mode confirmation` builds the single files' proof of participation, loaded beside them;
 * `vite build --mode admin` builds the organisers' dashboard into dist/admin/.
 */
/**
 * Which chunk a module goes to in the ES build: 'core' (the entry itself, see below) for
 * every module the entry reaches through static imports; the others (what only src/lazy.ts's
 * dynamic imports reach: English, the late views, the extra sections) are left to Rollup,
 * which puts them in the chunks of those imports. Computed from the module graph, so a new
 * lazy module can never slip into the download before the first question by being missed
 * from a list.
 */
function coreChunk(entry: string) {
  let core: Set<string> | undefined;
  return (id: string, { getModuleInfo }: { getModuleInfo: (id: string) => { importedIds: readonly string[] } | null }) => {
    if (!core) {
      const seen = (core = new Set<string>());
      const visit = (m: string) => {
        if (seen.has(m)) return;
        seen.add(m);
        for (const next of getModuleInfo(m)?.importedIds ?? []) visit(next);
      };
      visit(entry);
    }
    return core.has(id) ? 'core' : undefined;
  };
}

/**
 * In the single-file builds, src/lazy.ts becomes src/lazy.static.ts (everything, static
 * imports, no chunks); in the contest-only one, src/lazy.contest.ts, and the sections
 * controller becomes its one-section stand-in (no navigation, no extra sections).
 */
function singleFileModules(contestOnly: boolean): Plugin {
  const swaps: [RegExp, string][] = [[/\/src\/lazy\.ts$/, contestOnly ? 'lazy.contest.ts' : 'lazy.static.ts']];
  if (contestOnly) swaps.push([/\/src\/controllers\/sections\.ts$/, 'sections.contest.ts']);
  return {
    name: 'single-file-modules',
    enforce: 'pre',
    async resolveId(source, importer, options) {
      if (!/\/(lazy|sections)\.ts$/.test(source)) return null;
      const resolved = await this.resolve(source, importer, { ...options, skipSelf: true });
      const swap = resolved && swaps.find(([re]) => re.test(resolved.id));
      return swap ? resolved.id.replace(/[^/]+$/, swap[1]) : null;
    },
  };
}

/** In the confirmation build: `lit` and views/base.ts are standalone-shared.ts (filled by the single file). */
function sharedWithSingleFile(): Plugin {
  const shared = fileURLToPath(new URL('src/views/confirmation/standalone-shared.ts', import.meta.url));
  return {
    name: 'shared-with-single-file',
    enforce: 'pre',
    async resolveId(source, importer, options) {
      if (source === 'lit') return shared;
      if (!source.endsWith('/base.ts')) return null;
      const resolved = await this.resolve(source, importer, { ...options, skipSelf: true });
      return resolved && /\/src\/views\/base\.ts$/.test(resolved.id) ? shared : null;
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
      // Relative to `root` (demo/): the dev server's dependency scan starts from these pages.
      build: {
        rollupOptions: {
          input: ['index.html', 'csp.html', 'admin.html', 'examples/cms.html', 'examples/react.html', 'examples/vue.html'].map((p) =>
            fileURLToPath(new URL(`./demo/${p}`, import.meta.url)),
          ),
        },
      },
    };
  }
  if (mode === 'admin') {
    // The organisers' dashboard (src/admin/, issue #15): one ES module of its own in dist/admin/,
    // served by the contest server at /admin/assets/. Nothing of it reaches the participant's builds.
    return {
      publicDir: false,
      plugins: [minifyCssLiterals(), minifyHtmlLiterals({ keepLines: true })],
      build: {
        outDir: 'dist/admin',
        emptyOutDir: true,
        target: 'es2022',
        minify: 'terser',
        terserOptions: { module: true, ecma: 2020, compress: { passes: 3 }, format: { comments: false } },
        sourcemap: true,
        lib: { entry: 'src/admin/index.ts', formats: ['es'], fileName: () => 'cai-cach-quiz-admin.js' },
        rollupOptions: { output: { inlineDynamicImports: true } },
      },
    };
  }
  if (mode === 'confirmation') {
    // The proof of participation for the single files (issue #14): dist/cai-cach-quiz.confirmation.js,
    // an ES module they import() from beside themselves after a submission (src/confirmation-beside.ts).
    // Drawn by the single file's Lit and context: `lit` and views/base.ts are swapped for what the single
    // file hands over (src/views/confirmation/standalone.ts says why a copy of its own would fail).
    return {
      publicDir: false,
      plugins: [minifyCssLiterals(), minifyHtmlLiterals({ keepLines: true }), sharedWithSingleFile()],
      build: {
        outDir: 'dist',
        emptyOutDir: false,
        target: 'es2022',
        minify: 'terser',
        terserOptions: { module: true, ecma: 2020, compress: { passes: 3 }, format: { comments: false } },
        sourcemap: true,
        lib: { entry: 'src/views/confirmation/standalone.ts', formats: ['es'], fileName: () => 'cai-cach-quiz.confirmation.js' },
        // One file: the views' dynamic import is inlined as a part run only when `load` asks for it.
        rollupOptions: { output: { codeSplitting: false } },
      },
    };
  }
  // `iife`: the single file with everything; `iife-contest`: the single file with the contest only.
  const iife = mode === 'iife' || mode === 'iife-contest';
  const contestOnly = mode === 'iife-contest';
  return {
    publicDir: false,
    // keepLines: the published source maps keep pointing at the right lines (50 B gzip).
    plugins: [minifyCssLiterals(), minifyHtmlLiterals({ keepLines: true }), ...(iife ? [singleFileModules(contestOnly)] : [])],
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
        fileName: () => (contestOnly ? 'cai-cach-quiz.contest.iife.js' : iife ? 'cai-cach-quiz.iife.js' : 'cai-cach-quiz.js'),
      },
      rollupOptions: iife
        ? { output: { inlineDynamicImports: true } }
        : // Everything needed before the first question in one chunk: separate files would
          // each be compressed alone, which costs about a kilobyte. That chunk is the entry
          // itself ('allow-extension' lets it export what the lazy chunks import from it):
          // otherwise the entry is a one-line facade, and the page waits one more round trip.
          { preserveEntrySignatures: 'allow-extension', output: { manualChunks: coreChunk(fileURLToPath(new URL('src/index.ts', import.meta.url))) } },
    },
  };
});
