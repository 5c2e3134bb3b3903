import { loadEnglish } from '../lazy.ts';
import { vi, type EarlyMessages } from './vi.ts';

export type { EarlyMessages, ExtrasMessages, LateMessages, Messages } from './vi.ts';
export type Lang = 'vi' | 'en';

/** Vietnamese ships in the main chunk; English is fetched only when asked for. */
export async function loadMessages(lang: Lang): Promise<EarlyMessages> {
  return lang === 'en' ? (await loadEnglish()).en : vi;
}

export { vi };

const VN_TZ = 'Asia/Ho_Chi_Minh';

/** "08:00, Thứ Ba, 15/09/2020": contest times are always shown in Vietnam's time zone. */
export function formatDateTime(t: EarlyMessages, epochMs: number): string {
  return new Intl.DateTimeFormat(t.locale, {
    timeZone: VN_TZ,
    hour: '2-digit',
    minute: '2-digit',
    weekday: 'long',
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
    hourCycle: 'h23',
  }).format(epochMs);
}

export function formatTime(t: EarlyMessages, epochMs: number): string {
  return new Intl.DateTimeFormat(t.locale, { timeZone: VN_TZ, hour: '2-digit', minute: '2-digit', second: '2-digit', hourCycle: 'h23' }).format(epochMs);
}

/** One formatter per locale: making one costs about a millisecond, and a long list formats many numbers. */
const numberFormats = new Map<string, Intl.NumberFormat>();

export function formatNumber(t: EarlyMessages, n: number): string {
  let f = numberFormats.get(t.locale);
  if (!f) numberFormats.set(t.locale, (f = new Intl.NumberFormat(t.locale)));
  return f.format(n);
}
