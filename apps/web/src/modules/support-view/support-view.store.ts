// Staff's read-only view of a customer's account: the open access (opened with a reason, for 30
// minutes), kept for the tab in sessionStorage so a reload stays in the view. While it is open the API
// client sends it with every read, and the customer's own pages show that account (the server refuses
// writes); it ends when staff end it, when its time is up, or when the server says it has ended.
import type { OpenSupportAccessBody, SupportAccess } from '@portal/contract';
import { defineStore } from 'pinia';
import { computed, ref, shallowRef } from 'vue';
import { firstPageRoutes } from '../../api/route-refs.js';
import { useApi } from '../../composables/use-api.js';

const storageKey = 'portal.support.view';

function stored(): string | null {
  try {
    return globalThis.sessionStorage?.getItem(storageKey) ?? null;
  } catch {
    return null;
  }
}

function store(accessId: string | null) {
  try {
    if (accessId) globalThis.sessionStorage?.setItem(storageKey, accessId);
    else globalThis.sessionStorage?.removeItem(storageKey);
  } catch {
    // storage switched off: the view lasts until the page is reloaded
  }
}

export const useSupportViewStore = defineStore('supportView', () => {
  const api = useApi();
  const access = shallowRef<SupportAccess | null>(null);
  /** the last view ended by itself (time up, or refused by the server), not by staff */
  const endedByItself = ref(false);
  const active = computed(() => access.value !== null);
  let timer: ReturnType<typeof setTimeout> | undefined;

  function adopt(next: SupportAccess | null) {
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
    access.value = next;
    store(next?.accessId ?? null);
    if (next) {
      endedByItself.value = false;
      // setTimeout fires at once for a delay past 2^31 ms (24.8 days): never wait longer than that
      const left = Math.min(Math.max(0, Date.parse(next.expiresAt) - Date.now()), 2 ** 31 - 1);
      timer = setTimeout(() => lapse(), left);
    }
  }

  function lapse() {
    if (!access.value) return;
    adopt(null);
    endedByItself.value = true;
  }

  api.setView({ accessId: () => access.value?.accessId ?? null, ended: lapse });

  /** Opens a view of the customer (or portal account) `id` with a reason, and enters it. */
  async function open(id: string, body: OpenSupportAccessBody): Promise<SupportAccess> {
    const opened = await api.call(firstPageRoutes.openSupportAccess, { params: { id }, body });
    adopt(opened);
    return opened;
  }

  /** After a reload: the view this tab had open, if it still lasts. */
  async function restore(): Promise<void> {
    const id = stored();
    if (!id || access.value?.accessId === id) return;
    try {
      adopt(await api.call(firstPageRoutes.supportAccess, { params: { id } }));
    } catch {
      adopt(null);
    }
  }

  /** Whether this tab had a view open that is not restored yet (after a reload). */
  function pending(): boolean {
    const id = stored();
    return id !== null && access.value?.accessId !== id;
  }

  /** Staff end the view; nothing more is read with it. */
  function end() {
    adopt(null);
    endedByItself.value = false;
  }

  return { access, active, endedByItself, open, restore, pending, end };
});
