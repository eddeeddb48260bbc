// English explanations of the fields of ERS (seeds/004) and EPCG (seeds/003) bills that EPS's legend
// (explain.*) would describe by EPS's rules: zones, the on-time discount. Keys mirror layout-explain.sr-Cyrl.ts.
export default {
  ERS_BANDS: {
    supplier:
      'The supplier that issued this bill (field 1). The sources the portal uses give no seat or tax number for it, so none is shown.',
    dueDate:
      'The deadline for paying the bill (field 3). Default interest on late payment is shown in field 22.',
    consumption:
      'The kWh to be billed (field 14) by tariff element: AVT, the higher tariff, and AMT, the lower tariff. Field 25 gives each one’s share of the whole consumption in percent.',
    zones:
      'The whole consumption to be billed. It is priced by consumption bands (field 26): I up to 500 kWh, II from 501 to 1,500 kWh, III from 1,501 kWh. The AVT and AMT kWh of each band are in proportion to their shares of the whole consumption (field 25), rounded to whole kWh.',
    lines:
      'The calculation by the fields of the ERS bill: energy by tariff element (16a AVT, 16b AMT, the sums of the bands of field 26), network fee (17), renewable energy fee (18), their sum (19), supply service fee (20), common consumption (21), and the amount without VAT, the VAT and the amount with VAT (22). Last come the consumption bands of field 26, each band’s kWh times its price. Subtotals are shown but not added again.',
    billingPower:
      'Billing power (OS, field 15): the transmission and distribution network fee (field 17) charges it per kW a month besides the kWh.',
    previousDebt:
      'The previous balance (field 23): a debt at the start of the period is positive, a credit negative.',
    payments: 'The payments in the current billing period (field 23); they lower the balance.',
    interest: 'Default interest (field 22), charged on bills paid after their due date.',
    periodCharge: 'The current bill (field 23): the amount with VAT (field 22).',
    electricityDebt:
      'The closing balance (field 24): the previous balance, corrections, payments and the current bill. A positive amount is a debt, a negative one a credit.',
    totalToPay:
      'The total to pay with default interest (field 22); a positive closing balance (field 24) is a debt, a negative one a credit.',
  },
  EPCG: {
    supplier:
      'The supplier that issued this bill, with its website. The sources the portal uses give no seat or tax number for it, so none is shown.',
    dueDate:
      'The deadline for paying the bill. Default interest (item 55) is charged on debt that is due and unpaid.',
    consumption:
      'The active energy of the period in kWh: VT, the higher tariff (07 to 23 h), and NT, the lower tariff (23 to 07 h and all day on Sundays), or one tariff on a single-rate meter.',
    zones:
      'The whole active energy of the period. EPCG prices it by tariff (items 1–3); there are no consumption zones. The 5% and 10% discounts (item 31) apply to the active energy items only.',
    lines:
      'The calculation by the item codes of the EPCG bill: active energy (1–3), reactive energy (4–5), billing power (10), network capacity (12, 22), network losses (15–16), common consumption (21), market operator fee (23), renewable energy fee (26), discounts on active energy only (31), corrections (32), social subsidy (33–35), VAT (41), and the amount without and with VAT (51, 52). Subtotals are shown but not added again.',
    billingPower:
      'Billing power (item 10): the highest 15-minute load in the higher tariff during the monthly billing period, for customers whose meters register power.',
    previousDebt: 'Previous debt (item 53): what the customer owed before this bill, without it.',
    payments: 'Payments (item 54), which lower the debt.',
    interest:
      'Default interest (item 55): simple interest on the principal that is due, at the rate set twice a year by the Central Bank of Montenegro.',
    periodCharge: 'The amount of this bill with VAT (item 52).',
    electricityDebt: 'The debt: the previous debt, less the payments, plus interest and this bill.',
    totalToPay: 'The total to pay: the previous debt, this bill and interest, less the payments.',
  },
};
