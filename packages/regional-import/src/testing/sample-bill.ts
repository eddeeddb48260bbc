// A sample bill's lines, priced in whole para so that the lines that are not subtotals add up exactly to
// the bill's period charge plus TV fee, as the contract requires. Prices are made up, not EPS's.
import type { RecordOf } from '../records.js';
import { formatPara } from '../writers/values.js';

export const rsd = (para: number): string => formatPara(BigInt(para));

/** para of quantity × unit price (micro-RSD), rounded half up */
const amountOf = (quantity: number, microRsd: number) => Math.round((quantity * microRsd) / 10_000);

const prices = { vt: 10_987_100, nt: 2_746_780, single: 9_120_450, power: 88_123_400 };
export const tvFeePara = 29_900;

export interface PricedBill {
  lines: Omit<RecordOf<'billLine'>, 'billNumber'>[];
  periodCharge: number;
  tvFee: number;
}

export function priceSampleBill(
  kwh: { vt: number; nt: number; single: number },
  billingPowerKw: string,
  tvFee: boolean,
): PricedBill {
  const lines: PricedBill['lines'] = [];
  const energy = (code: string, register: 'VT' | 'NT' | 'SINGLE', quantity: number, microRsd: number) =>
    lines.push({
      position: lines.length + 1,
      code,
      kind: 'ENERGY',
      description: `Električna energija ${register === 'SINGLE' ? 'JT' : register}`,
      zone: 'GREEN',
      register,
      quantity: String(quantity),
      unit: 'kWh',
      unitPrice: (microRsd / 1e6).toFixed(6),
      amount: rsd(amountOf(quantity, microRsd)),
      subtotal: false,
    });
  if (kwh.single > 0) energy('EN_JT', 'SINGLE', kwh.single, prices.single);
  else {
    energy('EN_VT', 'VT', kwh.vt, prices.vt);
    energy('EN_NT', 'NT', kwh.nt, prices.nt);
  }
  const powerMilli = Math.round(Number(billingPowerKw) * 1000);
  const power = Math.round((powerMilli * prices.power) / 10_000_000);
  lines.push({
    position: lines.length + 1,
    code: 'SNAGA',
    kind: 'POWER',
    description: 'Obračunska snaga',
    register: 'POWER',
    quantity: billingPowerKw,
    unit: 'kW',
    unitPrice: (prices.power / 1e6).toFixed(6),
    amount: rsd(power),
    subtotal: false,
  });
  const base = lines.reduce((sum, line) => sum + Math.round(Number(line.amount) * 100), 0);
  const excise = Math.round(base * 0.075);
  const vat = Math.round((base + excise) * 0.2);
  const other = (code: string, kind: string, description: string, para: number, subtotal = false) =>
    lines.push({ position: lines.length + 1, code, kind, description, amount: rsd(para), subtotal });
  other('MEDJUZBIR', 'SUBTOTAL', 'Zaduženje za obračunski period', base, true);
  other('AKCIZA', 'EXCISE', 'Akciza 7,5%', excise);
  other('PDV', 'VAT', 'PDV 20%', vat);
  if (tvFee) other('RTV', 'TV_FEE', 'Taksa za javni medijski servis', tvFeePara);
  return { lines, periodCharge: base + excise + vat, tvFee: tvFee ? tvFeePara : 0 };
}
