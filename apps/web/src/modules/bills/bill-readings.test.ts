import type { BillDetail } from '@portal/contract';
import { mount } from '@vue/test-utils';
import { describe, expect, it } from 'vitest';
import { createI18nPlugin } from '../../plugins/i18n.js';
import { createVuetifyPlugin } from '../../plugins/vuetify.js';
import BillReadings from './bill-readings.vue';

const reading = (
  readOn: string,
  vt: number,
  nt: number,
  reactiveKvarh: number,
  maxPowerKw: string | null,
) => ({
  readOn,
  kind: 'read' as const,
  vt,
  nt,
  single: null,
  maxPowerKw,
  reactiveKvarh,
});
const readings: BillDetail['readings'] = {
  previous: reading('2026-06-30', 35088, 21867, 38337, '2.923'),
  current: reading('2026-07-31', 36012, 22300, 38721, '3.017'),
};

function mountReadings(constant: string) {
  const i18n = createI18nPlugin('en');
  return mount(BillReadings, {
    props: { readings, meter: { serialNumber: 'LG769864833', constant } },
    global: { plugins: [i18n, createVuetifyPlugin(i18n)] },
  });
}

describe('power-metering readings', () => {
  it('shows the maximum power and the reactive energy with what the meter constant makes of them', () => {
    const text = mountReadings('40').text();
    expect(text).toContain('3.017 (× 40 = 120.68)');
    expect(text).toContain('38,337 → 38,721 (× 40 = 15,360)');
  });

  it('shows the register values alone when the constant is 1', () => {
    const text = mountReadings('1.0000').text();
    expect(text).toContain('Maximum power (kW)3.017');
    expect(text).not.toContain('×');
  });
});
