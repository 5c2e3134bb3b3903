import { css, html, nothing } from 'lit';
import { formatNumber } from './format.ts';
import { AdminPanel, describeError, saveExport } from './panel.ts';
import type { BankImport, Retention } from './schemas.ts';

type Status = { ok: boolean; message: string };

/**
 * Dữ liệu (admin only): the bank out to the organisers' template, the bank in from a file in
 * two steps (a dry run that lists every problem by row and column, then "Áp dụng"), and the
 * retention command in two steps (a count, then a deletion behind a warning and a checkbox).
 * Every outcome is announced in the section's status line.
 */
export class AdminData extends AdminPanel {
  static override styles = [
    ...AdminPanel.styles,
    css`
      .problems strong.error {
        color: var(--_danger);
      }
      .problems td:first-child {
        white-space: nowrap;
      }
      .problems td:nth-child(2) {
        min-width: 7em;
      }
      .problems td:last-child {
        min-width: 11em;
      }
      p[role='status']:empty {
        margin: 0;
      }
    `,
  ];

  static override properties = {
    file: { state: true },
    check: { state: true },
    importStatus: { state: true },
    importBusy: { state: true },
    retention: { state: true },
    agreed: { state: true },
    retentionStatus: { state: true },
    retentionBusy: { state: true },
    exportStatus: { state: true },
  };

  private file?: File;
  /** The dry run of the chosen file, once it has come back. */
  private check?: BankImport;
  private importStatus?: Status;
  private importBusy = false;
  /** The retention count (dry run), once it has come back. */
  private retention?: Retention;
  private agreed = false;
  private retentionStatus?: Status;
  private retentionBusy = false;
  private exportStatus?: Status;

