/**
 * Writes the organisers' templates from the one writer the export uses, so that they can
 * never drift from what the import reads:
 *   server/templates/bo-de-thi-trong.xlsx  the empty template (headers with notes, the guide sheet)
 *   server/templates/bo-de-thi-mau.xlsx    the demo's sample bank in it (SAMPLE DATA, see demo/mocks/data)
 * Run after changing the template:  npx tsx server/src/bank-template.ts
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { SAMPLE_BANK, SAMPLE_TOPICS } from '../../demo/mocks/data/bank.ts';
import { writeBankXlsx } from './bank-sheet.ts';
import { KeyedBankQuestion } from './definition.ts';

const dir = fileURLToPath(new URL('../templates/', import.meta.url));
const bank = SAMPLE_BANK.map((q) => KeyedBankQuestion.parse(q));

writeFileSync(`${dir}bo-de-thi-trong.xlsx`, await writeBankXlsx([], []));
writeFileSync(`${dir}bo-de-thi-mau.xlsx`, await writeBankXlsx(bank, SAMPLE_TOPICS));
console.log(`Wrote ${dir}bo-de-thi-trong.xlsx and ${dir}bo-de-thi-mau.xlsx (${bank.length} questions, ${SAMPLE_TOPICS.length} topics).`);
