import { mount } from '@vue/test-utils';
import { describe, expect, it } from 'vitest';
import { createI18nPlugin } from '../../plugins/i18n.js';
import { createVuetifyPlugin } from '../../plugins/vuetify.js';
import BillConsumption from './bill-consumption.vue';

describe('consumption by zone', () => {
  it('explains each zone by itself', () => {
    const i18n = createI18nPlugin('en');
    const wrapper = mount(BillConsumption, {
      props: {
        consumption: { vt: 900, nt: 400, single: 0, green: 350, blue: 850, red: 100 },
        rateType: 'dual',
      },
      global: { plugins: [i18n, createVuetifyPlugin(i18n)] },
    });
    const texts = wrapper.findAll('[data-testid="explanation"]').map((e) => e.text());
    expect(texts.find((t) => t.startsWith('Green zone'))).toBeDefined();
    expect(texts.find((t) => t.startsWith('Blue zone'))).toBeDefined();
    expect(texts.find((t) => t.startsWith('Red zone'))).toBeDefined();
    expect(new Set(texts).size).toBe(texts.length);
  });
});