  async #exportBank() {
    this.exportStatus = { ok: true, message: this.t.downloading };
    this.exportStatus = await saveExport(this.ctx, '/bank.xlsx', 'ngan-hang-cau-hoi.xlsx');
  }

  #pick(e: Event) {
    this.file = (e.target as HTMLInputElement).files?.[0];
    this.check = undefined;
    this.importStatus = undefined;
  }

  async #dryRun() {
    const t = this.t;
    if (!this.file) {
      this.importStatus = { ok: false, message: t.chooseFile };
      return;
    }
    this.importBusy = true;
    this.importStatus = { ok: true, message: t.checking };
    try {
      const check = (this.check = await this.ctx.api.importBank(this.file, true));
      const errors = check.problems.filter((p) => p.severity === 'error').length;
      const warnings = check.problems.length - errors;
      const s = check.summary;
      const n = (v: number) => formatNumber(t, v);
      const found = check.problems.length ? t.importProblems(errors, warnings) : t.importNoProblems;
      this.importStatus = { ok: errors === 0, message: `${t.importSummary(n(s.added), n(s.changed), n(s.removed), n(s.unchanged))} ${found}` };
    } catch (e) {
      this.check = undefined;
      this.importStatus = { ok: false, message: describeError(t, e) };
    } finally {
      this.importBusy = false;
    }
  }

  async #apply() {
    const t = this.t;
    if (!this.file) return;
    this.importBusy = true;
    this.importStatus = { ok: true, message: t.applying };
    try {
      const done = await this.ctx.api.importBank(this.file, false);
      const n = (v: number) => formatNumber(t, v);
      this.check = done.applied ? undefined : done;
      this.importStatus = done.applied
        ? { ok: true, message: t.applied(n(done.summary.added), n(done.summary.changed), n(done.summary.removed)) }
        : { ok: false, message: t.importBlocked };
      if (done.applied) {
        this.file = undefined;
        const input = this.renderRoot.querySelector<HTMLInputElement>('#bank-file');
        if (input) input.value = '';
      }
    } catch (e) {
      this.importStatus = { ok: false, message: describeError(t, e) };
    } finally {
      this.importBusy = false;
    }
  }

  async #countRetention() {
    this.retentionBusy = true;
    this.agreed = false;
    try {
      this.retention = await this.ctx.api.retention(true);
      const n = formatNumber(this.t, this.retention.participants);
      this.retentionStatus = { ok: true, message: this.retention.participants ? this.t.retentionCount(n) : this.t.retentionNone };
    } catch (e) {
      this.retention = undefined;
      this.retentionStatus = { ok: false, message: describeError(this.t, e) };
    } finally {
      this.retentionBusy = false;
    }
  }

  async #runRetention() {
    if (!this.agreed) return;
    this.retentionBusy = true;
    try {
      const done = await this.ctx.api.retention(false);
      this.retention = undefined;
      this.agreed = false;
      this.retentionStatus = { ok: true, message: this.t.retentionDone(formatNumber(this.t, done.participants)) };
    } catch (e) {
      this.retentionStatus = { ok: false, message: describeError(this.t, e) };
    } finally {
      this.retentionBusy = false;
    }
  }

  #status(s: Status | undefined) {
    return html`<p role="status" class=${s ? (s.ok ? 'notice success' : 'notice error') : ''}>${s?.message ?? ''}</p>`;
  }

  #problems(check: BankImport) {
    const t = this.t;
    if (!check.problems.length) return nothing;
    return html`<div class="table-wrap" tabindex="0" role="region" aria-labelledby="problems-caption">
      <table class="problems">
        <caption id="problems-caption">${t.problemsCaption}</caption>
        <thead>
          <tr>
            <th scope="col" class="num">${t.row}</th>
            <th scope="col">${t.column}</th>
            <th scope="col">${t.message}</th>
          </tr>
        </thead>
        <tbody>
          ${check.problems.map(
            (p) => html`<tr>
              <td class="num">${p.row === 0 ? t.wholeFile : formatNumber(t, p.row)}</td>
              <td>${p.column || (p.row === 0 ? '—' : t.wholeRow)}</td>
              <td><strong class=${p.severity}>${p.severity === 'error' ? t.error : t.warning}:</strong> ${p.message}</td>
            </tr>`,
          )}
        </tbody>
      </table>
    </div>`;
  }

  #import() {
    const t = this.t;
    const check = this.check;
    const canApply = check && !check.applied && !check.problems.some((p) => p.severity === 'error');
    return html`<section class="card" aria-labelledby="import-title">
      <h3 id="import-title">${t.importTitle}</h3>
      <p class="muted" id="import-hint">${t.importHint}</p>
      <div class="field">
        <label for="bank-file">${t.importFile}</label>
        <input id="bank-file" type="file" accept=".xlsx,.csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,text/csv" aria-describedby="import-hint" @change=${this.#pick} />
      </div>
      <div class="actions">
        <button type="button" @click=${this.#dryRun} ?disabled=${this.importBusy}>${t.checkFile}</button>
      </div>
      ${this.#status(this.importStatus)} ${check ? this.#problems(check) : nothing}
      ${check && !canApply && !check.applied && check.problems.some((p) => p.severity === 'error') ? html`<p>${t.importBlocked}</p>` : nothing}
      ${
        canApply
          ? html`<div class="notice">
            <p>${t.applyConfirm}</p>
            <div class="buttons">
              <button class="primary" type="button" @click=${this.#apply} ?disabled=${this.importBusy}>${t.apply}</button>
              <button type="button" @click=${() => ((this.check = undefined), (this.importStatus = undefined))} ?disabled=${this.importBusy}>${t.cancel}</button>
            </div>
          </div>`
          : nothing
      }
    </section>`;
  }

  #retention() {
    const t = this.t;
    const r = this.retention;
    return html`<section class="card" aria-labelledby="retention-title">
      <h3 id="retention-title">${t.retentionTitle}</h3>
      <p class="muted">${t.retentionHint}</p>
      <div class="actions">
        <button type="button" @click=${this.#countRetention} ?disabled=${this.retentionBusy}>${t.retentionCheck}</button>
      </div>
      ${this.#status(this.retentionStatus)}
      ${
        r && !r.deleted && r.participants > 0
          ? html`<div class="notice error">
            <p><strong>${t.retentionWarning(formatNumber(t, r.participants))}</strong></p>
            <label class="check"><input type="checkbox" .checked=${this.agreed} @change=${(e: Event) => (this.agreed = (e.target as HTMLInputElement).checked)} />${t.retentionAgree}</label>
            <div class="buttons">
              <button class="primary danger" type="button" ?disabled=${!this.agreed || this.retentionBusy} @click=${this.#runRetention}>${t.retentionRun}</button>
              <button type="button" @click=${() => ((this.retention = undefined), (this.retentionStatus = undefined))}>${t.cancel}</button>
            </div>
          </div>`
          : nothing
      }
    </section>`;
  }

  override render() {
    const t = this.t;
    return html`<h2 tabindex="-1">${t.dataTitle}</h2>
      <section class="card" aria-labelledby="bank-title">
        <h3 id="bank-title">${t.bankTitle}</h3>
        <div class="buttons"><button type="button" @click=${this.#exportBank}>${t.exportBank}</button></div>
        ${this.#status(this.exportStatus)}
      </section>
      ${this.#import()} ${this.#retention()}`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'ccqa-data': AdminData;
  }
}
