import { mount } from '@vue/test-utils';
import { describe, expect, it } from 'vitest';
import { createI18nPlugin } from '../../plugins/i18n.js';
import { messages } from '../../i18n/messages.js';
import { createVuetifyPlugin } from '../../plugins/vuetify.js';
import PasswordRules from './password-rules.vue';

function mountRules(props: InstanceType<typeof PasswordRules>['$props'], locale: 'en' | 'sr-Latn' = 'en') {
  const i18n = createI18nPlugin(locale, messages);
  return mount(PasswordRules, { props, global: { plugins: [i18n, createVuetifyPlugin(i18n)] } });
}

const met = (wrapper: ReturnType<typeof mountRules>) =>
  Object.fromEntries(
    wrapper
      .findAll('li')
      .map((li) => [li.attributes('data-testid')!.replace('password-rule-', ''), li.attributes('data-met')]),
  );

describe('the live password rules', () => {
  it('lists every rule unticked while nothing is typed', () => {
    const wrapper = mountRules({ password: '' });
    expect(Object.values(met(wrapper))).toEqual(Array(8).fill('false'));
    expect(wrapper.text()).toContain('At least 8 characters');
    expect(wrapper.text()).toContain('(not met)');
  });

  it('ticks each rule as the password meets it', async () => {
    const wrapper = mountRules({ password: 'abc' });
    expect(met(wrapper)).toMatchObject({
      minLength: 'false',
      lowercase: 'true',
      uppercase: 'false',
      digit: 'false',
    });
    await wrapper.setProps({ password: 'Ђурђевак#2026' });
    expect(Object.values(met(wrapper))).toEqual(Array(8).fill('true'));
  });

  it('unticks "does not contain the username / e-mail local part" (case-insensitively)', async () => {
    const wrapper = mountRules({
      password: 'Marko.Petrovic#1',
      username: 'marko',
      email: 'petrovic@example.com',
    });
    expect(met(wrapper)).toMatchObject({ notUsername: 'false', notEmail: 'false' });
    await wrapper.setProps({ password: 'Sunce#Jutro42' });
    expect(met(wrapper)).toMatchObject({ notUsername: 'true', notEmail: 'true' });
  });

  it('shows the common-password rule broken once the server said so, and can leave out the personal rules', () => {
    const wrapper = mountRules(
      { password: 'Password#2026', commonRejected: true, withoutPersonal: true },
      'sr-Latn',
    );
    expect(met(wrapper)).toEqual({
      minLength: 'true',
      lowercase: 'true',
      uppercase: 'true',
      digit: 'true',
      special: 'true',
      notCommon: 'false',
    });
    expect(wrapper.text()).toContain('Nije među najčešće korišćenim lozinkama');
  });
});
