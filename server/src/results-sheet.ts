/**
 * The results, the winners and participation by unit as the organisers' spreadsheets:
 * `.xlsx` (exceljs) and CSV. No HTTP and no database: the /admin routes pass in what
 * results.ts computed.
 *
 * - Vietnamese headers; instants as dd/mm/yyyy HH:mm in Vietnam time (UTC+7), the submission
 *   instant with its seconds (it is the rules' last tiebreak, and two submissions a few seconds
 *   apart would otherwise read as equal); durations as m:ss.
 * - In the .xlsx: a title block (the contest, the ranking's round, the export time), the header
 *   row frozen below it, widths set, instants and durations as real date and time values (so
 *   they sort), citizen ids and phone numbers as text (their leading zeros stay). Notes for the
 *   organisers (ties that decide a prize, deleted personal data) follow the table. Written with
 *   exceljs's streaming writer and formats set once per column: the in-memory workbook took
 *   41 s and 1.3 GB for a 100,000-row ranking, and a whole contest's can have 600,000 rows.
 * - The CSV is the table alone, header on the first line, for other programs: UTF-8 with a
 *   BOM (without it Excel reads the ANSI code page and Vietnamese is garbled), CRLF.
 * - Text that came from the public (names, e-mail addresses…) and starts with = + - @ (or a
 *   tab or carriage return) gets a leading apostrophe in both formats, so that no spreadsheet
 *   runs it as a formula, also after the .xlsx is saved again as CSV.
 */
import ExcelJS from 'exceljs';
import { PassThrough } from 'node:stream';
import type { ContestDefinition } from './definition.ts';
import type { Participation, Ranking, RankingRow } from './results.ts';

export interface SheetOptions {
  /** When the file is made (epoch ms; default now): shown in the title block. */
  exportedAt?: number;
}

export interface CsvOptions extends SheetOptions {
  /** ',' (default, RFC 4180) or ';' for Excel set to a Vietnamese list separator. */
  delimiter?: ',' | ';';
}

const VN_OFFSET_MS = 7 * 3600_000;
const pad = (n: number) => String(n).padStart(2, '0');

/** dd/mm/yyyy HH:mm (with :ss when asked) in Vietnam time. */
export function vnDateTime(ms: number, seconds = false): string {
  const d = new Date(ms + VN_OFFSET_MS);
  const base = `${pad(d.getUTCDate())}/${pad(d.getUTCMonth() + 1)}/${d.getUTCFullYear()} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}`;
  return seconds ? `${base}:${pad(d.getUTCSeconds())}` : base;
}

