// Serbian (Cyrillic) texts of the development mailbox. Spread into i18n/sr-Cyrl.ts; sr-Latn is transliterated
// from it.
export default {
  mailbox: {
    nav: 'Локална пошта',
    title: 'Поштанско сандуче (развој)',
    lead: 'Поруке које портал шаље док SMTP сервер није подешен. Доступно само на овом рачунару.',
    empty: 'Сандуче је празно.',
    refresh: 'Освежи',
    to: 'Прима',
    subject: 'Наслов',
    created: 'Време',
    status: 'Стање',
    back: 'Назад на списак',
    html: 'HTML',
    text: 'Текст',
    preview: 'Садржај поруке',
  },
};
