/**
 * The question bank in and out of the organisers' spreadsheet template (.xlsx or .csv).
 * No HTTP and no database: the dashboard and the `bank-import` command call these.
 *
 * The template, one question a row, headers in row 1 (a title above them is allowed):
 *
 *   A Mã câu · B Chủ đề · C Câu hỏi · D–I Phương án A–F · J Đáp án đúng · K Giải thích ·
 *   L Nguồn/căn cứ pháp lý · M Mã chủ đề (optional)
 *
 * Columns are found by their headers (case, accents and spacing aside), so a sheet with
 * its columns moved, or with `Phương án G`…`J` (the contract allows ten options), reads too.
 *
 * - The question's id is `Mã câu`. An option's id is its column's letter in lower case
 *   (`a`…`j`): option ids only need to be unique within their question, the code already
 *   scopes them, and re-importing the same sheet gives the same ids, as the sample bank has.
 * - A topic is named in `Chủ đề`; its id is `Mã chủ đề` when given, else a slug of the
 *   folded name ("Cơ chế một cửa" → `co-che-mot-cua`). A column, not a second sheet,
 *   because a CSV file has one table only, and the export must come back unchanged from
 *   both formats: the export fills the column, organisers may leave it empty for new topics.
 * - One correct letter makes a `single` question, several (`A, C`) a `multiple` one.
 *
 * Reading never throws on a bad file: every problem comes back with its row (as Excel
 * numbers it; 0 = the file as a whole) and column ("Đáp án đúng (cột J)"; '' = the whole
 * row), in Vietnamese. Errors block an import, warnings do not. Leading and trailing
 * spaces are trimmed and text is put in Unicode NFC silently.
 */
import ExcelJS from 'exceljs';
import { inflateRawSync } from 'node:zlib';
import { ID_PATTERN, type Topic } from '../../src/contract/schemas.ts';
import { fold } from '../../src/core/fold.ts';
import { KeyedBankQuestion } from './definition.ts';

export interface Problem {
  /** The row as Excel (or a spreadsheet opening the CSV) numbers it; 0 = the file as a whole. */
  row: number;
  /** The template's header and the column's letter, e.g. "Đáp án đúng (cột J)"; '' = the whole row or file. */
  column: string;
  /** Vietnamese, for the organiser. */
  message: string;
  /** Errors block the import; warnings do not. */
  severity: 'error' | 'warning';
}

export interface BankSheet {
  /** The questions of the rows without an error, in the sheet's order. Import only when `problems` has no error. */
  questions: KeyedBankQuestion[];
  /** The topics of these questions, in order of first appearance. */
  topics: Topic[];
  /** Sorted by row, then column. */
  problems: Problem[];
}

export interface ReadOptions {
  format: 'xlsx' | 'csv';
  /** The largest file accepted (default 50 MB). */
  maxBytes?: number;
  /** The most an .xlsx may unpack to, all its parts together (default 150 MB): a zip bomb stops here. */
  maxUnpackedBytes?: number;
  /** The most rows a sheet may hold, empty formatted rows included (default 200,000). */
  maxRows?: number;
}

/** The limits of the contract (src/contract/common.ts) and of `KeyedBankQuestion.source`. */
export const LIMITS = { id: 128, text: 4000, shortText: 500, source: 1000 } as const;

/** The letters of the option columns: A–F in the template, up to J (the contract's ten options). */
export const OPTION_LETTERS = 'ABCDEFGHIJ';
const TEMPLATE_OPTIONS = 6;

export const HEADER = {
  code: 'Mã câu',
  topic: 'Chủ đề',
  text: 'Câu hỏi',
  option: (letter: string) => `Phương án ${letter}`,
  answer: 'Đáp án đúng',
  explanation: 'Giải thích',
  source: 'Nguồn/căn cứ pháp lý',
  topicCode: 'Mã chủ đề',
} as const;

/** The template's headers in order (12 of the issue, then the optional `Mã chủ đề`). */
export const TEMPLATE_HEADERS = [
  HEADER.code,
  HEADER.topic,
  HEADER.text,
  ...[...OPTION_LETTERS.slice(0, TEMPLATE_OPTIONS)].map(HEADER.option),
  HEADER.answer,
  HEADER.explanation,
  HEADER.source,
  HEADER.topicCode,
];

const DEFAULTS = { maxBytes: 50 * 1024 * 1024, maxUnpackedBytes: 150 * 1024 * 1024, maxRows: 200_000 };
/** The header row is looked for among the first rows that have something in them. */
const HEADER_SEARCH_ROWS = 20;
/** The sheet of instructions the template carries; never read as questions. */
const GUIDE_SHEET = 'Hướng dẫn';
const QUESTIONS_SHEET = 'Câu hỏi';

// ───────────────────────────────────────────── small helpers

/** 1 → A, 27 → AA. */
export function columnLetter(index1: number): string {
  let s = '';
  for (let n = index1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

/** 5000000 → "5.000.000", as Vietnamese write numbers. */
const grouped = (n: number) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, '.');

/** A value quoted in a message: at most `max` characters, on one line. */
function quote(value: string, max = 40): string {
  const one = value.replace(/\s+/g, ' ');
  return `“${one.length > max ? `${one.slice(0, max - 1)}…` : one}”`;
}

/** A topic's id from its name: the folded name, words joined by '-', at most 60 characters. */
export function topicSlug(name: string): string {
  let s = fold(name)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (s.length > 60) s = s.slice(0, 60).replace(/-[^-]*$/, '') || s.slice(0, 60);
  return s || 'chu-de';
}

/** The values Excel writes in a cell whose formula failed; a CSV saved by Excel carries them as text. */
const EXCEL_ERRORS = new Set([
  '#N/A',
  '#REF!',
  '#VALUE!',
  '#DIV/0!',
  '#NAME?',
  '#NUM!',
  '#NULL!',
  '#SPILL!',
  '#CALC!',
  '#GETTING_DATA',
  '#FIELD!',
  '#BLOCKED!',
  '#CONNECT!',
  '#BUSY!',
  '#UNKNOWN!',
]);

// Control characters other than tab and line feed; a CR is made a line feed first.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g;

/** A header's key: folded, letters and digits only ("Nguồn / căn cứ pháp lý" → "nguoncancuphaply"). */
const headerKey = (text: string) => fold(text).replace(/[^a-z0-9]/g, '');

type Field = 'code' | 'topic' | 'text' | 'answer' | 'explanation' | 'source' | 'topicCode';
const FIELD_KEYS: Record<string, Field> = {
  macau: 'code',
  macauhoi: 'code',
  chude: 'topic',
  tenchude: 'topic',
  cauhoi: 'text',
  noidungcauhoi: 'text',
  dapandung: 'answer',
  dapan: 'answer',
  giaithich: 'explanation',
  nguoncancuphaply: 'source',
  nguoncancu: 'source',
  nguon: 'source',
  cancuphaply: 'source',
  machude: 'topicCode',
};
const REQUIRED: Field[] = ['code', 'topic', 'text', 'answer'];

// ───────────────────────────────────────────── the grid both formats read into

/** A cell as read, before the rules of the template. */
interface RawCell {
  text: string;
  /** An Excel error value (#N/A…), of the cell or of its formula. */
  error?: string;
  /** The formula behind the value, without '='. */
  formula?: string;
  /** A formula without a computed value. */
  noResult?: boolean;
  /** How a non-text value was turned into text, for a warning. */
  converted?: 'date' | 'number';
}

interface RawRow {
  row: number;
  /** By 1-based column number. */
  cells: Map<number, RawCell>;
}

interface Grid {
  sheetName?: string;
  rows: RawRow[];
  /** What stopped the file from being read (row 0) or a row from being read. */
  problems: Problem[];
}

const fileError = (message: string): Problem => ({ row: 0, column: '', message, severity: 'error' });

// ───────────────────────────────────────────── CSV

/**
 * The text of a CSV file: UTF-8 with or without BOM, or UTF-16 with a BOM (Excel's
 * "Unicode Text"). Anything else is refused rather than guessed: Vietnamese read in the
 * wrong code page loses its marks without a trace.
 */
function decodeCsv(buf: Buffer): string | Problem {
  if (buf[0] === 0xff && buf[1] === 0xfe) return new TextDecoder('utf-16le').decode(buf.subarray(2));
  if (buf[0] === 0xfe && buf[1] === 0xff) return new TextDecoder('utf-16be').decode(buf.subarray(2));
  const body = buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf ? buf.subarray(3) : buf;
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(body);
  } catch {
    return fileError(
      'Tệp CSV không ở bảng mã UTF-8 nên chữ tiếng Việt sẽ bị sai. Trong Excel, chọn Lưu thành (Save As) › "CSV UTF-8 (Comma delimited) (*.csv)" rồi nhập lại.',
    );
  }
  if (text.includes('\u0000')) return fileError('Tệp không phải là tệp văn bản CSV (có ký tự nhị phân).');
  return text;
}