/** YYYY-MM-DD → dd/mm/yyyy. */
const vnDate = (iso: string) => `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;

/** 754 → "12:34". */
export function minutesSeconds(seconds: number): string {
  return `${Math.floor(seconds / 60)}:${pad(seconds % 60)}`;
}

/** Starts that a spreadsheet may take for a formula (OWASP's list: = + - @, tab, carriage return). */
const FORMULA_START = /^[=+\-@\t\r]/;

/** Text as it goes into a cell or a CSV field: a leading ' before a formula start. */
export function safeText(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}

/** An instant as Excel holds it: a date-time without zone, here the Vietnam wall-clock time. */
const excelInstant = (ms: number) => new Date(ms + VN_OFFSET_MS);
/** A duration in days, Excel's unit for times. */
const excelDuration = (seconds: number) => seconds / 86_400;
/** A calendar date (YYYY-MM-DD) at midnight UTC, which Excel shows as that date. */
const excelDate = (iso: string) => new Date(`${iso}T00:00:00Z`);

const FMT = {
  instant: 'dd/mm/yyyy hh:mm',
  instantSeconds: 'dd/mm/yyyy hh:mm:ss',
  date: 'dd/mm/yyyy',
  duration: '[m]:ss',
  count: '#,##0',
  percent: '0.00%',
  text: '@',
} as const;

// ───────────────────────────────────────────── the results table

/** The ranking's columns, in order. */
export const RESULT_HEADERS = [
  'Hạng',
  'Giải',
  'Họ và tên',
  'Đơn vị',
  'Điểm',
  'Dự đoán',
  'Chênh lệch dự đoán',
  'Thời gian làm bài',
  'Thời điểm nộp bài',
  'Số CCCD/CMND',
  'Số điện thoại',
  'Thư điện tử',
  'Ngày sinh',
  'Ghi chú',
  'Mã lượt thi',
] as const;

const RESULT_WIDTHS = [7, 18, 28, 36, 8, 12, 12, 12, 20, 16, 14, 28, 12, 40, 26];

/** The remark of a row: a tie with the row above, deleted personal data. */
function remark(row: RankingRow): string {
  const parts: string[] = [];
  if (row.tiedWithPrevious) parts.push(`Bằng người xếp hạng ${row.rank - 1} ở mọi tiêu chí xếp hạng; thứ tự chỉ theo mã lượt thi`);
  if (row.personalDataDeleted) parts.push('Dữ liệu cá nhân đã xoá theo thời hạn lưu trữ');
  return parts.join('. ');
}

type Cell = string | number | Date | null;

/** One ranking row as cells: `xlsx` gives dates and durations as values, CSV as text. */
function resultCells(row: RankingRow, xlsx: boolean): Cell[] {
  return [
    row.rank,
    row.prize ?? null,
    safeText(row.fullName),
    row.unit ? safeText(row.unit) : null,
    row.score,
    row.prediction,
    row.predictionDistance,
    xlsx ? excelDuration(row.durationSeconds) : minutesSeconds(row.durationSeconds),
    xlsx ? excelInstant(row.submittedAtMs) : vnDateTime(row.submittedAtMs, true),
    row.citizenId ? safeText(row.citizenId) : null,
    row.phone ? safeText(row.phone) : null,
    row.email ? safeText(row.email) : null,
    row.birthDate ? (xlsx ? excelDate(row.birthDate) : vnDate(row.birthDate)) : null,
    remark(row) || null,
    safeText(row.attemptId),
  ];
}

const grouped = (n: number) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, '.');

function rankingTitle(ranking: Ranking, definition: ContestDefinition): string[] {
  const max = ranking.rows[0]?.maxScore;
  return [
    definition.contest.title,
    `Kết quả xếp hạng cá nhân — ${ranking.roundName}`,
    [
      `Số người đạt điểm tối đa${max === undefined ? '' : ` (${max} điểm)`}, dùng để tính chênh lệch dự đoán: ${grouped(ranking.actualPerfect)}`,
      `Số người được xếp hạng: ${grouped(ranking.ranked)}; danh sách này gồm ${grouped(ranking.rows.length)} người`,
    ].join('. '),
  ];
}

/** Entry `i` of a list kept beside a header list: one shorter than its headers is a mistake in this file, said when it loads. */
function nth<T>(list: readonly T[], i: number, what: string): T {
  const item = list[i];
  if (item === undefined) throw new Error(`${what} has no entry ${i}`);
  return item;
}

interface Column {
  header: string;
  width: number;
  numFmt: string;
  /** Long text that wraps (a unit's name, a remark). */
  wrap?: boolean;
}

/**
 * A worksheet written row by row (each row is committed to the file as it is added): the title
 * block, the header row frozen below it, column widths and formats set once for the column.
 */
class SheetWriter {
  private readonly sheet: ExcelJS.Worksheet;
  private next = 1;
  readonly headerRow: number;

  constructor(
    workbook: ExcelJS.Workbook,
    name: string,
    title: readonly string[],
    exportedAt: number,
    private readonly columns: readonly Column[],
  ) {
    const lines = [...title, `Xuất lúc ${vnDateTime(exportedAt)} (giờ Việt Nam, UTC+7) từ hệ thống thi trực tuyến.`];
    this.headerRow = lines.length + 2;
    const top = `A${this.headerRow + 1}`;
    this.sheet = workbook.addWorksheet(name, {
      views: [{ state: 'frozen', xSplit: 0, ySplit: this.headerRow, topLeftCell: top, activeCell: top }],
      pageSetup: { orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
    });
    this.sheet.columns = columns.map((c) => ({ width: c.width, style: { numFmt: c.numFmt, alignment: { vertical: 'top', wrapText: c.wrap === true } } }));
    lines.forEach((text, i) => {
      const row = this.sheet.getRow(this.next++);
      const cell = row.getCell(1);
      cell.value = text;
      cell.numFmt = FMT.text;
      cell.font = i === 0 ? { bold: true, size: 14 } : i === 1 ? { bold: true, size: 12 } : { italic: i === lines.length - 1 };
      cell.alignment = { vertical: 'middle', wrapText: true };
      row.height = i === 0 ? 36 : 20;
      this.sheet.mergeCells(row.number, 1, row.number, columns.length);
      row.commit();
    });
    this.next++; // a blank row between the title and the table
    const head = this.sheet.getRow(this.next++);
    head.height = 32;
    columns.forEach((c, i) => {
      const cell = head.getCell(i + 1);
      cell.value = c.header;
      cell.numFmt = FMT.text;
      cell.font = { bold: true, color: { argb: 'FFFFFFFF' } };
      cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FF1F4E79' } };
      cell.alignment = { vertical: 'middle', horizontal: 'center', wrapText: true };
      cell.border = { bottom: { style: 'thin', color: { argb: 'FF000000' } } };
    });
    head.commit();
  }

  /** A table row; empty cells stay empty. */
  add(cells: readonly Cell[], style: { bold?: boolean; topBorder?: boolean } = {}) {
    const row = this.sheet.getRow(this.next++);
    cells.forEach((v, i) => {
      if (v === null || v === '') return;
      const cell = row.getCell(i + 1);
      cell.value = v;
      if (style.bold) cell.font = { bold: true };
    });
    if (style.topBorder) {
      for (let i = 1; i <= this.columns.length; i++) row.getCell(i).border = { top: { style: 'thin', color: { argb: 'FF000000' } } };
    }
    row.commit();
  }

  /** The header row's filter buttons, then the organisers' notes below the table, one a row across it. */
  finish(notes: readonly string[] = []) {
    const last = this.columns.length;
    this.sheet.autoFilter = { from: { row: this.headerRow, column: 1 }, to: { row: this.headerRow, column: last } };
    if (notes.length) {
      this.next++;
      const label = this.sheet.getRow(this.next++);
      label.getCell(1).value = 'Ghi chú:';
      label.getCell(1).font = { bold: true };
      label.commit();
      for (const note of notes) {
        const row = this.sheet.getRow(this.next++);
        row.getCell(1).value = note;
        row.getCell(1).numFmt = FMT.text;
        row.getCell(1).alignment = { wrapText: true, vertical: 'top' };
        row.height = 15 * Math.max(1, Math.ceil(note.length / 140));
        this.sheet.mergeCells(row.number, 1, row.number, last);
        row.commit();
      }
    }
    this.sheet.commit();
  }
}

/** A workbook written to a buffer through exceljs's streaming writer. */
async function writeWorkbook(build: (workbook: ExcelJS.Workbook) => void): Promise<Buffer> {
  const stream = new PassThrough();
  const chunks: Buffer[] = [];
  stream.on('data', (c: Buffer) => chunks.push(c));
  const ended = new Promise<void>((resolve, reject) => {
    stream.on('end', resolve);
    stream.on('error', reject);
  });
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream, useStyles: true, useSharedStrings: false });
  workbook.creator = 'cai-cach-quiz';
  workbook.lastModifiedBy = 'cai-cach-quiz';
  build(workbook);
  await workbook.commit();
  await ended;
  return Buffer.concat(chunks);
}

const RESULT_COLUMNS: Column[] = RESULT_HEADERS.map((header, i) => ({
  header,
  width: nth(RESULT_WIDTHS, i, 'RESULT_WIDTHS'),
  numFmt: nth(
    [
      FMT.count,
      FMT.text,
      FMT.text,
      FMT.text,
      '0.##',
      FMT.count,
      FMT.count,
      FMT.duration,
      FMT.instantSeconds,
      FMT.text,
      FMT.text,
      FMT.text,
      FMT.date,
      FMT.text,
      FMT.text,
    ],
    i,
    'the result formats',
  ),
  wrap: header === 'Đơn vị' || header === 'Ghi chú',
}));

/**
 * The ranking as an .xlsx file (sheet "Kết quả"): title block, frozen header, the prize
 * column (winners' rows in bold), the winners' contact details (only on the rows that carry
 * them), notes below.
 */
export async function resultsXlsx(ranking: Ranking, definition: ContestDefinition, options: SheetOptions = {}): Promise<Buffer> {
  return writeWorkbook((workbook) => {
    const sheet = new SheetWriter(workbook, 'Kết quả', rankingTitle(ranking, definition), options.exportedAt ?? Date.now(), RESULT_COLUMNS);
    for (const r of ranking.rows) sheet.add(resultCells(r, true), { bold: r.prize !== undefined });
    sheet.finish(ranking.notes);
  });
}

/** CSV fields: quoted when they hold the delimiter, a quote or a line break. */
function csv(lines: readonly (readonly Cell[])[], delimiter: string): string {
  const field = (v: Cell) => {
    if (v === null || v === '') return '';
    const s = typeof v === 'string' ? v : String(v);
    return s.includes(delimiter) || /["\r\n]/.test(s) || s !== s.trim() ? `"${s.replace(/"/g, '""')}"` : s;
  };
  return `\uFEFF${lines.map((l) => l.map(field).join(delimiter)).join('\r\n')}\r\n`;
}

