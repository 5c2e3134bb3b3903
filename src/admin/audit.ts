import { html, nothing } from 'lit';
import { formatDateTime } from './format.ts';
import { LoadController } from './load.ts';
import { AdminPanel, describeError } from './panel.ts';

/** Nhật ký (admin only): the organisers' actions, newest first, as the server wrote them. */
export class AdminAudit extends AdminPanel {
  #data = new LoadController(this, (signal) => this.ctx.api.audit(200, signal));

  override connectedCallback() {
    super.connectedCallback();
    void this.#data.run();
  }

  override render() {
    const t = this.t;
    const data = this.#data.value;
    const detail = (d: unknown) => (d == null ? '' : typeof d === 'string' ? d : JSON.stringify(d));
    return html`<div class="panel-head">
        <h2 tabindex="-1" id="audit-title">${t.auditTitle}</h2>
        <button type="button" @click=${() => this.#data.run()} ?disabled=${this.#data.loading}>${t.refresh}</button>
      </div>
      ${this.#data.error ? html`<p class="notice error" role="alert">${describeError(t, this.#data.error)}</p>` : nothing}
      ${
        data
          ? data.rows.length
            ? html`<div class="table-wrap" tabindex="0" role="region" aria-labelledby="audit-title">
              <table>
                <thead>
                  <tr>
                    <th scope="col">${t.at}</th>
                    <th scope="col">${t.user}</th>
                    <th scope="col">${t.action}</th>
                    <th scope="col">${t.detail}</th>
                  </tr>
                </thead>
                <tbody>
                  ${data.rows.map(
                    (r) => html`<tr>
                      <td class="nowrap">${formatDateTime(r.at)}</td>
                      <td>${r.username || '—'}</td>
                      <td>${t.actions[r.action] ?? r.action}</td>
                      <td class="wrap-text">${detail(r.detail)}</td>
                    </tr>`,
                  )}
                </tbody>
              </table>
            </div>`
            : html`<p>${t.noAudit}</p>`
          : this.#data.error
            ? nothing
            : html`<p role="status">${t.loading}</p>`
      }`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'ccqa-audit': AdminAudit;
  }
}
