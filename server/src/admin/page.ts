/**
 * The page at `/admin`: the dashboard element `<cai-cach-quiz-admin>` from its own bundle
 * (`dist/admin/`, built by the element's vite config, never part of the participant's
 * download), under the contest page's strict CSP with Trusted Types, and not frameable at all
 * (the dashboard has buttons that export personal data: no clickjacking).
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { escapeHtml as escape } from '../text.ts';

export const ADMIN_SCRIPT = 'cai-cach-quiz-admin.js';

/**
 * `connect-src 'self'`: the element talks to this origin only. Trusted Types: lit-html's
 * policy and one the dashboard may create for itself.
 */
export const ADMIN_PAGE_POLICY =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; " +
  "frame-ancestors 'none'; form-action 'self'; require-trusted-types-for 'script'; trusted-types lit-html cai-cach-quiz-admin";

/** Whether the dashboard's bundle is there to serve. */
export const adminBuilt = (adminDir: string) => existsSync(join(adminDir, ADMIN_SCRIPT));

export function adminPage(options: { contestTitle: string; built: boolean }): string {
  const title = `Trang quản trị · ${options.contestTitle}`;
  return `<!doctype html>
<html lang="vi">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <meta name="referrer" content="no-referrer" />
    <title>${escape(title)}</title>
    <link rel="stylesheet" href="/admin/admin.css" />
    ${options.built ? `<script type="module" src="/admin/assets/${ADMIN_SCRIPT}"></script>` : ''}
  </head>
  <body>
    ${
      options.built
        ? '<cai-cach-quiz-admin></cai-cach-quiz-admin>'
        : `<main class="wrap">
      <h1>${escape(title)}</h1>
      <p class="note">Trang quản trị chưa được dựng. Quản trị viên kỹ thuật cần chạy lệnh dựng giao diện quản trị (<code>npm run build</code>) rồi khởi động lại máy chủ.</p>
    </main>`
    }
  </body>
</html>
`;
}

export const ADMIN_CSS = `
body { margin: 0; font-family: system-ui, sans-serif; background: #f3f6fa; color: #1b1f24; }
.wrap { max-width: 960px; margin: 0 auto; padding: 12px 16px; }
h1 { font-size: 1.375rem; }
.note { background: #fff8e1; border: 1px solid #e0c060; padding: 12px; border-radius: 6px; }
`;
