// The overview's list state: search, filters, sort and page live in the address (so a reload or the
// back button keeps them), and every change asks the server for that page.
import {
  maxSearchLength,
  meteringPointSorts,
  type MeteringPointListResponse,
  type MeteringPointSort,
} from '@portal/contract';
import { computed, ref, shallowRef, watch } from 'vue';
import { useRoute, useRouter, type LocationQuery, type LocationQueryRaw } from 'vue-router';
import { useApi } from '../../composables/use-api.js';
import { useNewestLoad } from '../../composables/use-newest-load.js';
import { meteringPointSearch, meteringPointsApi, type MeteringPointQuery } from './metering-points.api.js';
import { useRegions } from './use-regions.js';

export const defaultPageSize = 20;

const first = (value: LocationQuery[string] | undefined): string | undefined =>
  (Array.isArray(value) ? value[0] : value) ?? undefined;

/** What a region code looks like, for an address read before the API has named the regions. */
const regionCodeForm = /^[A-Z]{1,8}$/;

/**
 * The list query the address describes; anything unknown falls back to the default. Region codes are
 * kept when `regions` (the API's codes) has them, or, before it is known, when they look like one.
 */
export function queryFromRoute(route: LocationQuery, regions?: readonly string[]): MeteringPointQuery {
  const page = Number(first(route.page));
  const sort = first(route.sort);
  const status = first(route.status);
  const overdue = first(route.overdue);
  const region = (first(route.region) ?? '')
    .split(',')
    .filter((code) => (regions ? regions.includes(code) : regionCodeForm.test(code)));
  return {
    page: Number.isInteger(page) && page > 0 ? page : 1,
    pageSize: defaultPageSize,
    q: first(route.q)?.slice(0, maxSearchLength) || undefined,
    region: region.length ? region : undefined,
    status: status === 'active' || status === 'closed' ? status : undefined,
    overdue: overdue === 'true' ? true : overdue === 'false' ? false : undefined,
    sort: (meteringPointSorts as readonly string[]).includes(sort ?? '')
      ? (sort as MeteringPointSort)
      : 'nickname',
    order: first(route.order) === 'desc' ? 'desc' : 'asc',
  };
}

/** The address of a list query, leaving the defaults out. */
export function routeFromQuery(query: MeteringPointQuery): LocationQueryRaw {
  const raw: LocationQueryRaw = {};
  if (query.page > 1) raw.page = String(query.page);
  if (query.q?.trim()) raw.q = query.q.trim();
  if (query.region?.length) raw.region = query.region.join(',');
  if (query.status) raw.status = query.status;
  if (query.overdue !== undefined) raw.overdue = String(query.overdue);
  if (query.sort !== 'nickname') raw.sort = query.sort;
  if (query.order !== 'asc') raw.order = query.order;
  return raw;
}

export function hasFilters(query: MeteringPointQuery): boolean {
  return Boolean(query.q || query.region?.length || query.status || query.overdue !== undefined);
}

export function useMeteringPointList() {
  const calls = meteringPointsApi(useApi());
  const route = useRoute();
  const router = useRouter();

  const { codes } = useRegions();
  const query = computed(() => queryFromRoute(route.query, codes.value));
  const result = shallowRef<MeteringPointListResponse | null>(null);
  const failed = ref(false);
  const { loading, load } = useNewestLoad(() => calls.list(query.value), {
    start: () => (failed.value = false),
    answer: (answer) => (result.value = answer),
    failure: () => (failed.value = true),
  });

  watch(() => meteringPointSearch(query.value), load, { immediate: true });

  /** Changes the query; any change but the page starts again at page 1. */
  function update(change: Partial<MeteringPointQuery>) {
    const next = { ...query.value, page: 1, ...change };
    void router.replace({ query: routeFromQuery(next) });
  }

  function clearFilters() {
    update({ q: undefined, region: undefined, status: undefined, overdue: undefined });
  }

  const pageCount = computed(() =>
    result.value ? Math.max(1, Math.ceil(result.value.total / result.value.pageSize)) : 1,
  );

  return { query, result, loading, failed, load, update, clearFilters, pageCount };
}
