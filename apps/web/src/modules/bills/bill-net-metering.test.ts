import { mount } from '@vue/test-utils';
import type { BillDetail, Locale } from '@portal/contract';
import { describe, expect, it } from 'vitest';
import { pluginMessages } from '../../i18n/messages.js';
import { createI18nPlugin } from '../../plugins/i18n.js';
import { createVuetifyPlugin } from '../../plugins/vuetify.js';
import BillNetMetering from './bill-net-metering.vue';
import { lineExplanation, lineLabel } from './bill-labels.js';

const netMetering: NonNullable<BillDetail['netMetering']> = {
  rows: [
    { register: 'vt', taken: 441, delivered: 305, surplusIn: 20, net: 116, surplusOut: 0 },
    { register: 'nt', taken: 171, delivered: 0, surplusIn: 0, net: 171, surplusOut: 0 },
  ],
  distributionAccess: 'as-billed',
};

function mountTable(locale: Locale, value = netMetering) {
  const i18n = createI18nPlugin(locale, pluginMessages);
  return mount(BillNetMetering, {
    props: { netMetering: value },
    global: { plugins: [i18n, createVuetifyPlugin(i18n)] },
  });
}

describe('a prosumer bill’s net metering', () => {
  it('shows taken, delivered, brought forward, net and carried forward per tariff', () => {
    const rows = mountTable('en')
      .findAll('tbody tr')
      .map((r) => r.findAll('th, td').map((cell) => cell.text()));
    expect(rows).toEqual([
      ['VT (high, day)', '441', '305', '20', '116', '0'],
      ['NT (low, night)', '171', '0', '0', '171', '0'],
    ]);
  });

  it('says in Cyrillic that line 7 is taken as billed, and not when it was priced', () => {
    const cyrillic = mountTable('sr-Cyrl');
    expect(cyrillic.text()).toContain('Преузето (kWh)');
    expect(cyrillic.get('[data-testid="distribution-access-as-billed"]').text()).toContain('ставка 7');
    const priced = mountTable('en', { ...netMetering, distributionAccess: 'tariff' });
    expect(priced.find('[data-testid="distribution-access-as-billed"]').exists()).toBe(false);
  });

  it('gives line 7 a name in English and its own explanation', () => {
    const line = {
      position: 7,
      code: '7',
      kind: 'distribution_access',
      description: 'Трошак приступа систему за дистрибуцију',
      zone: null,
      register: null,
      quantity: null,
      unit: null,
      unitPrice: null,
      amount: '1403.71',
      isSubtotal: false,
    };
    expect(lineLabel(line, 'en')).toBe('Distribution system access');
    expect(lineLabel(line, 'sr-Latn')).toBe('Trošak pristupa sistemu za distribuciju');
    expect(lineExplanation(line)).toEqual(['distributionAccess']);
  });
});
