import { html } from 'lit';
import type { AdminMessages } from './i18n.ts';
import type { Overview } from './schemas.ts';

/** The round filter shared by the units and results panels: the whole contest (`*`) or one round. */
export function roundSelect(t: AdminMessages, overview: Overview | undefined, value: string, onChange: (round: string) => void, id: string) {
  const rounds = overview?.contest.rounds ?? [];
  return html`<div class="inline-field">
    <label for=${id}>${t.roundFilter}</label>
    <select id=${id} @change=${(e: Event) => onChange((e.target as HTMLSelectElement).value)}>
      <option value="*" ?selected=${value === '*'}>${t.allRounds}</option>
      ${rounds.map((r) => html`<option value=${r.id} ?selected=${value === r.id}>${r.title}</option>`)}
    </select>
  </div>`;
}
