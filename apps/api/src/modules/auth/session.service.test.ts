import { describe, expect, it } from 'vitest';
import { loginDelaySeconds } from './session.service.js';

describe('delays after failed logins', () => {
  it('are free for the first five, then double, capped at 15 minutes', () => {
    expect([0, 4, 5, 6, 7, 10].map(loginDelaySeconds)).toEqual([0, 0, 1, 2, 4, 32]);
    expect(loginDelaySeconds(30)).toBe(900);
  });
});
