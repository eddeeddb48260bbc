// The local development mailbox (/api/dev/mailbox) exists only when the portal keeps mail locally
// (no SMTP_URL) and answers only this machine: pages link to it only when it answers.
import { ref, type Ref } from 'vue';
import type { ApiClient } from '../../api/client.js';
import { useApi } from '../../composables/use-api.js';

export interface MailSummary {
  id: string;
  to: string;
  subject: string;
  template: string;
  status: 'PENDING' | 'SENDING' | 'SENT' | 'FAILED';
  createdAt: string;
}
export interface MailMessage extends MailSummary {
  locale: string;
  sentAt: string | null;
  text: string;
  html: string;
}

export function mailboxApi(api: ApiClient) {
  const options = { auth: false } as const;
  return {
    list: () => api.request<{ items: MailSummary[] }>('GET', '/api/dev/mailbox', undefined, options),
    get: (id: string) =>
      api.request<MailMessage>('GET', `/api/dev/mailbox/${encodeURIComponent(id)}`, undefined, options),
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
