/** <cai-cach-quiz-admin>: signing in and out, roles, CSRF, tabs, refreshing, failures — against the mocked API. */
import { expect } from '@open-wc/testing';
import { http, HttpResponse } from 'msw';
import { ADMIN_API } from '../../demo/admin/mock-admin.ts';
import type { CaiCachQuizAdmin } from '../../src/admin/admin.ts';
import { axeViolations } from '../helpers/axe.ts';
import { button, openTab, deep, deepAll, DEMO_ACCOUNTS, focused, mountAdmin, signIn, signInAs, text, until, useAdminApi, worker } from './helpers.ts';
import { nth } from '../helpers/must.ts';

let el: CaiCachQuizAdmin | undefined;
afterEach(() => {
  el?.remove();
  el = undefined;
});

const tabs = () => deepAll<HTMLButtonElement>(el!, '[role=tab]');
const tabNames = () => tabs().map((t) => t.textContent.trim());
const alertText = () =>
  deepAll(el!, '[role=alert]')
    .map((a) => a.textContent.trim())
    .join(' ');

describe('<cai-cach-quiz-admin>: sign-in', () => {
  it('the sign-in form has labelled fields and no axe violation', async () => {
    await useAdminApi();
    el = await mountAdmin();
    await until(() => deepAll(el!, '#username').length > 0, 'the sign-in form');
    const labels = deepAll<HTMLLabelElement>(el, 'label').map((l) => [l.htmlFor, l.textContent.trim()]);
    expect(labels).to.deep.include(['username', 'Tên đăng nhập']);
    expect(labels).to.deep.include(['password', 'Mật khẩu']);
    expect(deep<HTMLInputElement>(el, '#password').type).to.equal('password');
    expect(deep<HTMLInputElement>(el, '#username').autocomplete).to.equal('username');
    expect(await axeViolations(el)).to.deep.equal([]);
  });

  it('a wrong password is said in Vietnamese, in an alert that takes focus, and the password is cleared', async () => {
    const api = await useAdminApi();
    el = await mountAdmin();
    await signIn(el, { username: DEMO_ACCOUNTS.admin.username, password: 'khong-dung' });
    await until(() => alertText().length > 0, 'the error');
    expect(alertText()).to.equal('Tên đăng nhập hoặc mật khẩu không đúng.');
    expect(focused()?.getAttribute('role')).to.equal('alert');
    expect(deep<HTMLInputElement>(el, '#password').value).to.equal('');
    expect(deep(el, '#username').getAttribute('aria-invalid')).to.equal('true');
    expect(tabs()).to.have.length(0);
    expect(api.requests.filter((r) => r.method === 'POST').map((r) => r.path)).to.deep.equal(['/admin/api/session']);
    // The form with its error passes axe too.
    expect(await axeViolations(el)).to.deep.equal([]);
  });

  it('empty fields are refused without asking the server', async () => {
    const api = await useAdminApi();
    el = await mountAdmin();
    await signIn(el, { username: '', password: '' });
    await until(() => alertText().length > 0, 'the error');
    expect(alertText()).to.equal('Vui lòng nhập tên đăng nhập và mật khẩu.');
    expect(api.requests.filter((r) => r.method === 'POST')).to.have.length(0);
  });

  it('after 10 failures the server locks the account (429) and the lockout is explained with its wait', async () => {
    const api = await useAdminApi();
    api.state.failures.set(DEMO_ACCOUNTS.admin.username, 10);
    el = await mountAdmin();
    await signIn(el, DEMO_ACCOUNTS.admin);
    await until(() => alertText().length > 0, 'the lockout');
    expect(alertText()).to.equal('Đăng nhập sai quá nhiều lần. Vui lòng thử lại sau 15 phút.');
    expect(tabs()).to.have.length(0);
  });

  it('the wait comes from Retry-After when the body does not carry it', async () => {
    await useAdminApi();
    worker.use(
      http.post(`${ADMIN_API}/session`, () =>
        HttpResponse.json({ error: { code: 'rate_limited', message: '…' } }, { status: 429, headers: { 'Retry-After': '300' } }),
      ),
    );
    el = await mountAdmin();
    await signIn(el, DEMO_ACCOUNTS.admin);
    await until(() => alertText().length > 0, 'the lockout');
    expect(alertText()).to.contain('thử lại sau 5 phút');
  });

  it('signing in shows the dashboard with every tab for an admin, and moves focus to its heading', async () => {
    await useAdminApi();
    el = await mountAdmin();
    await signInAs(el, 'admin');
    expect(tabNames()).to.deep.equal(['Tổng quan', 'Đơn vị', 'Kết quả', 'Dữ liệu', 'Nhật ký']);
    await until(() => focused()?.tagName === 'H1', 'focus on the heading');
    expect(focused()!.textContent).to.equal('Trang quản trị cuộc thi');
    expect(text(el)).to.contain('bantochuc');
    expect(text(el)).to.contain('Quản trị viên');
  });

  it('an existing session is picked up on load, without the form', async () => {
    await useAdminApi();
    el = await mountAdmin();
    await signInAs(el, 'viewer');
    el.remove();
    el = await mountAdmin();
    await until(() => tabs().length > 0, 'the dashboard from the session');
    expect(deepAll(el, '#username')).to.have.length(0);
    expect(text(el)).to.contain('Người xem');
  });

  it('signing out sends DELETE with the CSRF token and returns to the form, focused, with a notice', async () => {
    const api = await useAdminApi();
    el = await mountAdmin();
    await signInAs(el, 'admin');
    button(el, 'Đăng xuất').click();
    await until(() => deepAll(el!, '#username').length > 0, 'the form again');
    const del = api.requests.find((r) => r.method === 'DELETE');
    expect(del?.path).to.equal('/admin/api/session');
    expect(del?.headers.get('X-CSRF-Token')).to.match(/^[0-9a-f-]{36}$/);
    expect(text(el)).to.contain('Đã đăng xuất.');
    await until(() => focused()?.tagName === 'H2', 'focus on the form');
  });

  it('speaks English with lang="en"', async () => {
    await useAdminApi();
    el = await mountAdmin({ lang: 'en' });
    await until(() => deepAll(el!, '#username').length > 0, 'the sign-in form');
    expect(text(el)).to.contain('Sign in to the administration');
    await signIn(el, { username: 'x', password: 'y' });
    await until(() => alertText().length > 0, 'the error');
    expect(alertText()).to.equal('The username or password is incorrect.');
  });
});

