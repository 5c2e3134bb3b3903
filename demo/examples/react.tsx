/**
 * React 19 usage, as in the README. React 19 passes object props to custom elements as
 * properties and `on<event>` props as event listeners, so nothing else is needed.
 */
import { StrictMode, useState, type DetailedHTMLProps } from 'react';
import { createRoot } from 'react-dom/client';
import type { AttemptResult, CaiCachQuiz } from '../../src/index.ts';
import { startMockEndpoint } from '../mocks/start.ts';

// The element's JSX type, once per app.
declare module 'react' {
  // eslint-disable-next-line @typescript-eslint/no-namespace -- augmenting React's JSX namespace can only be done with a namespace
  namespace JSX {
    interface IntrinsicElements {
      'cai-cach-quiz': DetailedHTMLProps<HTMLAttributes<CaiCachQuiz>, CaiCachQuiz> & {
        endpoint: string;
        lang?: 'vi' | 'en';
        participant?: CaiCachQuiz['participant'];
        'onccq-ready'?: (e: CustomEvent<{ contestId: string; title: string }>) => void;
        'onccq-result'?: (e: CustomEvent<AttemptResult>) => void;
      };
    }
  }
}

/** A portal page that already knows its logged-in user. */
function ContestPage({ user }: { user: CaiCachQuiz['participant'] }) {
  const [title, setTitle] = useState('');
  const [result, setResult] = useState<AttemptResult>();
  return (
    <>
      <p id="host-status">{title ? `Sẵn sàng: ${title}` : 'Đang tải…'}</p>
      <cai-cach-quiz
        endpoint="/api/cuoc-thi/cchc-2020"
        lang="vi"
        participant={user}
        onccq-ready={(e) => setTitle(e.detail.title)}
        onccq-result={(e) => setResult(e.detail)}
      />
      {result && <p id="host-result">Kết quả lượt {result.number} đã được ghi nhận.</p>}
    </>
  );
}

await startMockEndpoint(); // the demo's mocked endpoint; a portal has a real one
await import('../../src/index.ts'); // in an app: import 'cai-cach-quiz';

const user = {
  fullName: 'Nguyễn Văn Hùng',
  birthDate: '1972-08-19',
  citizenId: '024072000777',
  phone: '0983456789',
  unitId: 'so-tu-phap',
  consent: true,
};
createRoot(document.querySelector('#app')!).render(
  <StrictMode>
    <ContestPage user={user} />
  </StrictMode>,
);
