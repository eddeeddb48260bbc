// Serbian (Cyrillic) texts of the supervisor's reports page. Spread into i18n/sr-Cyrl.ts; sr-Latn is
// transliterated from it.
export default {
  reports: {
    title: 'Извештаји',
    nav: 'Извештаји',
    lead: 'Купци регистровани на порталу и прокњижене уплате, по данима и збирно од првог изабраног дана.',
    from: 'Од',
    to: 'До',
    region: 'Регион',
    channel: 'Начин плаћања',
    allRegions: 'Сви региони',
    noRegion: 'Без повезаног мерног места',
    allChannels: 'Сви начини плаћања',
    cumulative: 'Кумулативно',
    csv: 'Преузми CSV',
    loading: 'Извештај се учитава…',
    loadFailed: 'Извештаји нису учитани.',
    downloadFailed: 'CSV датотека није преузета.',
    chartRegion: '{report}: графикон',
    chartLabel: 'Графикон: {report} по данима и кумулативно; исти подаци су у табели испод.',
    tableRegion: '{report}: табела (може да се помера)',
    caption: '{report} по данима',
    range: {
      invalid: 'Изаберите оба датума.',
      backwards: 'Крајњи датум је пре почетног.',
      tooLong: 'Извештај обухвата највише 366 дана.',
    },
    columns: {
      date: 'Датум',
      amount: 'Износ',
      cumulativeAmount: 'Кумулативни износ',
    },
    registrations: {
      title: 'Регистровани корисници',
      perDay: 'Регистрације',
      total: 'Регистровано у периоду: {count}',
    },
    payments: {
      title: 'Уплате',
      perDay: 'Уплате',
      total: 'Уплата у периоду: {count}, {amount}',
    },
  },
};
