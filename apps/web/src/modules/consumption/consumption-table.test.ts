import { mount } from '@vue/test-utils';
import type { Locale } from '@portal/contract';
import { describe, expect, it } from 'vitest';
import { createI18nPlugin } from '../../plugins/i18n.js';
import { createVuetifyPlugin } from '../../plugins/vuetify.js';
import type { Split, Unit } from './consumption-chart-data.js';
import ConsumptionTable from './consumption-table.vue';
import { period } from './consumption.fixtures.js';

const household = [
  period('2026-09', 30, { green: 300, blue: 13, vt: 208, nt: 105 }, '4332.83', {
    vt: '2900.10',
    nt: '560.40',
  }),
  period('2026-10', 31, { green: 350, blue: 282, vt: 459, nt: 173 }, '9378.08', {
    vt: '6800.00',
    nt: '950.25',
  }),
];
const business = [
  period('2026-10', 31, { vt: 3000, nt: 1000 }, '90000.00', {
    vt: '40000.00',
    nt: '8000.00',
    reactiveVt: '1200.00',
    reactiveNt: '300.00',
    power: '15000.00',
  }),
];

function mountTable(periods: ReturnType<typeof period>[], split: Split, unit: Unit, locale: Locale = 'en') {
  const i18n = createI18nPlugin(locale);
  return mount(ConsumptionTable, {
    props: { periods, comparisons: [], split, unit },
    global: { plugins: [i18n, createVuetifyPlugin(i18n)] },
  });
}
const headers = (wrapper: ReturnType<typeof mountTable>) =>
  wrapper.findAll('[data-testid^="consumption-column-"]').map((th) => th.text());

describe('the consumption table', () => {
  it('by tariff in dinars: what VT, NT and the rest cost, adding up to the amount', () => {
    const wrapper = mountTable(household, 'tariff', 'rsd');
    expect(headers(wrapper)).toEqual([
      'VT (high tariff), RSD',
      'NT (low tariff), RSD',
      'Other (fees, VAT), RSD',
    ]);
    const newest = wrapper
      .findAll('[data-testid="consumption-row"]')[0]!
      .findAll('td')
      .map((td) => td.text());
    expect(newest).toContain('RSD 6,800.00');
    expect(newest).toContain('RSD 950.25');
    expect(newest).toContain('RSD 1,627.83'); // 9378.08 − 6800.00 − 950.25
    expect(newest).toContain('RSD 9,378.08');
  });

  it("by tariff in dinars: a business's reactive energy and billing power too", () => {
    const wrapper = mountTable(business, 'tariff', 'rsd', 'sr-Cyrl');
    expect(headers(wrapper)).toEqual([
      'ВТ (виша тарифа), дин.',
      'НТ (нижа тарифа), дин.',
      'Реактивна енергија ВТ, дин.',
      'Реактивна енергија НТ, дин.',
      'Обрачунска снага, дин.',
      'Остало (накнаде, ПДВ), дин.',
    ]);
  });

  it('by tariff in kWh: VT and NT; by zone: the zones used', () => {
    expect(headers(mountTable(household, 'tariff', 'kwh'))).toEqual(['VT (high tariff)', 'NT (low tariff)']);
    expect(headers(mountTable(household, 'zone', 'rsd'))).toEqual(['Green zone', 'Blue zone']);
  });

  it('names each row by its month, a row header that stays in view when the table scrolls sideways', () => {
    const wrapper = mountTable(household, 'tariff', 'rsd');
    const region = wrapper.get('.table-region');
    expect(region.attributes('tabindex')).toBe('0');
    expect(region.attributes('role')).toBe('region');
    const first = wrapper.get('[data-testid="consumption-row"] > :first-child');
    expect(first.element.tagName).toBe('TH');
    expect(first.attributes('scope')).toBe('row');
    expect(first.text()).toBe('Oct 2026');
  });
});
