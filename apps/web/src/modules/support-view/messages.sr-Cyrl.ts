// Texts of staff's view of a customer's account (sr-Latn is transliterated from these).
export default {
  supportView: {
    open: {
      title: 'Отварање налога купца',
      lead: 'Видећете странице купца онако како их он види: преглед, рачуне и њихове PDF-ове, уплате, картицу, опомене и потрошњу. Само за читање, 30 минута.',
      customerSees:
        'Купац ће овај увид видети на свом налогу, у одељку „Ко је гледао моје податке”: датум, вашу улогу и ИД запосленог, и врсту разлога (не и текст).',
      category: 'Разлог',
      reason: 'Број пријаве или опис',
      reasonHint: 'На пример INC-2026-0042, или шта је купац тражио.',
      submit: 'Отвори увид само за читање',
      back: 'Назад на претрагу',
    },
    categories: {
      ticket: 'Пријава',
      customer_request: 'Купац је тражио помоћ',
      complaint: 'Рекламација',
      payment: 'Уплата',
      other: 'Друго',
    },
    banner: {
      label: 'Увид запосленог',
      title: 'Увид запосленог:',
      whose: 'налог купца {names} ({username})',
      readOnly: 'само за читање',
      until: 'до {time}',
      end: 'Заврши увид',
      ended: 'Увид у налог купца је завршен.',
    },
  },
};
