// The hosted payment page, rendered on the server: plain HTML and one stylesheet, no scripts. The card
// number and CVV are never written back into a page; the expiry date and the name are.
import { createHash } from 'node:crypto';
import type { GatewayOrderStatus } from '@portal/gateway-protocol';
import { testCards, type CardErrorCode, type CardField } from './test-cards.js';
import { brandNames, formatAmount, texts, type Locale } from './texts.js';

export interface PageOrder {
  orderId: string;
  merchantOrderId: string;
  status: GatewayOrderStatus;
  amount: string;
  currency: string;
  description: string;
  locale: Locale;
}

export function escapeHtml(value: string): string {
  return value
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

const css = `
*,*::before,*::after{box-sizing:border-box}
html{font-size:100%;-webkit-text-size-adjust:100%}
body{margin:0;background:#eef1f6;color:#1a2233;font:1rem/1.5 system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans",Arial,sans-serif}
.top{background:#0f2a4a;color:#fff;padding:.75rem 1rem}
.top-inner{max-width:30rem;margin:0 auto;display:flex;align-items:center;justify-content:space-between;gap:.5rem;flex-wrap:wrap}
.logo{font-weight:700;letter-spacing:.02em}
.lock{font-size:.875rem}
main{max-width:30rem;margin:1rem auto 2rem;padding:0 .75rem}
.panel{background:#fff;border-radius:.75rem;box-shadow:0 1px 3px rgba(15,42,74,.15);padding:1.25rem}
.panel+.panel{margin-top:1rem}
h1{font-size:1.375rem;line-height:1.3;margin:0 0 1rem}
h2{font-size:1.125rem;margin:0 0 .5rem}
.sandbox{background:#fff4d6;color:#5c3d00;border:1px solid #e0b44c;border-radius:.5rem;padding:.5rem .75rem;margin:0 0 1rem;font-size:.9375rem}
.summary{margin:0 0 1.25rem;padding:0 0 1rem;border-bottom:1px solid #d5dbe5}
.summary div{display:flex;justify-content:space-between;gap:1rem;padding:.125rem 0}
.summary dt{color:#4a5468}
.summary dd{margin:0;text-align:right;overflow-wrap:anywhere}
.summary .total dd{font-size:1.375rem;font-weight:700;white-space:nowrap}
.field{margin:0 0 1rem}
.row{display:grid;grid-template-columns:1fr 1fr;gap:.75rem}
label{display:block;font-weight:600;margin:0 0 .25rem}
.hint{display:block;color:#4a5468;font-size:.875rem;margin:0 0 .25rem}
input{display:block;width:100%;font:inherit;font-size:1.0625rem;padding:.625rem .75rem;border:1px solid #6b7588;border-radius:.375rem;background:#fff;color:#1a2233}
input:focus{outline:3px solid #2d6fd2;outline-offset:1px;border-color:#2d6fd2}
input[aria-invalid=true]{border-color:#b3261e;border-width:2px}
.error{color:#b3261e;font-size:.9375rem;font-weight:600;margin:.25rem 0 0}
.alert{background:#fdecea;color:#7c1b14;border:1px solid #e3a29c;border-radius:.5rem;padding:.75rem;margin:0 0 1rem}
.alert p{margin:0 0 .25rem;font-weight:600}
.alert ul{margin:0;padding-left:1.25rem}
.alert a{color:#7c1b14}
.pay{display:block;width:100%;font:inherit;font-size:1.125rem;font-weight:700;padding:.75rem;border:0;border-radius:.5rem;background:#0b5cad;color:#fff;cursor:pointer}
.pay:hover{background:#094a8c}
.pay:focus-visible,.linklike:focus-visible,a:focus-visible{outline:3px solid #1a2233;outline-offset:2px}
.cancel{margin:.75rem 0 0;text-align:center}
.linklike{font:inherit;background:none;border:0;padding:.25rem;color:#0b5cad;text-decoration:underline;cursor:pointer}
a{color:#0b5cad}
.secure{color:#4a5468;font-size:.875rem;margin:1rem 0 0}
table{width:100%;border-collapse:collapse;font-size:.9375rem}
caption{text-align:left;color:#4a5468;padding:0 0 .5rem}
th,td{text-align:left;padding:.375rem .25rem;border-bottom:1px solid #d5dbe5;vertical-align:top}
td.num{font-family:ui-monospace,"SFMono-Regular",Menlo,Consolas,monospace;white-space:nowrap}
.status{font-size:1.0625rem}
.status-approved h1{color:#1b6b34}
.status-declined h1,.status-expired h1{color:#b3261e}
.status-cancelled h1{color:#5c3d00}
.status-pending h1{color:#5c3d00}
.back{display:inline-block;margin-top:.5rem;font-weight:600}
footer{max-width:30rem;margin:0 auto 2rem;padding:0 .75rem;color:#4a5468;font-size:.8125rem;text-align:center}
@media (max-width:26rem){.row{grid-template-columns:1fr;gap:0}.panel{padding:1rem}}
`.trim();

/** For the Content-Security-Policy: the page's only style, and no scripts at all. */
export const styleHash = `'sha256-${createHash('sha256').update(css).digest('base64')}'`;

function layout(locale: Locale, title: string, body: string): string {
  const t = texts[locale];
  return `<!doctype html>
<html lang="${locale}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${escapeHtml(title)} · Sandbox Pay</title>
<style>${css}</style>
</head>
<body>
<header class="top"><div class="top-inner"><span class="logo">Sandbox Pay</span><span class="lock">${escapeHtml(
    locale === 'sr' ? 'Zaštićena veza' : 'Secure connection',
  )}</span></div></header>
<main>
${body}
</main>
<footer><p>${escapeHtml(t.sandboxNotice)}</p></footer>
</body>
</html>
`;
}

function summary(order: PageOrder, merchantName: string): string {
  const t = texts[order.locale];
  return `<dl class="summary">
<div><dt>${t.merchant}</dt><dd>${escapeHtml(merchantName)}</dd></div>
<div><dt>${t.description}</dt><dd>${escapeHtml(order.description)}</dd></div>
<div class="total"><dt>${t.amount}</dt><dd>${escapeHtml(formatAmount(order.amount, order.currency, order.locale))}</dd></div>
</dl>`;
}

function testCardTable(locale: Locale): string {
  const t = texts[locale];
  const rows = testCards
    .map(
      (card) =>
        `<tr><td class="num">${card.number}</td><td>${brandNames[card.brand]}</td><td>${t.outcomes[card.outcome]}</td></tr>`,
    )
    .join('\n');
  return `<section class="panel" aria-labelledby="test-cards-title">
<h2 id="test-cards-title">${t.testCardsTitle}</h2>
<table>
<caption>${t.testCardsIntro}</caption>
<thead><tr><th scope="col">${t.testCardNumber}</th><th scope="col">${t.testCardBrand}</th><th scope="col">${t.testCardOutcome}</th></tr></thead>
<tbody>
${rows}
</tbody>
</table>
</section>`;
}

export interface FormState {
  /** only these two are written back; the card number and CVV never are */
  expiry?: string;
  cardholder?: string;
  errors?: Partial<Record<CardField, CardErrorCode>>;
}

const fieldOrder: CardField[] = ['cardNumber', 'expiry', 'cvv', 'cardholder'];

export function paymentFormPage(order: PageOrder, merchantName: string, state: FormState = {}): string {
  const t = texts[order.locale];
  const errors = state.errors ?? {};
  const action = `/pay/${encodeURIComponent(order.orderId)}`;
  const failed = fieldOrder.filter((field) => errors[field]);

  const field = (
    name: CardField,
    label: string,
    attributes: string,
    options: { hint?: string; value?: string } = {},
  ): string => {
    const error = errors[name];
    const describedBy = [options.hint ? `${name}-hint` : '', error ? `${name}-error` : '']
      .filter(Boolean)
      .join(' ');
    return `<div class="field">
<label for="${name}">${label}</label>
${options.hint ? `<span class="hint" id="${name}-hint">${options.hint}</span>` : ''}
<input id="${name}" name="${name}" ${attributes}${options.value ? ` value="${escapeHtml(options.value)}"` : ''}${
      describedBy ? ` aria-describedby="${describedBy}"` : ''
    }${error ? ' aria-invalid="true"' : ''} required>
${error ? `<p class="error" id="${name}-error">${t.errors[error]}</p>` : ''}
</div>`;
  };

  const alert =
    failed.length > 0
      ? `<div class="alert" role="alert"><p>${t.errorSummary}</p><ul>${failed
          .map((name) => `<li><a href="#${name}">${t.errors[errors[name]!]}</a></li>`)
          .join('')}</ul></div>`
      : '';

  const body = `<div class="panel">
<h1>${t.title}</h1>
<p class="sandbox">${t.sandboxNotice}</p>
${summary(order, merchantName)}
${alert}
<form method="post" action="${action}" novalidate>
${field('cardNumber', t.cardNumber, 'type="text" inputmode="numeric" autocomplete="cc-number" maxlength="23" spellcheck="false"', { hint: t.cardNumberHint })}
<div class="row">
${field('expiry', t.expiry, 'type="text" inputmode="numeric" autocomplete="cc-exp" maxlength="7"', { hint: t.expiryHint, value: state.expiry })}
${field('cvv', t.cvv, 'type="password" inputmode="numeric" autocomplete="cc-csc" maxlength="3"', { hint: t.cvvHint })}
</div>
${field('cardholder', t.cardholder, 'type="text" autocomplete="cc-name" maxlength="80" spellcheck="false"', { value: state.cardholder })}
<button type="submit" class="pay">${escapeHtml(t.pay(formatAmount(order.amount, order.currency, order.locale)))}</button>
</form>
<form method="post" action="${action}/cancel" class="cancel">
<button type="submit" class="linklike">${t.cancel}</button>
</form>
<p class="secure">${t.secure}</p>
</div>
${testCardTable(order.locale)}`;
  return layout(order.locale, t.title, body);
}

export function outcomePage(order: PageOrder, merchantName: string, backUrl: string): string {
  const t = texts[order.locale];
  const status = order.status === 'created' ? 'pending' : order.status;
  const body = `<div class="panel status status-${status}">
<h1>${t.statusTitle[status]}</h1>
<p>${t.statusText[status]}</p>
${summary(order, merchantName)}
<p>${t.orderNumber}: ${escapeHtml(order.merchantOrderId)}</p>
<a class="back" href="${escapeHtml(backUrl)}">${t.backToMerchant}</a>
</div>`;
  return layout(order.locale, t.statusTitle[status], body);
}

export function notFoundPage(): string {
  const body = `<div class="panel">
<h1>${texts.sr.notFoundTitle}</h1>
<p>${texts.sr.notFoundText}</p>
<p lang="en">${texts.en.notFoundText}</p>
</div>`;
  return layout('sr', texts.sr.notFoundTitle, body);
}
