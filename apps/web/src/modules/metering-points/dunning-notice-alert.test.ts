import { mount } from '@vue/test-utils';
import { describe, expect, it } from 'vitest';
import { createMemoryHistory } from 'vue-router';
import { createI18nPlugin } from '../../plugins/i18n.js';
import { createVuetifyPlugin } from '../../plugins/vuetify.js';
import { createAppRouter } from '../../router/index.js';
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
  const i18n = createI18nPlugin('en');
  return mount(DunningNoticeAlert, {
    props: {
      notice,
      meteringPointId: '018c0000-0000-7000-8000-0000000000aa',
      ...(currency ? { currency } : {}),
    },
    global: { plugins: [i18n, createVuetifyPlugin(i18n), createAppRouter(createMemoryHistory())] },
  });
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
