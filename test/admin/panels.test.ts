/** <cai-cach-quiz-admin>'s panels: charts and their tables, units, results, the bank import, retention, axe. */
import { expect } from '@open-wc/testing';
import type { LitElement } from 'lit';
import { http, HttpResponse } from 'msw';
import { ADMIN_API } from '../../demo/admin/mock-admin.ts';
import type { CaiCachQuizAdmin } from '../../src/admin/admin.ts';
import type { Overview } from '../../src/admin/schemas.ts';
import { axeViolations } from '../helpers/axe.ts';
import { button, openTab, chooseFile, deep, deepAll, mountAdmin, signInAs, text, until, useAdminApi, worker } from './helpers.ts';
import { nth } from '../helpers/must.ts';

let el: CaiCachQuizAdmin | undefined;
afterEach(() => {
  el?.remove();
  el = undefined;
});

const OVERVIEW: Overview = {
  contest: {
    id: 'c',
    title: 'Cuộc thi thử nghiệm',
    opensAt: '2020-09-15T08:00:00+07:00',
    closesAt: '2020-10-15T08:00:00+07:00',
    rounds: [
      { id: 'dot-1', title: 'Đợt 1', opensAt: '2020-09-15T08:00:00+07:00', closesAt: '2020-09-22T08:00:00+07:00' },
      { id: 'dot-2', title: 'Đợt 2', opensAt: '2020-09-22T08:00:00+07:00', closesAt: '2020-10-15T08:00:00+07:00' },
    ],
  },
  totals: { participants: 1234567, attempts: 2345678, perfect: 34567 },
  perDay: [
    { day: '2020-09-15', attempts: 12345, participants: 6789 },
    { day: '2020-09-16', attempts: 23456, participants: 11111 },
    { day: '2020-09-17', attempts: 1500, participants: 900 },
  ],
  perRound: [
    { roundId: 'dot-1', title: 'Đợt 1', attempts: 37301, participants: 18800, perfect: 1200 },
    { roundId: 'dot-2', title: 'Đợt 2', attempts: 1500, participants: 900, perfect: 30 },
  ],
  scoreDistribution: [
    { score: 20, count: 4321 },
    { score: 19, count: 8765 },
    { score: 0, count: 12 },
  ],
  asOf: '2020-09-17T02:30:00Z',
};

const rowsOf = (table: HTMLTableElement) => [...nth(table.tBodies, 0).rows].map((r) => [...r.cells].map((c) => c.textContent.trim()));

describe('<cai-cach-quiz-admin>: overview', () => {
  it('shows the totals in vi-VN numbers, and every chart has a summary and a table with its numbers', async () => {
    await useAdminApi();
    worker.use(http.get(`${ADMIN_API}/overview`, () => HttpResponse.json(OVERVIEW)));
    el = await mountAdmin();
    await signInAs(el, 'viewer');
    await until(() => deepAll(el!, 'ccqa-chart').length === 3, 'three charts');
    const totals = text(deep(el, '.totals'));
    expect(totals).to.contain('1.234.567').and.contain('2.345.678').and.contain('34.567');
    expect(text(el)).to.contain('Số liệu tính đến 17/09/2020 09:30');
    expect(text(el)).to.contain('từ 15/09/2020 08:00 đến 15/10/2020 08:00');

    const charts = deepAll(el, 'ccqa-chart');
    const [perDay, perRound, scores] = [nth(charts, 0), nth(charts, 1), nth(charts, 2)];
    // The drawing is one image labelled by the visible summary.
    for (const chart of [perDay, perRound, scores]) {
      const img = deep(chart, '[role=img]');
      const summary = chart.shadowRoot!.getElementById(img.getAttribute('aria-labelledby')!)!;
      expect(summary.textContent.length).to.be.greaterThan(20);
      expect(deep(chart, 'details summary').textContent).to.contain('Xem dạng bảng');
    }
    expect(text(perDay)).to.contain('tổng 37.301 lượt thi; nhiều nhất 23.456 lượt vào ngày 16/09/2020');
    const dayTable = deep<HTMLTableElement>(perDay, 'table');
    expect([...nth(dayTable.tHead!.rows, 0).cells].map((c) => c.textContent.trim())).to.deep.equal(['Ngày', 'Lượt thi', 'Người dự thi']);
    expect(rowsOf(dayTable)).to.deep.equal([
      ['15/09', '12.345', '6.789'],
      ['16/09', '23.456', '11.111'],
      ['17/09', '1.500', '900'],
    ]);
    expect(rowsOf(deep(perRound, 'table'))).to.deep.equal([
      ['Đợt 1', '37.301', '18.800'],
      ['Đợt 2', '1.500', '900'],
    ]);
    // Scores in ascending order whatever order the server sent.
    expect(rowsOf(deep(scores, 'table'))).to.deep.equal([
      ['0', '12'],
      ['19', '8.765'],
      ['20', '4.321'],
    ]);
    expect(text(scores)).to.contain('mức điểm có nhiều bài nhất là 19 điểm (8.765 bài)');
    // Chartist drew into the image: one line per series, in SVG.
    await until(() => deepAll(perDay, 'svg .ct-line').length === 2, 'the lines');
    await until(() => deepAll(scores, 'svg .ct-bar').length === 3, 'the bars');
  });

  it('the signed-in dashboard has no axe violation, tables open', async () => {
    await useAdminApi();
    el = await mountAdmin();
    await signInAs(el, 'admin');
    await until(() => deepAll(el!, 'ccqa-chart').length === 3, 'the charts');
    for (const d of deepAll<HTMLDetailsElement>(el, 'details')) d.open = true;
    await until(() => deepAll(el!, 'svg .ct-bar').length > 0, 'the drawing');
    expect(await axeViolations(el)).to.deep.equal([]);
  });
});

