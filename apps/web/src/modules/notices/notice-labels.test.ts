import { describe, expect, it } from 'vitest';
import { isPayable, noticesLink, openFirst, payLink } from './notice-labels.js';

describe('notice labels', () => {
  it('offers payment only for open notices, and lists them first', () => {
    expect(isPayable({ status: 'open' })).toBe(true);
    expect(isPayable({ status: 'settled' })).toBe(false);
    const list = [
      { id: 'a', status: 'settled' as const },
      { id: 'b', status: 'open' as const },
      { id: 'c', status: 'escalated' as const },
      { id: 'd', status: 'open' as const },
    ];
    expect(openFirst(list).map((notice) => notice.id)).toEqual(['b', 'd', 'a', 'c']);
  });

  it('links to the notices tab and to the pay page of a metering point', () => {
    expect(noticesLink('mp-1')).toEqual({ path: '/metering-points/mp-1', query: { tab: 'notices' } });
    expect(payLink('mp-1')).toEqual({ path: '/pay', query: { meteringPointId: 'mp-1' } });
  });
});
