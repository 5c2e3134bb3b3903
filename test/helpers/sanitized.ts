/** The landing page's rules as the sanitiser leaves them, in a detached <div> to read back. */
import { sanitizeRules } from '../../src/views/landing/sanitize.ts';

export const render = (html: string) => {
  const div = document.createElement('div');
  div.append(sanitizeRules(html));
  return div;
};
