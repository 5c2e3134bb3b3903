/**
 * Writes the sample contest definition as JSON, the starting point of a province's own
 * CONTEST_FILE:  npm run contest:sample -- my-contest.json
 */
import { writeFileSync } from 'node:fs';
import { sampleDefinition } from './definition.ts';

const file = process.argv[2];
if (!file) {
  console.error('Usage: npm run contest:sample -- <file.json>');
  process.exit(2);
}
writeFileSync(file, `${JSON.stringify(await sampleDefinition(), null, 2)}\n`);
console.log(`Wrote the sample contest definition to ${file}. Edit it, then start the server with CONTEST_FILE=${file}.`);
