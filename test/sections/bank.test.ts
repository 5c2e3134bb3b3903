/** Bộ đề thi and Thi thử in the real element, against the reference backend. */
import { expect } from '@open-wc/testing';
import { http, HttpResponse } from 'msw';
import type { CaiCachQuiz } from '../../src/cai-cach-quiz.ts';
import type { BankQuestion } from '../../src/contract/schemas.ts';
import { cleanUpAfterEach, ENDPOINT, useBackend, worker } from '../helpers/backend.ts';
import { button, deep, deepAll, mount, settle, text, type, until, untilPhase } from '../helpers/dom.ts';
import { makeBank } from '../helpers/fixtures.ts';
import { nth } from '../helpers/must.ts';

let el: CaiCachQuiz;
cleanUpAfterEach(() => el);

const q = (id: string, topicId: string, text: string): BankQuestion => ({
  id,
  topicId,
  text,
  kind: 'single',
  options: [
    { id: 'a', text: 'Phương án thứ nhất' },
    { id: 'b', text: 'Phương án thứ hai' },
  ],
  correctOptionIds: ['b'],
  explanation: `Vì sao câu ${id} đúng.`,
});

const WORDED = [
  q('w1', 'tthc', 'Thủ tục hành chính được công khai ở đâu?'),
  q('w2', 'dvc', 'Dịch vụ công trực tuyến mức độ 4 là gì?'),
  q('w3', 'tthc', 'Ủy ban nhân dân cấp xã tiếp nhận hồ sơ qua bộ phận nào?'),
  q('w4', 'dvc', 'Thanh toán trực tuyến phí, lệ phí trên Cổng Dịch vụ công quốc gia như thế nào?'),
];
const TOPICS = [
  { id: 'tthc', name: 'Thủ tục hành chính' },
  { id: 'dvc', name: 'Dịch vụ công' },
];

const bankView = () => deep(el, 'ccq-bank');
const items = () => deepAll(bankView(), 'ol.questions > li');
const count = () => deep(bankView(), '.count').textContent.trim();
const search = async (value: string) => {
  type(deep<HTMLInputElement>(bankView(), 'input[type=search]'), value);
  await settle(el);
};

async function openBank(attrs: Record<string, string> = { sections: 'bank' }) {
  el = await mount(ENDPOINT, attrs);
  await until(() => deepAll(el, 'ccq-bank').length > 0 && items().length > 0, 'the bank');
  await settle(el);
}

