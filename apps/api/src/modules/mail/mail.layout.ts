import { transliterateCyrillicToLatin, type Locale } from '@portal/contract';

/**
 * The look of every e-mail: the supplier's header, the message's blocks, a footer. Templates describe a
 * message as blocks whose words carry `{placeholders}`; the words are written once in sr-Cyrl and en,
 * sr-Latn is transliterated from sr-Cyrl *before* the parameters are filled in, so user data (names,
 * addresses, links) is never transliterated. In HTML every parameter is escaped.
 */

export type Block =
  /** a paragraph */
  | { p: string }
  /** a one-time code, shown large and spaced */
  | { code: string }
  /** a link shown as a button (HTML) or a bare address on its own line (text) */
  | { button: string; href: string }
  /** small print under the main content */
  | { note: string };

export interface MailCopy {
  subject: string;
  /** the hidden preview line mail clients show next to the subject */
  preheader: string;
  blocks: Block[];
}

export type MailParamValues = Record<string, string | number>;

export interface RenderedMail {
  subject: string;
  text: string;
  html: string;
}

export const brandColor = '#0b4f8a';

const brand = {
  'sr-Cyrl': {
    supplier: 'ЕПС Снабдевање',
    portal: 'Увид у рачун',
    footer:
      'Ову поруку је аутоматски послао портал {portal}, {supplier}. Не одговарајте на њу: ' +
      'поруке на ову адресу се не читају.',
  },
  en: {
    supplier: 'EPS Snabdevanje',
    portal: 'Bill Insight',
    footer:
      'This message was sent automatically by the {portal} portal of {supplier}. Please do not reply: ' +
      'this address is not read.',
  },
} as const;

function wordsOf(locale: Locale) {
  if (locale === 'en') return brand.en;
  const cyrillic = brand['sr-Cyrl'];
  if (locale === 'sr-Cyrl') return cyrillic;
  return {
    supplier: 'EPS Snabdevanje',
    portal: transliterateCyrillicToLatin(cyrillic.portal),
    footer: transliterateCyrillicToLatin(cyrillic.footer),
  };
}

/** The copy in the given locale: sr-Latn is the sr-Cyrl copy transliterated (placeholders kept). */
export function localize(copy: { 'sr-Cyrl': MailCopy; en: MailCopy }, locale: Locale): MailCopy {
  if (locale !== 'sr-Latn') return copy[locale];
  const latin = transliterateCyrillicToLatin;
  const source = copy['sr-Cyrl'];
  return {
    subject: latin(source.subject),
    preheader: latin(source.preheader),
    blocks: source.blocks.map((block): Block => {
      if ('p' in block) return { p: latin(block.p) };
      if ('note' in block) return { note: latin(block.note) };
      if ('button' in block) return { button: latin(block.button), href: block.href };
      return block;
    }),
  };
}

export function escapeHtml(value: string): string {
  return value
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&#39;');
}

/** Fills `{name}` placeholders; a missing parameter is a programming error, not an empty string. */
function fill(template: string, params: MailParamValues, encode: (value: string) => string): string {
  return template.replace(/\{(\w+)\}/g, (_whole, name: string) => {
    const value = params[name];
    if (value === undefined) throw new Error(`mail template parameter {${name}} is missing`);
    return encode(String(value));
  });
}

const asIs = (value: string) => value;

/** Only web links go into buttons: a `javascript:` or data URL in a parameter must never become a link. */
function safeHref(href: string): string {
  const url = new URL(href);
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new Error(`mail links must be http(s), not ${url.protocol}`);
  }
  return href;
}

