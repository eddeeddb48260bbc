import { describe, expect, it } from 'vitest';
import { topicsOf } from './access-log.js';

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
