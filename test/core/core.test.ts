import { expect } from '@open-wc/testing';
import { must } from '../helpers/must.ts';
import { secondsLeft, serverClock, splitSeconds, vnTime } from '../../src/core/clock.ts';
import { en } from '../../src/i18n/en.ts';
import { formatDateTime, formatTime, vi } from '../../src/i18n/index.ts';
import { fold, matches } from '../../src/core/fold.ts';
import {
  emptyDraft,
  toParticipant,
  validateBirthDate,
  validateCitizenId,
  validateDraft,
  validateEmail,
  validateName,
  validatePhone,
} from '../../src/core/validate.ts';
import { testContest, VALID } from '../helpers/fixtures.ts';

describe('clock', () => {
  it('runs from the server time by the monotonic clock, whatever the device clock says', () => {
    let mono = 1000;
    const clock = serverClock('2020-09-15T08:00:00+07:00', () => mono);
    expect(new Date(clock.now()).toISOString()).to.equal('2020-09-15T01:00:00.000Z');
    mono += 90_500;
    expect(clock.now() - Date.parse('2020-09-15T01:00:00Z')).to.equal(90_500);
  });

  it('counts whole seconds left, never negative, and splits them', () => {
    const deadline = '2020-09-15T08:20:00+07:00';
    expect(secondsLeft(deadline, Date.parse('2020-09-15T08:00:00.400+07:00'))).to.equal(1200);
    expect(secondsLeft(deadline, Date.parse('2020-09-15T09:00:00+07:00'))).to.equal(0);
    expect(splitSeconds(3725)).to.deep.equal({ h: 1, m: 2, s: 5 });
  });
});

describe('Vietnam time without Intl', () => {
  // Every hour of two years, and the turns of day, month and year around them.
  const moments: number[] = [];
  for (let t = Date.parse('2020-01-01T00:00:00Z'); t < Date.parse('2022-01-01T00:00:00Z'); t += 3600_000 + 61_000) moments.push(t);
  moments.push(Date.parse('2020-12-31T16:59:59Z'), Date.parse('2020-12-31T17:00:00Z'), Date.parse('2024-02-28T17:00:00Z'));

  it('reads the same calendar and clock fields as Intl with the Asia/Ho_Chi_Minh time zone', () => {
    const intl = new Intl.DateTimeFormat('en-US', {
      timeZone: 'Asia/Ho_Chi_Minh',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      weekday: 'short',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
      hourCycle: 'h23',
    });
    const days = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
    for (const t of moments) {
      const parts = Object.fromEntries(intl.formatToParts(t).map((x) => [x.type, x.value]));
      const p = (type: string) => must(parts[type], `${type} in ${new Date(t).toISOString()}`);
      const expected = {
        year: +p('year'),
        month: +p('month'),
        day: +p('day'),
        weekday: days.indexOf(p('weekday')),
        hour: +p('hour'),
        minute: +p('minute'),
        second: +p('second'),
      };
      expect(vnTime(t), new Date(t).toISOString()).to.deep.equal(expected);
    }
  });

  it('writes dates and times as Intl does for vi-VN and en-GB', () => {
    const options = {
      timeZone: 'Asia/Ho_Chi_Minh',
      hour: '2-digit',
      minute: '2-digit',
      weekday: 'long',
      day: '2-digit',
      month: '2-digit',
      year: 'numeric',
      hourCycle: 'h23',
    } as const;
    const viIntl = new Intl.DateTimeFormat('vi-VN', options);
    const enIntl = new Intl.DateTimeFormat('en-GB', options);
    const timeIntl = new Intl.DateTimeFormat('vi-VN', {
      timeZone: 'Asia/Ho_Chi_Minh',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
      hourCycle: 'h23',
    });
    for (const t of moments) {
      // One deliberate difference: Intl writes “Chủ Nhật”; Vietnamese writes “Chủ nhật” (docs/thuat-ngu.md).
      expect(formatDateTime(vi, t)).to.equal(viIntl.format(t).replace('Chủ Nhật', 'Chủ nhật'));
      expect(formatDateTime(en, t)).to.equal(enIntl.format(t));
      expect(formatTime(t)).to.equal(timeIntl.format(t));
    }
    expect(formatDateTime(vi, Date.parse('2020-09-15T08:00:00+07:00'))).to.equal('08:00 Thứ Ba, 15/09/2020');
    expect(formatDateTime(vi, Date.parse('2020-10-18T23:59:00+07:00'))).to.equal('23:59 Chủ nhật, 18/10/2020');
  });
});