describe('<cai-cach-quiz-admin>: roles', () => {
  it('a viewer sees neither results, data nor the audit log, and never asks for them', async () => {
    const api = await useAdminApi();
    el = await mountAdmin();
    await signInAs(el, 'viewer');
    expect(tabNames()).to.deep.equal(['Tổng quan', 'Đơn vị']);
    await openTab(el, 'Đơn vị');
    await until(() => deepAll(el!, 'ccqa-units >>> tbody tr').length > 0, 'the units table');
    expect(deepAll(el, 'ccqa-results, ccqa-audit, ccqa-data')).to.have.length(0);
    expect(text(el)).not.to.contain('Kết quả và danh sách đạt giải');
    const asked = api.requests.map((r) => r.path);
    expect(asked.some((p) => /results|audit|bank|retention/.test(p))).to.equal(false);
  });

  it('a refusal of the server (403) is said plainly instead of a table', async () => {
    await useAdminApi();
    worker.use(
      http.get(`${ADMIN_API}/results`, () =>
        HttpResponse.json({ error: { code: 'forbidden', message: 'Tài khoản không có quyền thực hiện thao tác này.' } }, { status: 403 }),
      ),
    );
    el = await mountAdmin();
    await signInAs(el, 'admin');
    await openTab(el, 'Kết quả');
    await until(() => alertText().length > 0, 'the refusal');
    expect(alertText()).to.equal('Tài khoản của bạn không có quyền xem hoặc thực hiện nội dung này. Nội dung này chỉ dành cho tài khoản quản trị.');
    expect(deepAll(el, 'ccqa-results >>> table')).to.have.length(0);
  });

  it('an expired session (401 on any call) returns to the sign-in form and says why', async () => {
    await useAdminApi();
    el = await mountAdmin();
    await signInAs(el, 'admin');
    worker.use(http.get(`${ADMIN_API}/audit`, () => HttpResponse.json({ error: { code: 'unauthenticated', message: '…' } }, { status: 401 })));
    await openTab(el, 'Nhật ký');
    await until(() => deepAll(el!, '#username').length > 0, 'the form');
    expect(text(el)).to.contain('Phiên làm việc đã hết hạn. Vui lòng đăng nhập lại.');
  });
});

