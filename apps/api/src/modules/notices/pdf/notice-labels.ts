// The words printed on a dunning notice, per locale. Serbian Latin is the Cyrillic table transliterated,
// as for every document (../../../documents/labels.ts).
import type { DunningNoticeKind, Locale } from '@portal/contract';
import { localeTables } from '../../../documents/labels.js';

const srCyrl = {
  reminder_before_enforcement: 'ОПОМЕНА ПРЕД УТУЖЕЊЕ',
  warning_before_disconnection: 'УПОЗОРЕЊЕ ПРЕД ОБУСТАВУ ИСПОРУКЕ',
  noticeInfo: 'Подаци о документу',
  number: 'Број',
  issuedOn: 'Датум издавања',
  deliveredOn: 'Датум уручења',
  notRecorded: 'није евидентиран',
  billingNumber: 'Наплатни број',
  edNumber: 'ЕД број',
  deliveryAddress: 'Адреса за доставу',
  body: 'Према евиденцији снабдевача, на дан {debtDate} за мерно место {address} (ЕД број {edNumber}, шифра купца {billingNumber}) постоји неизмирени дуг за испоручену електричну енергију у износу од {amount}.',
  debtOn: 'Дуг на дан {date}',
  deadline: 'Рок за плаћање',
  consequenceTitle: 'Ако дуг не платите у року',
  reminder_before_enforcement_consequence:
    'Ако дуг не измирите до {deadline}, снабдевач ће потраживање наплатити у судском поступку (утужење). Трошкове поступка, затезну камату и трошкове извршења сносићете Ви.',
  warning_before_disconnection_consequence:
    'Ако дуг не измирите до {deadline}, после тог рока биће обустављена испорука електричне енергије на овом мерном месту. Трошкове обуставе и поновног прикључења сносићете Ви; испорука се наставља тек када измирите дуг и те трошкове.',
  howToPay: 'Како да платите',
  payee: 'Прималац',
  payeeAccount: 'Рачун примаоца',
  paymentCode: 'Шифра плаћања',
  reference: 'Модел и позив на број',
  purpose: 'Сврха уплате',
  amount: 'Износ',
  qrHint: 'Платите скенирањем у апликацији банке',
  portalHint: 'Дуг можете платити и на порталу, платном картицом или IPS QR кодом.',
  payToSupplier:
    'Дуг се плаћа снабдевачу ({supplier}) на начин наведен на његовим рачунима, не преко портала: платне картице и IPS QR кôд плаћају само у динарима.',
  alreadyPaid: 'Ако сте дуг већ платили, сматрајте ово обавештење беспредметним.',
  settled: 'Дуг наведен у овом документу измирен је {date}.',
  escalated: 'Овај документ је замењен новом опоменом.',
  cancelled: 'Снабдевач је повукао овај документ.',
  page: 'Страна {n} од {m}',
  footer: 'Документ је издат у електронском облику и пуноважан је без печата и потписа.',
};

export type NoticeLabels = Record<keyof typeof srCyrl, string>;

const en: NoticeLabels = {
  reminder_before_enforcement: 'REMINDER BEFORE ENFORCEMENT',
  warning_before_disconnection: 'WARNING BEFORE DISCONNECTION',
  noticeInfo: 'Notice details',
  number: 'Number',
  issuedOn: 'Issue date',
  deliveredOn: 'Delivered on',
  notRecorded: 'not recorded',
  billingNumber: 'Billing number',
  edNumber: 'ED number',
  deliveryAddress: 'Delivery address',
  body: "According to the supplier's records, on {debtDate} the metering point {address} (ED number {edNumber}, customer number {billingNumber}) has an unpaid debt for electricity supplied of {amount}.",
  debtOn: 'Debt on {date}',
  deadline: 'Pay by',
  consequenceTitle: 'If the debt is not paid in time',
  reminder_before_enforcement_consequence:
    'If the debt is not paid by {deadline}, the supplier will collect it in court (enforcement proceedings). You will bear the costs of the proceedings, default interest and the costs of enforcement.',
  warning_before_disconnection_consequence:
    'If the debt is not paid by {deadline}, the electricity supply to this metering point will be disconnected after that date. You will bear the costs of disconnection and reconnection; supply resumes only once the debt and these costs are paid.',
  howToPay: 'How to pay',
  payee: 'Payee',
  payeeAccount: 'Payee account',
  paymentCode: 'Payment code',
  reference: 'Model and reference',
  purpose: 'Purpose',
  amount: 'Amount',
  qrHint: 'NBS IPS QR: scan it in your banking app',
  portalHint: 'You can also pay the debt on the portal, by card or with the IPS QR code.',
  payToSupplier:
    'The debt is paid to its supplier ({supplier}) as its bills say, not through the portal: cards and the IPS QR code pay dinars only.',
  alreadyPaid: 'If you have already paid the debt, please disregard this notice.',
  settled: 'The debt named in this notice was paid on {date}.',
  escalated: 'This notice was followed by a further notice.',
  cancelled: 'The supplier has withdrawn this notice.',
  page: 'Page {n} of {m}',
  footer: 'This document was issued electronically and is valid without a stamp or signature.',
};

const tables = localeTables<NoticeLabels>(srCyrl, en);

export function noticeLabelsFor(locale: Locale): NoticeLabels {
  return tables[locale];
}

/** The notice's title: "ОПОМЕНА ПРЕД УТУЖЕЊЕ" ... */
export function noticeTitle(kind: DunningNoticeKind, labels: NoticeLabels): string {
  return labels[kind];
}

/** What happens if the debt is not paid by the deadline, in words. */
export function noticeConsequence(kind: DunningNoticeKind, labels: NoticeLabels): string {
  return labels[`${kind}_consequence`];
}
