import { LitElement, css, html, nothing, svg } from 'lit';
import type { ProofMessages } from '../../i18n/vi-proof.ts';
import { qrPath } from './qr.ts';

/** What the certificate prints: the facts already formatted, in the participant's language. */
export interface CertificateFacts {
  lang: string;
  organiser: string;
  contestTitle: string;
  code: string;
  /** The verification page: the QR code's content. Absent: the certificate names the code only. */
  url?: string;
  rows: [label: string, value: string][];
  strings: ProofMessages;
}

/**
 * The printable certificate (giấy xác nhận tham gia). It is mounted as a child of `<body>`
 * only while printing (`mountCertificate`), because a print stylesheet can hide the rest of a
 * portal's page only from the document: an element nested in the page's layout would print
 * with the page around it, or be pushed onto a second sheet.
 */
export class CertificateView extends LitElement {
  static override properties = { facts: { attribute: false } };
  static override styles = css`
    :host {
      display: block;
      color: #000;
      background: #fff;
      font: 12pt/1.45 'Times New Roman', 'Liberation Serif', serif;
    }
    /* One A4 sheet inside 15 mm margins (267 mm): never more, whatever the names' length. */
    .sheet {
      box-sizing: border-box;
      height: 262mm;
      overflow: hidden;
      border: 1.5pt solid #000;
      padding: 10mm 12mm;
      display: flex;
      flex-direction: column;
    }
    header {
      text-align: center;
    }
    .organiser {
      font-weight: 700;
      text-transform: uppercase;
      margin: 0;
    }
    .contest {
      margin: 2mm 0 0;
      font-style: italic;
    }
    h1 {
      font-size: 20pt;
      letter-spacing: 0.04em;
      margin: 12mm 0 6mm;
      text-align: center;
    }
    table {
      border-collapse: collapse;
      width: 100%;
      margin: 4mm 0;
    }
    th,
    td {
      text-align: left;
      vertical-align: top;
      padding: 2mm 0;
      border-bottom: 0.5pt solid #888;
      overflow-wrap: anywhere;
    }
    th {
      font-weight: 400;
      width: 42%;
      padding-right: 4mm;
    }
    td {
      font-weight: 700;
    }
    .code {
      margin: 8mm 0 0;
      text-align: center;
      font-size: 14pt;
    }
    .code strong {
      display: inline-block;
      font: 700 22pt/1.2 'DejaVu Sans Mono', 'Liberation Mono', monospace;
      letter-spacing: 0.08em;
      border: 1pt solid #000;
      padding: 2mm 5mm;
      margin-top: 2mm;
    }
    .verify {
      margin-top: auto;
      display: flex;
      gap: 6mm;
      align-items: center;
      font-size: 11pt;
    }
    .verify svg {
      flex: none;
      width: 34mm;
      height: 34mm;
    }
    .url {
      overflow-wrap: anywhere;
      font-family: 'DejaVu Sans Mono', 'Liberation Mono', monospace;
      font-size: 10pt;
    }
    .auto {
      font-size: 10pt;
      margin: 4mm 0 0;
    }
  `;

  declare facts?: CertificateFacts;

  renderNow() {
    this.performUpdate();
  }

  override render() {
    const f = this.facts;
    if (!f) return nothing;
    const s = f.strings;
    const qr = f.url ? qrPath(f.url) : undefined;
    return html`<article class="sheet" lang=${f.lang}>
      <header>
        <p class="organiser">${f.organiser}</p>
        <p class="contest">${f.contestTitle}</p>
      </header>
      <h1>${s.certTitle}</h1>
      <p>${s.certLead}</p>
      <table>
        ${f.rows.map(([label, value]) => html`<tr><th scope="row">${label}</th><td>${value}</td></tr>`)}
      </table>
      <p class="code">${s.codeLabel}<br /><strong>${f.code}</strong></p>
      <div class="verify">
        ${
          qr
            ? html`<svg viewBox="0 0 ${qr.size} ${qr.size}" role="img" aria-label=${s.qrLabel}>
                <rect width="100%" height="100%" fill="#fff" />${svg`<path d=${qr.d} fill="#000" />`}
              </svg>
              <div>
                <p>${s.certVerify}</p>
                <p class="url">${f.url}</p>
                <p class="auto">${s.certAuto}</p>
              </div>`
            : html`<div><p>${s.certVerifyCode}</p><p class="auto">${s.certAuto}</p></div>`
        }
      </div>
    </article>`;
  }
}

/** While printing: the page's other content hidden, one A4 sheet. Adopted by the document, so a strict CSP allows it. */
let printSheet: CSSStyleSheet | undefined;
const PRINT_CSS = `
@page { size: A4 portrait; margin: 15mm; }
@media print {
  html, body { margin: 0 !important; padding: 0 !important; background: #fff !important; height: auto !important; min-height: 0 !important; }
  body > :not(ccq-certificate) { display: none !important; }
}
@media not print { ccq-certificate { display: none !important; } }
`;

/**
 * Puts the certificate under `<body>` and the print stylesheet on the document; returns what
 * takes both away. The certificate stays hidden on screen.
 */
export function mountCertificate(facts: CertificateFacts): () => void {
  const el = document.createElement('ccq-certificate');
  el.facts = facts;
  document.body.append(el);
  // Rendered now, not in a microtask: the browser lays out for print right after `beforeprint`
  // (Ctrl+P) or `print()` returns to it, before any microtask of ours would run.
  el.renderNow();
  if (!printSheet) {
    printSheet = new CSSStyleSheet();
    printSheet.replaceSync(PRINT_CSS);
  }
  const sheet = printSheet;
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
  return () => {
    el.remove();
    document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== sheet);
  };
}

declare global {
  interface HTMLElementTagNameMap {
    'ccq-certificate': CertificateView;
  }
}
