import type { DunningNoticeKind, Locale } from '@portal/contract';
import { definitions } from './mail.copy.js';
import {
  localize,
  renderLayout,
  type MailCopy,
  type MailParamValues,
  type RenderedMail,
} from './mail.layout.js';

export type { RenderedMail } from './mail.layout.js';

/** The parameters of every template, by template name: callers are type-checked against this. */
export interface MailTemplateParams {
  verificationCode: { username: string; code: string; minutesValid: number };
  /** someone tried to register with an address that already has an account */
  registrationAttempt: { resetUrl: string };
  passwordReset: { username: string; resetUrl: string; minutesValid: number };
  passwordChanged: { username: string; when: Date };
  emailChangeVerification: { username: string; code: string; minutesValid: number };
  /** sent to the old address */
  emailChanged: { username: string; newEmailMasked: string };
  /** someone registered with a new address but a username that is taken */
  usernameTaken: { username: string; registerUrl: string };
  /** a bill was issued for a metering point the user follows */
  newBill: {
    username: string;
    /** the user's nickname of the metering point, or its address */
    meteringPoint: string;
    billNumber: string;
    periodStart: string;
    periodEnd: string;
    /** the bill's own amount, para */
    amount: number;
    /** the printed total to pay, para */
    totalToPay: number;
    dueDate: string;
    billUrl: string;
    pdfAttached: boolean;
  };
  /** a card payment through the portal was approved */
  paymentConfirmation: {
    username: string;
    orderNumber: string;
    /** brand and masked number, e.g. "Visa 4111 **** **** 1111" */
    card: string;
    approvalCode: string;
    /** credited to the bills, para */
    amount: number;
    /** the gateway's fee, para */
    fee: number;
    items: { billNumber: string; meteringPoint: string; amount: number }[];
    orderUrl: string;
  };
  /** a contract the user has linked was linked to another account too */
  contractLinkedElsewhere: {
    username: string;
    when: Date;
    /** the user's nicknames of the contract's metering points, or their addresses */
    meteringPoints: string;
    /** e.g. "******7891": enough for the holder to know it, little for anyone else */
    billingNumberMasked: string;
    contractsUrl: string;
  };
  /**
   * a card payment was approved after its bills had been settled (in part) some other way: what the
   * bills still owed was booked on them, the rest stays as credit on the metering points
   */
  paymentSurplus: MailTemplateParams['paymentConfirmation'] & {
    /** the surplus credited to each metering point, para */
    credits: { meteringPoint: string; amount: number }[];
  };
  /** a dunning notice was issued for a metering point the user follows */
  newDunningNotice: {
    username: string;
    /** the user's nickname of the metering point, or its address */
    meteringPoint: string;
    kind: DunningNoticeKind;
    noticeNumber: string;
    debtDate: string;
    /** the debt the notice names, para */
    debtAmount: number;
    deadline: string;
    /** the metering point's notices tab */
    noticesUrl: string;
    pdfAttached: boolean;
  };
}

export type MailTemplate = keyof MailTemplateParams;

export interface TemplateDefinition<P> {
  copy: { 'sr-Cyrl': MailCopy; en: MailCopy };
  /** the values the copy's placeholders are filled with (numbers and dates in words of the locale) */
  values: (params: P, locale: Locale) => MailParamValues;
}

export const mailTemplateNames = Object.keys(definitions) as MailTemplate[];

export function isMailTemplate(value: unknown): value is MailTemplate {
  return typeof value === 'string' && Object.hasOwn(definitions, value);
}

/** Subject, plain text and HTML of a template in a locale. Throws on a missing parameter. */
export function renderMail<T extends MailTemplate>(
  template: T,
  locale: Locale,
  params: MailTemplateParams[T],
): RenderedMail {
  const definition = definitions[template] as TemplateDefinition<MailTemplateParams[T]>;
  return renderLayout(localize(definition.copy, locale), locale, definition.values(params, locale));
}

/** Every template as a function of (locale, params). */
export const mailTemplates = Object.fromEntries(
  mailTemplateNames.map((name) => [
    name,
    (locale: Locale, params: never) => renderMail(name, locale, params),
  ]),
) as { [K in MailTemplate]: (locale: Locale, params: MailTemplateParams[K]) => RenderedMail };

/** The one-time code a template carries, if any: the only secret the local transport may log. */
export function codeOf<T extends MailTemplate>(
  template: T,
  params: MailTemplateParams[T],
): string | undefined {
  if (template === 'verificationCode' || template === 'emailChangeVerification') {
    return (params as MailTemplateParams['verificationCode']).code;
  }
  return undefined;
}
