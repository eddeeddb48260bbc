// A new version of the portal is waiting (its service worker installed beside the running one): the
// update prompt shows until the user reloads into it. main.ts wires the service worker to this store;
// tests set it by hand.
import { defineStore } from 'pinia';
import { ref } from 'vue';

export const useAppUpdateStore = defineStore('appUpdate', () => {
  const waiting = ref(false);
  let activate: (() => Promise<void>) | undefined;

  /** The service worker reports a new version; `apply` makes it take over and reloads. */
  function offer(apply: () => Promise<void>) {
    activate = apply;
    waiting.value = true;
  }

  async function apply() {
    waiting.value = false;
    await activate?.();
  }

  function later() {
    waiting.value = false;
  }

  return { waiting, offer, apply, later };
});
