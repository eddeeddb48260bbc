// What the customer's access log says was read: the contract names the pages staff called
// (`bills.pdf`, `payments.ledger`, ...); the customer reads them as a few topics, each once.
import { messageKey } from '../../i18n/message-key.js';

export const accessTopics = [
  'meteringPoints',
  'contracts',
  'bills',
  'billDocuments',
  'consumption',
  'notices',
  'noticeDocuments',
  'payments',
  'ledger',
  'receipts',
] as const;
export type AccessTopic = (typeof accessTopics)[number];

const topicOfPage: Record<string, AccessTopic> = {
  'bills.pdf': 'billDocuments',
  'bills.yearArchive': 'billDocuments',
  'notices.pdf': 'noticeDocuments',
  'payments.ledger': 'ledger',
  'payments.receipt': 'receipts',
};

/** The topics of the pages read, in the order of `accessTopics`; an unknown module is left out. */
export function topicsOf(pages: readonly string[]): AccessTopic[] {
  const found = new Set<AccessTopic>();
  for (const page of pages) {
    const topic = topicOfPage[page] ?? page.split('.')[0];
    if ((accessTopics as readonly string[]).includes(topic!)) found.add(topic as AccessTopic);
  }
  return accessTopics.filter((topic) => found.has(topic));
}

/** The message key of a supervisor's action on the account (`sessions.revoke`, ...). */
export const actionMessageKey = (action: string) => `account.accessLog.actions.${messageKey(action)}`;
