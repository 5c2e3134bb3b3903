// Prints the licences of what the product ships and runs (npm run licences): the packages that are not
// dev-only in package-lock.json, i.e. the element's runtime dependencies and the contest server's.
import { readFileSync } from 'node:fs';

const lock = JSON.parse(readFileSync(new URL('../package-lock.json', import.meta.url), 'utf8'));
const byLicence = new Map();
/** A package whose lock entry has no licence: its package.json's `license` or old-style `licenses`. */
function fromPackage(path) {
  try {
    const pkg = JSON.parse(readFileSync(new URL(`../${path}/package.json`, import.meta.url), 'utf8'));
    const l = pkg.license ?? pkg.licenses;
    return typeof l === 'string' ? l : Array.isArray(l) ? l.map((x) => x.type ?? x).join(' OR ') : l?.type;
  } catch {
    return undefined;
  }
}
for (const [path, p] of Object.entries(lock.packages)) {
  if (!path || p.dev || p.link || !path.includes('node_modules/')) continue;
  const name = path.slice(path.lastIndexOf('node_modules/') + 'node_modules/'.length);
  const name2 = name.startsWith('@esbuild/') ? '@esbuild/* (the platform binary of esbuild, for tsx)' : name;
  const licence = p.license ?? fromPackage(path) ?? 'not stated in the package';
  if (!byLicence.has(licence)) byLicence.set(licence, new Set());
  byLicence.get(licence).add(name2);
}
const rows = [...byLicence].sort((a, b) => b[1].size - a[1].size);
console.log('| licence | packages | which |\n| --- | --- | --- |');
for (const [licence, names] of rows) console.log(`| ${licence} | ${names.size} | ${[...names].sort().join(', ')} |`);
