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
 *   organisers (ties that decide a prize, deleted personal data) follow the table.
 * - The CSV is the table alone, header on the first line, for other programs: UTF-8 with a
 *   BOM (without it Excel reads the ANSI code page and Vietnamese is garbled), CRLF.
 * - Text that came from the public (names, e-mail addresses…) and starts with = + - @ (or a
 *   tab or carriage return) gets a leading apostrophe in both formats, so that no spreadsheet
 *   runs it as a formula, also after the .xlsx is saved again as CSV.
 */
import ExcelJS from 'exceljs';
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

/** The title block, the header row frozen below it, and what each export shares. */
function startSheet(sheet: ExcelJS.Worksheet, title: string[], exportedAt: number, headers: readonly string[], widths: readonly number[]): number {
  const lines = [...title, `Xuất lúc ${vnDateTime(exportedAt)} (giờ Việt Nam, UTC+7) từ hệ thống thi trực tuyến.`];
  lines.forEach((text, i) => {
    const row = sheet.getRow(i + 1);
    row.getCell(1).value = text;
    sheet.mergeCells(i + 1, 1, i + 1, headers.length);
    row.getCell(1).font = i === 0 ? { bold: true, size: 14 } : i === 1 ? { bold: true, size: 12 } : { italic: i === lines.length - 1 };
    row.getCell(1).alignment = { vertical: 'middle', wrapText: true };
    row.height = i === 0 ? 36 : 20;
  });
  const headerRow = lines.length + 2;
  const head = sheet.getRow(headerRow);
  headers.forEach((h, i) => (head.getCell(i + 1).value = h));
  head.height = 32;
  head.eachCell((cell) => {
    cell.font = { bold: true, color: { argb: 'FFFFFFFF' } };
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FF1F4E79' } };
    cell.alignment = { vertical: 'middle', horizontal: 'center', wrapText: true };
    cell.border = { bottom: { style: 'thin', color: { argb: 'FF000000' } } };
  });
  widths.forEach((w, i) => (sheet.getColumn(i + 1).width = w));
  sheet.views = [{ state: 'frozen', xSplit: 0, ySplit: headerRow, topLeftCell: `A${headerRow + 1}`, activeCell: `A${headerRow + 1}` }];
  return headerRow;
}

/** Notes for the organisers below the table, one a row, merged across it. */
function addNotes(sheet: ExcelJS.Worksheet, notes: readonly string[], width: number) {
  if (!notes.length) return;
  let r = sheet.rowCount + 2;
  sheet.getCell(r, 1).value = 'Ghi chú:';
  sheet.getCell(r, 1).font = { bold: true };
  for (const note of notes) {
    r++;
    sheet.getCell(r, 1).value = note;
    sheet.mergeCells(r, 1, r, width);
    sheet.getCell(r, 1).alignment = { wrapText: true, vertical: 'top' };
    sheet.getRow(r).height = 15 * Math.max(1, Math.ceil(note.length / 140));
  }
}

function newWorkbook(): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'cai-cach-quiz';
  workbook.lastModifiedBy = 'cai-cach-quiz';
  return workbook;
}

/**
 * The ranking as an .xlsx file (sheet "Kết quả"): title block, frozen header, the prize
 * column, the winners' contact details (only on the rows that carry them), notes below.
 */
export async function resultsXlsx(ranking: Ranking, definition: ContestDefinition, options: SheetOptions = {}): Promise<Buffer> {
  const workbook = newWorkbook();
  const sheet = workbook.addWorksheet('Kết quả', { pageSetup: { orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 } });
  const headerRow = startSheet(sheet, rankingTitle(ranking, definition), options.exportedAt ?? Date.now(), RESULT_HEADERS, RESULT_WIDTHS);
  const formats: (string | undefined)[] = [
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
  ];
  for (const r of ranking.rows) {
    const row = sheet.addRow(resultCells(r, true));
    row.eachCell({ includeEmpty: true }, (cell, col) => {
      const fmt = formats[col - 1];
      if (fmt) cell.numFmt = fmt;
      cell.alignment = { vertical: 'top', wrapText: col === 4 || col === 14 };
    });
    if (r.prize) row.font = { bold: true };
  }
  sheet.autoFilter = { from: { row: headerRow, column: 1 }, to: { row: headerRow, column: RESULT_HEADERS.length } };
  addNotes(sheet, ranking.notes, RESULT_HEADERS.length);
  return Buffer.from(await workbook.xlsx.writeBuffer());
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
  const workbook = newWorkbook();
  const title = (what: string) => [definition.contest.title, `${what} — ${participation.roundName}`];

  const units = workbook.addWorksheet('Theo đơn vị', { pageSetup: { orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 } });
  const headerRow = startSheet(units, title('Thống kê tham gia theo đơn vị'), exportedAt, PARTICIPATION_HEADERS, PARTICIPATION_WIDTHS);
  const unitFormats = [FMT.count, FMT.text, FMT.text, FMT.count, FMT.count, FMT.percent, FMT.count, FMT.count, FMT.text, FMT.text];
  for (const u of participation.rows) {
    const note = [
      u.tiedWithPrevious ? `Cùng tỷ lệ và cùng số người dự thi với đơn vị xếp hạng ${u.rank! - 1}` : '',
      u.staff === undefined && u.unitId !== null ? 'Chưa có số CB, CC, VC, NLĐ: không xếp hạng' : '',
    ]
      .filter(Boolean)
      .join('. ');
    const row = units.addRow([
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
    ]);
    row.eachCell({ includeEmpty: true }, (cell, col) => {
      cell.numFmt = unitFormats[col - 1];
      cell.alignment = { vertical: 'top', wrapText: col === 2 || col === 10 };
    });
    if (u.prize) row.font = { bold: true };
  }
  const t = participation.totals;
  const total = units.addRow([null, 'Tổng cộng', null, t.staff || null, t.participants, null, t.attempts, t.perfect, null, null]);
  total.font = { bold: true };
  total.eachCell({ includeEmpty: true }, (cell, col) => (cell.numFmt = unitFormats[col - 1]));
  total.border = { top: { style: 'thin', color: { argb: 'FF000000' } } };
  units.autoFilter = { from: { row: headerRow, column: 1 }, to: { row: headerRow, column: PARTICIPATION_HEADERS.length } };
  addNotes(units, participation.notes, PARTICIPATION_HEADERS.length);

  const days = workbook.addWorksheet('Theo ngày');
  startSheet(days, title('Số lượt thi và số người dự thi theo ngày (giờ Việt Nam)'), exportedAt, DAY_HEADERS, [14, 14, 18]);
  for (const d of participation.perDay) {
    const row = days.addRow([excelDate(d.day), d.attempts, d.participants]);
    row.getCell(1).numFmt = FMT.date;
    row.getCell(2).numFmt = FMT.count;
    row.getCell(3).numFmt = FMT.count;
  }

  if (participation.perRound.length) {
    const rounds = workbook.addWorksheet('Theo đợt');
    startSheet(rounds, [definition.contest.title, 'Số lượt thi, số người dự thi theo đợt thi'], exportedAt, ROUND_HEADERS, [24, 14, 16, 16]);
    for (const r of participation.perRound) {
      const row = rounds.addRow([safeText(r.title), r.attempts, r.participants, r.perfect]);
      for (const c of [2, 3, 4]) row.getCell(c).numFmt = FMT.count;
    }
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