/** The ranking as CSV: the same columns as the .xlsx, header on the first line, UTF-8 with BOM, CRLF. */
export function resultsCsv(ranking: Ranking, _definition: ContestDefinition, options: CsvOptions = {}): string {
  return csv([[...RESULT_HEADERS], ...ranking.rows.map((r) => resultCells(r, false))], options.delimiter ?? ',');
}

// ───────────────────────────────────────────── participation

export const PARTICIPATION_HEADERS = [
  'Hạng',
  'Đơn vị',
  'Khối',
  'Số CB, CC, VC, NLĐ',
  'Số người dự thi',
  'Tỷ lệ tham gia',
  'Số lượt thi',
  'Số người đạt điểm tối đa',
  'Giải',
  'Ghi chú',
] as const;
const PARTICIPATION_WIDTHS = [7, 44, 30, 14, 12, 12, 12, 14, 16, 36];

export const DAY_HEADERS = ['Ngày', 'Số lượt thi', 'Số người dự thi trong ngày'] as const;
export const ROUND_HEADERS = ['Đợt thi', 'Số lượt thi', 'Số người dự thi', 'Số người đạt điểm tối đa'] as const;

/**
 * Participation as an .xlsx file, aggregates only (no personal data): sheet "Theo đơn vị"
 * (ranked by participation rate, with the collective prize and a total row), "Theo ngày"
 * (Vietnam days) and, when the contest has rounds, "Theo đợt".
 */
