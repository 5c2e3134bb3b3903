// The answer key never reaches the browser in contest mode: no built file may contain the
// server-side grading code or any sample question or answer. Fails with the file and
// the string found.
import { readdirSync, readFileSync } from 'node:fs';

const dist = new URL('../dist/', import.meta.url);
const files = readdirSync(dist).filter((f) => f.endsWith('.js'));
if (!files.length) {
  console.error('dist/ has no .js files: run `npm run build` first.');
  process.exit(2);
}
// Distinctive strings of the grading module and of the demo's sample bank.
const bankSource = readFileSync(new URL('../demo/mocks/data/bank.ts', import.meta.url), 'utf8');
const sampleTexts = [...bankSource.matchAll(/text: '([^']{30,})'/g)].map((m) => m[1]).slice(0, 400);
const forbidden = ['compareEntries', 'predictionDistance ?? Infinity', 'isCorrect(', ...sampleTexts];
let bad = 0;
for (const f of files) {
  const code = readFileSync(new URL(f, dist), 'utf8');
  for (const s of forbidden) {
    if (code.includes(s)) {
      console.error(`${f} contains "${s.slice(0, 60)}"`);
      bad++;
    }
  }
}
console.log(
  `Checked ${files.length} built files against ${forbidden.length} strings of the answer key and grading code: ${bad ? `${bad} found` : 'none found'}.`,
);
process.exit(bad ? 1 : 0);
