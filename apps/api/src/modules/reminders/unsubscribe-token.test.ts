import { describe, expect, it } from 'vitest';
import { signUnsubscribeToken, userOfUnsubscribeToken } from './unsubscribe-token.js';

const userId = '0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b';

describe('unsubscribe tokens', () => {
  it('names the user they were signed for', () => {
    expect(userOfUnsubscribeToken('key', signUnsubscribeToken('key', userId))).toBe(userId);
  });

  it('refuses another key, another user, a cut-off or malformed token', () => {
    const token = signUnsubscribeToken('key', userId);
    expect(userOfUnsubscribeToken('other', token)).toBeNull();
    const otherUser = '0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5c';
    expect(userOfUnsubscribeToken('key', `${otherUser}.${token.split('.')[1]}`)).toBeNull();
    expect(userOfUnsubscribeToken('key', token.slice(0, -1))).toBeNull();
    expect(userOfUnsubscribeToken('key', '')).toBeNull();
    expect(userOfUnsubscribeToken('key', `${userId}.${'A'.repeat(43)}`)).toBeNull();
  });
});
