import { pad2, vnTime } from '../core/clock.ts';
import { vi, type EarlyMessages } from './vi.ts';

export type { EarlyMessages, ExtrasMessages, LateMessages, Messages } from './vi.ts';
export type Lang = 'vi' | 'en';

/**
 * Vietnamese ships in the main chunk; English is fetched only when asked for, by the loader the
 * composition root passes in (src/lazy.ts knows the chunks; this module does not).
 */
export async function loadMessages(lang: Lang, loadEnglish: () => Promise<{ en: EarlyMessages }>): Promise<EarlyMessages> {
  return lang === 'en' ? (await loadEnglish()).en : vi;
}

export { vi };

/** "08:00 Thứ Ba, 15/09/2020": contest times are always shown in Vietnam's time zone. */
export function formatDateTime(t: EarlyMessages, epochMs: number): string {
  return t.dateTime(vnTime(epochMs));
}

/** "08:00:09", in Vietnam's time zone. */
export function formatTime(epochMs: number): string {
  const { hour, minute, second } = vnTime(epochMs);
  return `${pad2(hour)}:${pad2(minute)}:${pad2(second)}`;
}

/**
 * Numbers appear only in the later views (result, bank, leaderboard), so Intl is kept for
 * them; the formatter is made once per locale (the first one costs tens of milliseconds).
 */
const numberFormats = new Map<string, Intl.NumberFormat>();
export function formatNumber(t: EarlyMessages, n: number): string {
  let f = numberFormats.get(t.locale);
  if (!f) numberFormats.set(t.locale, (f = new Intl.NumberFormat(t.locale)));
  return f.format(n);
}