describe('<cai-cach-quiz-admin>: before the first submission', () => {
  it('says there is nothing to chart yet instead of drawing empty charts', async () => {
    await useAdminApi();
    const empty = {
      ...OVERVIEW,
      totals: { participants: 0, attempts: 0, perfect: 0 },
      perDay: [],
      perRound: OVERVIEW.perRound.map((r) => ({ ...r, attempts: 0, participants: 0, perfect: 0 })),
      scoreDistribution: [],
    };
    worker.use(http.get(`${ADMIN_API}/overview`, () => HttpResponse.json(empty)));
    el = await mountAdmin();
    await signInAs(el, 'viewer');
    await until(() => deepAll(el!, '.totals').length > 0, 'the totals');
    expect(text(el)).to.contain('Chưa có bài thi nào được nộp');
    expect(deepAll(el, 'ccqa-chart')).to.have.length(0);
  });
});

describe('<cai-cach-quiz-admin>: strict CSP', () => {
  it("draws its charts without one inline style attribute (the page's CSP has style-src 'self')", async () => {
    await useAdminApi();
    const written: string[] = [];
    // eslint-disable-next-line @typescript-eslint/unbound-method -- the original, kept to call with its this or to put back after the test
    const setAttribute = Element.prototype.setAttribute;
    // eslint-disable-next-line @typescript-eslint/unbound-method -- the original, kept to call with its this or to put back after the test
    const setAttributeNS = Element.prototype.setAttributeNS;
    Element.prototype.setAttribute = function (this: Element, name: string, value: string) {
      if (name.toLowerCase() === 'style') written.push(`${this.localName} style="${value}"`);
      return setAttribute.call(this, name, value);
    };
    Element.prototype.setAttributeNS = function (this: Element, ns: string | null, name: string, value: string) {
      if (name.toLowerCase() === 'style') written.push(`${this.localName} style="${value}"`);
      return setAttributeNS.call(this, ns, name, value);
    };
    try {
      el = await mountAdmin();
      await signInAs(el, 'admin');
      await until(() => deepAll(el!, 'ccqa-chart >>> svg .ct-bar').length > 0 && deepAll(el!, 'ccqa-chart >>> svg .ct-line').length > 0, 'the charts');
      await openTab(el, 'Đơn vị');
      await until(() => deepAll(el!, 'ccqa-units >>> svg .ct-bar').length > 0, 'the units chart');
    } finally {
      Element.prototype.setAttribute = setAttribute;
      Element.prototype.setAttributeNS = setAttributeNS;
    }
    expect(written).to.deep.equal([]);
    // The SVG still gets its size (through the CSSOM instead).
    const svg = deep<SVGSVGElement>(el, 'ccqa-chart >>> svg');
    expect(svg.getBoundingClientRect().height).to.equal(Number.parseFloat(svg.getAttribute('height')!));
    expect(svg.getBoundingClientRect().height).to.be.greaterThan(200);
  });
});

