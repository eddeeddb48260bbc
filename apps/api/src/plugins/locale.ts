import { defaultLocale, type Locale } from '@portal/contract';
import fp from 'fastify-plugin';

declare module 'fastify' {
  interface FastifyRequest {
    /** the interface language of the caller, from Accept-Language */
    locale: Locale;
  }
}

function localeOfTag(tag: string): Locale | undefined {
  const [language, ...rest] = tag.toLowerCase().split('-');
  if (language === 'en') return 'en';
  if (language === 'sr') return rest.includes('latn') ? 'sr-Latn' : 'sr-Cyrl';
  // readers of Serbo-Croatian, Croatian and Bosnian read the Latin script
  if (language === 'sh' || language === 'hr' || language === 'bs') return 'sr-Latn';
  return undefined;
}

/**
 * The best locale for an Accept-Language header: tags in order of preference (q), the first we speak
 * wins; `sr` and `sr-RS` mean Cyrillic, `sr-Latn(-RS)` Latin; nothing usable means sr-Cyrl.
 */
export function resolveLocale(acceptLanguage: string | undefined): Locale {
  if (!acceptLanguage) return defaultLocale;
  const ranked = acceptLanguage
    .split(',')
    .map((part, index) => {
      const [tag = '', ...params] = part.trim().split(';');
      const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
      const quality = q === undefined ? 1 : Number(q.slice(2));
      return { tag: tag.trim(), quality: Number.isFinite(quality) ? quality : 0, index };
    })
    .filter((entry) => entry.tag !== '' && entry.quality > 0)
    .sort((a, b) => b.quality - a.quality || a.index - b.index);
  for (const { tag } of ranked) {
    const locale = localeOfTag(tag);
    if (locale) return locale;
  }
  return defaultLocale;
}

export default fp(
  async (app) => {
    app.decorateRequest('locale', {
      getter(this: { headers: Record<string, string | string[] | undefined> }) {
        const header = this.headers['accept-language'];
        return resolveLocale(Array.isArray(header) ? header.join(',') : header);
      },
    });
  },
  { name: 'locale' },
);
