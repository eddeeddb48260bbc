import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { settle } from '../../testing/mount-app.js';
import { mountWithApi } from '../../testing/mount-with-api.js';
import ConsumptionTab from './consumption-tab.vue';
import { period } from './consumption.fixtures.js';

const meteringPointId = '0196a3c2-7d4e-7f00-8000-0000000000aa';
const periods = [
  period('2026-09', 30, { green: 300, blue: 13, vt: 208, nt: 105 }, '4332.83', {
    vt: '2900.10',
    nt: '560.40',
  }),
  period('2026-10', 31, { green: 350, blue: 282, vt: 459, nt: 173 }, '9378.08', {
    vt: '6800.00',
    nt: '950.25',
  }),
];

function mountTab() {
  return mountWithApi(
    ConsumptionTab,
    { meteringPointId },
    (url) =>
      url.pathname.endsWith('/consumption')
        ? {
            meteringPointId,
            from: url.searchParams.get('from'),
            to: url.searchParams.get('to'),
            periods,
            comparisons: [],
            // the metering point was connected in March 2024; November's bill is not out yet
            billedMonths: { first: '2024-03', last: '2026-10' },
          }
        : undefined,
    'sr-Cyrl',
  );
}

describe('the range of a consumption tab', () => {
  // "today" is 7 December 2026: the three years reach back to December 2023
  beforeEach(() => vi.useFakeTimers({ toFake: ['Date'], now: new Date('2026-12-07T10:00:00Z') }));
  afterEach(() => {
    vi.useRealTimers();
    document.body.innerHTML = '';
  });

  it('offers only the months from the first bill to the last, and asks for no month beyond them', async () => {
    const { wrapper, requested } = mountTab();
    await settle();
    await settle();
    const selects = wrapper.findAllComponents({ name: 'VSelect' });
    const offered = (index: number) =>
      (selects[index]!.props('items') as { value: string }[]).map((item) => item.value);
    expect(offered(0)[0]).toBe('2024-03');
    expect(offered(1).at(-1)).toBe('2026-10');
    expect(offered(0)).not.toContain('2026-11');
    // the default range (three years to this month) is moved in, and asked for again
    const asked = requested.filter((url) => url.pathname.endsWith('/consumption')).at(-1)!;
    expect([asked.searchParams.get('from'), asked.searchParams.get('to')]).toEqual([
      '2024-03-01',
      '2026-10-31',
    ]);
    expect(selects[0]!.props('modelValue')).toBe('2024-03');
    expect(selects[1]!.props('modelValue')).toBe('2026-10');
  });

  it('by tariff in dinars, the table shows what each tariff cost', async () => {
    const { wrapper } = mountTab();
    await settle();
    await wrapper.get('[data-testid="consumption-by-tariff"]').trigger('click');
    await wrapper.get('[data-testid="consumption-rsd"]').trigger('click');
    await settle();
    const columns = wrapper.findAll('[data-testid^="consumption-column-"]').map((th) => th.text());
    expect(columns).toEqual([
      'ВТ (виша тарифа), дин.',
      'НТ (нижа тарифа), дин.',
      'Остало (накнаде, ПДВ), дин.',
    ]);
  });
});