describe('<cai-cach-quiz-admin>: units', () => {
  it('ranks units by rate, sorts by any column with aria-sort, filters by round, and passes axe', async () => {
    const api = await useAdminApi();
    el = await mountAdmin();
    await signInAs(el, 'viewer');
    await openTab(el, 'Đơn vị');
    await until(() => deepAll(el!, 'ccqa-units >>> tbody tr').length > 10, 'the units');
    const units = deep<LitElement>(el, 'ccqa-units');
    const table = () => nth(deepAll<HTMLTableElement>(units, '.table-wrap > table'), 0, 'units table');
    const first = () => [...nth(nth(table().tBodies, 0).rows, 0).cells].map((c) => c.textContent.trim());
    expect(first()[0]).to.equal('1');
    // The chart: the 15 best rates, with the same numbers in its table.
    const chart = deep(units, 'ccqa-chart');
    const chartRows = rowsOf(deep(chart, 'table'));
    expect(chartRows).to.have.length(15);
    expect(chartRows[0]).to.deep.equal([first()[1], first()[6]]);
    expect(first()[6]).to.match(/^\d{1,3}(,\d)?%$/);

    const header = (name: string) => deepAll<HTMLTableCellElement>(table(), 'th[scope=col]').find((th) => th.textContent.includes(name))!;
    expect(header('Hạng').getAttribute('aria-sort')).to.equal('ascending');
    deep<HTMLButtonElement>(header('Số cán bộ'), 'button').click();
    await units.updateComplete;
    expect(header('Số cán bộ').getAttribute('aria-sort')).to.equal('descending');
    expect(header('Hạng').getAttribute('aria-sort')).to.equal('none');
    const staff = [...nth(table().tBodies, 0).rows].map((r) => Number(nth(r.cells, 2).textContent.replace(/\./g, ''))).filter((n) => !Number.isNaN(n));
    expect(staff).to.deep.equal([...staff].sort((a, b) => b - a));
    deep<HTMLButtonElement>(header('Đơn vị'), 'button').click();
    await units.updateComplete;
    expect(header('Đơn vị').getAttribute('aria-sort')).to.equal('ascending');
    deep<HTMLButtonElement>(header('Đơn vị'), 'button').click();
    await units.updateComplete;
    expect(header('Đơn vị').getAttribute('aria-sort')).to.equal('descending');
    // "Khác / Người dân" has no staff count: no rate, no rank, last in rate order.
    deep<HTMLButtonElement>(header('Tỉ lệ tham gia'), 'button').click();
    await units.updateComplete;
    expect(nth([...nth(table().tBodies, 0).rows].at(-1)!.cells, 1).textContent.trim()).to.equal('Khác / Người dân');

    const select = deep<HTMLSelectElement>(units, 'select');
    expect([...select.options].map((o) => o.textContent.trim())).to.deep.equal(['Toàn cuộc thi', 'Đợt 1', 'Đợt 2', 'Đợt 3', 'Đợt 4']);
    select.value = 'dot-2';
    select.dispatchEvent(new Event('change'));
    await until(() => api.requests.some((r) => r.path === '/admin/api/participation?round=dot-2'), 'the round');
    expect(await axeViolations(el)).to.deep.equal([]);
  });
});

describe('<cai-cach-quiz-admin>: results', () => {
  it('lists the ranking with prizes and the winners’ contact details, and passes axe', async () => {
    await useAdminApi();
    el = await mountAdmin();
    await signInAs(el, 'admin');
    await openTab(el, 'Kết quả');
    await until(() => deepAll(el!, 'ccqa-results >>> tbody tr').length > 0, 'the ranking');
    const rows = rowsOf(deep(el, 'ccqa-results >>> table'));
    expect(nth(rows, 0)[0]).to.equal('1');
    expect(nth(rows, 0)[1]).to.equal('Giải Nhất');
    expect(nth(rows, 0)[4]).to.equal('20/20');
    expect(nth(rows, 0)[8]).to.match(/^\d{2}\/\d{2}\/2020 \d{2}:\d{2}$/);
    expect(nth(rows, 0)[9]).to.contain('CMND/CCCD: 024');
    expect(rows.at(-1)![1]).to.equal('');
    expect(rows.at(-1)![9]).to.equal('');
    expect(text(el)).to.contain('Số người trả lời đúng tất cả các câu (dùng để so với câu dự đoán): 52.118.');
    expect(text(el)).to.contain('Hiển thị 40 người đứng đầu trên tổng số 48.230 người được xếp hạng');
    expect(await axeViolations(el)).to.deep.equal([]);
  });
});

