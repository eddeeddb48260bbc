import type { BillLine, Locale } from '@portal/contract';
import { mount } from '@vue/test-utils';
import { describe, expect, it } from 'vitest';
import { createI18nPlugin } from '../../plugins/i18n.js';
import { createVuetifyPlugin } from '../../plugins/vuetify.js';
import BillLines from './bill-lines.vue';

const line = (position: number, code: string, kind: string, amount: string, extra: Partial<BillLine> = {}) =>
  ({
    position,
    code,
    kind,
    description: kind,
    zone: null,
    register: null,
    quantity: null,
    unit: null,
    unitPrice: null,
    amount,
    isSubtotal: false,
    ...extra,
  }) satisfies BillLine;

const energy = (
  position: number,
  zone: 'green' | 'blue',
  register: 'vt' | 'nt',
  kwh: string,
  amount: string,
) =>
  line(position, '3', 'energy', amount, {
    description: `${zone === 'green' ? 'Зелена' : 'Плава'} зона ${register === 'vt' ? 'ВТ' : 'НТ'}`,
    zone,
    register,
    quantity: kwh,
    unit: 'kWh',
    unitPrice: '9.6136',
  });

const lines: BillLine[] = [
  line(1, '1', 'billing_power', '420.17', { description: 'Обрачунска снага' }),
  line(2, '2', 'supplier_cost', '160.67', { description: 'Трошак гарантованог снабдевача' }),
  energy(3, 'green', 'vt', '245', '2355.33'),
  energy(4, 'green', 'nt', '105', '252.36'),
  energy(5, 'blue', 'vt', '70', '1009.42'),
  energy(6, 'blue', 'nt', '30', '108.15'),
  line(7, '5', 'renewables_fee', '360.45'),
  line(8, '6', 'efficiency_fee', '6.75'),
  line(9, '8', 'excise_base', '4673.30', {
    description: 'Основица за акцизу (1+2+3+4+5+6+7)',
    isSubtotal: true,
  }),
  line(10, '9', 'excise', '350.50', { description: 'Акциза' }),
];

function mountLines(locale: Locale = 'en') {
  const i18n = createI18nPlugin(locale);
  return mount(BillLines, {
    props: { lines },
    global: { plugins: [i18n, createVuetifyPlugin(i18n)] },
    attachTo: document.body,
  });
}

describe('the bill lines table', () => {
  it('numbers the lines as the supplier does: energy under one line 3 with its total', () => {
    const wrapper = mountLines();
    const rows = wrapper.findAll('[data-testid="bill-line"]');
    const numbers = rows.map((r) => r.get('[data-testid="line-number"]').text());
    expect(numbers).toEqual(['1', '2', '3', '', '', '', '', '5', '6', '8', '9']);
    // line 3 carries the sum of its four lines and their kWh
    expect(rows[2]!.text()).toContain('450 kWh');
    expect(rows[2]!.text()).toContain('3,725.26');
    expect(rows[9]!.text()).toContain('(1+2+3+4+5+6+7)');
    wrapper.unmount();
  });

  it('gives each line its own explanation', async () => {
    const wrapper = mountLines();
    const rows = wrapper.findAll('[data-testid="bill-line"]');
    const explanationOf = async (index: number) => {
      await rows[index]!.get('[data-testid="explain-toggle"]').trigger('click');
      const id = rows[index]!.get('[data-testid="explain-toggle"]').attributes('aria-controls')!;
      return wrapper.get(`#${CSS.escape(id)}`).text();
    };
    const total = await explanationOf(2);
    const greenVt = await explanationOf(3);
    const blueVt = await explanationOf(5);
    expect(total).toContain('Energy total');
    expect(greenVt).toContain('Green zone');
    expect(greenVt).toContain('VT');
    expect(blueVt).toContain('Blue zone');
    expect(new Set([total, greenVt, blueVt]).size).toBe(3);
    const base = await explanationOf(9);
    const excise = await explanationOf(10);
    expect(base).toContain('excise base');
    expect(excise).toContain('7.5%');
    expect(base).not.toBe(excise);
    wrapper.unmount();
  });

  it('names the heading in each language, with no Cyrillic in Latin and English', () => {
    for (const [locale, name] of [
      ['sr-Cyrl', 'Утрошена електрична енергија'],
      ['sr-Latn', 'Utrošena električna energija'],
      ['en', 'Electricity consumed'],
    ] as const) {
      const wrapper = mountLines(locale);
      const text = wrapper.findAll('[data-testid="bill-line"]')[2]!.text();
      expect(text).toContain(name);
      if (locale !== 'sr-Cyrl') expect(wrapper.text()).not.toMatch(/\p{Script=Cyrillic}/u);
      wrapper.unmount();
    }
  });
});
