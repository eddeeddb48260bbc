// English texts of the bill list and the bill page; the explanations retell the legends of the EPS bill (seeds/001); the keys mirror messages.sr-Cyrl.ts.
import layoutExplain from './layout-explain.en.js';

export default {
  bills: {
    title: 'Bills',
    year: 'Year',
    status: 'Status',
    allYears: 'All years',
    allStatuses: 'All',
    statuses: { paid: 'Paid', partly_paid: 'Partly paid', unpaid: 'Unpaid', overdue: 'Overdue' },
    period: 'Period',
    issued: 'Issued',
    due: 'Due date',
    amount: 'Amount',
    kwh: 'Consumption',
    notRead: 'not read',
    downloadYear: 'Download {year} bills (zip)',
    downloadFailed: 'The download failed.',
    none: 'No bills match the filter.',
    open: 'Bill {number}',
    loadFailed: 'The bills could not be loaded.',
  },
  bill: {
    title: 'Bill {number}',
    back: 'Back to the metering point',
    downloadPdf: 'Download PDF',
    explain: 'Explanation: {name}',
    notFound: 'This bill does not exist or is not linked to your account.',
    sections: {
      header: 'Supplier and branch',
      issuer: 'Issued by',
      info: 'Bill details',
      customer: 'Customer and metering point',
      readings: 'Meter readings',
      consumption: 'Consumption by zone and tariff',
      consumptionByTariff: 'Consumption by tariff',
      netMetering: 'Energy taken and delivered (net metering)',
      lines: 'Calculation',
      totals: 'Charges and balance',
      payment: 'Payment',
    },
    supplier: 'Supplier',
    branch: 'Branch',
    pib: 'PIB',
    edNumber: 'ED number',
    number: 'Bill number',
    period: 'Billing period',
    days: 'Days',
    daysValue: '{days}',
    notRead: 'not read',
    readingDate: 'Reading date',
    issueDate: 'Issue date',
    dueDate: 'Due date',
    status: 'Status',
    customer: 'Customer',
    meteringPointAddress: 'Metering point address',
    deliveryAddress: 'Delivery address',
    billingNumber: 'Billing number',
    category: 'Category',
    contract: 'Contract number',
    approvedPower: 'Approved power',
    billingPower: 'Billing power',
    meter: 'Meter',
    constant: 'Meter constant',
    register: 'Tariff',
    previous: 'Previous reading',
    current: 'New reading',
    difference: 'Difference',
    vt: 'VT (high, day)',
    nt: 'NT (low, night)',
    single: 'Single rate',
    maxPower: 'Maximum power (kW)',
    reactive: 'Reactive energy (kvarh)',
    readingKinds: { read: 'read', estimated: 'estimated', self_reading: 'self-reading' },
    zone: 'Zone',
    zones: { green: 'Green', blue: 'Blue', red: 'Red' },
    total: 'Total',
    netMetering: {
      taken: 'Taken (kWh)',
      delivered: 'Delivered (kWh)',
      surplusIn: 'Surplus brought forward',
      net: 'Net, billed (kWh)',
      surplusOut: 'Surplus carried forward',
    },
    line: 'Item',
    quantity: 'Quantity',
    unitPrice: 'Price',
    lineAmount: 'Amount',
    month: 'month',
    per30Days: 'kWh/30 days',
    subtotal: 'subtotal',
    lineNumber: 'No.',
    periodCharge: 'Charge for the billing period',
    tvFee: 'Public media service fee',
    monthTotal: 'Total for the month',
    previousDebt: 'Debt at the start of the period',
    previousCredit: 'Credit at the start of the period',
    payments: 'Payments in the period',
    paymentOn: 'Payment of {date}',
    noPayments: 'none',
    electricityView: 'Electricity',
    electricityDebt: 'Debt for electricity',
    tvView: 'Public media service fee',
    tvDebt: 'Debt for the fee',
    payer: 'Payer',
    payerCode: 'Payer code',
    seat: 'seat',
    interest: 'Interest',
    totalToPay: 'Total to pay',
    discountNotice: 'Pay {amount} by {date} and your next bill is lower by {discount}.',
    discountEarned: 'Paid on time: your next bill is lower by {discount}.',
    discountLapsed:
      'The due date {date} has passed without the bill being paid in full: the {discount} discount on the next bill no longer applies.',
    paidOn: 'Paid on {date}',
    payee: 'Payee',
    account: 'Account',
    model: 'Model',
    reference: 'Reference',
    paymentCode: 'Payment code',
    purpose: 'Purpose',
    amount: 'Amount',
    qr: 'IPS QR code to pay {amount}',
    qrHint: 'Scan the code with your bank’s app (IPS scan and pay).',
    nothingToPay: 'Nothing is to be paid for this bill.',
    payToSupplier:
      'This bill is paid to its supplier ({supplier}), not through the portal: cards and the IPS QR code pay dinars only.',
    paymentNotes: {
      ers_slip:
        'Pay with the payment slip of ERS’s paper bill: it gives ERS’s transaction accounts at banks, the amount to pay and this bill’s reference number (poziv na broj).',
      epcg_reference:
        'When paying, always state your subscriber/billing number and the reference number (poziv na broj); the ways to pay are on EPCG’s paper bill.',
    },
  },
  explain: {
    supplier: 'The electricity supplier: name, seat, tax number (PIB) and website.',
    branch: 'The branch your premises belong to, with its address and phone.',
    edNumber:
      'The ED number identifies each of your premises (metering point). Quote it whenever you write to us.',
    number: 'The bill number and the billing period: the month the bill is for.',
    days: 'How many days the consumption covers, usually 30 (give or take 1–2). If the meter could not be read, it says “not read” and the consumption is estimated.',
    readingDate: 'The day the meter was read.',
    dueDate:
      'Pay by this date to earn the discount on your next bill. After it you lose the discount, and the next bill adds statutory default interest.',
    customer: 'The customer: full name or company name, and the address of the metering point.',
    deliveryAddress: 'Where the bill is sent. It can differ from the address of the metering point.',
    contract: 'The number of your electricity supply contract.',
    approvedPower:
      'The approved power from the decision approving your connection to the distribution system.',
    readings:
      'The previous and the new register values of your meter on the reading day, for the high (VT, day) and low (NT, night) tariff. The difference times the meter constant is your consumption.',
    maxPower: 'The highest active power measured in the period (customers with power metering).',
    constant:
      'The meter constant: the register values are multiplied by it to get the quantities of power and energy.',
    consumption:
      'The kWh used in the reading period by zone, split into high and low tariff if you have a dual-rate meter.',
    zones:
      'Green zone (rational use) up to 350 kWh, blue (moderate) over 350 up to 1,600 kWh, red (high) over 1,600 kWh, per 30 days. For a shorter or longer period the limits change in proportion, which does not change the amount.',
    lines:
      'The calculation line by line, numbered as on the paper bill, so that “(1+2+3…)” points at the lines it adds: quantity, price by zone and tariff, and amount. Subtotals (tax bases) are shown but not added again.',
    netMetering:
      'You produce electricity yourself (prosumer, net metering). For each tariff, the energy you delivered to the network and any surplus from earlier months are set off against the energy you took from it: only the net is billed as energy and fees. A surplus left over is carried to the next period.',
    distributionAccess:
      'Line 7, the cost of access to the distribution system, is charged to prosumers on the energy taken from the network. It is part of the excise base (line 8), so excise and VAT are charged on it too.',
    distributionAccessAsBilled:
      'The access price for prosumers is not published in the sources the portal uses, so line 7 shows the amount your supplier billed; the other lines are recomputed from your readings.',
    energy:
      'Energy total: all the kWh used in the period and their amount in dinars; the lines under it split them by zone and tariff.',
    zoneGreen:
      'Green zone (rational use): the first 350 kWh per 30 days (11.67 kWh a day for a shorter or longer period), at the lowest price.',
    zoneBlue:
      'Blue zone (moderate use): the kWh above the green zone up to 1,200 kWh per 30 days (1,600 before October 2025), at a higher price.',
    zoneRed: 'Red zone (high use): the kWh above the blue zone, at the highest price.',
    registerVt:
      'VT, the higher (day) tariff: the part of this zone used in the day tariff, in the same ratio to NT as your whole consumption.',
    registerNt:
      'NT, the lower (night) tariff: the part of this zone used in the night tariff, at about a quarter of the VT price.',
    registerSingle: 'Single rate: a meter with one register, so the zone’s kWh are priced at one tariff.',
    energyAndPower:
      'Energy and power: the billing power, active and reactive energy priced by tariff; the lines under it make up the total.',
    billingPower:
      'Billing power (kW) is the highest simultaneous power of your appliances you contracted for; it is charged monthly whatever you use.',
    excessPower: 'Power measured above the approved power, charged per kW at the excess power price.',
    supplierCost:
      'The guaranteed supplier’s cost (on older bills the metering point fee): a fixed amount a month whatever you use, for contracts, billing and the like.',
    discount:
      'Line 4, the discount for paying the previous bill by its due date: 5% (7% with an e-bill) of lines 1+2+3 of that bill; it lowers the excise base.',
    renewablesFee:
      'The fee for incentivising renewable energy, set by the state per kWh used; the supplier collects it with the bill.',
    efficiencyFee:
      'The energy efficiency fee, set by the state per kWh used; the supplier collects it with the bill.',
    exciseBase:
      'The excise base: the sum of the lines above it (1+2+3+4+5+6+7: billing power, supplier cost, energy, less the discount, plus the fees). Excise is computed on it.',
    excise: 'Excise duty on electricity: 7.5% of the excise base, by the Excise Act.',
    vatBase: 'The VAT base: the excise base plus the excise (8+9).',
    vat: 'Value added tax: 20% of the VAT base.',
    vulnerableReduction:
      'The reduction for an energy-vulnerable customer, granted by the municipality’s decision.',
    reactive:
      'Reactive energy up to the limit given by a power factor (cos φ) of 0.95 on the active energy of the same tariff, charged per kvarh at the reactive energy price.',
    excessReactive: 'Reactive energy above the limit given by a power factor of 0.95, charged per kvarh.',
    periodCharge: 'The charge for the billing period: the base plus VAT.',
    tvFee: 'The public broadcasting (TV) fee for the period, collected with the electricity bill.',
    monthTotal: 'Total for the month: the charge for the period and the TV fee.',
    previousDebt: 'The balance at the start of the billing period (a credit shows as a negative amount).',
    payments:
      'The payments received since the previous bill, each with the day it was paid; they lower the debt, so they show as negative amounts.',
    electricityDebt:
      'The debt for electricity: the balance at the start, less the payments, plus interest and the charge for this period.',
    tvDebt:
      'The fee for this period. The regional billing systems send one balance and payments not split between electricity and the fee, so earlier fee debt and fee payments are counted in the electricity view.',
    payer:
      'The payer: its code (the billing number) and the seat of the company or entrepreneur. It is the customer unless a tenant pays for the premises.',
    interest: 'Statutory default interest for bills paid after their due date.',
    totalToPay: 'Total to pay: the debt, the charge for the period and interest, less payments.',
    discountNotice: 'How much to pay by the due date to get the on-time payment discount on your next bill.',
    payment:
      'What the payment slip needs: payee, account, model 97 and reference, amount and payment code. The IPS QR code carries the same data.',
  },
  // lines of EPS's bill with power metering (seeds/001, third layout) whose kind reads otherwise there
  layoutKinds: {
    EPS_POWER_METERING: {
      billing_power:
        'Billing power (kW): the highest 15-minute active power measured in the period, up to your approved power, charged per kW a month.',
      energy:
        'Active energy of one tariff, VT (day) or NT (night): the register difference times the meter constant, at that tariff’s price per kWh.',
      excise_base:
        'The excise base: the sum of the lines above it (14 energy and power, 15 the guaranteed supplier’s cost, 15a and 15b the fees). Excise is computed on it.',
      vat_base: 'The VAT base: the excise base plus the excise (15c+15d).',
    },
  },
  // the items of the ERS (seeds/004) and EPCG (seeds/003) bills, by layout and line code
  layoutLines: {
    ERS_BANDS: {
      c16a: 'Field 16a: energy in the higher tariff (AVT), the sum of the AVT amounts of the consumption bands in field 26a.',
      c16b: 'Field 16b: energy in the lower tariff (AMT), the sum of the AMT amounts of the consumption bands in field 26b.',
      c16: 'Field 16: energy of a single-rate meter, the sum of the consumption bands in field 26.',
      c17: 'Field 17: the transmission and distribution network fee, the kWh of each tariff element (AVT, AMT) and the billing power (OS) times the network price.',
      c18: 'Field 18: the renewable energy fee (OIEE), the kWh of each tariff element times the fee per kWh.',
      c19: 'Field 19: energy, network fee and renewable energy fee together.',
      c20: 'Field 20: the supply service fee, a fixed amount a month.',
      c21: 'Field 21: your share of the building’s common consumption (stairwells, lifts, garages).',
      c22a: 'Field 22: the bill without value added tax.',
      c22b: 'Field 22: VAT (17%) on the bill without VAT.',
      c22c: 'Field 22: the bill with VAT.',
      c26a: 'Field 26: energy by consumption band: I up to 500 kWh, II 501–1,500 kWh, III over 1,500 kWh. Each band’s AVT and AMT kWh are in proportion to their shares of the whole consumption (field 25), rounded to whole kWh, times the band’s price.',
      c26b: 'Field 26: the lower tariff (AMT) of each consumption band, in proportion to its share of the whole consumption (field 25), times the band’s AMT price.',
      c26: 'Field 26: the kWh of each consumption band (I up to 500, II 501–1,500, III over 1,500 kWh) times the band’s price.',
    },
    EPCG: {
      c1: 'Item 1: active energy in the higher tariff (VT), the kWh used from 07 to 23 h (08 to 24 h in summer on analogue meters) times its price.',
      c2: 'Item 2: active energy in the lower tariff (NT), the kWh used from 23 to 07 h (24 to 08 h in summer) and all day on Sundays.',
      c3: 'Item 3: active energy of a single-rate meter, all kWh of the period times the price.',
      c4: 'Item 4: reactive energy in the higher tariff, never billed to households. It does no useful work but builds the magnetic field motors and transformers need.',
      c5: 'Item 5: reactive energy in the lower tariff (see item 4).',
      c10: 'Item 10: billing power, the highest 15-minute load of the month in the higher tariff, for customers whose meters register power.',
      c12: 'Item 12: network capacity, the use of the transmission (CGES) and distribution (CEDIS) networks, per kWh.',
      c15: 'Item 15: network losses in the higher tariff, the transmission and distribution losses allowed by the regulator (RAE), per kWh.',
      c16: 'Item 16: network losses in the lower tariff (see item 15).',
      c21: 'Item 21: common consumption of an apartment building (entrance lighting, lifts and the like).',
      c22: 'Item 22: the fixed part of the network capacity, the same monthly amount for every low-voltage customer, for the upkeep of the distribution network and the meter.',
      c23: 'Item 23: the fee for the Montenegrin electricity market operator (COTEE).',
      c26: 'Item 26: the renewable energy fee (OIE), which pays the privileged producers of electricity from renewable sources and high-efficiency cogeneration.',
      c31: 'Item 31: a discount on the active energy items only: 5% for households that paid the previous month’s bill by the end of the month and have no arrears, 10% for members of the Golden Team.',
      c32: 'Item 32: a correction of an earlier bill after a complaint (a reading error, a damaged meter and the like).',
      c33: 'Items 33–35: the social subsidy for approved customers, 40% off a bill of up to 60 EUR; a bigger bill is reduced by 24 EUR.',
      c41: 'Item 41: VAT (21%) on the amount without VAT.',
      c51: 'Item 51: the amount of the bill without VAT.',
      c52: 'Item 52: the amount of the bill with VAT.',
    },
  },
  // fields of the ERS and EPCG bills explained by their own legends, not EPS's
  layoutExplain,
};
