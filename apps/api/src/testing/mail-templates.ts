// Every mail template as the modules register it, read from the real app, with the functions the
// template tests render them by: a template a module declares but does not register is missing here.
import type { Locale } from '@portal/contract';
import type { MailTemplate, MailTemplateParams, RenderedMail } from '../modules/mail/mail.templates.js';
import { buildTestApp } from './test-app.js';

const app = await buildTestApp();
await app.ready();
const registry = app.mail.templates;
await app.close();

export const mailTemplateNames = registry.names();

export function isMailTemplate(value: unknown): value is MailTemplate {
  return registry.has(value);
}

/** Subject, plain text and HTML of a registered template in a locale. Throws on a missing parameter. */
export function renderMail<T extends MailTemplate>(
  template: T,
  locale: Locale,
  params: MailTemplateParams[T],
): RenderedMail {
  return registry.render(template, locale, params);
}

/** Every registered template as a function of (locale, params). */
export const mailTemplates = Object.fromEntries(
  mailTemplateNames.map((name) => [
    name,
    (locale: Locale, params: never) => renderMail(name, locale, params),
  ]),
) as { [K in MailTemplate]: (locale: Locale, params: MailTemplateParams[K]) => RenderedMail };

/** The one-time code a message of the template carries, if any. */
export function codeOf<T extends MailTemplate>(
  template: T,
  params: MailTemplateParams[T],
): string | undefined {
  return registry.codeOf(template, params);
}
