/**
 * The question bank between the organisers' spreadsheet and a contest definition file.
 *
 *   tsx server/src/bank-import.ts <bank.xlsx|bank.csv> [--into contest.json] [--dry-run]
 *     Checks the sheet and lists every problem by row and column. Without an error and with
 *     --into, replaces `bank` and `topics` of that contest definition (as written by
 *     `npm run contest:sample -- contest.json`), keeping everything else as it is. --dry-run
 *     checks and tells what would change, and writes nothing.
 *
 *   tsx server/src/bank-import.ts --export <out.xlsx|out.csv> --from contest.json [--delimiter ";"]
 *     Writes the bank of a contest definition in the same template.
 *
 * Exit status: 0 done (warnings allowed), 1 problems in the sheet or the definition, 2 usage.
 */
import { readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, extname, join } from 'node:path';
import { isDeepStrictEqual, parseArgs } from 'node:util';
import { exportNotes, formatProblem, hasErrors, readBankSheet, writeBankCsv, writeBankXlsx } from './bank-sheet.ts';
import { DefinitionError, parseDefinition, readDefinitionFile } from './definition.ts';

const USAGE = `Cách dùng:
  bank-import <bo-de.xlsx|bo-de.csv> [--into contest.json] [--dry-run]
      Kiểm tra bảng câu hỏi; với --into, thay bộ câu hỏi và chủ đề của tệp cuộc thi.
      --dry-run: chỉ kiểm tra và cho biết sẽ thay đổi gì, không ghi tệp nào.
  bank-import --export <ra.xlsx|ra.csv> --from contest.json [--delimiter ";"]
      Xuất bộ câu hỏi của tệp cuộc thi ra bảng theo mẫu.`;

/** How many problem lines are printed before "… và N dòng khác". */
const PRINT_LIMIT = 500;

function formatOf(file: string): 'xlsx' | 'csv' | undefined {
  const ext = extname(file).toLowerCase();
  return ext === '.xlsx' || ext === '.xlsm' ? 'xlsx' : ext === '.csv' || ext === '.txt' ? 'csv' : undefined;
}

function usage(message: string): never {
  console.error(`${message}\n\n${USAGE}`);
  process.exit(2);
}

/** Written next to the target and renamed over it, so a crash never leaves half a file. */
function writeAtomically(file: string, data: string | Buffer) {
  const tmp = join(dirname(file), `.${basename(file)}.${process.pid}.tmp`);
  writeFileSync(tmp, data);
  renameSync(tmp, file);
}

async function runExport(out: string, from: string | undefined, delimiter: string | undefined) {
  if (!from) usage('Thiếu --from <contest.json>: tệp cuộc thi chứa bộ câu hỏi cần xuất.');
  const format = formatOf(out);
  if (!format) usage(`Không rõ định dạng của ${out}: dùng đuôi .xlsx hoặc .csv.`);
  if (delimiter !== undefined && delimiter !== ',' && delimiter !== ';') usage('--delimiter chỉ nhận "," hoặc ";".');
  const def = readDefinitionFile(from);
  const topics = def.topics ?? [];
  const data = format === 'xlsx' ? await writeBankXlsx(def.bank, topics) : writeBankCsv(def.bank, topics, { delimiter: delimiter });
  writeAtomically(out, data);
  for (const note of exportNotes(def.bank, topics)) console.log(`Lưu ý: ${note}`);
  console.log(`Đã xuất ${def.bank.length} câu hỏi thuộc ${new Set(def.bank.map((q) => q.topicId)).size} chủ đề ra ${out}.`);
}

