import { mount } from '@vue/test-utils';
import { defineComponent, h } from 'vue';
import { describe, expect, it } from 'vitest';
import { createApiPlugin } from '../../plugins/api.js';
import { createI18nPlugin } from '../../plugins/i18n.js';
import { messages } from '../../i18n/messages.js';
import { settle } from '../../testing/mount-app.js';
import { useRegions } from './use-regions.js';

const regions = [
  { id: 'BG', name: 'Београд', nameLatin: 'Beograd' },
  { id: 'NI', name: 'Ниш', nameLatin: 'Niš' },
  { id: 'SU', name: 'Суботица', nameLatin: 'Subotica' },
];

function mountProbes(locale: 'sr-Cyrl' | 'sr-Latn' | 'en') {
  const asked: string[] = [];
  const fetch: typeof globalThis.fetch = async (input) => {
    asked.push(String(input));
    return new Response(JSON.stringify({ regions }), {
      status: 200,
      headers: { 'Content-Type': 'application/json' },
    });
  };
  const Probe = defineComponent({
    setup: () => useRegions(),
    render() {
      return h('span', `${this.codes?.join(',')}|${this.items.map((item) => item.title).join(',')}`);
    },
  });
  const i18n = createI18nPlugin(locale, messages);
  const api = createApiPlugin(i18n, fetch);
  const wrappers = [0, 1].map(() => mount(Probe, { global: { plugins: [i18n, api] } }));
  return { wrappers, asked };
}

describe('the regions of the overview filter', () => {
  it('come from the API, asked once, named in Cyrillic for sr-Cyrl in that order', async () => {
    const { wrappers, asked } = mountProbes('sr-Cyrl');
    await settle();
    expect(wrappers[0]!.text()).toBe('BG,NI,SU|Београд,Ниш,Суботица');
    expect(wrappers[1]!.text()).toBe(wrappers[0]!.text());
    expect(asked).toEqual(['/api/regions']);
  });

  it('are named in Latin script for sr-Latn and English, a new region included', async () => {
    for (const locale of ['sr-Latn', 'en'] as const) {
      const { wrappers } = mountProbes(locale);
      await settle();
      expect(wrappers[0]!.text()).toBe('BG,NI,SU|Beograd,Niš,Subotica');
    }
  });
});
