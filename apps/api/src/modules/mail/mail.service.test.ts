import { describe, expect, it, vi } from 'vitest';
import { retryDelaySeconds } from './mail.service.js';
import { createLocalTransport, createMailTransport, describeSendError } from './mail.transport.js';

describe('retryDelaySeconds', () => {
  it('doubles from 30 s and stops at an hour', () => {
    expect([1, 2, 3, 4].map(retryDelaySeconds)).toEqual([30, 60, 120, 240]);
    expect(retryDelaySeconds(8)).toBe(3600);
    expect(retryDelaySeconds(20)).toBe(3600);
  });
});

describe('describeSendError', () => {
  it('keeps the code and the first line, masks URL credentials', () => {
    const error = Object.assign(new Error('connect ECONNREFUSED smtp://user:secret@mail:25\nmore'), {
      code: 'ESOCKET',
    });
    expect(describeSendError(error)).toBe('ESOCKET: connect ECONNREFUSED smtp://***@mail:25');
    expect(describeSendError('x'.repeat(1000))).toHaveLength(300);
  });
});

describe('mail transports', () => {
  const message = { id: 'm1', to: 'ana@example.rs', subject: 's', text: 't', html: 'h' };

  it('local: prints the code of verification mail only', async () => {
    const info = vi.fn();
    const local = createLocalTransport({ info });
    await local.send({ ...message, template: 'verificationCode', devCode: '123456' });
    await local.send({ ...message, template: 'passwordReset', devCode: 'should-not-appear' });
    await local.send({ ...message, template: 'emailChangeVerification' });
    expect(info.mock.calls).toEqual([['verification code for ana@example.rs: 123456']]);
  });

  it('is local without SMTP_URL and SMTP with it', () => {
    expect(createMailTransport({ smtpUrl: undefined, mailFrom: 'a <a@b.rs>' }).kind).toBe('local');
    const smtp = createMailTransport({ smtpUrl: 'smtp://127.0.0.1:2525', mailFrom: 'a <a@b.rs>' });
    expect(smtp.kind).toBe('smtp');
    smtp.close();
  });
});
