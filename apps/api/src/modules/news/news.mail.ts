// The news module's e-mail: one announcement, in the recipient's language (Serbian Latin transliterated
// from the Cyrillic text). It is rendered once per language for a whole mailing (news-mailing.ts), so it
// carries nothing of the recipient but their language.
import { transliterateCyrillicToLatin, type Locale, type NewsKind } from '@portal/contract';
import type { MailTemplates } from '../mail/mail.templates.js';

declare module '../mail/mail.templates.js' {
  interface MailTemplateParams {
    /** a supervisor's announcement (planned outage, price change, new feature) */
    customerNews: {
      kind: NewsKind;
      titleSrCyrl: string;
      titleEn: string;
      bodySrCyrl: string;
      bodyEn: string;
      /** the overview, where the announcement is shown */
      overviewUrl: string;
      /** the account page, where news e-mails are turned off */
      accountUrl: string;
    };
  }
}

const kindLabels: Record<NewsKind, { 'sr-Cyrl': string; en: string }> = {
  outage: { 'sr-Cyrl': 'Планирано искључење', en: 'Planned outage' },
  price: { 'sr-Cyrl': 'Промена цене', en: 'Price change' },
  feature: { 'sr-Cyrl': 'Ново на порталу', en: 'New on the portal' },
  other: { 'sr-Cyrl': 'Обавештење', en: 'Announcement' },
};

/** The Serbian text in the locale's script, or the English one. */
function inLocale(locale: Locale, cyrillic: string, english: string): string {
  if (locale === 'en') return english;
  return locale === 'sr-Latn' ? transliterateCyrillicToLatin(cyrillic) : cyrillic;
}

export const newsMailTemplates: MailTemplates<'customerNews'> = {
  customerNews: {
    copy: {
      'sr-Cyrl': {
        subject: '{kindLabel}: {title}',
        preheader: '{title}',
        blocks: [
          { p: '{body}' },
          { button: 'Отвори портал', href: '{overviewUrl}' },
          {
            note: 'Ово обавештење добијате јер сте укључили вести е-поштом. Искључујете их на страници налога: {accountUrl}',
          },
        ],
      },
      en: {
        subject: '{kindLabel}: {title}',
        preheader: '{title}',
        blocks: [
          { p: '{body}' },
          { button: 'Open the portal', href: '{overviewUrl}' },
          {
            note: 'You receive this because you turned on news by e-mail. Turn it off on your account page: {accountUrl}',
          },
        ],
      },
    },
    values: (p, locale) => ({
      kindLabel: inLocale(locale, kindLabels[p.kind]['sr-Cyrl'], kindLabels[p.kind].en),
      title: inLocale(locale, p.titleSrCyrl, p.titleEn),
      body: inLocale(locale, p.bodySrCyrl, p.bodyEn),
      overviewUrl: p.overviewUrl,
      accountUrl: p.accountUrl,
    }),
  },
};
