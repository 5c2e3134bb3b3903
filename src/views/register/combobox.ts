import { html, nothing, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { fold, matches } from '../../core/fold.ts';

/** What the list offers: a unit (with its group) or a commune. */
export interface Item {
  id: string;
  name: string;
  group?: string;
}

export interface ComboField {
  /** The draft key, also the input's id: 'unitId', 'communeId'. */
  id: string;
  label: TemplateResult;
  items: readonly Item[];
  /** The chosen item's id ('' for none), from the store. */
  value: string;
  required: boolean;
  invalid: boolean;
  /** Ids of the hint and the error, for aria-describedby (the status line is added here). */
  describedBy: string;
  lang: string;
  choose(id: string): void;
  /**
   * The option at the end of the list whatever the filter ("Không thấy đơn vị của tôi"): its label,
   * and the item it chooses (the contest's "Khác" unit), which the filter then leaves out.
   */
  other?: { label: string; item: Item };
  strings: { chosen(name: string): string; count(n: number): string; none: string };
  hint: unknown;
  error: unknown;
}

/**
 * One editable combobox with list autocomplete (WAI-ARIA APG's combobox pattern, "list autocomplete
 * with manual selection"), plus what older people on phones need (#14): one match is chosen as it
 * is typed, a tap chooses, and the choice is said in words under the field in a live region. Focus
 * stays in the input; aria-activedescendant points at the option the arrows are on. Matching is
 * src/core/fold.ts's (accents and case ignored, every typed word anywhere in the name or group).
 * Not a custom element: the label and the input must share the form's shadow root.
 */
export class Combo {
  /** What was typed; undefined until the person types, and again once the list closes on a choice (the field then shows the chosen name). */
  query?: string;
  open = false;
  /** Index of the active option among those shown (-1: none); the other option is the last. */
  active = -1;
  #folded?: { items: readonly Item[]; folded: string[] };
  readonly #host: ReactiveControllerHost;

  constructor(host: ReactiveControllerHost) {
    this.#host = host;
  }

  #shown(f: ComboField): Item[] {
    if (this.#folded?.items !== f.items) this.#folded = { items: f.items, folded: f.items.map((u) => fold(`${u.name} ${u.group ?? ''}`)) };
    const folded = this.#folded.folded;
    return f.items.filter((u, i) => u !== f.other?.item && matches(folded[i] ?? '', this.query ?? ''));
  }

  #set(patch: Partial<Pick<Combo, 'query' | 'open' | 'active'>>) {
    Object.assign(this, patch);
    this.#host.requestUpdate();
  }

  #pick(f: ComboField, item: Item) {
    f.choose(item.id);
    this.#set({ query: undefined, open: false, active: -1 });
  }

  render(f: ComboField) {
    const shown = this.#shown(f);
    const options = f.other ? [...shown, f.other.item] : shown;
    const chosen = f.items.find((u) => u.id === f.value);
    // An option's id carries its item's id (ids in the contract are safe in HTML ids).
    const optionId = (i: number) => `${f.id}-o-${options[i]?.id}`;
    const onInput = (e: Event) => {
      const query = (e.target as HTMLInputElement).value;
      this.#set({ query, open: true, active: -1 });
      // One match is the choice; so is a name typed in full. Any other text leaves nothing chosen.
      const found = this.#shown(f);
      const exact = f.items.find((u) => fold(u.name) === fold(query));
      const pick = found.length === 1 ? found[0] : exact;
      if ((pick?.id ?? '') !== f.value) f.choose(pick?.id ?? '');
    };
    const onKey = (e: KeyboardEvent) => {
      const n = options.length;
      if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
        e.preventDefault();
        const down = e.key === 'ArrowDown';
        // Closed: open on the first (down) or the last option (up: the other path is one key away).
        const next = !this.open || this.active < 0 ? (down ? 0 : n - 1) : (this.active + (down ? 1 : n - 1)) % n;
        this.#set({ open: true, active: next });
        const root = (e.target as HTMLElement).getRootNode() as ShadowRoot;
        void this.#host.updateComplete.then(() => root.getElementById(optionId(next))?.scrollIntoView({ block: 'nearest' }));
      } else if (e.key === 'Enter' && this.open) {
        // Enter chooses (or closes on the one match already chosen); it never sends the form from here.
        e.preventDefault();
        const item = options[this.active];
        if (item) this.#pick(f, item);
        else this.#set({ open: false, query: chosen ? undefined : this.query });
      } else if (e.key === 'Escape' && this.open) {
        e.preventDefault();
        this.#set({ open: false, active: -1 });
      }
    };
    const status = chosen ? f.strings.chosen(chosen.name) : this.open && this.query ? (shown.length ? f.strings.count(shown.length) : f.strings.none) : '';
    // A range, as an ESLint comment cannot stand inside the template; only these two rules, and
    // neither finding is real here:
    // - accessible-name: the input is named by `<label for=${f.id}>` (the rule reads only
    //   aria-label, aria-labelledby and title); test/a11y/roles.test.ts and test/node/embed.test.ts
    //   find it by that name;
    // - click-events-have-key-events: options are chosen with the keyboard through the input
    //   (aria-activedescendant, the WAI-ARIA combobox pattern: onKey above), never focused themselves.
    /* eslint-disable lit-a11y/accessible-name, lit-a11y/click-events-have-key-events */
    return html`<div
      class="field combo"
      @focusout=${(e: FocusEvent) => {
        if (!(e.currentTarget as HTMLElement).contains(e.relatedTarget as Node)) this.#set({ open: false, active: -1, query: chosen ? undefined : this.query });
      }}
    >
      <label for=${f.id} id="${f.id}-label">${f.label}</label>
      ${f.hint}
      <input
        id=${f.id}
        name=${f.id}
        role="combobox"
        autocomplete="off"
        aria-autocomplete="list"
        aria-expanded=${this.open ? 'true' : 'false'}
        aria-controls="${f.id}-list"
        aria-activedescendant=${this.open && this.active >= 0 ? optionId(this.active) : nothing}
        aria-required=${f.required ? 'true' : 'false'}
        aria-invalid=${f.invalid ? 'true' : 'false'}
        aria-describedby="${f.describedBy} ${f.id}-status"
        .value=${this.query ?? chosen?.name ?? ''}
        @input=${onInput}
        @keydown=${onKey}
        @click=${() => this.#set({ open: true })}
      />
      <p class="hint ${chosen ? 'chosen' : ''}" id="${f.id}-status" aria-live="polite">${status}</p>
      <ul
        id="${f.id}-list"
        role="listbox"
        tabindex="-1"
        aria-labelledby="${f.id}-label"
        ?hidden=${!this.open}
        @mousedown=${(e: Event) => e.preventDefault()}
      >
        ${options.map((u, i) => {
          const other = i === shown.length && !!f.other;
          const group =
            !other && u.group && u.group !== shown[i - 1]?.group ? html`<li role="presentation" class="group" lang=${f.lang}>${u.group}</li>` : nothing;
          return html`${group}<li
              role="option"
              id=${optionId(i)}
              lang=${other ? nothing : f.lang}
              class=${`${i === this.active ? 'active' : ''}${other ? ' other' : ''}`}
              aria-selected=${u.id === f.value ? 'true' : 'false'}
              @click=${() => this.#pick(f, u)}
            >
              ${other ? f.other!.label : u.name}
            </li>`;
        })}
      </ul>
      ${f.error}
    </div>`;
    /* eslint-enable lit-a11y/accessible-name, lit-a11y/click-events-have-key-events */
  }
}
