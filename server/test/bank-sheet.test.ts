/**
 * The bank between the organisers' spreadsheet and the server: the sample bank survives an
 * export and an import in both formats, planted mistakes are reported at their row and
 * column, 10,000 questions import, the exported file reads back in exceljs with its
 * Vietnamese intact, and hostile files get a clear error rather than a crash or a hang.
 *
 *   cd server && npx tsx --test test/bank-sheet.test.ts
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { deflateRawSync, inflateRawSync } from 'node:zlib';
import ExcelJS from 'exceljs';
import { SAMPLE_BANK, SAMPLE_TOPICS } from '../../demo/mocks/data/bank.ts';
import {
  exportNotes,
  formatProblem,
  readBankSheet,
  TEMPLATE_HEADERS,
  topicSlug,
  writeBankCsv,
  writeBankXlsx,
  type BankSheet,
  type Problem,
} from '../src/bank-sheet.ts';
import { KeyedBankQuestion, sampleDefinition } from '../src/definition.ts';
import { REPO } from './harness.ts';
import { nth } from './must.ts';

const SAMPLE = SAMPLE_BANK.map((q) => KeyedBankQuestion.parse(q));
const errorsOf = (s: BankSheet) => s.problems.filter((p) => p.severity === 'error');
const where = (p: Problem) => ({ row: p.row, column: p.column, severity: p.severity });

/** A workbook of the template's headers and the given rows, written by exceljs itself (not by the code under test). */
async function workbook(rows: ExcelJS.CellValue[][], edit?: (ws: ExcelJS.Worksheet) => void): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Câu hỏi');
  ws.addRow(TEMPLATE_HEADERS.slice(0, 12));
  for (const r of rows) ws.addRow(r);
  edit?.(ws);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

const SRC = 'Điều 3 Nghị định 61/2018/NĐ-CP';
/** A valid row: code, topic, question, options A–D, answer, explanation, source. */
const row = (code: string, text: string, answer: ExcelJS.CellValue = 'A', more: Partial<Record<number, ExcelJS.CellValue>> = {}): ExcelJS.CellValue[] => {
  const r: ExcelJS.CellValue[] = [
    code,
    'Cơ chế một cửa',
    text,
    `${text} – phương án một`,
    `${text} – phương án hai`,
    `${text} – phương án ba`,
    `${text} – phương án bốn`,
    null,
    null,
    answer,
    'Giải thích ngắn.',
    SRC,
  ];
  for (const [i, v] of Object.entries(more)) r[Number(i)] = v;
  return r;
};

// ───────────────────────────────────────────── a minimal zip, to hand-craft hostile .xlsx files

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
const crc32 = (b: Buffer) => {
  let c = 0xffffffff;
  for (const x of b) c = nth(CRC_TABLE, (c ^ x) & 0xff) ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
};

function unzip(buf: Buffer): Map<string, Buffer> {
  const out = new Map<string, Buffer>();
  const eocd = buf.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  let p = buf.readUInt32LE(eocd + 16);
  for (let k = buf.readUInt16LE(eocd + 10); k > 0; k--) {
    const method = buf.readUInt16LE(p + 10);
    const packed = buf.readUInt32LE(p + 20);
    const n = buf.readUInt16LE(p + 28);
    const local = buf.readUInt32LE(p + 42);
    const name = buf.toString('utf8', p + 46, p + 46 + n);
    p += 46 + n + buf.readUInt16LE(p + 30) + buf.readUInt16LE(p + 32);
    const start = local + 30 + buf.readUInt16LE(local + 26) + buf.readUInt16LE(local + 28);
    const data = buf.subarray(start, start + packed);
    out.set(name, method === 8 ? inflateRawSync(data) : Buffer.from(data));
  }
  return out;
}

/** Deflated entries; `lie` declares a smaller unpacked size for the named entry than it has. */
function zip(entries: Map<string, Buffer>, lie?: string): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const [name, data] of entries) {
    const packed = deflateRawSync(data);
    const nameBuf = Buffer.from(name);
    const size = name === lie ? 100 : data.length;
    const head = Buffer.alloc(30);
    head.writeUInt32LE(0x04034b50, 0);
    head.writeUInt16LE(20, 4);
    head.writeUInt16LE(8, 8);
    head.writeUInt32LE(crc32(data), 14);
    head.writeUInt32LE(packed.length, 18);
    head.writeUInt32LE(size, 22);
    head.writeUInt16LE(nameBuf.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(crc32(data), 16);
    central.writeUInt32LE(packed.length, 20);
    central.writeUInt32LE(size, 24);
    central.writeUInt16LE(nameBuf.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(head, nameBuf, packed);
    centrals.push(central, nameBuf);
    offset += 30 + nameBuf.length + packed.length;
  }
  const cd = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.size, 8);
  end.writeUInt16LE(entries.size, 10);
  end.writeUInt32LE(cd.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, cd, end]);
}

