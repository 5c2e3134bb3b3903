/**
 * The contest document's `auth` (#14): the login page the element links as is must be https: or a
 * path of the portal's own site; every other URL a document could carry is refused, by its path.
 * And the units' `other` flag is read as given.
 */
import { expect } from '@open-wc/testing';
import { ContestDocument } from '../../src/contract/schemas.ts';
import { testContest } from '../helpers/fixtures.ts';

const doc = (auth: unknown) => ({ serverTime: '2020-09-21T09:30:00+07:00', ...testContest(), auth });
const loginUrlIssues = (loginUrl: string) => (ContestDocument.safeParse(doc({ required: true, loginUrl })).error?.issues ?? []).map((i) => i.path.join('.'));

describe('contract: auth', () => {
  it('accepts no auth, null, a login without a page, an https: page and a path of the site', () => {
    for (const auth of [undefined, null, { required: false }, { required: true, provider: 'VNeID' }]) {
      expect(ContestDocument.safeParse(doc(auth)).success, JSON.stringify(auth)).to.equal(true);
    }
    for (const url of ['https://dichvucong.gov.vn/', '/dang-nhap', '/dang-nhap?next=/cuoc-thi#top']) {
      expect(loginUrlIssues(url), url).to.deep.equal([]);
    }
  });

  it('refuses javascript:, data:, http:, a protocol-relative or backslash path, a bare relative path, and white space', () => {
    for (const url of [
      'javascript:alert(1)',
      'JavaScript:alert(1)',
      ' javascript:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      'http://portal.example/login',
      '//evil.example/login',
      '/\\evil.example/login',
      'dang-nhap',
      '/\t/evil.example',
      'https://x.example/a b',
    ]) {
      expect(loginUrlIssues(url), JSON.stringify(url)).to.deep.equal(['auth.loginUrl']);
    }
  });

  it('refuses an auth without `required`', () => {
    expect(ContestDocument.safeParse(doc({ loginUrl: '/dang-nhap' })).success).to.equal(false);
  });

  it("reads a unit's `other` flag; absent or null is not other", () => {
    const d = doc(undefined);
    d.registration.units = [
      { id: 'a', name: 'Sở Tư pháp', other: null as never },
      { id: 'b', name: 'Người dân', other: true },
    ];
    const parsed = ContestDocument.parse(d);
    expect(parsed.registration.units.map((u) => u.other)).to.deep.equal([undefined, true]);
  });
});
