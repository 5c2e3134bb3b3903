import { ContextConsumer } from '@lit/context';
import { LitElement } from 'lit';
import { tokens } from '../styles/shared.ts';
import { AdminApiError } from './api.ts';
import { adminContext, type AdminState } from './context.ts';
import type { AdminMessages } from './i18n.ts';
import { adminStyles } from './styles.ts';

/** Every panel of the dashboard: reads the admin context, fetches its own data. */
export class AdminPanel extends LitElement {
  static override styles = [tokens, adminStyles];

  #context = new ContextConsumer(this, { context: adminContext, subscribe: true });

  protected get ctx(): AdminState {
    return this.#context.value!;
  }

  protected get t(): AdminMessages {
    return this.ctx.t;
  }
}

/** A failure in plain words: the code decides; the server's own (Vietnamese) message for codes we do not know. */
export function describeError(t: AdminMessages, error: unknown): string {
  if (!(error instanceof AdminApiError)) return t.internal;
  switch (error.code) {
    case 'network':
      return t.network;
    case 'invalid-response':
      return t.invalidResponse;
    case 'forbidden':
      return t.forbidden;
    case 'csrf':
      return t.csrf;
    case 'unauthenticated':
      return t.sessionExpired;
    case 'invalid_credentials':
      return t.invalidCredentials;
    case 'rate_limited':
      return t.lockedOut(Math.max(1, Math.ceil((error.retryAfterSeconds ?? 900) / 60)));
    case 'internal':
      return t.internal;
  }
  if (error.status === 403) return t.forbidden;
  if (t.locale === 'vi-VN' && error.message && !/^HTTP \d+$/.test(error.message)) return error.message;
  return t.internal;
}

/**
 * Fetches an export and hands it to the browser as a download. A fetch rather than a plain
 * link, so that a refusal (403, an expired session) is explained on the page instead of being
 * saved as a file. Returns the sentence for the panel's status line.
 */
export async function saveExport(ctx: AdminState, path: string, fallbackName: string): Promise<{ ok: boolean; message: string }> {
  try {
    const { blob, filename } = await ctx.api.download(path, fallbackName);
    const url = URL.createObjectURL(blob);
    const a = document.createElement('a');
    a.href = url;
    a.download = filename;
    a.hidden = true;
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 60_000);
    return { ok: true, message: ctx.t.downloaded(filename) };
  } catch (e) {
    return { ok: false, message: describeError(ctx.t, e) };
  }
}
