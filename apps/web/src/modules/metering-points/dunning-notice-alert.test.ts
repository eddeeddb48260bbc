import { describe, expect, it } from 'vitest';
import { mountWithApi } from '../../testing/mount-with-api.js';
import DunningNoticeAlert from './dunning-notice-alert.vue';

const notice = {
  id: '018c0000-0000-7000-8000-000000000001',
  kind: 'warning_before_disconnection',
  number: 'UO-7',
  issuedOn: '2026-11-02',
  debtAmount: '87.65',
  deadline: '2026-11-20',
} as const;

function mountAlert(currency?: 'RSD' | 'BAM' | 'EUR') {
  const props = { notice, meteringPointId: '018c0000-0000-7000-8000-0000000000aa' };
  // the alert asks the API nothing
  return mountWithApi(DunningNoticeAlert, currency ? { ...props, currency } : props, () => undefined).wrapper;
}

describe('the open notice on the overview', () => {
  it('names the debt in dinars for an EPS point', () => {
    expect(mountAlert().text()).toContain('RSD');
  });

  it("names an ERS or EPCG point's debt in its own currency, never in dinars", () => {
    for (const currency of ['EUR', 'BAM'] as const) {
      const text = mountAlert(currency).text();
      expect(text).toContain('87.65');
      expect(text).not.toContain('RSD');
    }
  });
});
