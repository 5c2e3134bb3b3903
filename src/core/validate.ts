/**
 * Validators for the registration form. Each returns an error key (see i18n `errors.*`)
 * or null. Pure functions, shared by the form and by the mock backend.
 */
import type { ContestDocument, Participant, RegistrationField } from '../contract/schemas.ts';

export type FieldError =
  | 'required'
  | 'nameInvalid'
  | 'dateInvalid'
  | 'dateFuture'
  | 'tooYoung'
  | 'citizenIdInvalid'
  | 'citizenIdProvince'
  | 'canCuocInvalid'
  | 'phoneInvalid'
  | 'emailInvalid'
  | 'consentRequired'
  | 'serverRejected';

/** The draft the form edits: every value a string until validated. */
export interface ParticipantDraft {
  fullName: string;
  birthDate: string;
  gender: string;
  citizenId: string;
  phone: string;
  email: string;
  unitId: string;
  districtId: string;
  communeId: string;
  consent: boolean;
}

export const emptyDraft = (): ParticipantDraft => ({
  fullName: '',
  birthDate: '',
  gender: '',
  citizenId: '',
  phone: '',
  email: '',
  unitId: '',
  districtId: '',
  communeId: '',
  consent: false,
});

/** Form field name → draft key (the contract names units/districts by id). */
export const draftKey = {
  fullName: 'fullName',
  birthDate: 'birthDate',
  gender: 'gender',
  citizenId: 'citizenId',
  phone: 'phone',
  email: 'email',
  unit: 'unitId',
  district: 'districtId',
  commune: 'communeId',
} as const satisfies Record<RegistrationField['name'], keyof ParticipantDraft>;

/** Remove spaces, dots and dashes people type inside numbers. */
export const digitsOnly = (v: string): string => v.replace(/[\s.-]/g, '');

/** Normalise a phone number: +84 / 84 prefix → 0. */
export function normalisePhone(v: string): string {
  const d = digitsOnly(v).replace(/^\+?84(?=\d{9}$)/, '0');
  return d;
}

/** Mobile prefixes in use since the 2018 renumbering (03x, 05x, 07x, 08x, 09x). */
const MOBILE = /^0(3[2-9]|5[25689]|7[06-9]|8[1-9]|9\d)\d{7}$/;

/**
 * CCCD: 12 digits; the first three are the province code of birth registration (001–096),
 * the fourth the century-and-sex digit (0–9). Or the older CMND, 9 digits, which most people
 * still held in 2020 (the sample contest's year) and which the rules of that time accept:
 * `registration.identityDocument` 'cmnd-cccd' (the default). With 'can-cuoc' (Luật Căn cước 2023,
 * from 1 July 2024) only the 12-digit personal identification number, the same digits as a CCCD's.
 */
export function validateCitizenId(v: string, document?: ContestDocument['registration']['identityDocument']): FieldError | null {
  const d = digitsOnly(v);
  const canCuoc = document === 'can-cuoc';
  if (!canCuoc && /^\d{9}$/.test(d)) return null;
  if (!/^\d{12}$/.test(d)) return canCuoc ? 'canCuocInvalid' : 'citizenIdInvalid';
  const province = Number(d.slice(0, 3));
  if (province < 1 || province > 96) return 'citizenIdProvince';
  return null;
}

export function validatePhone(v: string): FieldError | null {
  return MOBILE.test(normalisePhone(v)) ? null : 'phoneInvalid';
}

export function validateEmail(v: string): FieldError | null {
  return /^[^\s@]+@[^\s@]+\.[^\s@]{2,}$/.test(v.trim()) ? null : 'emailInvalid';
}

