import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createApiClient } from '../api/client.js';
import { fakeApi, json } from '../modules/payments/pay-test-fixtures.js';
import { mountApp, problem, settle } from '../testing/mount-app.js';
import { clockOffset, syncServerClock } from './use-today.js';

describe("the server's clock", () => {
  it('is the distance of its answer from the middle of the round trip', () => {
    const sentAt = Date.parse('2026-11-30T10:00:00.000Z');
    expect(clockOffset('2028-02-29T23:30:00.000Z', sentAt, sentAt + 200)).toBe(
      Date.parse('2028-02-29T23:30:00.000Z') - (sentAt + 100),
    );
  });

  it('is asked once per API client, and a failure leaves the device clock', async () => {
    let asked = 0;
    const client = createApiClient({
      locale: () => 'en',
      fetch: async () => (asked++, problem(404, 'NOT_FOUND')),
    });
    await Promise.all([syncServerClock(client), syncServerClock(client)]);
    expect(asked).toBe(1);
  });
});

describe('today in the SPA', () => {
  beforeEach(() => localStorage.clear());
  afterEach(() => {
    document.body.innerHTML = '';
  });

  it("is the server's: the consumption page asks for the three years up to the server's month", async () => {
    // 23:30 UTC on 29 February 2028 is already 1 March in Belgrade, whatever this machine's date
    const api = fakeApi({
      'GET /api/clock': () =>
        json({ today: '2028-03-01', now: new Date('2028-02-29T23:30:00Z').toISOString() }),
      'GET /api/consumption': () => json({ meteringPoints: [], months: [], comparisons: [] }),
    });
    const { wrapper } = await mountApp('/consumption', 'en', { fetch: api.fetch });
    await settle();
    const asked = api.calls.find((call) => call.path.startsWith('/api/consumption?'));
    expect(asked?.path).toBe('/api/consumption?from=2025-03-01&to=2028-03-31');
    expect(api.calls[0]?.path).toBe('/api/clock');
    wrapper.unmount();
  });
});