describe('Bộ đề thi', () => {
  it('shows the bank a page at a time', async () => {
    await useBackend({ bank: makeBank(45) });
    await openBank();
    expect(count()).to.equal('45 câu hỏi');
    expect(items()).to.have.length(20);
    expect(text(nth(items(), 0))).to.contain('Câu 1');
    expect(text(bankView())).to.contain('Trang 1/3');
    button(bankView(), 'Trang sau').click();
    await settle(el);
    button(bankView(), 'Trang sau').click();
    await settle(el);
    expect(text(bankView())).to.contain('Trang 3/3');
    expect(items()).to.have.length(5);
    expect(text(nth(items(), 4))).to.contain('Câu 45');
    expect(button(bankView(), 'Trang sau').disabled).to.equal(true);
    // Focus goes to the count line, so a keyboard or screen-reader user starts at the new page.
    expect(bankView().shadowRoot!.activeElement?.className).to.equal('count');
  });

  it('finds questions without diacritics or case, and by abbreviations', async () => {
    await useBackend({ bank: WORDED, topics: TOPICS });
    await openBank();
    await search('thu tuc hanh chinh');
    expect(items().map((li) => text(li))).to.satisfy((xs: string[]) => xs.length === 2 && nth(xs, 0).includes('công khai'));
    await search('THỦ TỤC hành');
    expect(items()).to.have.length(2);
    await search('dvc');
    expect(count()).to.equal('Tìm thấy 2/4 câu hỏi');
    expect(text(nth(items(), 0))).to.contain('mức độ 4');
    await search('ubnd xa');
    expect(items()).to.have.length(1);
    expect(text(nth(items(), 0))).to.contain('Ủy ban nhân dân cấp xã');
    await search('lệ phí cổng quoc gia');
    expect(items()).to.have.length(1);
    await search('khong co cau nao nhu the');
    expect(items()).to.have.length(0);
    expect(text(bankView())).to.contain('Không tìm thấy câu hỏi nào');
    await search('');
    expect(items()).to.have.length(4);
  });

  it('filters by topic, together with the search', async () => {
    await useBackend({ bank: WORDED, topics: TOPICS });
    await openBank();
    type(deep<HTMLSelectElement>(bankView(), 'select#topic'), 'dvc');
    await settle(el);
    expect(items().map((li) => text(li).match(/Câu \d/)![0])).to.deep.equal(['Câu 2', 'Câu 4']);
    await search('truc tuyen thanh toan');
    expect(items()).to.have.length(1);
    expect(text(nth(items(), 0))).to.contain('Câu 4');
  });

  it('shows answers, explanations and their legal basis only when the organiser published them', async () => {
    await useBackend({ bank: WORDED.map((x, i) => (i === 0 ? { ...x, source: 'Khoản 1 Điều 3 Nghị định 61/2018/NĐ-CP' } : x)), topics: TOPICS });
    await openBank();
    const details = deepAll<HTMLDetailsElement>(bankView(), 'details');
    expect(details).to.have.length(4);
    expect(text(nth(details, 0))).to.contain('Đáp án đúng: B. Phương án thứ hai');
    expect(text(nth(details, 0))).to.contain('Vì sao câu w1 đúng.');
    expect(text(nth(details, 0))).to.contain('Căn cứ: Khoản 1 Điều 3 Nghị định 61/2018/NĐ-CP');
    expect(text(nth(details, 1))).not.to.contain('Căn cứ:');
    expect(nth(details, 0).open).to.equal(false);
    el.remove();

    const server = await useBackend({ bank: WORDED, topics: TOPICS, publishBankAnswers: false });
    await openBank();
    expect(deepAll(bankView(), 'details')).to.have.length(0);
    expect(text(bankView())).to.contain('chưa công bố đáp án');
    expect(text(bankView())).not.to.contain('Vì sao câu');
    expect(server.requests.map((r) => `${r.method} ${r.path}`)).to.include('GET /bank');
  });

  it('says what went wrong and tries again when the bank cannot be fetched', async () => {
    await useBackend({ bank: WORDED, topics: TOPICS });
    let fail = true;
    worker.use(http.get(`${ENDPOINT}/bank`, () => (fail ? HttpResponse.json({ error: { code: 'internal', message: 'down' } }, { status: 503 }) : undefined)));
    el = await mount(ENDPOINT, { sections: 'bank', 'request-timeout': '2000' });
    await until(() => text(el).includes('Máy chủ đang gặp sự cố'), 'the failure', 15_000);
    fail = false;
    button(bankView(), 'Thử lại').click();
    await until(() => items().length === 4, 'the bank after trying again');
  });

  it('links a question to practising it', async () => {
    await useBackend({ bank: WORDED, topics: TOPICS });
    el = await mount(ENDPOINT);
    await untilPhase(el, 'landing');
    deep<HTMLAnchorElement>(el, 'nav a[href*="ccq=bank"]').click();
    await until(() => deepAll(el, 'ccq-bank').length > 0 && items().length === 4, 'the bank');
    button(nth(items(), 2), 'Thi thử câu này').click();
    await until(() => deepAll(el, 'ccq-practice').some((p) => !!p.shadowRoot?.querySelector('legend')), 'the practice question');
    await settle(el);
    const practice = deep(el, 'ccq-practice');
    expect(practice.hidden).to.equal(false);
    expect(deep(practice, 'legend').textContent).to.contain('Câu 1/1 (thi thử)');
    expect(deep(practice, 'legend').textContent).to.contain('Ủy ban nhân dân cấp xã');
    expect(new URL(location.href).searchParams.get('ccq')).to.equal('practice');
  });
});