describe('<cai-cach-quiz-admin>: participants who named no unit (the server sends unitId null, and no unit)', () => {
  it('are a row of the units table and rank in the results, not a "malformed answer"', async () => {
    await useAdminApi();
    worker.use(
      http.get(`${ADMIN_API}/participation`, () =>
        HttpResponse.json({
          round: '*',
          rows: [
            { unitId: 'so-noi-vu', unit: 'Sở Nội vụ', staff: 100, participants: 50, attempts: 70, perfect: 3, rate: 0.5, rank: 1 },
            { unitId: null, unit: 'Không ghi đơn vị', participants: 7, attempts: 9, perfect: 0 },
          ],
          asOf: '2020-09-17T02:30:00Z',
        }),
      ),
      http.get(`${ADMIN_API}/results`, () =>
        HttpResponse.json({
          round: '*',
          actualPerfect: 1,
          rows: [
            {
              rank: 1,
              fullName: 'Trần Thị Bích',
              score: 20,
              maxScore: 20,
              prediction: 1,
              predictionDistance: 0,
              durationSeconds: 300,
              submittedAt: '2020-09-17T09:30:00+07:00',
            },
          ],
        }),
      ),
    );
    el = await mountAdmin();
    await signInAs(el, 'admin');
    await openTab(el, 'Đơn vị');
    await until(() => deepAll(el!, 'ccqa-units >>> tbody tr').length > 0, 'the units');
    expect(text(deep(el, 'ccqa-units'))).to.contain('Không ghi đơn vị');
    await openTab(el, 'Kết quả');
    await until(() => deepAll(el!, 'ccqa-results >>> tbody tr').length > 0, 'the ranking');
    expect(nth(nth(rowsOf(deep(el, 'ccqa-results >>> table')), 0), 2)).to.contain('Trần Thị Bích');
  });
});

