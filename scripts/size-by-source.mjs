// Which sources make up a built chunk: bytes of minified output attributed to each source
// through the source map (a rough guide for size work; gzip shares savings across sources).
// Usage: node scripts/size-by-source.mjs dist/core-*.js
import { readFileSync } from 'node:fs';
import { SourceMapConsumer } from 'source-map-js';

const file = process.argv[2];
const code = readFileSync(file, 'utf8');
const map = new SourceMapConsumer(JSON.parse(readFileSync(`${file}.map`, 'utf8')));
const lines = code.split('\n');
const sizes = new Map();
let prev;
map.eachMapping((m) => {
  if (prev) {
    const len = prev.generatedLine === m.generatedLine ? m.generatedColumn - prev.generatedColumn : lines[prev.generatedLine - 1].length - prev.generatedColumn;
    const src = (prev.source ?? '(none)').replace(/^.*node_modules\//, 'npm:').replace(/^.*\/src\//, 'src/');
    sizes.set(src, (sizes.get(src) ?? 0) + len);
  }
  prev = m;
});
const rows = [...sizes].sort((a, b) => b[1] - a[1]);
for (const [src, n] of rows) console.log(String(n).padStart(7), src);
console.log(String(code.length).padStart(7), 'total');
