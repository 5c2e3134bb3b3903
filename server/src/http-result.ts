/** What a contract call answers, independent of the HTTP framework; and the contract's error envelope. */
import type { ErrorCode } from '../../src/contract/schemas.ts';

export interface CallResult {
  status: number;
  body: unknown;
  headers?: Record<string, string>;
}

/** A refusal the contract defines: its status, code and message (and extras such as `fields`). */
export class ContractError extends Error {
  constructor(
    readonly status: number,
    readonly code: ErrorCode,
    message: string,
    readonly extra: { fields?: { field: string; message: string }[]; retryAfterSeconds?: number } = {},
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
    this.name = 'ContractError';
  }

  toResult(): CallResult {
    return { status: this.status, body: envelope(this.code, this.message, this.extra), headers: this.headers };
  }
}

export const envelope = (code: ErrorCode, message: string, extra: object = {}) => ({ error: { code, message, ...extra } });
