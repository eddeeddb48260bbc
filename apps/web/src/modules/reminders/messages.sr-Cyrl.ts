// Texts of the reminders module in Serbian Cyrillic (sr-Latn is transliterated from these).
export default {
  reminders: {
    unsubscribe: {
      title: 'Искључивање подсетника за плаћање',
      lead: 'Више нећете добијати е-поруке пре рока плаћања рачуна ни на дан рока. Обавештења о новим рачунима и опоменама остају.',
      confirm: 'Искључи подсетнике',
      done: 'Подсетници су искључени. Поново их можете укључити у подешавањима налога.',
      settings: 'Подешавања налога',
    },
  },
};
