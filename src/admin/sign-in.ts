import { css, html, LitElement, nothing } from 'lit';
import { tokens } from '../styles/shared.ts';
import type { AdminApi } from './api.ts';
import type { AdminMessages } from './i18n.ts';
import { describeError } from './panel.ts';
import type { Session } from './schemas.ts';
import { adminStyles } from './styles.ts';

/**
 * The sign-in form. Labelled fields, the error in an alert next to the form and focus moved to
 * it, so a wrong password or a lockout is heard as well as seen.
 *
 * @fires ccqa-signed-in - CustomEvent<Session>: the server accepted the name and password.
 */
export class AdminSignIn extends LitElement {
  static override styles = [
    tokens,
    adminStyles,
    css`
      :host {
        max-width: 26em;
        margin: 2em auto;
      }
      form {
        display: flex;
        flex-direction: column;
        gap: 1em;
      }
      h2:focus {
        outline: none;
      }
      .notice:focus {
        outline: var(--_focus);
      }
      button.primary {
        align-self: flex-start;
      }
    `,
  ];

  static override properties = {
    api: { attribute: false },
    t: { attribute: false },
    notice: {},
    busy: { state: true },
    error: { state: true },
  };

  /** The API client of the dashboard. */
  api!: AdminApi;
  /** The dashboard's strings. */
  t!: AdminMessages;
  /** Why the form is shown again (signed out, session expired), if it is. */
  notice = '';
  private busy = false;
  private error = '';

  /** Focus the first field (the dashboard calls this after signing out). */
  focusForm() {
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('h2')?.focus());
  }

  async #submit(e: SubmitEvent) {
    e.preventDefault();
    const form = e.currentTarget as HTMLFormElement;
    const username = (form.elements.namedItem('username') as HTMLInputElement).value.trim();
    const password = (form.elements.namedItem('password') as HTMLInputElement).value;
    if (!username || !password) return this.#fail(this.t.fillBoth);
    this.busy = true;
    this.error = '';
    try {
      const session = await this.api.signIn(username, password);
      this.dispatchEvent(new CustomEvent<Session>('ccqa-signed-in', { detail: session, bubbles: true, composed: true }));
    } catch (err) {
      (form.elements.namedItem('password') as HTMLInputElement).value = '';
      this.#fail(describeError(this.t, err));
    } finally {
      this.busy = false;
    }
  }

  #fail(message: string) {
    this.error = message;
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('.notice.error')?.focus());
  }

  override render() {
    const t = this.t;
    return html`<section class="card" aria-labelledby="sign-in-title">
      <h2 id="sign-in-title" tabindex="-1">${t.signInTitle}</h2>
      <p class="muted">${t.signInIntro}</p>
      ${this.notice && !this.error ? html`<p class="notice" role="status">${this.notice}</p>` : nothing}
      ${this.error ? html`<p class="notice error" role="alert" tabindex="-1" id="sign-in-error">${this.error}</p>` : nothing}
      <form @submit=${this.#submit} novalidate>
        <div class="field">
          <label for="username">${t.username}</label>
          <input id="username" name="username" autocomplete="username" autocapitalize="none" spellcheck="false" required aria-invalid=${this.error ? 'true' : 'false'} aria-describedby=${this.error ? 'sign-in-error' : nothing} />
        </div>
        <div class="field">
          <label for="password">${t.password}</label>
          <input id="password" name="password" type="password" autocomplete="current-password" required aria-invalid=${this.error ? 'true' : 'false'} aria-describedby=${this.error ? 'sign-in-error' : nothing} />
        </div>
        <button class="primary" type="submit" ?disabled=${this.busy}>${this.busy ? t.signingIn : t.signIn}</button>
      </form>
    </section>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'ccqa-sign-in': AdminSignIn;
  }
}
