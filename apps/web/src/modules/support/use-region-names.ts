// Region codes (BG, NS...) as staff read them: the region's name from GET /api/regions in the
// interface's script, or the code itself until (or unless) the API has answered.
import { computed } from 'vue';
import { useRegions } from '../metering-points/use-regions.js';

export function useRegionNames() {
  const { items } = useRegions();
  const names = computed(() => new Map(items.value.map((item) => [item.value, item.title])));
  return {
    /** the regions as choices of a filter, by name */
    items,
    regionName: (code: string) => names.value.get(code) ?? code,
  };
}
