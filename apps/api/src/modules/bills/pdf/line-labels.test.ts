import type { BillLine } from '@portal/contract';
import { describe, expect, it } from 'vitest';
import { lineDescription, unitLabel } from './line-labels.js';

const line = (partial: Partial<BillLine>): BillLine => ({
  position: 1,
  code: '1',
  kind: 'energy',
  description: '',
  zone: null,
  register: null,
  quantity: null,
  unit: null,
  unitPrice: null,
  amount: '0.00',
  isSubtotal: false,
  ...partial,
});

describe('bill line descriptions', () => {
  const blueVt = line({ kind: 'energy', description: 'Плава зона ВТ', zone: 'blue', register: 'vt' });

  it('keeps the billing system’s Cyrillic in sr-Cyrl and transliterates it in sr-Latn', () => {
    expect(lineDescription(blueVt, 'sr-Cyrl')).toBe('Плава зона ВТ');
    expect(lineDescription(blueVt, 'sr-Latn')).toBe('Plava zona VT');
  });

  it('writes a description stored in Latin (Belgrade, Novi Sad exports) in Cyrillic for sr-Cyrl', () => {
    const stored = line({ kind: 'excise', description: 'Akcize (7,5%) na osnovicu (1+2+3+4+5+6+7)' });
    expect(lineDescription(stored, 'sr-Cyrl')).toBe('Акцизе (7,5%) на основицу (1+2+3+4+5+6+7)');
    expect(lineDescription(stored, 'sr-Latn')).toBe('Akcize (7,5%) na osnovicu (1+2+3+4+5+6+7)');
  });

  it('writes English from kind, zone and register', () => {
    expect(lineDescription(blueVt, 'en')).toBe('Blue zone, high tariff (VT)');
    expect(lineDescription(line({ kind: 'energy', zone: 'green', register: 'single' }), 'en')).toBe(
      'Green zone, single tariff',
    );
    expect(lineDescription(line({ kind: 'energy', register: 'nt' }), 'en')).toBe(
      'Active energy, low tariff (NT)',
    );
    expect(lineDescription(line({ kind: 'billing_power', register: 'power' }), 'en')).toBe('Billing power');
    // ERS's network fee on the billing power (OS)
    expect(lineDescription(line({ kind: 'network_fee', register: 'power' }), 'en')).toBe(
      'Network fee, billing power',
    );
    // power metering (the engine's lines, seeds/001 third layout)
    expect(lineDescription(line({ kind: 'excess_power', register: 'power' }), 'en')).toBe('Excess power');
    const excessReactive = line({
      kind: 'excess_reactive_energy',
      description: 'Прекомерна реактивна енергија НТ',
      register: 'reactive_nt',
    });
    expect(lineDescription(excessReactive, 'en')).toBe('Excess reactive energy, low tariff (NT)');
    expect(
      lineDescription(line({ kind: 'tv_fee', description: 'Такса за јавни медијски сервис' }), 'en'),
    ).toBe('Public media service fee');
  });

  it('keeps the wordless parts of the description: the formula of a base, the dates of a split period', () => {
    const base = line({ kind: 'excise_base', description: 'Основица за акцизу (1+2+3+4+5+6+7)' });
    expect(lineDescription(base, 'en')).toBe('Excise duty base (1+2+3+4+5+6+7)');
    const split = line({
      kind: 'billing_power',
      description: 'Обрачунска снага (2025-09-16 – 2025-09-30)',
    });
    expect(lineDescription(split, 'en')).toBe('Billing power (2025-09-16 – 2025-09-30)');
  });

  it('falls back to the transliteration for a kind it does not know, never to Cyrillic', () => {
    const unknown = line({ kind: 'solidarity_fee', description: 'Накнада за солидарност' });
    expect(lineDescription(unknown, 'en')).toBe('Naknada za solidarnost');
  });

  it('translates the month unit only', () => {
    expect(unitLabel('month', 'sr-Cyrl')).toBe('мес.');
    expect(unitLabel('month', 'en')).toBe('month');
    expect(unitLabel('kWh', 'en')).toBe('kWh');
    expect(unitLabel(null, 'en')).toBe('');
  });
});
