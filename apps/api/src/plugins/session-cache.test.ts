import { describe, expect, it } from 'vitest';
import { forgottenAfterWrite, openSessionCache } from './auth.js';

const open = (userId: string) => ({ userId, expiresAt: new Date('2099-01-01T00:00:00Z') });

describe('the session cache', () => {
  it("forgets one user's sessions and keeps everyone else's", () => {
    const cache = openSessionCache(60_000);
    cache.set('a1', open('ana'), cache.generation());
    cache.set('a2', open('ana'), cache.generation());
    cache.set('b1', open('bora'), cache.generation());
    cache.forgetUser('ana');
    expect(cache.get('a1')).toBeUndefined();
    expect(cache.get('a2')).toBeUndefined();
    expect(cache.get('b1')).toEqual(open('bora'));
  });

  it('does not put back a session read before a forget', () => {
    const cache = openSessionCache(60_000);
    const readBefore = cache.generation();
    cache.forgetUser('ana');
    cache.set('a1', open('ana'), readBefore);
    expect(cache.get('a1')).toBeUndefined();
  });

  it("after a customer's write forgets that customer; after staff's or an anonymous one, everyone", () => {
    expect(forgottenAfterWrite({ sub: 'ana', role: 'CUSTOMER' })).toEqual({ userId: 'ana' });
    expect(forgottenAfterWrite({ sub: 'sonja', role: 'SUPERVISOR' })).toBe('all');
    expect(forgottenAfterWrite({ sub: 'sava', role: 'SUPPORT' })).toBe('all');
    expect(forgottenAfterWrite(null)).toBe('all');
    expect(forgottenAfterWrite(undefined)).toBe('all');
  });
});
