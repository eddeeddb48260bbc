// Saving one of the user's own settings with PATCH /me: the answer becomes the signed-in user, and
// `saved` says so once it went through (busy and the error as any request outside a form).
import type { Me, UpdateMeBody } from '@portal/contract';
import { computed, ref } from 'vue';
import { useApi } from '../../composables/use-api.js';
import { useRequest } from '../../composables/use-request.js';
import { authApi } from '../auth/auth.api.js';
import { useAuthStore } from '../auth/auth.store.js';

export function useSaveMe() {
  const api = authApi(useApi());
  const auth = useAuthStore();
  const user = computed(() => auth.user!);
  const { busy, error, run } = useRequest();
  const saved = ref(false);

  async function save(changes: UpdateMeBody, then?: (me: Me) => void) {
    saved.value = false;
    await run(async () => {
      const me = await api.updateMe(changes);
      auth.setUser(me);
      then?.(me);
      saved.value = true;
    });
  }

  return { user, busy, error, saved, save };
}
