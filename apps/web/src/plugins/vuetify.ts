import 'vuetify/styles';
import { createVuetify } from 'vuetify';
import { aliases, mdi } from 'vuetify/iconsets/mdi-svg';
import { createVueI18nAdapter } from 'vuetify/locale/adapters/vue-i18n';
import { useI18n } from 'vue-i18n';
import type { I18nPlugin } from './i18n.js';

export function createVuetifyPlugin(i18n: I18nPlugin) {
  return createVuetify({
    locale: { adapter: createVueI18nAdapter({ i18n, useI18n }) },
    icons: { defaultSet: 'mdi', aliases, sets: { mdi } },
    theme: {
      defaultTheme: 'portal',
      themes: {
        portal: {
          dark: false,
          // Vuetify's 0.6 leaves field labels and hints below WCAG AA contrast (4.3:1 on white).
          variables: { 'medium-emphasis-opacity': 0.72 },
          colors: {
            primary: '#0b4f8a',
            secondary: '#b35c00',
            accent: '#f5a300',
            // the staff area's app bar: a colour of its own, so that it is never taken for a customer's screen
            staff: '#263238',
            background: '#f5f7fa',
            surface: '#ffffff',
            // status colours dark enough for text on white and on their own tonal tint (WCAG AA)
            info: '#1565c0',
            success: '#2e7d32',
            warning: '#9a5800',
            error: '#c62828',
            // consumption zones, dark enough for text on white (WCAG AA)
            'zone-green': '#2e7d32',
            'zone-blue': '#1565c0',
            'zone-red': '#c62828',
          },
        },
      },
    },
    defaults: { VBtn: { rounded: 'lg' }, VCard: { rounded: 'lg' } },
  });
}
