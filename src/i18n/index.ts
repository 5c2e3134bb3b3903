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

/**
 * Intl formatters are made once per locale and kind and kept: making one with a time zone
 * cost about 50 ms on a 4×-slowed phone (npm run bench:start profiled 300 ms of them on
 * the rules page alone, which formats every date of the contest and its rounds).
 */
const formats = new Map<string, Intl.DateTimeFormat | Intl.NumberFormat>();
function formatter<F extends Intl.DateTimeFormat | Intl.NumberFormat>(key: string, make: () => F): F {
  let f = formats.get(key) as F | undefined;
  if (!f) formats.set(key, (f = make()));
  return f;
}

/** "08:00, Thứ Ba, 15/09/2020": contest times are always shown in Vietnam's time zone. */
export function formatDateTime(t: EarlyMessages, epochMs: number): string {
  return formatter(
    `d${t.locale}`,
    () =>
      new Intl.DateTimeFormat(t.locale, {
        timeZone: VN_TZ,
        hour: '2-digit',
        minute: '2-digit',
        weekday: 'long',
        day: '2-digit',
        month: '2-digit',
        year: 'numeric',
        hourCycle: 'h23',
      }),
  ).format(epochMs);
}

export function formatTime(t: EarlyMessages, epochMs: number): string {
  return formatter(
    `t${t.locale}`,
    () => new Intl.DateTimeFormat(t.locale, { timeZone: VN_TZ, hour: '2-digit', minute: '2-digit', second: '2-digit', hourCycle: 'h23' }),
  ).format(epochMs);
}

export function formatNumber(t: EarlyMessages, n: number): string {
  return formatter(`n${t.locale}`, () => new Intl.NumberFormat(t.locale)).format(n);
}
