/**
 * Numbers in the reader's locale (vi-VN: 1.234.567) and dates as dd/mm/yyyy in Vietnam's time
 * (UTC+07:00, no daylight saving), whatever the organiser's computer clock is set to.
 */
import type { AdminMessages } from './i18n.ts';

const VN_OFFSET_MS = 7 * 3600_000;
const formats = new Map<string, Intl.NumberFormat>();

function numberFormat(locale: string, options: Intl.NumberFormatOptions = {}, key = ''): Intl.NumberFormat {
  let f = formats.get(locale + key);
  if (!f) formats.set(locale + key, (f = new Intl.NumberFormat(locale, options)));
  return f;
}

export const formatNumber = (t: AdminMessages, n: number) => numberFormat(t.locale).format(n);

/** 0.853 → "85,3%". */
export const formatRate = (t: AdminMessages, rate: number) => numberFormat(t.locale, { style: 'percent', maximumFractionDigits: 1 }, '%').format(rate);

const pad = (n: number) => String(n).padStart(2, '0');

/** "2020-09-21" (a calendar day already in Vietnam's time) → "21/09/2020". */
export function formatDay(day: string): string {
  const [y, m, d] = day.split('-');
  return `${d}/${m}/${y}`;
}

/** An instant → "21/09/2020 09:30" in Vietnam's time. */
export function formatDateTime(iso: string): string {
  const ms = Date.parse(iso);
  if (Number.isNaN(ms)) return iso;
  const v = new Date(ms + VN_OFFSET_MS);
  return `${pad(v.getUTCDate())}/${pad(v.getUTCMonth() + 1)}/${v.getUTCFullYear()} ${pad(v.getUTCHours())}:${pad(v.getUTCMinutes())}`;
}

/** An instant → "21/09/2020" in Vietnam's time. */
export const formatDate = (iso: string) => formatDateTime(iso).slice(0, 10);

/** A birth date as the server sends it ("1990-05-02" or an instant) → "02/05/1990". */
export const formatBirthDate = (value: string) => (/^\d{4}-\d{2}-\d{2}$/.test(value) ? formatDay(value) : formatDate(value));

/** 754 → "12 phút 34 giây". */
export function formatDuration(t: AdminMessages, seconds: number): string {
  const s = Math.round(seconds);
  return t.minutesSeconds(Math.floor(s / 60), s % 60);
}
