/**
 * Vue 3 usage, as in the README: tell Vue the tag is a custom element, bind objects as
 * properties with `.prop` (the `.` shorthand) and listen with `@ccq-…`.
 */
import { createApp, ref } from 'vue';
import type { AttemptResult } from '../../src/index.ts';
import { startMockEndpoint } from '../mocks/start.ts';

await startMockEndpoint(); // the demo's mocked endpoint; a portal has a real one
await import('../../src/index.ts'); // in an app: import 'cai-cach-quiz';

const app = createApp({
  setup() {
    const title = ref('');
    const result = ref<AttemptResult>();
    const user = {
      fullName: 'Lê Thị Mai',
      birthDate: '1990-11-02',
      citizenId: '024190000888',
      phone: '0978123456',
      unitId: 'so-noi-vu',
      consent: true,
    };
    return { title, result, user };
  },
  template: `
    <p id="host-status">{{ title ? 'Sẵn sàng: ' + title : 'Đang tải…' }}</p>
    <cai-cach-quiz
      endpoint="/api/cuoc-thi/cchc-2020"
      lang="vi"
      :participant.prop="user"
      @ccq-ready="title = $event.detail.title"
      @ccq-result="result = $event.detail"
    ></cai-cach-quiz>
    <p v-if="result" id="host-result">Kết quả lượt {{ result.number }} đã được ghi nhận.</p>`,
});
app.config.compilerOptions.isCustomElement = (tag: string) => tag === 'cai-cach-quiz';
app.mount('#app');
