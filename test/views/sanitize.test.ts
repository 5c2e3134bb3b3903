import { expect } from '@open-wc/testing';
import { sanitizeRules } from '../../src/views/landing/sanitize.ts';
import { render } from '../helpers/sanitized.ts';

describe('sanitizeRules', () => {
  it('keeps the rules structure and text', () => {
    const div = render('<h3>Điều 1</h3><p>Đối tượng <strong>dự thi</strong></p><ul><li>Cán bộ</li></ul><a href="https://dichvucong.gov.vn">Cổng</a>');
    expect(div.innerHTML).to.equal(
      '<h3>Điều 1</h3><p>Đối tượng <strong>dự thi</strong></p><ul><li>Cán bộ</li></ul><a href="https://dichvucong.gov.vn" target="_blank" rel="noopener noreferrer">Cổng</a>',
    );
  });

  it('removes scripts, handlers, styles, dangerous URLs and known mXSS vectors', async () => {
    (window as unknown as { pwned: number }).pwned = 0;
    const vectors = [
      '<img src=x onerror="window.pwned++">',
      '<script>window.pwned++</script>',
      '<svg><script>window.pwned++</script></svg>',
      '<svg onload="window.pwned++"></svg>',
      '<p onclick="window.pwned++" style="color:red" class="x" id="y">text</p>',
      '<a href="javascript:window.pwned++">x</a>',
      '<a href=" JaVaScRiPt:window.pwned++">x</a>',
      '<a href="data:text/html,<script>window.pwned++</script>">x</a>',
      '<iframe srcdoc="<script>parent.pwned++</script>"></iframe>',
      '<math><mtext><table><mglyph><style><img src=x onerror="window.pwned++">',
      '<form><math><mtext></form><form><mglyph><svg><mtext><style><path id="</style><img onerror=window.pwned++ src>">',
      '<noscript><p title="</noscript><img src=x onerror=window.pwned++>">',
      '<style>*{display:none}</style><p>visible</p>',
      '<template><img src=x onerror=window.pwned++></template>',
      '<details open ontoggle="window.pwned++">',
      '<object data="javascript:window.pwned++"></object>',
    ];
    const host = document.createElement('div');
    document.body.append(host);
    for (const v of vectors) host.append(sanitizeRules(v));
    await new Promise((r) => setTimeout(r, 100));
    expect((window as unknown as { pwned: number }).pwned).to.equal(0);
    const all = [...host.querySelectorAll('*')];
    expect(all.every((el) => [...el.attributes].every((a) => ['href', 'target', 'rel'].includes(a.name)))).to.equal(true);
    expect(all.map((el) => el.tagName).filter((t) => !['P', 'A', 'TABLE'].includes(t))).to.deep.equal([]);
    expect([...host.querySelectorAll('a[href]')]).to.have.length(0);
    expect(host.textContent).to.contain('visible');
    host.remove();
  });
});
