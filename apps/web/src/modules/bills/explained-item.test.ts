import { mount } from '@vue/test-utils';
import { describe, expect, it } from 'vitest';
import { createI18nPlugin } from '../../plugins/i18n.js';
import { messages } from '../../i18n/messages.js';
import { createVuetifyPlugin } from '../../plugins/vuetify.js';
import ExplainedItem from './explained-item.vue';

function mountItem() {
  const i18n = createI18nPlugin('en', messages);
  return mount(
    {
      components: { ExplainedItem },
      template: '<dl><explained-item label="Due date" explain="dueDate">27/11/2026</explained-item></dl>',
    },
    { global: { plugins: [i18n, createVuetifyPlugin(i18n)] }, attachTo: document.body },
  );
}

describe('an element of the bill with its explanation', () => {
  it('shows the explanation on demand and says whether it is open', async () => {
    const wrapper = mountItem();
    const button = wrapper.get('[data-testid="explain-toggle"]');
    const explanation = wrapper.get('[data-testid="explanation"]');
    expect(button.attributes('aria-label')).toBe('Explanation: Due date');
    expect(button.attributes('aria-expanded')).toBe('false');
    expect(button.attributes('aria-controls')).toBe(explanation.attributes('id'));
    expect(explanation.isVisible()).toBe(false);

    await button.trigger('click');
    expect(button.attributes('aria-expanded')).toBe('true');
    expect(explanation.isVisible()).toBe(true);
    expect(explanation.text()).toContain('Pay by this date');

    await button.trigger('click');
    expect(button.attributes('aria-expanded')).toBe('false');
    wrapper.unmount();
  });
});