describe('fold', () => {
  it('makes Vietnamese searchable without diacritics or case', () => {
    expect(fold('Thủ tục HÀNH CHÍNH')).to.equal('thu tuc hanh chinh');
    expect(fold('Đơn vị  Đồi Ngô')).to.equal('don vi doi ngo');
    expect(matches(fold('Sở Tư pháp tỉnh Bắc Giang'), 'tu phap')).to.equal(true);
    expect(matches(fold('Sở Tư pháp tỉnh Bắc Giang'), 'giang phap')).to.equal(true);
    expect(matches(fold('Sở Tư pháp'), 'noi vu')).to.equal(false);
  });
});

describe('validators', () => {
  it('checks CCCD (12 digits and a real province code) or the older CMND (9 digits)', () => {
    expect(validateCitizenId('024080001234')).to.equal(null);
    expect(validateCitizenId('121 456 789')).to.equal(null);
    expect(validateCitizenId('1214567890')).to.equal('citizenIdInvalid');
    expect(validateCitizenId('024 080 001 234')).to.equal(null);
    expect(validateCitizenId('02408000123')).to.equal('citizenIdInvalid');
    expect(validateCitizenId('02408000123a')).to.equal('citizenIdInvalid');
    expect(validateCitizenId('000080001234')).to.equal('citizenIdProvince');
    expect(validateCitizenId('099080001234')).to.equal('citizenIdProvince');
  });

  it('checks Vietnamese mobile numbers, with +84 accepted', () => {
    for (const ok of ['0912345678', '0912 345 678', '+84912345678', '0387654321', '0868123456', '0562123456']) {
      expect(validatePhone(ok), ok).to.equal(null);
    }
    for (const bad of ['091234567', '02043855555', '0112345678', '1912345678', 'abc']) {
      expect(validatePhone(bad), bad).to.equal('phoneInvalid');
    }
  });

  it('checks names, emails and birth dates', () => {
    expect(validateName('Nguyễn Thị Minh Khai')).to.equal(null);
    expect(validateName('A')).to.equal('nameInvalid');
    expect(validateName('Robert<script>')).to.equal('nameInvalid');
    expect(validateEmail('an@bacgiang.gov.vn')).to.equal(null);
    expect(validateEmail('an@bacgiang')).to.equal('emailInvalid');
    const today = new Date('2020-09-21T00:00:00Z');
    expect(validateBirthDate('1980-02-29', today)).to.equal(null);
    expect(validateBirthDate('29/02/1980', today)).to.equal(null);
    expect(validateBirthDate('1.2.1980', today)).to.equal(null);
    expect(validateBirthDate('01021980', today)).to.equal(null);
    expect(validateBirthDate('1980', today)).to.equal('dateInvalid');
    expect(validateBirthDate('31/04/1980', today)).to.equal('dateInvalid');
    expect(validateBirthDate('1981-02-29', today)).to.equal('dateInvalid');
    expect(validateBirthDate('2021-01-01', today)).to.equal('dateFuture');
    expect(validateBirthDate('2016-01-01', today)).to.equal('tooYoung');
    // 15 by default (the sample rules): 15 on the day is old enough, a day short is not.
    expect(validateBirthDate('2005-09-21', today)).to.equal(null);
    expect(validateBirthDate('2005-09-22', today)).to.equal('tooYoung');
    expect(validateBirthDate('2014-01-01', today, 6)).to.equal(null);
  });

  it('validates a draft against the fields the contest asks for, and builds the participant', () => {
    const fields = testContest().registration.fields;
    const today = new Date('2020-09-21T00:00:00Z');
    expect(validateDraft({ ...emptyDraft() }, fields, today)).to.deep.equal({
      fullName: 'required',
      birthDate: 'required',
      citizenId: 'required',
      phone: 'required',
      unitId: 'required',
      consent: 'consentRequired',
    });
    const draft = { ...emptyDraft(), ...VALID, citizenId: '024 080 001 234', phone: '+84 912 345 678', email: '' };
    expect(validateDraft(draft, fields, today)).to.deep.equal({});
    const p = toParticipant(draft, fields);
    expect(p).to.deep.equal({
      consent: true,
      fullName: 'Nguyễn Văn An',
      birthDate: '1980-05-20',
      gender: 'male',
      citizenId: '024080001234',
      phone: '0912345678',
      unitId: 'so-tu-phap',
      districtId: 'luc-nam',
      communeId: 'doi-ngo',
    });
  });
});
