import { describe, expect, it } from 'vitest';
import { authMailTemplates } from '../auth/auth.mail.js';
import { billMailTemplates } from '../bills/bills.mail.js';
import { MailTemplateRegistry } from './mail.templates.js';

describe('the mail template registry', () => {
  it('renders only what a module registered, and takes each name once', () => {
    const registry = new MailTemplateRegistry();
    registry.register(authMailTemplates);
    expect(registry.has('passwordReset')).toBe(true);
    expect(registry.has('newBill')).toBe(false);
    expect(() => registry.render('newBill', 'en', {} as never)).toThrow(/no mail template "newBill"/);
    // the same definitions again change nothing; another definition under a taken name is refused
    registry.register(authMailTemplates);
    expect(() => registry.register({ passwordReset: billMailTemplates.newBill as never })).toThrow(
      /registered twice/,
    );
  });

  it('knows the code a template carries from its definition', () => {
    const registry = new MailTemplateRegistry();
    registry.register(authMailTemplates);
    const params = { username: 'u', code: '135790', minutesValid: 15 };
    expect(registry.codeOf('emailChangeVerification', params)).toBe('135790');
    const reset = { username: 'u', resetUrl: 'https://x.rs/r', minutesValid: 1 };
    expect(registry.codeOf('passwordReset', reset)).toBeUndefined();
  });
});
