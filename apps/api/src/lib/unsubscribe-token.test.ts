import { describe, expect, it } from 'vitest';
import { signUnsubscribeToken, userOfUnsubscribeToken } from './unsubscribe-token.js';

const userId = '0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b';

describe('unsubscribe tokens', () => {
  it('names the user they were signed for', () => {
    expect(userOfUnsubscribeToken('key', 'reminders', signUnsubscribeToken('key', 'reminders', userId))).toBe(
      userId,
    );
  });

  it('refuses another key, another user, a cut-off or malformed token', () => {
    const token = signUnsubscribeToken('key', 'reminders', userId);
    expect(userOfUnsubscribeToken('other', 'reminders', token)).toBeNull();
    const otherUser = '0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5c';
    expect(userOfUnsubscribeToken('key', 'reminders', `${otherUser}.${token.split('.')[1]}`)).toBeNull();
    expect(userOfUnsubscribeToken('key', 'reminders', token.slice(0, -1))).toBeNull();
    expect(userOfUnsubscribeToken('key', 'reminders', '')).toBeNull();
    expect(userOfUnsubscribeToken('key', 'reminders', `${userId}.${'A'.repeat(43)}`)).toBeNull();
  });

  it("refuses another list's token: a reminder link does not turn news off", () => {
    const token = signUnsubscribeToken('key', 'reminders', userId);
    expect(userOfUnsubscribeToken('key', 'news', token)).toBeNull();
    expect(userOfUnsubscribeToken('key', 'news', signUnsubscribeToken('key', 'news', userId))).toBe(userId);
  });
});
