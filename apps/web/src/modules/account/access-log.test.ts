import { locales, staffAuditActionGroups } from '@portal/contract';
import { describe, expect, it } from 'vitest';
import { messages } from '../../i18n/messages.js';
import { actionMessageKey, topicsOf } from './access-log.js';

describe('topicsOf', () => {
  it('reads the pages staff called as topics, each once, in a fixed order', () => {
    expect(
      topicsOf(['bills.pdf', 'meteringPoints.list', 'bills.get', 'bills.list', 'meteringPoints.get']),
    ).toEqual(['meteringPoints', 'bills', 'billDocuments']);
    expect(topicsOf(['payments.ledger', 'payments.history', 'payments.receipt', 'notices.pdf'])).toEqual([
      'noticeDocuments',
      'payments',
      'ledger',
      'receipts',
    ]);
  });

  it('leaves out what it does not know', () => {
    expect(topicsOf(['', 'reference.regions'])).toEqual([]);
  });
});

describe('actionMessageKey', () => {
  it('names a text in every language for each supervisor action on an account', () => {
    const at = (tree: unknown, key: string) =>
      key.split('.').reduce<unknown>((node, step) => (node as Record<string, unknown>)?.[step], tree);
    for (const action of staffAuditActionGroups.accountAction) {
      // the log names an action without its prefix, as `sessions.revoke`
      const key = actionMessageKey(action.replace(/^support\.user\./, ''));
      for (const locale of locales)
        expect(typeof at(messages[locale], key), `${locale} ${key}`).toBe('string');
    }
  });
});