describe('<cai-cach-quiz-admin>: requests', () => {
  it('sends the CSRF token of the session on every POST, and the same-origin cookie mode on every call', async () => {
    const api = await useAdminApi();
    const seen: { method: string; credentials: RequestCredentials }[] = [];
    worker.events.on('request:start', ({ request }) => void seen.push({ method: request.method, credentials: request.credentials }));
    el = await mountAdmin();
    await signInAs(el, 'admin');
    const token = ((await (await fetch(`${ADMIN_API}/session`)).json()) as { csrfToken: string }).csrfToken;
    await openTab(el, 'Dữ liệu');
    button(el, 'Kiểm tra số người còn dữ liệu').click();
    await until(() => text(el!).includes('612.345 người dự thi'), 'the retention count');
    const post = api.requests.find((r) => r.path === '/admin/api/retention?dryRun=1');
    expect(post?.method).to.equal('POST');
    expect(post?.headers.get('X-CSRF-Token')).to.equal(token);
    // The sign-in itself had no token yet; a GET never carries one.
    expect(api.requests.find((r) => r.method === 'POST' && r.path === '/admin/api/session')?.headers.get('X-CSRF-Token')).to.equal(null);
    expect(api.requests.filter((r) => r.method === 'GET').every((r) => !r.headers.has('X-CSRF-Token'))).to.equal(true);
    worker.events.removeAllListeners();
    expect(seen.length).to.be.greaterThan(3);
    expect(seen.every((s) => s.credentials === 'same-origin')).to.equal(true);
  });

  it('a request refused for CSRF (403 csrf) asks to reload the page', async () => {
    await useAdminApi();
    worker.use(http.post(`${ADMIN_API}/retention`, () => HttpResponse.json({ error: { code: 'csrf', message: '…' } }, { status: 403 })));
    el = await mountAdmin();
    await signInAs(el, 'admin');
    await openTab(el, 'Dữ liệu');
    button(el, 'Kiểm tra số người còn dữ liệu').click();
    await until(() => text(el!).includes('tải lại trang'), 'the CSRF message');
  });

  it('invalid JSON from the server is shown as an error, and the dashboard goes on working', async () => {
    await useAdminApi();
    worker.use(
      http.get(`${ADMIN_API}/overview`, () => HttpResponse.json({ contest: { id: 'x' }, totals: { participants: 'nhiều' } })),
      http.get(`${ADMIN_API}/participation`, () => new HttpResponse('<html>502 Bad Gateway</html>', { headers: { 'Content-Type': 'text/html' } })),
    );
    el = await mountAdmin();
    await signInAs(el, 'admin');
    await until(() => alertText().length > 0, 'the overview error');
    expect(alertText()).to.contain('Máy chủ trả về dữ liệu không đúng định dạng');
    expect(deepAll(el, '.totals')).to.have.length(0);
    await openTab(el, 'Đơn vị');
    await until(() => deepAll(el!, 'ccqa-units >>> [role=alert]').length > 0, 'the units error');
    expect(text(deep(el, 'ccqa-units'))).to.contain('Máy chủ trả về dữ liệu không đúng định dạng');
    // Still usable: another tab loads.
    await openTab(el, 'Nhật ký');
    await until(() => deepAll(el!, 'ccqa-audit >>> tbody tr').length > 0, 'the audit log');
  });

  it('a dropped connection is said as such', async () => {
    await useAdminApi();
    el = await mountAdmin();
    await signInAs(el, 'admin');
    worker.use(http.get(`${ADMIN_API}/audit`, () => HttpResponse.error()));
    await openTab(el, 'Nhật ký');
    await until(() => alertText().length > 0, 'the error');
    expect(alertText()).to.contain('Không kết nối được với máy chủ');
  });
});

describe('<cai-cach-quiz-admin>: tabs and live totals', () => {
  it('tabs follow the WAI-ARIA pattern: one in the tab order, arrows, Home and End move and select', async () => {
    await useAdminApi();
    el = await mountAdmin();
    await signInAs(el, 'admin');
    const tablist = deep(el, '[role=tablist]');
    expect(tablist.getAttribute('aria-label')).to.equal('Các mục của trang quản trị');
    expect(tabs().map((t) => t.tabIndex)).to.deep.equal([0, -1, -1, -1, -1]);
    expect(deep(el, '[role=tabpanel]').getAttribute('aria-labelledby')).to.equal('tab-overview');
    const key = async (k: string) => {
      (focused() as HTMLElement).dispatchEvent(new KeyboardEvent('keydown', { key: k, bubbles: true, composed: true }));
      await el!.updateComplete;
      await until(() => focused()?.getAttribute('aria-selected') === 'true', 'focus on the selected tab');
    };
    nth(tabs(), 0).focus();
    await key('ArrowRight');
    expect(focused()!.id).to.equal('tab-units');
    expect(deepAll(el, 'ccqa-units')).to.have.length(1);
    await key('End');
    expect(focused()!.id).to.equal('tab-audit');
    await key('ArrowRight');
    expect(focused()!.id).to.equal('tab-overview');
    await key('ArrowLeft');
    expect(focused()!.id).to.equal('tab-audit');
    await key('Home');
    expect(focused()!.id).to.equal('tab-overview');
    expect(tabs().map((t) => t.getAttribute('aria-selected'))).to.deep.equal(['true', 'false', 'false', 'false', 'false']);
  });

  it('refreshes the totals on its interval, announces new figures, and pauses while the page is hidden', async () => {
    const api = await useAdminApi({ growth: 1000 });
    el = await mountAdmin({ 'refresh-seconds': '1' });
    await signInAs(el, 'admin');
    const overviews = () => api.requests.filter((r) => r.path === '/admin/api/overview').length;
    await until(() => overviews() >= 2, 'a refresh', 4000);
    await until(() => deep(el!, 'ccqa-overview >>> [aria-live=polite]').textContent.includes('Số liệu mới'), 'the announcement');
    expect(deep(el, 'ccqa-overview >>> [aria-live=polite]').getAttribute('role')).to.equal('status');

    let hidden = true;
    Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => (hidden ? 'hidden' : 'visible') });
    try {
      document.dispatchEvent(new Event('visibilitychange'));
      const before = overviews();
      await new Promise((r) => setTimeout(r, 2300));
      expect(overviews()).to.equal(before);
      await until(() => text(el!).includes('Tạm dừng cập nhật'), 'the paused notice');
      hidden = false;
      document.dispatchEvent(new Event('visibilitychange'));
      await until(() => overviews() > before, 'the refresh on coming back', 1500);
    } finally {
      delete (document as { visibilityState?: unknown }).visibilityState;
    }
  });
});
