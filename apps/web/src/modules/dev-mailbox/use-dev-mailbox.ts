// The local development mailbox (/api/dev/mailbox) exists only when the portal keeps mail locally
// (no SMTP_URL) and answers only this machine: pages link to it only when it answers.
import { devMailboxRoutes } from '@portal/contract';
import { ref, type Ref } from 'vue';
import type { ApiClient } from '../../api/client.js';
import { useApi } from '../../composables/use-api.js';

export type { MailMessage, MailSummary } from '@portal/contract';

export function mailboxApi(api: ApiClient) {
  return {
    list: () => api.call(devMailboxRoutes.list),
    get: (id: string) => api.call(devMailboxRoutes.get, { params: { id } }),
  };
}

let availability: Promise<boolean> | undefined;
const available = ref(false);

/** True once GET /api/dev/mailbox answered 200 (asked once per page load). */
export function useDevMailboxAvailable(): Readonly<Ref<boolean>> {
  const api = useApi();
  availability ??= mailboxApi(api)
    .list()
    .then(
      () => true,
      () => false,
    )
    .then((answer) => (available.value = answer));
  return available;
}
