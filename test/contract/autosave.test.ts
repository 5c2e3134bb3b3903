/** `PUT /attempts/{id}/answers` of the reference backend: only with autosave, within the time, with a prediction in bounds. */
import { expect } from '@open-wc/testing';
import { ReferenceBackend } from '../../demo/mocks/backend.ts';
import { StartAttemptResponse } from '../../src/contract/schemas.ts';
import { seeded } from '../helpers/backend.ts';
import { DURING, makeBank, testContest } from '../helpers/fixtures.ts';

function server(autosave: boolean) {
  const clock = { now: DURING };
  const contest = testContest({ autosave, timeLimitSeconds: 600, graceSeconds: 30 });
  const backend = new ReferenceBackend({ contest, bank: makeBank(10), now: () => clock.now, random: seeded(3) });
  const start = async () => {
    const participant = {
      fullName: 'Lê Thị Mai',
      birthDate: '1990-02-03',
      citizenId: '024190001234',
      phone: '0912345678',
      unitId: 'so-tu-phap',
      consent: true,
    };
    const res = await backend.handle({ method: 'POST', path: '/attempts', header: () => null, body: { participant } });
    return StartAttemptResponse.parse(res.body).attempt;
  };
  const save = async (id: string, body: unknown) => {
    const res = await backend.handle({ method: 'PUT', path: `/attempts/${id}/answers`, header: () => null, body });
    return { status: res.status, code: (res.body as { error?: { code: string } }).error?.code };
  };
  return { clock, start, save };
}

describe('autosave (PUT /attempts/{id}/answers)', () => {
  it('saves revisions when the contest has autosave', async () => {
    const s = server(true);
    const a = await s.start();
    expect(await s.save(a.id, { revision: 0, answers: [], prediction: 10 })).to.deep.equal({ status: 200, code: undefined });
    expect(await s.save(a.id, { revision: 0, answers: [], prediction: 10 })).to.deep.equal({ status: 409, code: 'stale_revision' });
  });

  it('is 404 when the contest has none', async () => {
    const s = server(false);
    const a = await s.start();
    expect(await s.save(a.id, { revision: 0, answers: [], prediction: null })).to.deep.equal({ status: 404, code: 'bad_request' });
  });

  it('refuses a prediction outside the bounds and a save after the deadline and grace', async () => {
    const s = server(true);
    const a = await s.start();
    // The test contest's prediction runs from 0 to 1000.
    expect(await s.save(a.id, { revision: 0, answers: [], prediction: 1001 })).to.deep.equal({ status: 400, code: 'bad_request' });
    s.clock.now += (600 + 29) * 1000;
    expect((await s.save(a.id, { revision: 0, answers: [], prediction: 1000 })).status).to.equal(200);
    s.clock.now += 2000;
    expect(await s.save(a.id, { revision: 1, answers: [], prediction: 1000 })).to.deep.equal({ status: 403, code: 'attempt_expired' });
  });
});