/**
 * RFC 4180 records with their 1-based numbers (the row a spreadsheet shows them on): quoted
 * fields may hold the delimiter, `""` and line breaks; CRLF, LF or CR end a record. One
 * pass, no backtracking. Stops after `maxRecords` records.
 */
function parseCsv(text: string, delimiter: string, maxRecords: number): { records: string[][]; unclosedAt?: number; truncated: boolean } {
  const records: string[][] = [];
  let record: string[] = [];
  let field = '';
  let i = 0;
  const n = text.length;
  let unclosedAt: number | undefined;
  let fieldStarted = false;
  // The next delimiter or line break, found by one forward search (indexOf of a character
  // that is absent, such as CR in a file with LF line ends, would rescan to the end each time).
  const special = new RegExp(`[${delimiter === '\t' ? '\\t' : `\\${delimiter}`}\\r\\n]`, 'g');
  while (i < n) {
    const c = text[i];
    if (!fieldStarted && c === '"') {
      // A quoted field: up to the quote that is not doubled.
      const opened = records.length + 1;
      i++;
      let closed = false;
      let start = i;
      let parts = '';
      while (i < n) {
        const q = text.indexOf('"', i);
        if (q < 0) break;
        if (text[q + 1] === '"') {
          parts += text.slice(start, q + 1);
          i = start = q + 2;
          continue;
        }
        parts += text.slice(start, q);
        i = q + 1;
        closed = true;
        break;
      }
      if (!closed) {
        parts += text.slice(start);
        i = n;
        unclosedAt ??= opened;
      }
      field += parts;
      fieldStarted = true;
      continue;
    }
    if (c === delimiter) {
      record.push(field);
      field = '';
      fieldStarted = false;
      i++;
      continue;
    }
    if (c === '\r' || c === '\n') {
      record.push(field);
      records.push(record);
      record = [];
      field = '';
      fieldStarted = false;
      i += c === '\r' && text[i + 1] === '\n' ? 2 : 1;
      if (records.length >= maxRecords) return { records, unclosedAt, truncated: i < n };
      continue;
    }
    // Text after a closing quote, or an unquoted field: taken as it stands.
    special.lastIndex = i;
    const next = special.exec(text)?.index ?? n;
    field += text.slice(i, next);
    fieldStarted = true;
    i = next;
  }
  if (fieldStarted || record.length) {
    record.push(field);
    records.push(record);
  }
  return { records, unclosedAt, truncated: false };
}

/** The delimiter whose split of the first rows finds the template's headers: ',' (RFC 4180), ';' (Excel in vi-VN), or tab. */
function sniffDelimiter(text: string): string {
  const head = text.slice(0, 64 * 1024);
  for (const d of [',', ';', '\t']) {
    const { records } = parseCsv(head, d, HEADER_SEARCH_ROWS);
    if (records.some((r) => isHeaderRow(r.map((t) => headerKey(t))))) return d;
  }
  return ',';
}

/** A leading ' that `writeBankCsv` puts before = + - @ so that Excel shows text, not a formula. */
const CSV_FORMULA_START = /^[=+\-@\t\r]/;

function readCsvGrid(buf: Buffer, maxRows: number): Grid {
  const text = decodeCsv(buf);
  if (typeof text !== 'string') return { rows: [], problems: [text] };
  const delimiter = sniffDelimiter(text);
  const { records, unclosedAt, truncated } = parseCsv(text, delimiter, maxRows);
  const problems: Problem[] = [];
  if (truncated)
    problems.push(fileError(`Tệp có hơn ${grouped(maxRows)} dòng; chỉ đọc ${grouped(maxRows)} dòng đầu. Hãy xoá các dòng trống ở cuối hoặc chia nhỏ tệp.`));
  if (unclosedAt !== undefined) {
    problems.push({
      row: unclosedAt,
      column: '',
      message: 'Dấu ngoặc kép (") mở ở dòng này không được đóng, nên phần còn lại của tệp bị đọc thành một ô. Kiểm tra lại dấu ngoặc kép trong dòng.',
      severity: 'error',
    });
  }
  const rows: RawRow[] = [];
  records.forEach((fields, k) => {
    const cells = new Map<number, RawCell>();
    fields.forEach((value, j) => {
      if (value === '') return;
      let v = value;
      if (v.startsWith("'") && CSV_FORMULA_START.test(v.slice(1))) v = v.slice(1);
      cells.set(j + 1, { text: v });
    });
    if (cells.size) rows.push({ row: k + 1, cells });
  });
  return { rows, problems };
}

// ───────────────────────────────────────────── xlsx

interface ZipCheck {
  problem?: Problem;
  /** The worksheets' XML, to look for merged ranges that would expand to millions of cells. */
  sheets: string[];
}

/**
 * Walks the zip's central directory and unpacks every part once, with a cap on what it may
 * unpack to, before exceljs (whose zip reader trusts the sizes a file declares) sees it.
 */