async function runImport(file: string, into: string | undefined, dryRun: boolean) {
  const format = formatOf(file);
  if (!format) usage(`Không rõ định dạng của ${file}: dùng đuôi .xlsx hoặc .csv.`);
  let size: number;
  try {
    size = statSync(file).size;
  } catch (e) {
    console.error(`Không đọc được ${file}: ${(e as Error).message}`);
    return 1;
  }
  if (size > 50 * 1024 * 1024) {
    console.error(`Tệp: quá lớn (${Math.round(size / 1048576)} MB; tối đa 50 MB).`);
    return 1;
  }
  const started = performance.now();
  const sheet = await readBankSheet(readFileSync(file), { format });
  const ms = Math.round(performance.now() - started);

  const errors = sheet.problems.filter((p) => p.severity === 'error');
  const warnings = sheet.problems.filter((p) => p.severity === 'warning');
  let printed = 0;
  for (const [title, list] of [
    [`Lỗi (${errors.length}), phải sửa trước khi nhập:`, errors],
    [`Cảnh báo (${warnings.length}), không chặn việc nhập:`, warnings],
  ] as const) {
    if (!list.length) continue;
    console.log(title);
    for (const p of list) {
      if (printed++ < PRINT_LIMIT) console.log(`  ${formatProblem(p)}`);
    }
  }
  if (printed > PRINT_LIMIT) console.log(`  … và ${printed - PRINT_LIMIT} dòng khác.`);

  const multiple = sheet.questions.filter((q) => q.kind === 'multiple').length;
  console.log(
    `\nĐã đọc ${file} trong ${ms} ms: ${sheet.questions.length} câu hỏi hợp lệ (${sheet.questions.length - multiple} một đáp án, ${multiple} nhiều đáp án) thuộc ${sheet.topics.length} chủ đề; ${errors.length} lỗi, ${warnings.length} cảnh báo.`,
  );
  if (hasErrors(sheet.problems)) {
    console.log(into ? `Không nhập: còn ${errors.length} lỗi. ${basename(into)} không bị thay đổi.` : `Còn ${errors.length} lỗi phải sửa.`);
    return 1;
  }
  if (!into) {
    console.log('Bảng hợp lệ. Thêm --into contest.json để thay bộ câu hỏi của cuộc thi.');
    return 0;
  }

  let raw: Record<string, unknown>;
  try {
    raw = JSON.parse(readFileSync(into, 'utf8')) as Record<string, unknown>;
  } catch (e) {
    console.error(`Không đọc được tệp cuộc thi ${into}: ${(e as Error).message}`);
    return 1;
  }
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) {
    console.error(`${into} không phải tệp cuộc thi (cần một đối tượng JSON).`);
    return 1;
  }
  // Everything else is kept as written; the result must still be a definition the server accepts.
  const next = { ...raw, bank: sheet.questions, topics: sheet.topics };
  try {
    parseDefinition(next, into);
  } catch (e) {
    if (!(e instanceof DefinitionError)) throw e;
    console.log(`Không nhập: tệp cuộc thi sau khi thay bộ câu hỏi sẽ không hợp lệ:\n${e.problems.map((p) => `  ${p}`).join('\n')}`);
    return 1;
  }
  const before = new Map((Array.isArray(raw.bank) ? (raw.bank as { id?: unknown }[]) : []).map((q) => [String(q?.id), q]));
  let added = 0;
  let changed = 0;
  let same = 0;
  for (const q of sheet.questions) {
    const old = before.get(q.id);
    if (!old) added++;
    else if (isDeepStrictEqual(old, q)) same++;
    else changed++;
    before.delete(q.id);
  }
  const change = `thêm ${added}, sửa ${changed}, bỏ ${before.size}, giữ nguyên ${same} câu`;
  if (dryRun) {
    console.log(`Chạy thử (--dry-run): nếu nhập sẽ ${change}. Không ghi tệp nào.`);
    return 0;
  }
  writeAtomically(into, `${JSON.stringify(next, null, 2)}\n`);
  console.log(`Đã thay bộ câu hỏi và chủ đề trong ${into}: ${change}. Khởi động lại máy chủ cuộc thi để dùng bộ câu hỏi mới.`);
  return 0;
}

async function main(): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      allowPositionals: true,
      options: {
        into: { type: 'string' },
        'dry-run': { type: 'boolean' },
        export: { type: 'string' },
        from: { type: 'string' },
        delimiter: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (e) {
    usage((e as Error).message);
  }
  const { values, positionals } = parsed;
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  try {
    if (values.export !== undefined) {
      if (positionals.length || values.into) usage('--export không dùng cùng tệp nhập hay --into.');
      await runExport(values.export, values.from, values.delimiter);
      return 0;
    }
    const [file] = positionals;
    if (file === undefined || positionals.length !== 1) usage(positionals.length ? 'Chỉ nhập một tệp mỗi lần.' : 'Thiếu tệp bảng câu hỏi (.xlsx hoặc .csv).');
    if (values.from || values.delimiter) usage('--from và --delimiter chỉ dùng với --export.');
    return await runImport(file, values.into, values['dry-run'] ?? false);
  } catch (e) {
    if (e instanceof DefinitionError) {
      console.error(e.message);
      return 1;
    }
    throw e;
  }
}

process.exitCode = await main();
