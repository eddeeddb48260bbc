import { errorMessage } from '@portal/contract';
import { mount } from '@vue/test-utils';
import { defineComponent, h, nextTick, type PropType } from 'vue';
import { describe, expect, it, vi } from 'vitest';
import { createI18nPlugin } from '../plugins/i18n.js';

// The test setup loads the error texts for every other test; these modules are loaded anew, without.
vi.resetModules();
const { ApiError } = await import('../api/client.js');
const { errorTexts, loadErrorTexts } = await import('./error-texts.js');
const { useErrorText } = await import('./use-error-text.js');

/** Shows the message of the error it is given; the texts load with the error, as in a form. */
const Probe = defineComponent({
  props: { error: { type: Object as PropType<unknown>, required: true } },
  setup(props) {
    const message = useErrorText('with-schema')(props.error);
    return () => h('p', message());
  },
});

describe('an error as a message', () => {
  // These modules were loaded anew: the texts are not loaded when it starts.
  it("shows the server's words until the contract's texts are loaded, then the text of its code", async () => {
    expect(errorTexts()).toBeNull();
    const error = new ApiError(409, 'CONTRACT_ALREADY_LINKED', 'the server said so');
    const wrapper = mount(Probe, { props: { error }, global: { plugins: [createI18nPlugin('sr-Latn')] } });
    expect(wrapper.text()).toBe('the server said so');
    await loadErrorTexts(); // the message asked for them when it was made
    await nextTick();
    expect(wrapper.text()).toBe(errorMessage('CONTRACT_ALREADY_LINKED', 'sr-Latn'));
    expect(wrapper.text()).toBe('Ovaj ugovor je već povezan sa vašim nalogom.');
  });

  it("words a failed connection and an error that is not the API's from the catalogue", () => {
    const plugins = [createI18nPlugin('en')];
    const offline = mount(Probe, {
      props: { error: new ApiError(0, 'NETWORK', 'fetch failed') },
      global: { plugins },
    });
    const other = mount(Probe, { props: { error: new TypeError('x is undefined') }, global: { plugins } });
    expect(offline.text()).not.toBe('fetch failed');
    expect(other.text()).not.toBe('x is undefined');
    expect(offline.text()).not.toBe(other.text());
  });
});