function checkZip(buf: Buffer, maxUnpacked: number): ZipCheck {
  const bad = (message: string): ZipCheck => ({ problem: fileError(message), sheets: [] });
  const corrupt = () => bad('Tệp Excel bị hỏng (không giải nén được). Hãy mở bằng Excel, lưu lại thành .xlsx rồi nhập lại.');
  let eocd = -1;
  for (let p = buf.length - 22; p >= Math.max(0, buf.length - 22 - 0xffff); p--) {
    if (buf.readUInt32LE(p) === 0x06054b50) {
      eocd = p;
      break;
    }
  }
  if (eocd < 0) return corrupt();
  const count = buf.readUInt16LE(eocd + 10);
  let p = buf.readUInt32LE(eocd + 16);
  if (count === 0xffff || p === 0xffffffff) return bad('Tệp Excel quá lớn (định dạng ZIP64).');
  let total = 0;
  const sheets: string[] = [];
  const names = new Set<string>();
  for (let k = 0; k < count; k++) {
    if (p + 46 > buf.length || buf.readUInt32LE(p) !== 0x02014b50) return corrupt();
    const flags = buf.readUInt16LE(p + 8);
    const method = buf.readUInt16LE(p + 10);
    const packed = buf.readUInt32LE(p + 20);
    const size = buf.readUInt32LE(p + 24);
    const nameLength = buf.readUInt16LE(p + 28);
    const local = buf.readUInt32LE(p + 42);
    const name = buf.toString('utf8', p + 46, p + 46 + nameLength);
    p += 46 + nameLength + buf.readUInt16LE(p + 30) + buf.readUInt16LE(p + 32);
    names.add(name.replace(/^\//, ''));
    if (flags & 1) return bad('Tệp Excel có đặt mật khẩu. Hãy bỏ mật khẩu (File › Info › Protect Workbook) rồi nhập lại.');
    if (name.endsWith('/')) continue;
    if (local + 30 > buf.length || buf.readUInt32LE(local) !== 0x04034b50) return corrupt();
    const start = local + 30 + buf.readUInt16LE(local + 26) + buf.readUInt16LE(local + 28);
    if (start + packed > buf.length) return corrupt();
    const data = buf.subarray(start, start + packed);
    const room = maxUnpacked - total;
    if (size > room) return bad(`Tệp Excel giải nén ra quá lớn (hơn ${grouped(Math.round(maxUnpacked / 1048576))} MB).`);
    let out: Buffer;
    if (method === 0) out = data;
    else if (method === 8) {
      try {
        // One byte more than declared is enough to catch a part that lies about its size.
        out = inflateRawSync(data, { maxOutputLength: Math.max(1, Math.min(room, size + 1)) });
      } catch {
        return corrupt();
      }
    } else return bad('Tệp Excel dùng kiểu nén không được hỗ trợ. Hãy mở bằng Excel và lưu lại thành .xlsx.');
    if (out.length !== size) return corrupt();
    total += size;
    if (/^\/?xl\/worksheets\/[^/]+\.xml$/i.test(name)) sheets.push(out.toString('utf8'));
  }
  if (!names.has('xl/workbook.xml')) {
    if (names.has('content.xml')) return bad('Đây là tệp OpenDocument (.ods). Hãy mở bằng LibreOffice hoặc Excel rồi lưu thành .xlsx.');
    if (names.has('word/document.xml')) return bad('Đây là tệp Word (.docx), không phải bảng tính. Hãy dùng tệp mẫu .xlsx.');
    return bad('Tệp nén này không phải là bảng tính Excel (.xlsx).');
  }
  return { sheets };
}

/** Merged ranges are expanded cell by cell by exceljs: one of A1:XFD1048576 would never end. */
function mergeProblem(sheets: string[]): Problem | undefined {
  const re = /<(?:\w+:)?mergeCell\b[^>]*\bref="\$?([A-Z]{1,3})\$?(\d{1,7})(?::\$?([A-Z]{1,3})\$?(\d{1,7}))?"/g;
  const col = (s: string) => [...s].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
  let total = 0;
  for (const xml of sheets) {
    // The first cell's column and row always match; the second cell's, together or not at all.
    for (const [, fromCol = '', fromRow, toCol, toRow] of xml.matchAll(re)) {
      if (!toCol) continue;
      const area = (Math.abs(col(toCol) - col(fromCol)) + 1) * (Math.abs(Number(toRow) - Number(fromRow)) + 1);
      total += area;
      if (area > 100_000 || total > 1_000_000) {
        return fileError(
          `Trang tính có vùng ô gộp quá lớn (${fromCol}${fromRow}:${toCol}${toRow}). Hãy bỏ gộp ô (Merge & Center › Unmerge Cells) rồi lưu lại.`,
        );
      }
    }
  }
  return undefined;
}

const pad2 = (n: number) => String(n).padStart(2, '0');

/** A value exceljs read, as the text the organiser meant. */
function cellValue(value: ExcelJS.CellValue, numFmt: string | undefined): RawCell | undefined {
  if (value === null || value === undefined) return undefined;
  if (typeof value === 'string') return { text: value };
  if (typeof value === 'boolean') return { text: value ? 'TRUE' : 'FALSE' };
  if (typeof value === 'number') {
    if (numFmt?.includes('%')) return { text: `${String(+(value * 100).toFixed(10))}%`, converted: 'number' };
    return Number.isInteger(value) ? { text: String(value) } : { text: String(value), converted: 'number' };
  }
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) return { text: '', error: '#VALUE!' };
    const d = `${value.getUTCDate()}/${value.getUTCMonth() + 1}/${value.getUTCFullYear()}`;
    const h = value.getUTCHours();
    const m = value.getUTCMinutes();
    return { text: h || m ? `${pad2(h)}:${pad2(m)} ${d}` : d, converted: 'date' };
  }
  if (typeof value !== 'object') return { text: String(value) };
  if ('error' in value) return { text: '', error: String(value.error) };
  if ('richText' in value) return { text: value.richText.map((r) => r.text ?? '').join('') };
  if ('formula' in value || 'sharedFormula' in value) {
    const f = value as { formula?: string; sharedFormula?: string; result?: unknown };
    const formula = String(f.formula ?? f.sharedFormula ?? '');
    const result = f.result as ExcelJS.CellValue | undefined;
    if (result === undefined || result === null || (typeof result === 'object' && !(result instanceof Date) && 'formula' in result)) {
      return { text: '', formula, noResult: true };
    }
    const inner = cellValue(result, numFmt);
    return inner ? { ...inner, formula } : { text: '', formula };
  }
  if ('hyperlink' in value) {
    const t = (value as { text?: unknown }).text;
    if (typeof t === 'string') return { text: t };
    if (t && typeof t === 'object' && 'richText' in t) return { text: (t as ExcelJS.CellRichTextValue).richText.map((r) => r.text ?? '').join('') };
    return { text: String(value.hyperlink ?? '') };
  }
  return { text: String(value) };
}