export function validateName(v: string): FieldError | null {
  const t = v.trim();
  // Letters (any script, with marks), spaces, apostrophes, dots and hyphens; at least two characters.
  return t.length >= 2 && t.length <= 100 && /^[\p{L}\p{M}][\p{L}\p{M} .'-]*$/u.test(t) ? null : 'nameInvalid';
}

/**
 * Read a date as Vietnamese people write it — day/month/year, with `/`, `.`, `-` or spaces
 * between, or eight digits in a row — or as ISO `YYYY-MM-DD` (host-supplied values).
 * Returns `YYYY-MM-DD`, or null when it is not a date of that shape.
 */
export function parseDate(v: string): string | null {
  const t = v.trim();
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(t);
  const dmy = /^(\d{1,2})[/.\-\s]+(\d{1,2})[/.\-\s]+(\d{4})$/.exec(t) ?? /^(\d{2})(\d{2})(\d{4})$/.exec(t);
  const [y, m = '', d = ''] = iso ? iso.slice(1) : dmy ? [dmy[3], dmy[2], dmy[1]] : [];
  return y ? `${y}-${m.padStart(2, '0')}-${d.padStart(2, '0')}` : null;
}

/**
 * A real date, not in the future, and at least `minAge` years before `today`: 15 by default, as the
 * sample rules say (the province's 2020 plan invites citizens from 15; civil servants are adults).
 */
export function validateBirthDate(v: string, today: Date, minAge = 15): FieldError | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(parseDate(v) ?? '');
  if (!m) return 'dateInvalid';
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== mo - 1 || date.getUTCDate() !== d || y < 1900) {
    return 'dateInvalid';
  }
  if (date.getTime() > today.getTime()) return 'dateFuture';
  const limit = Date.UTC(today.getUTCFullYear() - minAge, today.getUTCMonth(), today.getUTCDate());
  return date.getTime() > limit ? 'tooYoung' : null;
}

export type DraftErrors = Partial<Record<keyof ParticipantDraft, FieldError>>;

/**
 * Validate the draft against the fields the contest asks for, and against what its registration
 * says a citizenId is (`identityDocument`; absent: 'cmnd-cccd').
 */
export function validateDraft(
  draft: ParticipantDraft,
  fields: readonly RegistrationField[],
  today: Date,
  registration?: Pick<ContestDocument['registration'], 'identityDocument'>,
): DraftErrors {
  const errors: DraftErrors = {};
  for (const { name, required } of fields) {
    const key = draftKey[name];
    const value = String(draft[key]).trim();
    if (!value) {
      if (required) errors[key] = 'required';
      continue;
    }
    const check: Partial<Record<typeof key, (v: string) => FieldError | null>> = {
      fullName: validateName,
      birthDate: (v) => validateBirthDate(v, today),
      citizenId: (v) => validateCitizenId(v, registration?.identityDocument),
      phone: validatePhone,
      email: validateEmail,
    };
    const error = check[key]?.(value);
    if (error) errors[key] = error;
  }
  if (!draft.consent) errors.consent = 'consentRequired';
  return errors;
}

/** Turn a valid draft into the wire `Participant`, keeping only the asked-for fields. */
export function toParticipant(draft: ParticipantDraft, fields: readonly RegistrationField[]): Participant {
  const out: Record<string, unknown> = { consent: true };
  for (const { name } of fields) {
    const key = draftKey[name];
    let value = String(draft[key]).trim();
    if (!value) continue;
    if (key === 'citizenId') value = digitsOnly(value);
    if (key === 'phone') value = normalisePhone(value);
    if (key === 'fullName') value = value.replace(/\s+/g, ' ');
    if (key === 'birthDate') value = parseDate(value) ?? value;
    out[key] = value;
  }
  return out as Participant;
}

/** Merge participant details supplied by the host page into a draft. */
export function draftFrom(partial: Partial<ParticipantDraft> | undefined): ParticipantDraft {
  const draft = emptyDraft();
  if (!partial) return draft;
  for (const key of Object.keys(draft) as (keyof ParticipantDraft)[]) {
    const v = partial[key];
    if (key === 'consent') draft.consent = v === true;
    else if (typeof v === 'string') draft[key] = v;
  }
  return draft;
}
