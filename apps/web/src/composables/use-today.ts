// "Today" in the SPA is the server's: the API's one clock (CLOCK_START moves it) is asked once at start
// (GET /api/clock, plugins/clock.ts) and its distance from this device's clock kept, so that a portal
// started on another day shows that day's months, and a device whose clock is wrong does not matter.
import { belgradeDateOf } from '@portal/domain';
import { computed, ref, type Ref } from 'vue';
import type { ApiClient } from '../api/client.js';
import { firstPageRoutes } from '../api/route-refs.js';
import { oncePerClient } from './once-per-client.js';
import { useApi } from './use-api.js';

/** How far the server's clock is ahead of this device's, in ms, from one answer and its round trip. */
export function clockOffset(serverNow: string, sentAt: number, answeredAt: number): number {
  return new Date(serverNow).getTime() - Math.round((sentAt + answeredAt) / 2);
}

const offsets = new WeakMap<ApiClient, Ref<number>>();
function offsetOf(client: ApiClient): Ref<number> {
  let offset = offsets.get(client);
  if (!offset) offsets.set(client, (offset = ref(0)));
  return offset;
}

/** Asks the server's clock once; until it answers, or when it cannot, the device's clock stands in. */
export function syncServerClock(client: ApiClient, now: () => number = Date.now): Promise<void> {
  return oncePerClient(client, 'clock', async () => {
    const sentAt = now();
    const answer = await client.call(firstPageRoutes.clock);
    offsetOf(client).value = clockOffset(answer.now, sentAt, now());
  }).catch(() => {
    // the device's clock it is
  });
}

/** Today ("YYYY-MM-DD") in Europe/Belgrade by the server's clock. */
export function useToday(now: () => number = Date.now) {
  const offset = offsetOf(useApi());
  return computed(() => belgradeDateOf(new Date(now() + offset.value)));
}