async function readXlsxGrid(buf: Buffer, o: Required<Omit<ReadOptions, 'format'>>): Promise<Grid> {
  const zip = checkZip(buf, o.maxUnpackedBytes);
  if (zip.problem) return { rows: [], problems: [zip.problem] };
  const merges = mergeProblem(zip.sheets);
  if (merges) return { rows: [], problems: [merges] };
  const workbook = new ExcelJS.Workbook();
  try {
    // Data validations and hyperlinks are expanded cell by cell on reading and not needed here.
    // exceljs declares its own Buffer type (an ArrayBuffer) and not the maxRows it accepts.
    await workbook.xlsx.load(
      buf as unknown as ArrayBuffer,
      { ignoreNodes: ['dataValidations', 'hyperlinks'], maxRows: o.maxRows } as Partial<ExcelJS.XlsxReadOptions>,
    );
  } catch (e) {
    const message = (e as Error).message ?? String(e);
    if (/Max row count/i.test(message)) {
      return {
        rows: [],
        problems: [fileError(`Trang tính có hơn ${grouped(o.maxRows)} dòng (kể cả dòng trống đã định dạng). Hãy xoá các dòng thừa ở cuối bảng rồi lưu lại.`)],
      };
    }
    return { rows: [], problems: [fileError(`Không đọc được tệp Excel: ${quote(message, 120)}. Hãy mở bằng Excel, lưu lại thành .xlsx rồi nhập lại.`)] };
  }
  const sheets = workbook.worksheets.filter((s) => fold(s.name) !== fold(GUIDE_SHEET));
  const grids: Grid[] = [];
  for (const sheet of sheets) {
    const rows: RawRow[] = [];
    sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
      const cells = new Map<number, RawCell>();
      row.eachCell({ includeEmpty: false }, (cell, colNumber) => {
        const raw = cellValue(cell.value, cell.numFmt);
        if (raw && (raw.text !== '' || raw.error || raw.formula !== undefined)) cells.set(colNumber, raw);
      });
      if (cells.size) rows.push({ row: rowNumber, cells });
    });
    const grid = { sheetName: sheet.name, rows, problems: [] };
    if (findHeader(rows)) return grid;
    grids.push(grid);
  }
  const names = sheets.map((s) => quote(s.name)).join(', ');
  if (grids.every((g) => !g.rows.length)) return { rows: [], problems: [fileError('Tệp không có dữ liệu: các trang tính đều trống.')] };
  return {
    rows: [],
    problems: [
      fileError(
        sheets.length
          ? `Không tìm thấy dòng tiêu đề (${HEADER.code}, ${HEADER.topic}, ${HEADER.text}, …, ${HEADER.answer}) trong ${HEADER_SEARCH_ROWS} dòng đầu của trang tính ${names}. Hãy dùng tệp mẫu bo-de-thi-trong.xlsx.`
          : 'Tệp Excel không có trang tính nào.',
      ),
    ],
  };
}

// ───────────────────────────────────────────── the template's rules

interface Columns {
  field: Partial<Record<Field, number>>;
  /** Option letter → column number. */
  options: Map<string, number>;
  /** Every column number → its label "Đáp án đúng (cột J)". */
  label: Map<number, string>;
}

const isHeaderRow = (keys: string[]) => keys.some((k) => FIELD_KEYS[k] === 'text') && keys.some((k) => FIELD_KEYS[k] === 'answer');

function findHeader(rows: RawRow[]): RawRow | undefined {
  return rows.slice(0, HEADER_SEARCH_ROWS).find((r) => isHeaderRow([...r.cells.values()].map((c) => headerKey(c.text))));
}

function readColumns(header: RawRow, problems: Problem[]): Columns | undefined {
  const cols: Columns = { field: {}, options: new Map(), label: new Map() };
  const unknown: string[] = [];
  for (const [col, cell] of [...header.cells].sort((a, b) => a[0] - b[0])) {
    const key = headerKey(cell.text);
    const letter = `cột ${columnLetter(col)}`;
    const option = /^(?:phuongan|dapan)([a-j])$/.exec(key)?.[1]?.toUpperCase();
    const field = FIELD_KEYS[key];
    const name = option ? HEADER.option(option) : field ? (HEADER[field] as string) : undefined;
    if (!name) {
      if (cell.text.trim()) unknown.push(`${quote(cell.text.trim())} (${letter})`);
      cols.label.set(col, `${cell.text.trim()} (${letter})`);
      continue;
    }
    cols.label.set(col, `${name} (${letter})`);
    if (option ? cols.options.has(option) : field && cols.field[field] !== undefined) {
      problems.push({ row: header.row, column: `${name} (${letter})`, message: `Có hai cột ${quote(name)}; hãy giữ một.`, severity: 'error' });
    } else if (option) cols.options.set(option, col);
    else if (field) cols.field[field] = col;
  }
  if (unknown.length) {
    problems.push({ row: header.row, column: '', message: `Cột không thuộc mẫu, đã bỏ qua: ${unknown.join(', ')}.`, severity: 'warning' });
  }
  const missing = REQUIRED.filter((f) => cols.field[f] === undefined).map((f) => quote(HEADER[f] as string));
  for (const l of 'AB') if (!cols.options.has(l)) missing.push(quote(HEADER.option(l)));
  if (missing.length) {
    problems.push({
      row: header.row,
      column: '',
      message: `Thiếu cột ${missing.join(', ')} ở dòng tiêu đề. Hãy dùng tệp mẫu bo-de-thi-trong.xlsx.`,
      severity: 'error',
    });
    return undefined;
  }
  if (cols.field.source === undefined) {
    problems.push({ row: header.row, column: '', message: `Không có cột ${quote(HEADER.source)}: nên ghi căn cứ của từng đáp án.`, severity: 'warning' });
  }
  return cols;
}

/** What one row says, once its cells are read. */
interface Draft {
  row: number;
  error: boolean;
  code: string;
  topic: string;
  topicCode: string;
  text: string;
  options: { id: string; letter: string; text: string }[];
  correct: string[];
  explanation: string;
  source: string;
}

