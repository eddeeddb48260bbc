// The local development mailbox (/api/dev/mailbox) exists only when the portal keeps mail locally
// (no SMTP_URL) and answers only this machine: pages link to it only when it answers.
import { ref, type Ref } from 'vue';
import { firstPageRoutes } from '../../api/route-refs.js';
import { useApi } from '../../composables/use-api.js';

let availability: Promise<boolean> | undefined;
const available = ref(false);

/** True once GET /api/dev/mailbox answered 200 (asked once per page load). */
export function useDevMailboxAvailable(): Readonly<Ref<boolean>> {
  const api = useApi();
  // by the route's reference: the app bar asks on the first page, which loads no zod
  availability ??= api
    .call(firstPageRoutes.mailbox)
    .then(
      () => true,
      () => false,
    )
    .then((answer) => (available.value = answer));
  return available;
}
