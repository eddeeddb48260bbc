// The registry of mail templates. The mail module knows no template of its own: each module declares its
// templates' parameters into MailTemplateParams (next to their words, in its *.mail.ts) and registers
// their definitions at registration time with `app.mail.registerTemplates`.
import type { Locale } from '@portal/contract';
import {
  localize,
  renderLayout,
  type MailCopy,
  type MailParamValues,
  type RenderedMail,
} from './mail.layout.js';

export type { RenderedMail } from './mail.layout.js';

/**
 * The parameters of every template, by template name: callers are type-checked against this. Empty here;
 * a module adds its own with `declare module '../mail/mail.templates.js' { interface MailTemplateParams {...} }`.
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface MailTemplateParams {}

export type MailTemplate = keyof MailTemplateParams;

export interface TemplateDefinition<P> {
  copy: { 'sr-Cyrl': MailCopy; en: MailCopy };
  /** the values the copy's placeholders are filled with (numbers and dates in words of the locale) */
  values: (params: P, locale: Locale) => MailParamValues;
  /** the one-time code the message carries, if any: the only secret the local transport may log */
  devCode?: (params: P) => string;
}

/** Templates by name, each with the definition for its parameters (a module's own, or the registry's). */
export type MailTemplates<K extends MailTemplate = MailTemplate> = {
  [T in K]: TemplateDefinition<MailTemplateParams[T]>;
};

type AnyDefinition = TemplateDefinition<never>;

function definitionOf(templates: Partial<Record<string, AnyDefinition>>, template: string): AnyDefinition {
  const definition = Object.hasOwn(templates, template) ? templates[template] : undefined;
  if (!definition) throw new Error(`no mail template "${template}" is registered`);
  return definition;
}

/** Subject, plain text and HTML of a template in a locale. Throws on a missing parameter. */
export function renderMail<K extends MailTemplate, T extends K>(
  templates: MailTemplates<K>,
  template: T,
  locale: Locale,
  params: MailTemplateParams[T],
): RenderedMail {
  const definition = definitionOf(templates, template) as TemplateDefinition<MailTemplateParams[T]>;
  return renderLayout(localize(definition.copy, locale), locale, definition.values(params, locale));
}

/** Every module's templates, as they registered them. */
export class MailTemplateRegistry {
  private readonly definitions: Partial<Record<string, AnyDefinition>> = {};

  /** Adds a module's templates; a name two modules both claim is a programming error. */
  register(templates: Partial<MailTemplates>): void {
    for (const [name, definition] of Object.entries(templates)) {
      const known = this.definitions[name];
      if (known && known !== definition) throw new Error(`mail template "${name}" is registered twice`);
      this.definitions[name] = definition as AnyDefinition;
    }
  }

  /** The registered templates, for rendering (the registry's own view of the declared ones). */
  get templates(): MailTemplates {
    return this.definitions as MailTemplates;
  }

  names(): MailTemplate[] {
    return Object.keys(this.definitions) as MailTemplate[];
  }

  has(value: unknown): value is MailTemplate {
    return typeof value === 'string' && Object.hasOwn(this.definitions, value);
  }

  render<T extends MailTemplate>(template: T, locale: Locale, params: MailTemplateParams[T]): RenderedMail {
    return renderMail(this.templates, template, locale, params);
  }

  /** The one-time code a message of a registered template carries, if any. */
  codeOf<T extends MailTemplate>(template: T, params: MailTemplateParams[T]): string | undefined {
    const definition = definitionOf(this.definitions, template) as TemplateDefinition<MailTemplateParams[T]>;
    return definition.devCode?.(params);
  }
}
