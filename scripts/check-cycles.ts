/**
 * `npm run lint`'s import-cycle check: fails when a module reaches itself again through imports,
 * dynamic `import()` included. eslint-plugin-import-x's no-cycle (in eslint.config.js) did not
 * report the 21-file circle that ran through src/lazy.ts's dynamic imports (views -> i18n and the
 * api client -> lazy.ts -> views: issue #17), so this check reads the graph itself: every relative
 * `import`/`export … from` and `import('…')` of the TypeScript and JavaScript files under the roots
 * below, type-only imports left out (they vanish from the build), then Tarjan's strongly connected
 * components; each component of more than one module (or a module importing itself) is a cycle.
 *
 * It also checks that the bottom layers look only down (DESIGN.md; docs/architecture.md): src/contract
 * imports only src/contract, src/core only src/core and src/contract, and the server (server/src)
 * takes from the element's tree only those two. These count type-only imports too: a type that
 * points upward ties the pure layer to an upper one's changes even when the build erases it.
 *
 *   npx tsx scripts/check-cycles.ts [folder…]   (default: src server/src scripts demo)
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';

const roots = process.argv.slice(2).length ? process.argv.slice(2) : ['src', 'server/src', 'scripts', 'demo'];
const SOURCE = /\.(ts|mts|js|mjs)$/;

function files(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (name === 'node_modules' || name === 'public' || name.startsWith('.')) return [];
    return statSync(path).isDirectory() ? files(path) : SOURCE.test(name) && !name.endsWith('.d.ts') ? [resolve(path)] : [];
  });
}

/** The modules `file` imports at run time, statically or dynamically (relative specifiers only). */
export function importsOf(file: string, text = readFileSync(file, 'utf8'), withTypes = false): string[] {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, false);
  const specifiers: string[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isImportDeclaration(node)) {
      const clause = node.importClause;
      const named = clause?.namedBindings && ts.isNamedImports(clause.namedBindings) ? clause.namedBindings.elements : undefined;
      const typeOnly = clause && (clause.isTypeOnly || (!clause.name && named?.length && named.every((e) => e.isTypeOnly)));
      if (withTypes || !typeOnly) specifiers.push((node.moduleSpecifier as ts.StringLiteral).text);
    } else if (ts.isExportDeclaration(node) && node.moduleSpecifier && (withTypes || !node.isTypeOnly)) {
      specifiers.push((node.moduleSpecifier as ts.StringLiteral).text);
    } else if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword) {
      const [arg] = node.arguments;
      if (arg && ts.isStringLiteralLike(arg)) specifiers.push(arg.text);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return specifiers
    .filter((s) => s.startsWith('.'))
    .map((s) => resolve(dirname(file), s))
    .map((p) => [p, `${p}.ts`, `${p}.js`, join(p, 'index.ts')].find((c) => existsSync(c) && statSync(c).isFile()))
    .filter((p): p is string => !!p);
}

/** Tarjan's algorithm: the strongly connected components with a cycle in them. */
export function cycles(graph: Map<string, string[]>): string[][] {
  let next = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const found: string[][] = [];
  const connect = (v: string) => {
    index.set(v, next);
    low.set(v, next++);
    stack.push(v);
    onStack.add(v);
    for (const w of graph.get(v) ?? []) {
      if (!index.has(w)) {
        connect(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, index.get(w)!));
    }
    if (low.get(v) !== index.get(v)) return;
    const component: string[] = [];
    let w: string;
    do {
      w = stack.pop()!;
      onStack.delete(w);
      component.push(w);
    } while (w !== v);
    if (component.length > 1 || graph.get(v)?.includes(v)) found.push(component.sort());
  };
  for (const v of graph.keys()) if (!index.has(v)) connect(v);
  return found;
}

/** Which folders of the element's tree a folder may import from (itself included); others are free. */
const LAYERS: [folder: string, mayImport: string[]][] = [
  ['src/contract/', ['src/contract/']],
  ['src/core/', ['src/core/', 'src/contract/']],
  ['server/src/', ['server/src/', 'src/contract/', 'src/core/']],
];

/** Imports (type-only ones included) that go from a bottom layer to a folder above it, as "from -> to". */
export function layerBreaches(files: readonly string[], root = process.cwd(), read = (f: string) => importsOf(f, undefined, true)): string[] {
  const breaches: string[] = [];
  for (const file of files) {
    const from = relative(root, file);
    const rule = LAYERS.find(([folder]) => from.startsWith(folder));
    if (!rule) continue;
    for (const target of read(file)) {
      const to = relative(root, target);
      const inTree = to.startsWith('src/') || to.startsWith('server/src/');
      if (inTree && !rule[1].some((allowed) => to.startsWith(allowed))) breaches.push(`${from} -> ${to}`);
    }
  }
  return breaches;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const all = roots.flatMap(files);
  const graph = new Map(all.map((f) => [f, importsOf(f)]));
  const found = cycles(graph);
  for (const c of found) console.error(`Import cycle of ${c.length} modules:\n  ${c.map((f) => relative(process.cwd(), f)).join('\n  ')}`);
  const breaches = layerBreaches(all);
  for (const b of breaches) console.error(`Import against the layers (contract and core look only down; the server takes only those): ${b}`);
  console.log(`check-cycles: ${graph.size} modules, ${found.length} cycle(s), ${breaches.length} import(s) against the layers`);
  process.exitCode = found.length || breaches.length ? 1 : 0;
}
