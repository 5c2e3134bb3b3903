/**
 * Proof of participation (issue #14), an optional addition to contract v1: the receipt in the
 * submission response (here, in the result's chunk) and the calls it advertises (their schemas
 * in verification.ts, which only the confirmation panel's chunk loads).
 *
 * - `result.receipt` in the submission response: the verification code the server issued for
 *   the attempt (and the address of its public verification page). Its presence is how a
 *   backend advertises the two calls below; a backend without them sends no receipt and the
 *   element shows the result as before.
 * - `GET {endpoint}/verifications/{code}`: anyone holding the code (the participant's agency,
 *   say) reads what the certificate says, masked.
 * - `POST {endpoint}/verifications/lookup`: a participant lists their own attempts by citizen
 *   id and birth date.
 *
 * What a verification shows, decided against Nghị định 13/2023/NĐ-CP (only what the purpose
 * needs): the purpose is to prove that this person of this unit took part, when, in which
 * round and with what score. So: full name, unit, round, attempt number, time, score; the
 * citizen id only as its last 3 digits (enough to tell two people of the same name apart);
 * never the birth date, phone, e-mail, address or answers. The code carries about 50 bits, so
 * nobody reaches a verification without being given its code.
 */
import * as z from 'zod/mini';
import { optional, text } from './common.ts';

/**
 * A verification code as the contest server issues it: 10 characters from an alphabet without
 * 0/O, 1/I/L (31 symbols, about 50 bits), typed in either case, with or without a hyphen in
 * the middle. Other backends may issue other codes within `RECEIPT_CODE`'s pattern.
 */
export const CODE_ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';
export const RECEIPT_CODE = z.string().check(z.regex(/^[A-Z0-9-]{6,32}$/, 'a code of 6 to 32 characters A–Z, 0–9 and -'));

/** `result.receipt`: the proof the server issued for a confirmed (non-practice) attempt. */
export const Receipt = z.object({
  code: RECEIPT_CODE,
  /** The public verification page of this code (absolute URL): the certificate's QR code points there. */
  url: optional(text),
});

export type Receipt = z.infer<typeof Receipt>;

/** `*********234`: the last 3 digits of a citizen id. */
export const maskCitizenId = (citizenId: string) => '*'.repeat(Math.max(3, citizenId.length - 3)) + citizenId.slice(-3);

/** `ABCDE-FGH23` → `ABCDEFGH23`: what a person typed, as the server stores it. */
export const normaliseCode = (typed: string) => typed.toUpperCase().replace(/[^A-Z0-9]/g, '');