function applyRules(grid: Grid): BankSheet {
  const problems: (Problem & { col: number })[] = grid.problems.map((p) => ({ ...p, col: -1 }));
  const done = (questions: KeyedBankQuestion[] = [], topics: Topic[] = []): BankSheet => ({
    questions,
    topics,
    problems: problems.sort((a, b) => a.row - b.row || a.col - b.col).map(({ row, column, message, severity }) => ({ row, column, message, severity })),
  });
  if (problems.some((p) => p.row === 0 && p.severity === 'error')) return done();
  const header = findHeader(grid.rows);
  if (!header) {
    if (!grid.rows.length) problems.push({ ...fileError('Tệp không có dữ liệu.'), col: -1 });
    else {
      problems.push({
        ...fileError(
          `Không tìm thấy dòng tiêu đề (${HEADER.code}, ${HEADER.topic}, ${HEADER.text}, …, ${HEADER.answer}) trong ${HEADER_SEARCH_ROWS} dòng đầu. Hãy dùng tệp mẫu bo-de-thi-trong.xlsx.`,
        ),
        col: -1,
      });
    }
    return done();
  }
  const headerProblems: Problem[] = [];
  const cols = readColumns(header, headerProblems);
  problems.push(...headerProblems.map((p) => ({ ...p, col: -1 })));
  if (!cols) return done();

  const labelOf = (col: number) => cols.label.get(col) ?? `cột ${columnLetter(col)}`;
  const report = (row: number, col: number, severity: Problem['severity'], message: string) =>
    problems.push({ row, col, column: col > 0 ? labelOf(col) : '', message, severity });
  const letters = [...cols.options.keys()].sort();
  const letterRange = letters.length > 1 ? `${letters[0]}–${letters[letters.length - 1]}` : letters[0];

  const failCell = (row: number, col: number, draft: Draft, message: string): null => {
    report(row, col, 'error', message);
    draft.error = true;
    return null;
  };

  /** A cell's text after the silent clean-up, or null when the cell holds an error (reported). */
  function read(r: RawRow, col: number | undefined, draft: Draft): string | null {
    if (col === undefined) return '';
    const cell = r.cells.get(col);
    if (!cell) return '';
    const f = cell.formula !== undefined ? quote(`=${cell.formula}`, 50) : '';
    if (cell.error)
      return failCell(
        r.row,
        col,
        draft,
        f ? `Công thức ${f} cho lỗi ${cell.error}. Hãy sửa công thức hoặc dán giá trị.` : `Ô có lỗi Excel ${cell.error}. Hãy ghi nội dung thật vào ô.`,
      );
    if (cell.noResult)
      return failCell(
        r.row,
        col,
        draft,
        `Ô chứa công thức ${f} nhưng chưa có giá trị đã tính. Hãy mở tệp bằng Excel, lưu lại, hoặc dán giá trị (Paste Values).`,
      );
    let text = cell.text.replace(/\r\n?/g, '\n');
    const controls = text.match(CONTROL);
    if (controls) text = text.replace(CONTROL, '');
    text = text.normalize('NFC').trim();
    if (text.startsWith('#') && EXCEL_ERRORS.has(text.toUpperCase()))
      return failCell(r.row, col, draft, `Ô có lỗi Excel ${text}. Hãy ghi nội dung thật vào ô.`);
    if (cell.formula !== undefined)
      report(r.row, col, 'warning', `Ô chứa công thức ${f}; đã lấy giá trị ${quote(text)}. Nên dán giá trị (Paste Values) thay cho công thức.`);
    if (cell.converted === 'date')
      report(r.row, col, 'warning', `Excel hiểu ô này là ngày tháng; đã đọc thành ${quote(text)}. Nên định dạng ô là Văn bản (Text) rồi gõ lại.`);
    if (cell.converted === 'number')
      report(r.row, col, 'warning', `Excel hiểu ô này là số; đã đọc thành ${quote(text)}. Nên định dạng ô là Văn bản (Text) rồi gõ lại.`);
    if (controls) report(r.row, col, 'warning', `Ô có ${controls.length} ký tự điều khiển không in được; đã bỏ.`);
    return text;
  }

  const tooLong = (r: number, col: number, what: string, text: string, max: number, draft: Draft) => {
    if (text.length <= max) return false;
    report(r, col, 'error', `${what} dài ${grouped(text.length)} ký tự, quá giới hạn ${grouped(max)} ký tự.`);
    draft.error = true;
    return true;
  };
  // Codes become the contract's ids, which go into URLs: no spaces, no Vietnamese letters (#13 F4).
  const badCode = (r: number, col: number, what: string, code: string, draft: Draft) => {
    if (ID_PATTERN.test(code)) return false;
    report(r, col, 'error', `${what} ${quote(code)} chỉ được gồm chữ cái không dấu, chữ số và các ký tự . _ ~ : -, không có dấu cách (ví dụ Q001).`);
    draft.error = true;
    return true;
  };

  const drafts: Draft[] = [];
  const firstByCode = new Map<string, number>();
  const optionColumns = [...cols.options].sort((a, b) => (a[0] < b[0] ? -1 : 1));
  for (const r of grid.rows) {
    if (r.row <= header.row) continue;
    const d: Draft = { row: r.row, error: false, code: '', topic: '', topicCode: '', text: '', options: [], correct: [], explanation: '', source: '' };
    const f = cols.field;
    const code = read(r, f.code, d);
    const topic = read(r, f.topic, d);
    const text = read(r, f.text, d);
    const answer = read(r, f.answer, d);
    const explanation = read(r, f.explanation, d);
    const source = read(r, f.source, d);
    const topicCode = read(r, f.topicCode, d);
    const options = optionColumns.map(([letter, col]) => ({ letter, col, text: read(r, col, d) }));
    const values = [code, topic, text, answer, explanation, source, topicCode, ...options.map((o) => o.text)];
    // A row with nothing in the template's columns is skipped without a word.
    if (!d.error && values.every((v) => v === '')) continue;

    if (code === '') report(r.row, f.code!, 'error', 'Thiếu mã câu. Mỗi câu cần một mã riêng, không đổi khi sửa câu (ví dụ Q001).');
    if (topic === '') report(r.row, f.topic!, 'error', 'Thiếu chủ đề.');
    if (text === '') report(r.row, f.text!, 'error', 'Thiếu nội dung câu hỏi.');
    if (answer === '') report(r.row, f.answer!, 'error', 'Thiếu đáp án đúng (ví dụ B, hoặc A, C khi có nhiều đáp án đúng).');
    if (code === '' || topic === '' || text === '' || answer === '') d.error = true;
    if (code) {
      if (!tooLong(r.row, f.code!, 'Mã câu', code, LIMITS.id, d) && !badCode(r.row, f.code!, 'Mã câu', code, d)) {
        const first = firstByCode.get(code);
        if (first !== undefined) {
          report(r.row, f.code!, 'error', `Mã câu ${quote(code)} trùng với dòng ${first}. Mỗi câu cần một mã riêng.`);
          d.error = true;
        } else firstByCode.set(code, r.row);
      }
    }
    if (topic) tooLong(r.row, f.topic!, 'Tên chủ đề', topic, LIMITS.shortText, d);
    if (topicCode && !tooLong(r.row, f.topicCode!, 'Mã chủ đề', topicCode, LIMITS.id, d)) badCode(r.row, f.topicCode!, 'Mã chủ đề', topicCode, d);
    if (text) tooLong(r.row, f.text!, 'Câu hỏi', text, LIMITS.text, d);
    if (explanation) tooLong(r.row, f.explanation!, 'Giải thích', explanation, LIMITS.text, d);
    if (source) tooLong(r.row, f.source!, 'Nguồn/căn cứ pháp lý', source, LIMITS.source, d);
    if (source === '' && f.source !== undefined) report(r.row, f.source, 'warning', 'Chưa ghi nguồn/căn cứ pháp lý của đáp án.');

    // Options: an empty cell is no option; a gap is allowed but worth a look.
    const filled = options.filter((o) => o.text);
    for (const o of filled) tooLong(r.row, o.col, HEADER.option(o.letter), o.text!, LIMITS.text, d);
    const errored = options.some((o) => o.text === null);
    if (filled.length < 2 && !errored) {
      const empty = options.find((o) => o.text === '');
      report(r.row, empty?.col ?? cols.options.get('B')!, 'error', `Câu hỏi cần ít nhất 2 phương án; ô ${HEADER.option(empty?.letter ?? 'B')} trống.`);
      d.error = true;
    }
    const lastFilled = filled.at(-1)?.letter ?? '';
    for (const o of options) {
      if (o.text === '' && o.letter < lastFilled && filled.length >= 2) {
        report(
          r.row,
          o.col,
          'warning',
          `Ô ${HEADER.option(o.letter)} trống nhưng ${HEADER.option(lastFilled)} có nội dung; câu hỏi sẽ có các phương án ${filled.map((x) => x.letter).join(', ')}.`,
        );
      }
    }
    const seenText = new Map<string, string>();
    for (const o of filled) {
      const key = o.text!.toLowerCase().replace(/\s+/g, ' ');
      const same = seenText.get(key);
      if (same) report(r.row, o.col, 'warning', `${HEADER.option(o.letter)} giống hệt ${HEADER.option(same)}.`);
      else seenText.set(key, o.letter);
    }

    // The answer: letters separated by commas, semicolons, spaces or "và".
    if (answer) {
      const chosen: string[] = [];
      const twice = new Set<string>();
      for (const token of answer.split(/[\s,;/&+]+/).filter(Boolean)) {
        const t = token.replace(/[.)]+$/, '').toUpperCase();
        if (fold(t) === 'va') continue;
        const col = cols.options.get(t);
        if (!/^[A-J]$/.test(t) || col === undefined) {
          report(
            r.row,
            f.answer!,
            'error',
            `Đáp án ${quote(token, 20)} không phải chữ cái của một phương án (${letterRange}). Ghi ví dụ B, hoặc A, C khi có nhiều đáp án đúng.`,
          );
          d.error = true;
        } else if (options.find((o) => o.letter === t)?.text === '') {
          report(r.row, f.answer!, 'error', `Đáp án "${t}" nhưng ô ${HEADER.option(t)} trống.`);
          d.error = true;
        } else if (chosen.includes(t)) twice.add(t);
        else chosen.push(t);
      }
      if (twice.size) {
        report(
          r.row,
          f.answer!,
          'warning',
          `Đáp án ghi ${[...twice].map((t) => `"${t}"`).join(', ')} hơn một lần; đã tính một lần${chosen.length === 1 ? ' (câu một đáp án)' : ''}.`,
        );
      }
      d.correct = chosen.sort().map((l) => l.toLowerCase());
    }
    Object.assign(d, {
      code: code ?? '',
      topic: topic ?? '',
      topicCode: topicCode ?? '',
      text: text ?? '',
      explanation: explanation ?? '',
      source: source ?? '',
      options: filled.map((o) => ({ id: o.letter.toLowerCase(), letter: o.letter, text: o.text! })),
    });
    drafts.push(d);
  }

  if (!drafts.length && !problems.some((p) => p.severity === 'error')) {
    problems.push({ ...fileError('Bảng không có câu hỏi nào dưới dòng tiêu đề.'), col: -1 });
  }

  // The same question twice under two codes: an error when its options are the same too,
  // a warning when they differ (a common stem such as "Phát biểu nào sau đây là đúng?").
  const firstByText = new Map<string, Draft>();
  const optionKey = (d: Draft) =>
    d.options
      .map((o) => o.text.toLowerCase().replace(/\s+/g, ' '))
      .sort()
      .join('\u0001');
  for (const d of drafts) {
    if (!d.text || !d.code) continue;
    const key = d.text.toLowerCase().replace(/\s+/g, ' ');
    const first = firstByText.get(key);
    if (!first) {
      firstByText.set(key, d);
      continue;
    }
    if (first.code === d.code) continue; // already reported as a duplicate code
    if (optionKey(first) === optionKey(d)) {
      report(d.row, cols.field.text!, 'error', `Câu hỏi trùng với dòng ${first.row} (cùng nội dung và các phương án).`);
      d.error = true;
    } else {
      report(d.row, cols.field.text!, 'warning', `Nội dung câu hỏi giống dòng ${first.row} nhưng phương án khác; kiểm tra xem có phải trùng câu không.`);
    }
  }

  // Topics: the name is what organisers read; the id comes from `Mã chủ đề` or the name.
  const nameKey = (name: string) => name.toLowerCase().replace(/\s+/g, ' ');
  const byName = new Map<string, { name: string; row: number; code?: string; codeRow?: number }>();
  const codeOwner = new Map<string, { key: string; name: string; row: number }>();
  for (const d of drafts) {
    if (!d.topic) continue;
    const key = nameKey(d.topic);
    let t = byName.get(key);
    if (!t) byName.set(key, (t = { name: d.topic, row: d.row }));
    else if (t.name !== d.topic) {
      report(d.row, cols.field.topic!, 'warning', `Chủ đề ${quote(d.topic, 60)} viết khác dòng ${t.row} (${quote(t.name, 60)}); đã coi là một chủ đề.`);
    }
    if (!d.topicCode || d.topicCode.length > LIMITS.id) continue;
    const owner = codeOwner.get(d.topicCode);
    if (owner && owner.key !== key) {
      report(d.row, cols.field.topicCode!, 'error', `Mã chủ đề ${quote(d.topicCode)} đã dùng cho chủ đề ${quote(owner.name, 60)} ở dòng ${owner.row}.`);
      d.error = true;
    } else if (t.code !== undefined && t.code !== d.topicCode) {
      report(d.row, cols.field.topicCode!, 'error', `Chủ đề ${quote(t.name, 60)} đã có mã ${quote(t.code)} ở dòng ${t.codeRow}.`);
      d.error = true;
    } else {
      t.code = d.topicCode;
      t.codeRow ??= d.row;
      if (!owner) codeOwner.set(d.topicCode, { key, name: t.name, row: d.row });
    }
  }
  const taken = new Set(codeOwner.keys());
  for (const t of byName.values()) {
    if (t.code !== undefined) continue;
    const base = topicSlug(t.name);
    let id = base;
    for (let k = 2; taken.has(id); k++) id = `${base}-${k}`;
    t.code = id;
    taken.add(id);
  }

  const questions: KeyedBankQuestion[] = [];
  const topics: Topic[] = [];
  const topicSeen = new Set<string>();
  for (const d of drafts) {
    if (d.error) continue;
    const t = byName.get(nameKey(d.topic))!;
    const q: KeyedBankQuestion = {
      id: d.code,
      topicId: t.code!,
      text: d.text,
      kind: d.correct.length > 1 ? 'multiple' : 'single',
      options: d.options.map(({ id, text }) => ({ id, text })),
      correctOptionIds: d.correct,
    };
    if (d.explanation) q.explanation = d.explanation;
    if (d.source) q.source = d.source;
    // The contract's own schema, as a last check that nothing above let a bad question through.
    const checked = KeyedBankQuestion.safeParse(q);
    if (!checked.success) {
      report(d.row, 0, 'error', `Câu hỏi không hợp lệ: ${checked.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
      continue;
    }
    questions.push(q);
    if (!topicSeen.has(t.code!)) {
      topicSeen.add(t.code!);
      topics.push({ id: t.code!, name: t.name });
    }
  }
  return done(questions, topics);
}

/**
 * Reads a bank from an .xlsx or .csv file in the template. Never throws for what the file
 * holds: everything wrong is in `problems`.
 */
export async function readBankSheet(input: Uint8Array, options: ReadOptions): Promise<BankSheet> {
  const o = { ...DEFAULTS, ...options };
  const buf = Buffer.isBuffer(input) ? input : Buffer.from(input.buffer, input.byteOffset, input.byteLength);
  const stop = (message: string) => applyRules({ rows: [], problems: [fileError(message)] });
  if (buf.length === 0) return stop('Tệp rỗng (0 byte).');
  if (buf.length > o.maxBytes)
    return stop(`Tệp quá lớn (${grouped(Math.round(buf.length / 1048576))} MB; tối đa ${grouped(Math.round(o.maxBytes / 1048576))} MB).`);
  const zip = buf.length >= 4 && buf.readUInt32LE(0) === 0x04034b50;
  const ole = buf.length >= 8 && buf.readUInt32BE(0) === 0xd0cf11e0 && buf.readUInt32BE(4) === 0xa1b11ae1;
  if (ole) {
    return stop(
      'Đây là tệp Excel 97–2003 (.xls) hoặc tệp có đặt mật khẩu: chưa đọc được. Hãy mở bằng Excel, bỏ mật khẩu nếu có, rồi Lưu thành (Save As) › Excel Workbook (.xlsx).',
    );
  }
  if (options.format === 'csv') {
    if (zip) return stop('Tệp này là tệp Excel (.xlsx) chứ không phải CSV. Hãy nhập nó như tệp .xlsx.');
    return applyRules(readCsvGrid(buf, o.maxRows));
  }
  if (!zip) {
    if (buf.length >= 4 && buf.toString('latin1', 0, 4) === '%PDF') return stop('Đây là tệp PDF, không phải bảng tính. Hãy dùng tệp mẫu .xlsx.');
    return stop('Tệp không phải là bảng tính Excel (.xlsx). Hãy dùng tệp mẫu bo-de-thi-trong.xlsx, hoặc lưu bảng thành .xlsx hay .csv.');
  }
  return applyRules(await readXlsxGrid(buf, o));
}

export const hasErrors = (problems: readonly Problem[]) => problems.some((p) => p.severity === 'error');

/** "Dòng 12, Đáp án đúng (cột J): …" (or "Tệp: …", "Dòng 12: …"). */
export function formatProblem(p: Problem): string {
  if (p.row === 0) return `Tệp: ${p.message}`;
  return p.column ? `Dòng ${p.row}, ${p.column}: ${p.message}` : `Dòng ${p.row}: ${p.message}`;
}

// ───────────────────────────────────────────── writing

interface SheetRow {
  cells: (string | undefined)[];
}

/** The columns a bank needs: the template's, with Phương án G… only when a question has more than six options. */
function layout(questions: readonly KeyedBankQuestion[]): string[] {
  const most = questions.reduce((n, q) => Math.max(n, q.options.length), TEMPLATE_OPTIONS);
  const count = Math.min(most, OPTION_LETTERS.length);
  return [
    HEADER.code,
    HEADER.topic,
    HEADER.text,
    ...[...OPTION_LETTERS.slice(0, count)].map(HEADER.option),
    HEADER.answer,
    HEADER.explanation,
    HEADER.source,
    HEADER.topicCode,
  ];
}

function sheetRows(questions: readonly KeyedBankQuestion[], topics: readonly Topic[], headers: string[]): SheetRow[] {
  const names = new Map(topics.map((t) => [t.id, t.name]));
  const optionCount = headers.length - 7;
  return questions.map((q) => {
    const letters = q.correctOptionIds
      .map((c) => q.options.findIndex((o) => o.id === c))
      .filter((i) => i >= 0)
      .sort((a, b) => a - b)
      .map((i) => OPTION_LETTERS[i]);
    const options = Array.from({ length: optionCount }, (_, i) => q.options[i]?.text);
    return {
      cells: [q.id, names.get(q.topicId) ?? q.topicId, q.text, ...options, letters.join(', '), q.explanation, q.source, q.topicId],
    };
  });
}

/**
 * What of a bank a spreadsheet cannot carry, so that a round trip would change it: the
 * export writes the rest anyway. Empty for the sample bank.
 */
export function exportNotes(questions: readonly KeyedBankQuestion[], topics: readonly Topic[]): string[] {
  const notes: string[] = [];
  const used = new Set(questions.map((q) => q.topicId));
  const known = new Set(topics.map((t) => t.id));
  for (const q of questions) {
    const renamed = q.options.filter((o, i) => o.id !== OPTION_LETTERS[i]?.toLowerCase());
    if (renamed.length) notes.push(`Câu ${q.id}: mã phương án ${renamed.map((o) => quote(o.id)).join(', ')} sẽ thành chữ cái của cột (a, b, …) khi nhập lại.`);
    if (q.kind === 'multiple' && q.correctOptionIds.length === 1)
      notes.push(`Câu ${q.id}: loại "multiple" với một đáp án đúng sẽ thành câu một đáp án khi nhập lại.`);
    if (!known.has(q.topicId)) notes.push(`Câu ${q.id}: chủ đề ${quote(q.topicId)} không có trong danh sách chủ đề; tên chủ đề ghi bằng mã.`);
  }
  for (const t of topics) if (!used.has(t.id)) notes.push(`Chủ đề ${quote(t.name, 60)} (${t.id}) không có câu hỏi nào nên không có trong bảng.`);
  return notes;
}

const WIDTHS: Record<string, number> = {
  [HEADER.code]: 11,
  [HEADER.topic]: 28,
  [HEADER.text]: 60,
  [HEADER.answer]: 13,
  [HEADER.explanation]: 50,
  [HEADER.source]: 32,
  [HEADER.topicCode]: 18,
};

// Not annotated: the headers named here keep their own keys, so NOTES[HEADER.code] is a string.
const NOTES = {
  [HEADER.code]: 'Bắt buộc. Mã riêng của câu hỏi (ví dụ Q001), không trùng, không đổi khi sửa câu: hệ thống nhận ra câu hỏi theo mã này.',
  [HEADER.topic]: 'Bắt buộc. Tên chủ đề; các câu cùng chủ đề ghi cùng một tên.',
  [HEADER.text]: 'Bắt buộc. Nội dung câu hỏi, tối đa 4.000 ký tự.',
  [HEADER.option('A')]: 'Phương án A–F: ít nhất 2 phương án; để trống các ô không dùng.',
  [HEADER.answer]: 'Bắt buộc. Chữ cái của phương án đúng, ví dụ B. Câu có nhiều đáp án đúng: A, C.',
  [HEADER.explanation]: 'Không bắt buộc. Giải thích đáp án, hiện cho người ôn tập khi Ban Tổ chức công bố đáp án.',
  [HEADER.source]: 'Nên ghi. Căn cứ pháp lý của đáp án, ví dụ "Điều 3 Nghị định 61/2018/NĐ-CP".',
  [HEADER.topicCode]: 'Không bắt buộc. Mã của chủ đề; để trống thì mã được tạo từ tên chủ đề. Giữ nguyên mã đã có khi sửa bảng.',
} satisfies Record<string, string>;

const GUIDE: string[][] = [
  ['HƯỚNG DẪN GHI BỘ CÂU HỎI'],
  [''],
  ['Mỗi dòng của trang "Câu hỏi" là một câu hỏi. Giữ nguyên dòng tiêu đề (dòng 1) và thứ tự các cột.'],
  [''],
  ['Cột', 'Cách ghi'],
  [HEADER.code, NOTES[HEADER.code]],
  [HEADER.topic, NOTES[HEADER.topic]],
  [HEADER.text, NOTES[HEADER.text]],
  ['Phương án A … F', 'Ít nhất 2 phương án, tối đa 6; để trống các ô không dùng. Mỗi phương án tối đa 4.000 ký tự.'],
  [HEADER.answer, `${NOTES[HEADER.answer]} Một chữ cái: câu một đáp án; nhiều chữ cái: câu nhiều đáp án (người thi phải chọn đủ).`],
  [HEADER.explanation, NOTES[HEADER.explanation]],
  [HEADER.source, `${NOTES[HEADER.source]} Để trống thì hệ thống nhắc (cảnh báo) nhưng vẫn nhập.`],
  [HEADER.topicCode, NOTES[HEADER.topicCode]],
  [''],
  ['Ví dụ'],
  ['Câu một đáp án: Mã câu Q001; Chủ đề "Cơ chế một cửa, một cửa liên thông"; Phương án A–D; Đáp án đúng: A.'],
  ['Câu nhiều đáp án: Mã câu Q002; Phương án A–D; Đáp án đúng: A, C.'],
  [''],
  ['Lưu ý'],
  ['• Trước khi nhập, hệ thống chạy thử và liệt kê mọi lỗi theo dòng và cột; có lỗi thì không nhập gì.'],
  ['• Không dùng công thức trong bảng; nếu đã dùng, hãy dán giá trị (Paste Special › Values).'],
  ['• Khi lưu thành CSV, chọn "CSV UTF-8 (Comma delimited)" để giữ đúng chữ tiếng Việt.'],
  ['• Trang "Hướng dẫn" này không được đọc khi nhập.'],
];

/** The bank in the template as an .xlsx file: the header styled and frozen, widths, text cells, the answer column checked. */
export async function writeBankXlsx(questions: readonly KeyedBankQuestion[], topics: readonly Topic[]): Promise<Buffer> {
  const headers = layout(questions);
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'cai-cach-quiz';
  workbook.lastModifiedBy = 'cai-cach-quiz';
  const sheet = workbook.addWorksheet(QUESTIONS_SHEET, {
    views: [{ state: 'frozen', xSplit: 1, ySplit: 1, topLeftCell: 'B2', activeCell: 'B2' }],
    properties: { defaultRowHeight: 15 },
  });
  sheet.columns = headers.map((h) => ({
    header: h,
    width: WIDTHS[h] ?? 30,
    // Text, so that what an organiser types later ("21/6/2018", "1.10") stays as typed.
    style: { numFmt: '@', alignment: { vertical: 'top', wrapText: true } },
  }));
  const head = sheet.getRow(1);
  head.height = 32;
  head.eachCell((cell) => {
    cell.font = { bold: true, color: { argb: 'FFFFFFFF' } };
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FF1F4E79' } };
    cell.alignment = { vertical: 'middle', horizontal: 'center', wrapText: true };
    cell.border = { bottom: { style: 'thin', color: { argb: 'FF000000' } } };
    // The header cells hold plain strings: their text is the value.
    const note = NOTES[cell.text];
    if (note) cell.note = note;
  });
  for (const row of sheetRows(questions, topics, headers)) sheet.addRow(row.cells.map((c) => (c === undefined || c === '' ? null : c)));
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: headers.length } };
  const answer = columnLetter(headers.indexOf(HEADER.answer) + 1);
  const last = Math.max(questions.length + 1, 1) + 1000;
  const letters = OPTION_LETTERS.slice(0, headers.length - 7);
  let stripped = `UPPER(${answer}2)`;
  for (const ch of [...letters, ',', ';', ' ']) stripped = `SUBSTITUTE(${stripped},"${ch}","")`;
  // A range of cells in one entry; exceljs 4.4 has this method but does not declare it.
  const validations = (sheet as unknown as { dataValidations: { add(range: string, v: ExcelJS.DataValidation): void } }).dataValidations;
  validations.add(`${answer}2:${answer}${last}`, {
    type: 'custom',
    allowBlank: true,
    formulae: [`LEN(${stripped})=0`],
    showInputMessage: true,
    promptTitle: HEADER.answer,
    prompt: `Chữ cái của phương án đúng (${letters[0]}–${letters[letters.length - 1]}), ví dụ B; nhiều đáp án: A, C`,
    showErrorMessage: true,
    errorStyle: 'stop',
    errorTitle: 'Đáp án không hợp lệ',
    error: `Chỉ ghi chữ cái ${letters[0]}–${letters[letters.length - 1]}, cách nhau bởi dấu phẩy, ví dụ: A, C`,
  });

  const guide = workbook.addWorksheet(GUIDE_SHEET);
  guide.columns = [{ width: 24 }, { width: 100 }];
  for (const line of GUIDE) {
    const row = guide.addRow(line);
    row.alignment = { vertical: 'top', wrapText: line.length > 1 };
  }
  guide.getCell('A1').font = { bold: true, size: 14 };
  for (const r of [5, 15, 19]) guide.getRow(r).font = { bold: true };
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

export interface CsvOptions {
  /** ',' (default, RFC 4180) or ';' for Excel set to a Vietnamese list separator. */
  delimiter?: ',' | ';';
}

/**
 * The bank in the template as CSV: UTF-8 with a BOM (without it Excel reads the file in the
 * ANSI code page and Vietnamese is garbled), CRLF, fields quoted when they hold the
 * delimiter, a quote or a line break. A field starting with = + - @ gets a leading ' so
 * that Excel shows it as text rather than running it as a formula; `readBankSheet` takes
 * the ' off again.
 */
export function writeBankCsv(questions: readonly KeyedBankQuestion[], topics: readonly Topic[], options: CsvOptions = {}): string {
  const d = options.delimiter ?? ',';
  const headers = layout(questions);
  const field = (value: string | undefined) => {
    if (value === undefined || value === '') return '';
    const v = CSV_FORMULA_START.test(value) ? `'${value}` : value;
    return v.includes(d) || /["\r\n]/.test(v) || v !== v.trim() ? `"${v.replace(/"/g, '""')}"` : v;
  };
  const lines = [headers.map(field).join(d), ...sheetRows(questions, topics, headers).map((r) => r.cells.map(field).join(d))];
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
