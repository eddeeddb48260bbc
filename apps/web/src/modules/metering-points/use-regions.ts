// The supplier's regions as the API names them (GET /api/regions), so that a new region needs no change
// of the web app: the overview's region filter and which codes in the address it keeps.
import { referenceRoutes, type Region } from '@portal/contract';
import { computed, shallowRef } from 'vue';
import { useI18n } from 'vue-i18n';
import { useApi } from '../../composables/use-api.js';
import { oncePerClient } from '../../composables/once-per-client.js';
import { regionName } from './metering-point-labels.js';

export function useRegions() {
  const api = useApi();
  const { locale } = useI18n();
  const regions = shallowRef<readonly Region[] | null>(null);
  oncePerClient(api, 'regions', () => api.call(referenceRoutes.regions)).then(
    (answer) => (regions.value = answer.regions),
    () => {
      // without the list the filter offers no regions; the overview itself still shows
    },
  );

  /** The known codes, undefined until the API has answered. */
  const codes = computed(() => regions.value?.map((region) => region.id));
  /** The filter's choices: each region's name in the interface's script, in that script's order. */
  const items = computed(() =>
    (regions.value ?? [])
      .map((region) => ({ value: region.id, title: regionName(region, locale.value) }))
      .sort((a, b) => a.title.localeCompare(b.title, locale.value)),
  );
  return { codes, items };
}
