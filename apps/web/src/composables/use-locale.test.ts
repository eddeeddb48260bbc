import { mount } from '@vue/test-utils';
import { defineComponent, h, nextTick } from 'vue';
import { beforeEach, describe, expect, it } from 'vitest';
import { createI18nPlugin, initialLocale, localeStorageKey } from '../plugins/i18n.js';
import { pluginMessages } from '../i18n/messages.js';
import { useLocale } from './use-locale.js';

const Probe = defineComponent({
  setup() {
    return useLocale();
  },
  render() {
    return h('span', this.$t('home.title'));
  },
});

describe('the interface language', () => {
  beforeEach(() => localStorage.clear());

  it('switches texts, loading the catalogue on first use, remembers the choice and sets <html lang>', async () => {
    const i18n = createI18nPlugin('sr-Cyrl', { 'sr-Cyrl': pluginMessages['sr-Cyrl'] });
    const wrapper = mount(Probe, { global: { plugins: [i18n] } });
    expect(i18n.global.availableLocales).toEqual(['sr-Cyrl']);
    expect(wrapper.text()).toBe('Сви ваши рачуни за струју на једном месту');
    await wrapper.vm.setLocale('sr-Latn');
    await nextTick();
    expect(wrapper.text()).toBe('Svi vaši računi za struju na jednom mestu');
    expect(localStorage.getItem(localeStorageKey)).toBe('sr-Latn');
    expect(document.documentElement.lang).toBe('sr-Latn');
    await wrapper.vm.setLocale('en');
    await nextTick();
    expect(wrapper.text()).toBe('All your electricity bills in one place');
    expect([...i18n.global.availableLocales].sort()).toEqual(['en', 'sr-Cyrl', 'sr-Latn']);
  });

  it("starts from the remembered choice, else the script of the browser's Serbian, else Cyrillic", () => {
    expect(initialLocale('en', ['sr-RS'])).toBe('en');
    expect(initialLocale(null, ['sr-Latn-RS', 'en'])).toBe('sr-Latn');
    expect(initialLocale(null, ['sr-RS'])).toBe('sr-Cyrl');
    expect(initialLocale(null, ['en-US', 'sr-Latn'])).toBe('sr-Latn');
    expect(initialLocale(null, ['en-US', 'sr', 'sr-Latn'])).toBe('sr-Cyrl');
    expect(initialLocale(null, ['hr-HR'])).toBe('sr-Latn');
    expect(initialLocale(null, ['en-GB'])).toBe('sr-Cyrl');
    expect(initialLocale(null, [])).toBe('sr-Cyrl');
    expect(initialLocale('xx', ['fr'])).toBe('sr-Cyrl');
  });
});
