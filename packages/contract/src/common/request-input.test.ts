import { describe, expect, it } from 'vitest';
import { consumptionQuery } from '../consumption/consumption.schemas.js';
import { loginBody } from '../auth/auth.schemas.js';
import {
  meteringPointListQuery,
  meteringPointPatchBody,
} from '../metering-points/metering-points.schemas.js';
import { paymentHistoryQuery } from '../payments/payments.schemas.js';
import { requestDate } from './dates.js';
import { textInput } from './text.js';

const issues = (result: {
  success: boolean;
  error?: { issues: { message: string; path: PropertyKey[] }[] };
}) => result.error?.issues.map((issue) => ({ path: issue.path.join('.'), message: issue.message })) ?? [];

describe('text in requests', () => {
  it.each([
    '\u0000',
    'a\u0000b',
    'tab\there',
    'line\nbreak',
    '\u001b[2J',
    '\u007f',
    '\u0085',
    '\ud800',
    'x\udfff',
  ])('refuses %j with invalid_characters', (value) => {
    expect(issues(textInput.safeParse(value))).toEqual([{ path: '', message: 'invalid_characters' }]);
  });

  it('takes letters of any script, emoji, and spaces', () => {
    for (const value of ['Марко Петровић', 'Kuća 🏠', 'a b', '\u00a0nbsp']) {
      expect(textInput.safeParse(value).success, value).toBe(true);
    }
  });

  it('is what the text fields are made of: login, nickname, search', () => {
    expect(issues(loginBody.safeParse({ login: 'demo\u0000', password: 'x' }))).toEqual([
      { path: 'login', message: 'invalid_characters' },
    ]);
    expect(issues(meteringPointPatchBody.safeParse({ nickname: 'Ку\u0000ћа' }))).toEqual([
      { path: 'nickname', message: 'invalid_characters' },
    ]);
    expect(issues(meteringPointListQuery.safeParse({ q: 'a\u0000' }))).toEqual([
      { path: 'q', message: 'invalid_characters' },
    ]);
  });
});

describe('dates in requests', () => {
  it('takes real calendar dates from 2000 to 2100, leap days included', () => {
    for (const date of ['2000-01-01', '2024-02-29', '2000-02-29', '2100-12-31']) {
      expect(requestDate.safeParse(date).success, date).toBe(true);
    }
  });

  it('refuses dates that do not exist, and years outside 2000-2100', () => {
    expect(requestDate.safeParse('2023-02-29').success).toBe(false);
    expect(requestDate.safeParse('2100-02-29').success).toBe(false);
    expect(issues(requestDate.safeParse('0000-01-01'))).toEqual([{ path: '', message: 'too_small' }]);
    expect(issues(requestDate.safeParse('1999-12-31'))).toEqual([{ path: '', message: 'too_small' }]);
    expect(issues(requestDate.safeParse('9999-12-31'))).toEqual([{ path: '', message: 'too_big' }]);
  });

  it('is what the date queries of consumption and payments are made of', () => {
    expect(issues(consumptionQuery.safeParse({ from: '0001-01-01' }))).toEqual([
      { path: 'from', message: 'too_small' },
    ]);
    expect(issues(paymentHistoryQuery.safeParse({ to: '0000-01-01' }))).toEqual([
      { path: 'to', message: 'too_small' },
    ]);
  });
});

describe('paging', () => {
  it('refuses a page beyond 10,000', () => {
    expect(paymentHistoryQuery.safeParse({ page: '10000' }).success).toBe(true);
    expect(paymentHistoryQuery.safeParse({ page: '10001' }).success).toBe(false);
    expect(meteringPointListQuery.safeParse({ page: '9007199254740991' }).success).toBe(false);
  });
});
