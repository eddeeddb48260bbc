// Serbian (Cyrillic) texts of the notices tab: reminders before enforcement and warnings before disconnection. Spread into i18n/sr-Cyrl.ts; sr-Latn is transliterated
// from it.
export default {
  notices: {
    tab: 'Опомене',
    title: 'Опомене и упозорења',
    intro: 'Опомене пред утужење и упозорења пред обуставу испоруке из последње три године.',
    none: 'За ово мерно место нема опомена ни упозорења.',
    loadFailed: 'Опомене није могуће учитати.',
    kinds: {
      reminder_before_enforcement: 'Опомена пред утужење',
      warning_before_disconnection: 'Упозорење пред обуставу испоруке',
    },
    statuses: {
      open: 'Отворено',
      settled: 'Измирено',
      escalated: 'Замењено новом опоменом',
      cancelled: 'Повучено',
    },
    number: 'Број {number}',
    issuedOn: 'Издато',
    deliveredOn: 'Уручено',
    debtOn: 'Дуг на дан {date}',
    deadline: 'Рок за плаћање',
    settledOn: 'Измирено {date}',
    consequences: {
      reminder_before_enforcement:
        'Ако дуг не измирите до {date}, снабдевач ће га наплатити у судском поступку (утужење), са трошковима поступка и затезном каматом.',
      warning_before_disconnection:
        'Ако дуг не измирите до {date}, после тог рока биће обустављена испорука електричне енергије, а трошкове обуставе и поновног прикључења сносићете Ви.',
    },
    pay: 'Плати дуг',
    payToSupplier:
      'Овај дуг плаћа се снабдевачу ({supplier}), не преко портала: платне картице и IPS QR кôд плаћају само у динарима.',
    downloadPdf: 'PDF',
    downloadLabel: 'Преузми {number} као PDF',
    downloadFailed: 'Преузимање није успело.',
    viewAll: 'Погледај опомене',
  },
};
