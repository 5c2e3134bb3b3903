/**
 * The page at `/`: the built element pointed at this server's endpoint, as a webmaster would
 * embed it, so a newcomer sees the real thing. Served under a strict CSP with Trusted Types.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { escapeHtml as escape } from './text.ts';

export const PAGE_POLICY =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'none'; " +
  "frame-ancestors 'self'; form-action 'self'; require-trusted-types-for 'script'; trusted-types lit-html cai-cach-quiz";

export function page(options: { title: string; endpoint: string; distDir: string; database: string; playgroundUrl?: string }): string {
  const built = existsSync(join(options.distDir, 'cai-cach-quiz.js'));
  const playground = options.playgroundUrl ? ` · <a href="${escape(options.playgroundUrl)}">Bản trình diễn các tình huống lỗi (máy chủ giả lập)</a>` : '';
  return `<!doctype html>
<html lang="vi">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>${escape(options.title)}</title>
    <link rel="stylesheet" href="/page.css" />
    ${built ? '<script type="module" src="/dist/cai-cach-quiz.js"></script>' : ''}
  </head>
  <body>
    <header class="portal">
      <div class="wrap">
        <strong>MÁY CHỦ CUỘC THI · cai-cach-quiz</strong>
        <span>Cơ sở dữ liệu: ${escape(options.database)} · Điểm cuối (endpoint): <code>${escape(options.endpoint)}</code>${playground}</span>
      </div>
    </header>
    <main class="wrap">
      ${
        built
          ? `<cai-cach-quiz endpoint="${escape(options.endpoint)}"></cai-cach-quiz>`
          : '<p class="note">Chưa có bản dựng của thành phần: chạy <code>npm run build</code> rồi khởi động lại máy chủ. (The element is not built: run npm run build, then restart the server.)</p>'
      }
    </main>
  </body>
</html>
`;
}

export const PAGE_CSS = `
body { margin: 0; font-family: system-ui, sans-serif; background: #f3f6fa; color: #1b1f24; }
.wrap { max-width: 960px; margin: 0 auto; padding: 12px 16px; }
.portal { background: #0b4f9c; color: #fff; }
.portal .wrap { display: flex; flex-direction: column; gap: 4px; }
.portal span { font-size: 0.875rem; overflow-wrap: anywhere; }
.portal a { color: #fff; }
.portal code { font-size: 0.8125rem; }
.note { background: #fff8e1; border: 1px solid #e0c060; padding: 12px; border-radius: 6px; }
`;