describe('<cai-cach-quiz-admin>: data', () => {
  it('a bank import is checked first: the problems are listed by row and column, and nothing is applied', async () => {
    const api = await useAdminApi();
    el = await mountAdmin();
    await signInAs(el, 'admin');
    await openTab(el, 'Dữ liệu');
    const data = deep<LitElement>(el, 'ccqa-data');
    await data.updateComplete;
    chooseFile(deep<HTMLInputElement>(data, '#bank-file'), new File(['Mã câu,Câu hỏi\nsai,x\n'], 'bo-de-loi.csv', { type: 'text/csv' }));
    button(data, 'Kiểm tra tệp').click();
    await until(() => deepAll(data, 'table').length > 0, 'the problems');
    const post = api.requests.find((r) => r.method === 'POST' && r.path.startsWith('/admin/api/bank'));
    expect(post?.path).to.equal('/admin/api/bank?dryRun=1');
    expect(post?.headers.get('Content-Type')).to.equal('text/csv');
    const problems = rowsOf(deep(data, 'table'));
    expect(problems).to.have.length(6);
    expect(problems[0]).to.deep.equal(['Cả tệp', '—', 'Cảnh báo: Cột không thuộc mẫu, đã bỏ qua: Ghi chú.']);
    expect(problems[1]).to.deep.equal(['4', 'Đáp án đúng (cột J)', 'Lỗi: Thiếu đáp án đúng.']);
    expect(problems[3]).to.deep.equal(['9', 'Câu hỏi (cột C)', 'Lỗi: Câu hỏi trùng với dòng 3.']);
    const status = deepAll(data, '[role=status]')
      .map((s) => s.textContent.trim())
      .join(' ');
    expect(status).to.contain('Kết quả kiểm tra: thêm 12 câu, sửa 5 câu, bỏ 1 câu, giữ nguyên 382 câu. Phát hiện 4 lỗi và 2 cảnh báo.');
    // With errors there is nothing to apply.
    expect(deepAll(data, 'button').some((b) => b.textContent.trim() === 'Áp dụng')).to.equal(false);
    expect(await axeViolations(el)).to.deep.equal([]);
  });

  it('a clean file can be applied after its check, with "Áp dụng"', async () => {
    const api = await useAdminApi();
    el = await mountAdmin();
    await signInAs(el, 'admin');
    await openTab(el, 'Dữ liệu');
    const data = deep<LitElement>(el, 'ccqa-data');
    await data.updateComplete;
    const xlsx = new File([new Uint8Array([0x50, 0x4b, 3, 4])], 'bo-de.xlsx');
    chooseFile(deep<HTMLInputElement>(data, '#bank-file'), xlsx);
    button(data, 'Kiểm tra tệp').click();
    await until(() => deepAll(data, 'button').some((b) => b.textContent.trim() === 'Áp dụng'), 'the apply button');
    expect(text(data)).to.contain('Tệp hợp lệ, không có lỗi.');
    expect(text(data)).to.contain('Ngân hàng câu hỏi của cuộc thi sẽ được thay bằng nội dung tệp này.');
    expect(api.requests.filter((r) => r.path === '/admin/api/bank')).to.have.length(0);
    button(data, 'Áp dụng').click();
    await until(() => text(data).includes('Đã áp dụng ngân hàng câu hỏi mới: thêm 12, sửa 5, bỏ 1 câu.'), 'the applied message');
    const apply = api.requests.find((r) => r.path === '/admin/api/bank');
    expect(apply?.headers.get('Content-Type')).to.equal('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    expect(apply?.headers.get('X-CSRF-Token')).to.have.length(36);
  });

  it('retention counts first, then deletes only after the warning is acknowledged', async () => {
    const api = await useAdminApi();
    el = await mountAdmin();
    await signInAs(el, 'admin');
    await openTab(el, 'Dữ liệu');
    const data = deep<LitElement>(el, 'ccqa-data');
    await data.updateComplete;
    button(data, 'Kiểm tra số người còn dữ liệu').click();
    await until(() => text(data).includes('Cảnh báo: thao tác này xoá vĩnh viễn dữ liệu cá nhân của 612.345 người dự thi'), 'the warning');
    const run = button(data, 'Xoá dữ liệu cá nhân');
    expect(run.disabled).to.equal(true);
    const agree = deep<HTMLInputElement>(data, 'input[type=checkbox]');
    expect(agree.closest('label')!.textContent).to.contain('Tôi đã hiểu và đồng ý xoá vĩnh viễn');
    agree.click();
    await data.updateComplete;
    expect(run.disabled).to.equal(false);
    expect(api.requests.filter((r) => r.path === '/admin/api/retention')).to.have.length(0);
    run.click();
    await until(() => text(data).includes('Đã xoá dữ liệu cá nhân của 612.345 người dự thi.'), 'the deletion');
    expect(api.requests.filter((r) => r.path === '/admin/api/retention')).to.have.length(1);
  });

  it('exports are fetched and saved under the server’s file name; the audit log lists them', async () => {
    await useAdminApi();
    el = await mountAdmin();
    await signInAs(el, 'admin');
    const saved: string[] = [];
    // eslint-disable-next-line @typescript-eslint/unbound-method -- the original, kept to call with its this or to put back after the test
    const click = HTMLAnchorElement.prototype.click;
    HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
      saved.push(this.download);
    };
    try {
      await openTab(el, 'Kết quả');
      button(el, 'Tải kết quả (.csv)').click();
      await until(() => saved.length === 1, 'the CSV');
      expect(saved).to.deep.equal(['ket-qua.csv']);
      expect(text(deep(el, 'ccqa-results'))).to.contain('Đã tải tệp ket-qua.csv.');
      await openTab(el, 'Đơn vị');
      button(el, 'Tải bảng tham gia (.xlsx)').click();
      await until(() => saved.length === 2, 'the participation file');
      expect(saved[1]).to.equal('tham-gia-theo-don-vi.xlsx');
    } finally {
      HTMLAnchorElement.prototype.click = click;
    }
    await openTab(el, 'Nhật ký');
    await until(() => deepAll(el!, 'ccqa-audit >>> tbody tr').length > 0, 'the audit log');
    const audit = rowsOf(deep(el, 'ccqa-audit >>> table'));
    expect(nth(audit, 0)[1]).to.equal('bantochuc');
    expect(nth(audit, 0)[2]).to.equal('Tải kết quả');
    expect(nth(audit, 0)[3]).to.equal('csv, đợt *');
    expect(nth(audit, 0)[0]).to.match(/^\d{2}\/\d{2}\/\d{4} \d{2}:\d{2}$/);
    expect(await axeViolations(el)).to.deep.equal([]);
  });
});