export async function participationXlsx(participation: Participation, definition: ContestDefinition, options: SheetOptions = {}): Promise<Buffer> {
  const exportedAt = options.exportedAt ?? Date.now();
  const title = (what: string) => [definition.contest.title, `${what} — ${participation.roundName}`];
  const unitFormats = [FMT.count, FMT.text, FMT.text, FMT.count, FMT.count, FMT.percent, FMT.count, FMT.count, FMT.text, FMT.text];
  return writeWorkbook((workbook) => {
    const units = new SheetWriter(
      workbook,
      'Theo đơn vị',
      title('Thống kê tham gia theo đơn vị'),
      exportedAt,
      PARTICIPATION_HEADERS.map((header, i) => ({
        header,
        width: nth(PARTICIPATION_WIDTHS, i, 'PARTICIPATION_WIDTHS'),
        numFmt: nth(unitFormats, i, 'unitFormats'),
        wrap: i === 1 || i === 9,
      })),
    );
    for (const u of participation.rows) {
      const note = [
        u.tiedWithPrevious ? `Cùng tỷ lệ và cùng số người dự thi với đơn vị xếp hạng ${u.rank! - 1}` : '',
        u.staff === undefined && u.unitId !== null ? 'Chưa có số CB, CC, VC, NLĐ: không xếp hạng' : '',
      ]
        .filter(Boolean)
        .join('. ');
      units.add(
        [
          u.rank ?? null,
          safeText(u.unit),
          u.group ? safeText(u.group) : null,
          u.staff ?? null,
          u.participants,
          u.rate ?? null,
          u.attempts,
          u.perfect,
          u.prize ?? null,
          note || null,
        ],
        { bold: u.prize !== undefined },
      );
    }
    const t = participation.totals;
    units.add([null, 'Tổng cộng', null, t.staff || null, t.participants, null, t.attempts, t.perfect, null, null], { bold: true, topBorder: true });
    units.finish(participation.notes);

    const days = new SheetWriter(workbook, 'Theo ngày', title('Số lượt thi và số người dự thi theo ngày (giờ Việt Nam)'), exportedAt, [
      { header: DAY_HEADERS[0], width: 14, numFmt: FMT.date },
      { header: DAY_HEADERS[1], width: 14, numFmt: FMT.count },
      { header: DAY_HEADERS[2], width: 18, numFmt: FMT.count },
    ]);
    for (const d of participation.perDay) days.add([excelDate(d.day), d.attempts, d.participants]);
    days.finish();

    if (participation.perRound.length) {
      const rounds = new SheetWriter(workbook, 'Theo đợt', [definition.contest.title, 'Số lượt thi, số người dự thi theo đợt thi'], exportedAt, [
        { header: ROUND_HEADERS[0], width: 24, numFmt: FMT.text },
        { header: ROUND_HEADERS[1], width: 14, numFmt: FMT.count },
        { header: ROUND_HEADERS[2], width: 16, numFmt: FMT.count },
        { header: ROUND_HEADERS[3], width: 16, numFmt: FMT.count },
      ]);
      for (const r of participation.perRound) rounds.add([safeText(r.title), r.attempts, r.participants, r.perfect]);
      rounds.finish();
    }
  });
}