// ───────────────────────────────────────────── (1) lossless

describe('the sample bank survives export and import', () => {
  /** The sample, plus what is hard for a spreadsheet: commas, quotes, line breaks, a leading = + - @, six options, a source. */
  const tricky: KeyedBankQuestion[] = [
    {
      id: 'x-001',
      topicId: 'kiem-soat-tthc',
      text: 'Câu có dấu phẩy, "ngoặc kép"; chấm phẩy\nvà xuống dòng?',
      kind: 'multiple',
      options: ['=1+1', '-5 ngày', '+84 912 345 678', '@ghi chú', 'Ký tự đặc biệt: ‘’ “” – … ₫', 'Phương án F'].map((text, i) => ({
        id: 'abcdef'.charAt(i),
        text,
      })),
      correctOptionIds: ['a', 'c', 'f'],
      explanation: 'Giải thích\r\ncó CRLF'.replace('\r\n', '\n'),
      source: 'Khoản 2 Điều 5 Nghị định 63/2010/NĐ-CP',
    },
  ];
  const bank = [...SAMPLE, ...tricky];

  for (const format of ['xlsx', 'csv'] as const) {
    it(`${format}: export → import gives the same questions and topics`, async () => {
      const file = format === 'xlsx' ? await writeBankXlsx(bank, SAMPLE_TOPICS) : Buffer.from(writeBankCsv(bank, SAMPLE_TOPICS), 'utf8');
      const back = await readBankSheet(file, { format });
      assert.deepEqual(errorsOf(back), []);
      assert.deepEqual(back.questions, bank);
      assert.deepEqual(back.topics, SAMPLE_TOPICS);
      // Every sample question carries its source (issue #16): no warning at all.
      assert.deepEqual(back.problems, []);
    });
  }

  it('csv with ";" (Excel set to Vietnamese), with LF line ends, without BOM, in UTF-16: the same', async () => {
    const semicolon = writeBankCsv(bank, SAMPLE_TOPICS, { delimiter: ';' });
    const lf = writeBankCsv(bank, SAMPLE_TOPICS).replace(/\r\n/g, '\n').slice(1);
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(writeBankCsv(bank, SAMPLE_TOPICS, { delimiter: ';' }).slice(1), 'utf16le')]);
    for (const file of [Buffer.from(semicolon), Buffer.from(lf), utf16]) {
      const back = await readBankSheet(file, { format: 'csv' });
      assert.deepEqual(back.questions, bank);
      assert.deepEqual(back.topics, SAMPLE_TOPICS);
    }
  });

  it('says what a round trip would change: nothing for the sample', () => {
    assert.deepEqual(exportNotes(SAMPLE, SAMPLE_TOPICS), []);
    const odd: KeyedBankQuestion = {
      ...nth(SAMPLE, 0),
      id: 'odd',
      kind: 'multiple',
      options: [
        { id: 'x', text: 'Có' },
        { id: 'b', text: 'Không' },
      ],
      correctOptionIds: ['x'],
    };
    const notes = exportNotes([odd], [...SAMPLE_TOPICS, { id: 'trong', name: 'Chủ đề chưa có câu' }]);
    assert.equal(notes.length, 2 + SAMPLE_TOPICS.length);
    assert.match(nth(notes, 0), /Câu odd: mã phương án “x” sẽ thành chữ cái/);
    assert.match(nth(notes, 1), /một đáp án/);
  });

  it('the committed templates: the sample bank, and an empty sheet', async () => {
    const sample = await readBankSheet(readFileSync(join(REPO, 'server/templates/bo-de-thi-mau.xlsx')), { format: 'xlsx' });
    assert.deepEqual(sample.questions, SAMPLE);
    assert.deepEqual(sample.topics, SAMPLE_TOPICS);
    const empty = await readBankSheet(readFileSync(join(REPO, 'server/templates/bo-de-thi-trong.xlsx')), { format: 'xlsx' });
    assert.deepEqual(empty.questions, []);
    assert.deepEqual(empty.problems.map(formatProblem), ['Tệp: Bảng không có câu hỏi nào dưới dòng tiêu đề.']);
  });
});

// ───────────────────────────────────────────── (2) planted mistakes