describe('Thi thử', () => {
  const practice = () => deep(el, 'ccq-practice');
  const legend = () => deep(practice(), 'legend').textContent.replace(/\s+/g, ' ').trim();

  async function openPractice() {
    el = await mount(ENDPOINT, { sections: 'practice' });
    await until(() => deepAll(el, 'ccq-practice').some((p) => !!p.shadowRoot?.querySelector('form')), 'the practice setup');
    await settle(el);
  }

  it('draws questions from the bank, checks each one, and gives a practice score, never calling the server', async () => {
    const server = await useBackend({ bank: makeBank(12) });
    await openPractice();
    expect(text(practice())).to.contain('Thi thử: kết quả không được tính');
    type(deep<HTMLSelectElement>(practice(), 'select#count'), '5');
    await settle(el);
    button(practice(), 'Bắt đầu thi thử').click();
    await settle(el);
    let right = 0;
    for (let i = 1; i <= 5; i++) {
      expect(legend()).to.match(new RegExp(`^Câu ${i}/5 \\(thi thử\\)`));
      expect(button(practice(), 'Kiểm tra').disabled).to.equal(true);
      const multiple = deep<HTMLInputElement>(practice(), 'input[name^="p-"]').type === 'checkbox';
      // Answer the odd questions right (the fixture's key: b, or a and c), the even ones wrong.
      const pick = i % 2 ? (multiple ? ['a', 'c'] : ['b']) : ['d'];
      for (const id of pick) deep<HTMLInputElement>(practice(), `input[value="${id}"]`).click();
      await settle(el);
      button(practice(), 'Kiểm tra').click();
      await settle(el);
      // Focus moves on to the button that continues (the checked options can no longer change).
      expect(practice().shadowRoot!.activeElement?.textContent!.trim()).to.equal(i < 5 ? 'Câu tiếp' : 'Xem kết quả thi thử');
      // The verdict is coloured; the explanation is read in the text's own colour.
      const said = deepAll(practice(), '.feedback p');
      const [verdict, why] = [nth(said, 0, 'verdict'), nth(said, 1, 'explanation')];
      expect(getComputedStyle(verdict).fontWeight).to.equal('700');
      expect(getComputedStyle(why).color).to.equal(getComputedStyle(deep(practice(), 'legend')).color);
      const feedback = deep(practice(), '.feedback').textContent;
      if (i % 2) {
        right++;
        expect(feedback).to.contain('Chính xác!');
      } else {
        expect(feedback).to.contain('Chưa đúng.');
        expect(feedback).to.match(/Đáp án đúng: [A-D]\. Phương án/);
        expect(text(practice())).to.contain('Bạn đã chọn, chưa đúng');
      }
      expect(feedback).to.match(/Giải thích câu \d+\./);
      // Checked answers cannot be changed.
      expect(deep<HTMLFieldSetElement>(practice(), 'fieldset').disabled).to.equal(true);
      button(practice(), i < 5 ? 'Câu tiếp' : 'Xem kết quả thi thử').click();
      await settle(el);
    }
    expect(text(practice())).to.contain(`Kết quả thi thử: đúng ${right}/5 câu.`);
    expect(server.requests.filter((r) => r.method !== 'GET')).to.have.length(0);
    button(practice(), 'Thi thử lượt khác').click();
    await settle(el);
    expect(deepAll(practice(), 'form')).to.have.length(1);
  });

  it('is not marked when the answers are not published, and says so', async () => {
    await useBackend({ bank: makeBank(12), publishBankAnswers: false });
    await openPractice();
    expect(text(practice())).to.contain('chưa công bố đáp án');
    button(practice(), 'Bắt đầu thi thử').click();
    await settle(el);
    expect(deepAll(practice(), 'button').map((b) => b.textContent.trim())).not.to.include('Kiểm tra');
    deep<HTMLInputElement>(practice(), 'input[name^="p-"]').click();
    await settle(el);
    button(practice(), 'Dừng thi thử').click();
    await settle(el);
    expect(text(practice())).to.contain('Bạn đã trả lời 1/10 câu. Ban Tổ chức chưa công bố đáp án nên bài thi thử không được chấm.');
  });
});