const styles = {
  body: 'margin:0;padding:0;background:#f3f5f8;',
  outer: 'width:100%;background:#f3f5f8;',
  card: 'width:100%;max-width:600px;margin:0 auto;background:#ffffff;border:1px solid #d7dde5;',
  header: `background:${brandColor};color:#ffffff;padding:20px 28px;font-family:Arial,Helvetica,sans-serif;`,
  supplier: 'margin:0;font-size:13px;letter-spacing:0.5px;color:#ffffff;',
  portal: 'margin:4px 0 0;font-size:22px;font-weight:bold;color:#ffffff;',
  content:
    'padding:28px;font-family:Arial,Helvetica,sans-serif;color:#1f2933;font-size:16px;line-height:1.5;',
  p: 'margin:0 0 16px;',
  code:
    'margin:8px 0 24px;padding:14px 0;text-align:center;font-family:Consolas,Menlo,monospace;' +
    `font-size:30px;font-weight:bold;letter-spacing:8px;color:${brandColor};background:#eef3f9;` +
    'border:1px solid #c5d5e8;',
  buttonCell: `background:${brandColor};border-radius:4px;`,
  button:
    'display:inline-block;padding:12px 24px;font-family:Arial,Helvetica,sans-serif;font-size:16px;' +
    'font-weight:bold;color:#ffffff;text-decoration:none;',
  link: `margin:0 0 16px;font-size:13px;color:#4a5563;word-break:break-all;`,
  note: 'margin:0 0 12px;font-size:14px;color:#4a5563;',
  footer: 'padding:16px 28px;font-family:Arial,Helvetica,sans-serif;font-size:12px;color:#4a5563;',
  preheader: 'display:none;max-height:0;overflow:hidden;opacity:0;color:transparent;',
};

function htmlBlock(block: Block, params: MailParamValues): string {
  const html = (words: string) => fill(words, params, escapeHtml);
  if ('p' in block) return `<p style="${styles.p}">${html(block.p)}</p>`;
  if ('note' in block) return `<p style="${styles.note}">${html(block.note)}</p>`;
  if ('code' in block) return `<p style="${styles.code}">${html(block.code)}</p>`;
  const href = escapeHtml(safeHref(fill(block.href, params, asIs)));
  return (
    `<table role="presentation" cellpadding="0" cellspacing="0" style="margin:8px 0 16px;"><tr>` +
    `<td style="${styles.buttonCell}"><a href="${href}" style="${styles.button}">${html(block.button)}</a></td>` +
    `</tr></table><p style="${styles.link}">${href}</p>`
  );
}

function textBlock(block: Block, params: MailParamValues): string {
  const text = (words: string) => fill(words, params, asIs);
  if ('p' in block) return text(block.p);
  if ('note' in block) return text(block.note);
  if ('code' in block) return `    ${text(block.code)}`;
  return `${text(block.button)}:\n${safeHref(text(block.href))}`;
}

/** The subject, plain text and HTML of a message in one locale. */
export function renderLayout(copy: MailCopy, locale: Locale, templateParams: MailParamValues): RenderedMail {
  const words = wordsOf(locale);
  // {portal} and {supplier} may be used by any copy; the template's own parameters come first.
  const params: MailParamValues = { portal: words.portal, supplier: words.supplier, ...templateParams };
  const footer = fill(words.footer, { portal: words.portal, supplier: words.supplier }, asIs);
  const subject = `${fill(copy.subject, params, asIs)} — ${words.portal}`;

  const text = [
    `${words.portal} — ${words.supplier}`,
    '',
    ...copy.blocks.flatMap((block) => [textBlock(block, params), '']),
    '--',
    footer,
    '',
  ].join('\n');

  const html = `<!DOCTYPE html>
<html lang="${locale}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="color-scheme" content="light">
<title>${escapeHtml(subject)}</title>
</head>
<body style="${styles.body}">
<div style="${styles.preheader}">${escapeHtml(fill(copy.preheader, params, asIs))}</div>
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" style="${styles.outer}"><tr><td style="padding:24px 12px;">
<table role="presentation" cellpadding="0" cellspacing="0" style="${styles.card}">
<tr><td style="${styles.header}">
<p style="${styles.supplier}">${escapeHtml(words.supplier)}</p>
<p style="${styles.portal}">${escapeHtml(words.portal)}</p>
</td></tr>
<tr><td style="${styles.content}">
${copy.blocks.map((block) => htmlBlock(block, params)).join('\n')}
</td></tr>
<tr><td style="${styles.footer}">${escapeHtml(footer)}</td></tr>
</table>
</td></tr></table>
</body>
</html>
`;
  return { subject, text, html };
}
