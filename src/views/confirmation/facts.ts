import { css } from 'lit';
import type { Verification } from '../../contract/verification.ts';
import { pad2, vnTime } from '../../core/clock.ts';
import { formatNumber, formatTime, type Messages } from '../../i18n/index.ts';
import type { ProofMessages } from '../../i18n/vi-proof.ts';

/** A fact's label and value (the confirmation panel's and the lookup's lists): the value in bold, a long one wrapped anywhere. */
export const factStyles = css`
  dt {
    min-width: min(11em, 100%);
    color: var(--_muted);
  }
  dd {
    margin: 0;
    font-weight: 700;
    overflow-wrap: anywhere;
  }
`;

/** `ABCDEFGH23` → `ABCDE-FGH23`: easier to read out and to type (the server takes either). */
export const displayCode = (code: string) => (/^[A-Z0-9]{10}$/.test(code) ? `${code.slice(0, 5)}-${code.slice(5)}` : code);

/** "09:30:11 ngày 21/09/2020 (giờ Việt Nam)": the server's instant, in Vietnam's time. */
export function when(s: ProofMessages, iso: string): string {
  const ms = Date.parse(iso);
  const { day, month, year } = vnTime(ms);
  return s.at(formatTime(ms), `${pad2(day)}/${pad2(month)}/${year}`);
}

/**
 * The certificate's rows, label and value, in the order the panel and the certificate show them.
 * A name missing from the server's facts was erased (the retention period): it says so. Missing
 * from the device's own facts (`fromServer` false: after a reload the form's details are not
 * kept), it is unknown here, and its row is left out rather than called erased.
 */
export function factRows(t: Messages, s: ProofMessages, v: Verification, fromServer = true): [string, string][] {
  const rows: [string, string | undefined][] = [
    [s.fullName, v.fullName ?? (fromServer ? s.deleted : undefined)],
    [s.unit, v.unit],
    [s.citizenId, v.citizenId],
    [s.round, v.round],
    [s.attempt, String(v.number)],
    [s.submittedAt, when(s, v.submittedAt)],
    [
      s.result,
      v.status === 'graded' && v.score !== undefined && v.maxScore !== undefined
        ? v.correctCount !== undefined && v.questionCount !== undefined
          ? s.score(v.correctCount, v.questionCount, formatNumber(t, v.score), formatNumber(t, v.maxScore))
          : `${formatNumber(t, v.score)}/${formatNumber(t, v.maxScore)}`
        : s.later,
    ],
  ];
  return rows.filter((r): r is [string, string] => !!r[1]);
}