describe('a sheet with 10 planted mistakes', () => {
  it('reports exactly those 10, each at its row and column', async () => {
    const file = await workbook([
      /* 2 */ row('Q01', 'Nghị định nào quy định cơ chế một cửa?'),
      /* 3 */ row('Q02', 'Câu thiếu đáp án?', null),
      /* 4 */ row('Q03', 'Đáp án chỉ vào ô trống?', 'E'),
      /* 5 */ row('Q01', 'Câu trùng mã?'),
      /* 6 */ row('Q05', 'Nghị định nào quy định cơ chế một cửa?', 'A', { 3: 'Nghị định nào quy định cơ chế một cửa? – phương án một' }),
      /* 7 */ row('Q06', 'Dài'.padEnd(4001, '.'), 'A', { 3: 'Một', 4: 'Hai', 5: 'Ba', 6: 'Bốn' }),
      /* 8 */ row('Q07', 'Câu không có chủ đề?', 'A', { 1: '   ' }),
      /* 9 */ row('Q08', 'Câu chỉ có một phương án?', 'A', { 4: null, 5: null, 6: null }),
      /* 10 */ row('Q09', 'Đáp án là chữ lạ?', 'G'),
      /* 11 */ row('Q10', 'Đáp án ghi hai lần?', 'B, B'),
      /* 12 */ row('Q11', 'Giải thích bị lỗi #N/A?', 'A', { 10: { error: '#N/A' } as ExcelJS.CellErrorValue }),
      // Not mistakes: spaces around values are trimmed silently; lower case and ";" in the answer; an empty row; a multiple answer.
      /* 13 */ row('  Q12 ', '  Câu có khoảng trắng thừa?  ', ' c ', { 1: ' Cơ chế một cửa  ', 11: ` ${SRC} ` }),
      /* 14 */ [],
      /* 15 */ row('Q14', 'Câu nhiều đáp án đúng?', 'a; d'),
    ]);
    const sheet = await readBankSheet(file, { format: 'xlsx' });
    assert.deepEqual(sheet.problems.map(where), [
      { row: 3, column: 'Đáp án đúng (cột J)', severity: 'error' },
      { row: 4, column: 'Đáp án đúng (cột J)', severity: 'error' },
      { row: 5, column: 'Mã câu (cột A)', severity: 'error' },
      { row: 6, column: 'Câu hỏi (cột C)', severity: 'error' },
      { row: 7, column: 'Câu hỏi (cột C)', severity: 'error' },
      { row: 8, column: 'Chủ đề (cột B)', severity: 'error' },
      { row: 9, column: 'Phương án B (cột E)', severity: 'error' },
      { row: 10, column: 'Đáp án đúng (cột J)', severity: 'error' },
      { row: 11, column: 'Đáp án đúng (cột J)', severity: 'warning' },
      { row: 12, column: 'Giải thích (cột K)', severity: 'error' },
    ]);
    const m = sheet.problems.map((p) => p.message);
    assert.match(nth(m, 0), /Thiếu đáp án đúng/);
    assert.match(nth(m, 1), /^Đáp án "E" nhưng ô Phương án E trống/);
    assert.match(nth(m, 2), /Mã câu “Q01” trùng với dòng 2/);
    assert.match(nth(m, 3), /trùng với dòng 2/);
    assert.match(nth(m, 4), /dài 4\.001 ký tự, quá giới hạn 4\.000/);
    assert.match(nth(m, 5), /Thiếu chủ đề/);
    assert.match(nth(m, 6), /ít nhất 2 phương án/);
    assert.match(nth(m, 7), /Đáp án “G” không phải chữ cái của một phương án \(A–F\)/);
    assert.match(nth(m, 8), /"B" hơn một lần/);
    assert.match(nth(m, 9), /#N\/A/);
    assert.equal(formatProblem(nth(sheet.problems, 1)), 'Dòng 4, Đáp án đúng (cột J): Đáp án "E" nhưng ô Phương án E trống.');

    // Errors keep their rows out; the warning's row and the clean rows come in.
    assert.deepEqual(
      sheet.questions.map((q) => q.id),
      ['Q01', 'Q10', 'Q12', 'Q14'],
    );
    const [q10, q12, q14] = [nth(sheet.questions, 1), nth(sheet.questions, 2), nth(sheet.questions, 3)];
    assert.deepEqual([q10.kind, q10.correctOptionIds], ['single', ['b']]);
    assert.equal(q12.text, 'Câu có khoảng trắng thừa?');
    assert.deepEqual(q12.correctOptionIds, ['c']);
    assert.equal(q12.source, SRC);
    assert.deepEqual([q14.kind, q14.correctOptionIds], ['multiple', ['a', 'd']]);
    assert.deepEqual(
      q14.options.map((o) => o.id),
      ['a', 'b', 'c', 'd'],
    );
    assert.deepEqual(sheet.topics, [{ id: 'co-che-mot-cua', name: 'Cơ chế một cửa' }]);
  });

  it('the other rules: empty question, no source, long code, gaps, topics and their codes, dates and numbers', async () => {
    const file = await workbook(
      [
        /* 3 */ row('R1', '', 'A'),
        /* 4 */ row('R2', 'Câu không có nguồn?', 'A', { 11: null }),
        /* 5 */ row('R'.repeat(129), 'Mã quá dài?'),
        /* 6 */ row('R4', 'Phương án có chỗ trống?', 'D', { 4: null }),
        /* 7 */ row('R5', 'Chủ đề có mã?', 'A', { 1: 'Một cửa', 12: 'mot-cua' }),
        /* 8 */ row('R6', 'Cùng chủ đề, không ghi mã?', 'A', { 1: 'một cửa' }),
        /* 9 */ row('R7', 'Mã chủ đề đã dùng cho chủ đề khác?', 'A', { 1: 'Chủ đề khác', 12: 'mot-cua' }),
        /* 10 */ row('R8', 'Ô ngày tháng?', 'B', { 4: new Date(Date.UTC(2018, 5, 21)) }),
        /* 11 */ row(9 as unknown as string, 'Mã là số?', 'A'),
        /* 12 */ row('R10', 'Nghị định nào quy định cơ chế một cửa?', 'A', { 3: 'Khác hẳn' }),
        /* 13 */ row('R11', 'Nghị định nào quy định cơ chế một cửa?', 'A'),
      ],
      (ws) => {
        ws.spliceRows(1, 0, ['BỘ CÂU HỎI CUỘC THI TRỰC TUYẾN NĂM 2025']); // a title above the headers
        ws.getCell('M2').value = 'Mã chủ đề';
      },
    );
    const sheet = await readBankSheet(file, { format: 'xlsx' });
    const got = sheet.problems.map((p) => `${p.row} ${p.column} ${p.severity}: ${p.message}`);
    const expect: [number, string, string, RegExp][] = [
      [3, 'Câu hỏi (cột C)', 'error', /Thiếu nội dung câu hỏi/],
      [4, 'Nguồn/căn cứ pháp lý (cột L)', 'warning', /Chưa ghi nguồn/],
      [5, 'Mã câu (cột A)', 'error', /dài 129 ký tự, quá giới hạn 128/],
      [6, 'Phương án B (cột E)', 'warning', /phương án A, C, D/],
      [8, 'Chủ đề (cột B)', 'warning', /viết khác dòng 7/],
      [9, 'Mã chủ đề (cột M)', 'error', /đã dùng cho chủ đề “Một cửa” ở dòng 7/],
      [10, 'Phương án B (cột E)', 'warning', /ngày tháng; đã đọc thành “21\/6\/2018”/],
      [13, 'Câu hỏi (cột C)', 'warning', /giống dòng 12 nhưng phương án khác/],
    ];
    assert.equal(got.length, expect.length, got.join('\n'));
    expect.forEach(([r, column, severity, message], i) => {
      assert.deepEqual(where(nth(sheet.problems, i)), { row: r, column, severity }, nth(got, i));
      assert.match(nth(sheet.problems, i).message, message);
    });
    const byId = new Map(sheet.questions.map((q) => [q.id, q]));
    assert.deepEqual(
      byId.get('R4')!.options.map((o) => o.id),
      ['a', 'c', 'd'],
    );
    assert.equal(byId.get('R5')!.topicId, 'mot-cua');
    assert.equal(byId.get('R6')!.topicId, 'mot-cua');
    assert.equal(nth(byId.get('R8')!.options, 1).text, '21/6/2018');
    assert.ok(byId.has('9'));
    assert.equal(topicSlug('Thanh toán phí, lệ phí trực tuyến – Đợt 1'), 'thanh-toan-phi-le-phi-truc-tuyen-dot-1');
  });
});

describe('headers', () => {
  it('are found by name in any order, without accents; an unknown column is ignored with a warning', async () => {
    const csv = 'Ghi chú,Dap an dung,Cau hoi,Phuong an B,Phuong an A,Chu de,Ma cau\nkhông đọc,B,Câu?,Không,Có,Chủ đề,K1\n';
    const sheet = await readBankSheet(Buffer.from(csv), { format: 'csv' });
    assert.deepEqual(sheet.problems.map(formatProblem), [
      'Dòng 1: Cột không thuộc mẫu, đã bỏ qua: “Ghi chú” (cột A).',
      'Dòng 1: Không có cột “Nguồn/căn cứ pháp lý”: nên ghi căn cứ của từng đáp án.',
    ]);
    assert.deepEqual(sheet.questions, [
      {
        id: 'K1',
        topicId: 'chu-de',
        text: 'Câu?',
        kind: 'single',
        options: [
          { id: 'a', text: 'Có' },
          { id: 'b', text: 'Không' },
        ],
        correctOptionIds: ['b'],
      },
    ]);
  });

  it('a missing or doubled column is an error at the header row', async () => {
    let sheet = await readBankSheet(Buffer.from('Chủ đề,Câu hỏi,Phương án A,Phương án B,Đáp án đúng\n'), { format: 'csv' });
    assert.deepEqual(sheet.problems.map(formatProblem), ['Dòng 1: Thiếu cột “Mã câu” ở dòng tiêu đề. Hãy dùng tệp mẫu bo-de-thi-trong.xlsx.']);
    sheet = await readBankSheet(Buffer.from(`${TEMPLATE_HEADERS.join(',')},Câu hỏi\n`), { format: 'csv' });
    assert.deepEqual(sheet.problems.map(formatProblem), ['Dòng 1, Câu hỏi (cột N): Có hai cột “Câu hỏi”; hãy giữ một.']);
  });
});

// ───────────────────────────────────────────── (3) 10,000 questions

describe('10,000 questions', () => {
  const big: KeyedBankQuestion[] = Array.from({ length: 10_000 }, (_, i) => ({
    id: `Q${String(i + 1).padStart(5, '0')}`,
    topicId: nth(SAMPLE_TOPICS, i % SAMPLE_TOPICS.length).id,
    text: `Câu hỏi số ${i + 1}: theo Nghị định 61/2018/NĐ-CP, bộ phận tiếp nhận và trả kết quả thực hiện việc nào sau đây?`,
    kind: i % 5 ? 'single' : 'multiple',
    options: ['Tiếp nhận hồ sơ', 'Trả kết quả giải quyết', 'Thu phí, lệ phí', 'Hướng dẫn thủ tục'].map((t, k) => ({
      id: 'abcd'.charAt(k),
      text: `${t} (${i + 1})`,
    })),
    correctOptionIds: i % 5 ? ['b'] : ['a', 'c'],
    explanation: 'Theo Điều 8 Nghị định 61/2018/NĐ-CP.',
    source: 'Điều 8 Nghị định 61/2018/NĐ-CP',
  }));

  for (const format of ['xlsx', 'csv'] as const) {
    it(`import from ${format} finishes`, { timeout: 300_000 }, async () => {
      // The CSV with LF line ends, as tools other than Excel write it.
      const file = format === 'xlsx' ? await writeBankXlsx(big, SAMPLE_TOPICS) : Buffer.from(writeBankCsv(big, SAMPLE_TOPICS).replace(/\r\n/g, '\n'));
      const t0 = performance.now();
      const sheet = await readBankSheet(file, { format });
      const ms = performance.now() - t0;
      console.log(`10,000 questions from ${format} (${(file.length / 1048576).toFixed(1)} MB): read and checked in ${Math.round(ms)} ms`);
      assert.deepEqual(sheet.problems, []);
      assert.equal(sheet.questions.length, 10_000);
      assert.deepEqual(sheet.questions[9_999], big[9_999]);
    });
  }
});

// ───────────────────────────────────────────── (4) the exported file in exceljs

describe('the exported file, read by exceljs', () => {
  it('has the Vietnamese headers, styled and frozen, and Vietnamese text intact', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await writeBankXlsx(SAMPLE, SAMPLE_TOPICS)) as unknown as ArrayBuffer);
    assert.deepEqual(
      wb.worksheets.map((s) => s.name),
      ['Câu hỏi', 'Hướng dẫn'],
    );
    const ws = wb.getWorksheet('Câu hỏi')!;
    assert.deepEqual((ws.getRow(1).values as unknown[]).slice(1), TEMPLATE_HEADERS);
    assert.deepEqual(TEMPLATE_HEADERS.slice(0, 12), [
      'Mã câu',
      'Chủ đề',
      'Câu hỏi',
      'Phương án A',
      'Phương án B',
      'Phương án C',
      'Phương án D',
      'Phương án E',
      'Phương án F',
      'Đáp án đúng',
      'Giải thích',
      'Nguồn/căn cứ pháp lý',
    ]);
    assert.equal(ws.getCell('A1').font?.bold, true);
    assert.equal(nth(ws.views, 0).state, 'frozen');
    assert.equal((ws.views[0] as ExcelJS.WorksheetViewFrozen).ySplit, 1);
    assert.ok(ws.getColumn(3).width! >= 50);
    assert.equal(ws.getCell('J2').dataValidation?.type, 'custom');
    assert.equal(ws.rowCount, SAMPLE.length + 1);
    assert.equal(ws.getCell('B2').value, 'Cơ chế một cửa, một cửa liên thông');
    assert.equal(ws.getCell('C2').value, nth(SAMPLE, 0).text);
    assert.equal(ws.getCell('J2').value, 'A');
    assert.match(ws.getCell('C2').text, /Nghị định số 61\/2018\/NĐ-CP/);
  });

  it('the CSV starts with a UTF-8 BOM and the Vietnamese header line', () => {
    const bytes = Buffer.from(writeBankCsv(SAMPLE, SAMPLE_TOPICS), 'utf8');
    assert.deepEqual([...bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf]);
    const lines = bytes.toString('utf8').slice(1).split('\r\n');
    assert.equal(lines[0], TEMPLATE_HEADERS.join(','));
    assert.equal(lines.length, SAMPLE.length + 2); // a CRLF after the last row too
  });
});

// ───────────────────────────────────────────── (5) hostile files

describe('hostile files: a clear error, no crash, no hang', () => {
  const only = async (buf: Buffer, format: 'xlsx' | 'csv', message: RegExp, options = {}) => {
    const sheet = await readBankSheet(buf, { format, ...options });
    assert.equal(sheet.questions.length, 0);
    assert.equal(sheet.problems.length, 1, sheet.problems.map(formatProblem).join('\n'));
    assert.equal(nth(sheet.problems, 0).severity, 'error');
    assert.equal(nth(sheet.problems, 0).row, 0);
    assert.match(nth(sheet.problems, 0).message, message);
    return sheet.problems[0];
  };

  it('a file that is not a spreadsheet', async () => {
    const png = Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex');
    await only(png, 'xlsx', /không phải là bảng tính Excel/);
    await only(Buffer.from('%PDF-1.7\n…'), 'xlsx', /tệp PDF/);
    await only(Buffer.from('d0cf11e0a1b11ae1' + '00'.repeat(504), 'hex'), 'xlsx', /\.xls/);
    await only(zip(new Map([['word/document.xml', Buffer.from('<w:document/>')]])), 'xlsx', /tệp Word/);
    await only(Buffer.concat([Buffer.from('504b0304', 'hex'), Buffer.alloc(200, 7)]), 'xlsx', /bị hỏng/);
    await only(await workbook([]), 'csv', /là tệp Excel \(\.xlsx\) chứ không phải CSV/);
    await only(png, 'csv', /UTF-8/);
    await only(Buffer.from('Câu hỏi,Đáp án\n1,2', 'latin1'), 'csv', /UTF-8/); // Windows-1252 bytes
    await only(Buffer.from('chỉ là một dòng chữ\n'), 'csv', /Không tìm thấy dòng tiêu đề/);
  });

  it('an empty file, a sheet without rows, headers without questions', async () => {
    await only(Buffer.alloc(0), 'xlsx', /Tệp rỗng/);
    await only(Buffer.alloc(0), 'csv', /Tệp rỗng/);
    await only(Buffer.from('\uFEFF'), 'csv', /không có dữ liệu/);
    const blank = new ExcelJS.Workbook();
    blank.addWorksheet('Sheet1');
    await only(Buffer.from(await blank.xlsx.writeBuffer()), 'xlsx', /không có dữ liệu/);
    await only(await workbook([]), 'xlsx', /không có câu hỏi nào/);
  });

  it('100,000 empty rows (formatted in xlsx, commas in csv) are skipped quickly', { timeout: 300_000 }, async () => {
    const xlsx = await workbook([row('E1', 'Câu trước các dòng trống?')], (ws) => {
      for (let r = 3; r < 100_003; r++) ws.getCell(r, 2).border = { bottom: { style: 'thin' } };
      ws.getRow(100_003).values = row('E2', 'Câu sau các dòng trống?');
    });
    let t0 = performance.now();
    let sheet = await readBankSheet(xlsx, { format: 'xlsx' });
    console.log(`100,000 empty formatted rows in xlsx: ${Math.round(performance.now() - t0)} ms`);
    assert.deepEqual(sheet.problems, []);
    assert.deepEqual(
      sheet.questions.map((q) => q.id),
      ['E1', 'E2'],
    );

    const csv = `${TEMPLATE_HEADERS.join(',')}\r\n${'E1,Chủ đề,Câu?,Có,Không,,,,,A,,Nguồn\r\n'}${',,,,,,,,,,,,\r\n'.repeat(100_000)}E2,Chủ đề,Câu khác?,Có,Không,,,,,B,,Nguồn\r\n`;
    t0 = performance.now();
    sheet = await readBankSheet(Buffer.from(csv), { format: 'csv' });
    console.log(`100,000 empty rows in csv: ${Math.round(performance.now() - t0)} ms`);
    assert.deepEqual(sheet.problems, []);
    assert.deepEqual(
      sheet.questions.map((q) => q.id),
      ['E1', 'E2'],
    );
  });

  it('more rows than allowed', async () => {
    const questions = Array.from({ length: 60 }, (_, i) => ({ id: `M${i}`, text: `Câu ${i}?` }));
    await only(await workbook(questions.map((q) => row(q.id, q.text))), 'xlsx', /hơn 50 dòng/, { maxRows: 50 });
    await only(
      Buffer.from(
        writeBankCsv(
          questions.map((q) => ({
            id: q.id,
            topicId: 't',
            text: q.text,
            kind: 'single',
            options: [
              { id: 'a', text: 'x' },
              { id: 'b', text: 'y' },
            ],
            correctOptionIds: ['a'],
          })),
          [],
        ),
      ),
      'csv',
      /hơn 50 dòng/,
      { maxRows: 50 },
    );
  });

  it('formulas: the computed value with a warning; none, or an error value: an error', async () => {
    const file = await workbook([
      row('F1', 'Công thức có kết quả?', { formula: 'LEFT("ABC",1)', result: 'A' }),
      row('F2', 'Công thức chưa tính?', { formula: 'NOW()' }),
      row('F3', 'Công thức lỗi?', 'A', { 3: { formula: 'VLOOKUP(A1,Z:Z,2,0)', result: { error: '#N/A' } } as ExcelJS.CellFormulaValue }),
    ]);
    const sheet = await readBankSheet(file, { format: 'xlsx' });
    assert.deepEqual(sheet.problems.map(where), [
      { row: 2, column: 'Đáp án đúng (cột J)', severity: 'warning' },
      { row: 3, column: 'Đáp án đúng (cột J)', severity: 'error' },
      { row: 4, column: 'Phương án A (cột D)', severity: 'error' },
    ]);
    assert.match(nth(sheet.problems, 0).message, /công thức “=LEFT\("ABC",1\)”; đã lấy giá trị “A”/);
    assert.match(nth(sheet.problems, 1).message, /chưa có giá trị đã tính/);
    assert.match(nth(sheet.problems, 2).message, /cho lỗi #N\/A/);
    assert.deepEqual(
      sheet.questions.map((q) => [q.id, q.correctOptionIds]),
      [['F1', ['a']]],
    );
  });

  it('a 5 MB cell: an error that quotes its length, not its text', { timeout: 120_000 }, async () => {
    const huge = 'x'.repeat(5_000_000);
    const xlsx = await workbook([row('H1', huge, 'A', { 3: 'Có', 4: 'Không', 5: null, 6: null })]);
    const csv = Buffer.from(`${TEMPLATE_HEADERS.join(',')}\r\nH1,Chủ đề,${huge},Có,Không,,,,,A,,Nguồn\r\n`);
    for (const [file, format] of [
      [xlsx, 'xlsx'],
      [csv, 'csv'],
    ] as const) {
      const sheet = await readBankSheet(file, { format });
      const errors = errorsOf(sheet);
      assert.equal(errors.length, 1);
      assert.deepEqual(where(nth(errors, 0)), { row: 2, column: 'Câu hỏi (cột C)', severity: 'error' });
      assert.match(nth(errors, 0).message, /dài 5\.000\.000 ký tự/);
      assert.ok(sheet.problems.every((p) => p.message.length < 300));
    }
  });

  it('a zip bomb, a part that lies about its size, a merged range of a whole sheet', async () => {
    const parts = unzip(await workbook([row('Z1', 'Câu hợp lệ?')]));
    await only(zip(parts), 'xlsx', /quá lớn/, { maxUnpackedBytes: 4096 });
    const sheetXml = 'xl/worksheets/sheet1.xml';
    const padded = new Map(parts).set('xl/padding.bin', Buffer.alloc(2_000_000));
    await only(zip(padded, 'xl/padding.bin'), 'xlsx', /bị hỏng/);
    const xml = parts.get(sheetXml)!.toString().replace('</sheetData>', '</sheetData><mergeCells count="1"><mergeCell ref="A1:XFD1048576"/></mergeCells>');
    const t0 = performance.now();
    await only(zip(new Map(parts).set(sheetXml, Buffer.from(xml))), 'xlsx', /vùng ô gộp quá lớn \(A1:XFD1048576\)/);
    assert.ok(performance.now() - t0 < 30_000);
    // A small merge, as organisers make for a topic over several rows, reads as that topic on each row.
    const merged = await workbook([row('G1', 'Câu một?'), row('G2', 'Câu hai?', 'A', { 1: null })], (ws) => ws.mergeCells('B2:B3'));
    const sheet = await readBankSheet(merged, { format: 'xlsx' });
    assert.deepEqual(sheet.problems, []);
    assert.deepEqual(
      sheet.questions.map((q) => q.topicId),
      ['co-che-mot-cua', 'co-che-mot-cua'],
    );
  });

  it('csv: an unclosed quote, control characters', async () => {
    const csv = `${TEMPLATE_HEADERS.join(',')}\nU1,Chủ đề,Câu\u0007 hỏi?,Có,Không,,,,,A,,Nguồn\nU2,Chủ đề,"Câu mở ngoặc không đóng,Có,Không,,,,,A,,Nguồn\n${'U3,Chủ đề,Câu?,Có,Không,,,,,A,,Nguồn\n'.repeat(10)}`;
    const sheet = await readBankSheet(Buffer.from(csv), { format: 'csv' });
    assert.deepEqual(sheet.problems.map(where), [
      { row: 2, column: 'Câu hỏi (cột C)', severity: 'warning' },
      { row: 3, column: '', severity: 'error' },
      { row: 3, column: 'Phương án A (cột D)', severity: 'error' },
      { row: 3, column: 'Đáp án đúng (cột J)', severity: 'error' },
      { row: 3, column: 'Nguồn/căn cứ pháp lý (cột L)', severity: 'warning' },
    ]);
    assert.match(nth(sheet.problems, 1).message, /ngoặc kép/);
    assert.equal(nth(sheet.questions, 0).text, 'Câu hỏi?');
  });
});

// ───────────────────────────────────────────── the command

describe('bank-import', () => {
  const dir = mkdtempSync(join(tmpdir(), 'bank-import-'));
  after(() => rmSync(dir, { recursive: true, force: true }));
  // From server/, where `--import tsx` resolves; the files are given with their full paths.
  const run = (...args: string[]) =>
    spawnSync(process.execPath, ['--import', 'tsx', join(REPO, 'server/src/bank-import.ts'), ...args], { cwd: join(REPO, 'server'), encoding: 'utf8' });
  const at = (name: string) => join(dir, name);

  it('exports a contest bank, imports it back into the contest file, and refuses a sheet with errors', { timeout: 120_000 }, async () => {
    const contest = join(dir, 'contest.json');
    const def = await sampleDefinition();
    const original = { ...def, bank: def.bank.slice(0, 40), topics: def.topics };
    writeFileSync(contest, `${JSON.stringify(original, null, 2)}\n`);

    let r = run('--export', at('bank.xlsx'), '--from', contest);
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stdout, /Đã xuất 40 câu hỏi/);

    // The whole sample into a contest that had 40 of its questions.
    writeFileSync(join(dir, 'full.csv'), writeBankCsv(SAMPLE, SAMPLE_TOPICS));
    r = run(at('full.csv'), '--into', contest, '--dry-run');
    assert.equal(r.status, 0, r.stderr + r.stdout);
    assert.match(r.stdout, new RegExp(`Chạy thử.*thêm ${SAMPLE.length - 40}, sửa 0, bỏ 0, giữ nguyên 40 câu`));
    assert.equal(readFileSync(contest, 'utf8'), `${JSON.stringify(original, null, 2)}\n`);

    r = run(at('full.csv'), '--into', contest);
    assert.equal(r.status, 0, r.stderr + r.stdout);
    assert.doesNotMatch(r.stdout, /Chưa ghi nguồn/); // every sample question has its source
    const written = JSON.parse(readFileSync(contest, 'utf8'));
    assert.deepEqual(written.bank, SAMPLE);
    assert.deepEqual(written.contest, JSON.parse(JSON.stringify(def.contest)));
    assert.equal(written.bankAnswers, def.bankAnswers);

    writeFileSync(join(dir, 'bad.xlsx'), await workbook([row('B1', 'Câu?', 'E')]));
    const before = readFileSync(contest, 'utf8');
    r = run(at('bad.xlsx'), '--into', contest);
    assert.equal(r.status, 1);
    assert.match(r.stdout, / {2}Dòng 2, Đáp án đúng \(cột J\): Đáp án "E" nhưng ô Phương án E trống\./);
    assert.match(r.stdout, /Không nhập: còn 1 lỗi/);
    assert.equal(readFileSync(contest, 'utf8'), before);

    assert.equal(run(at('bank.pdf')).status, 2);
  });
});
