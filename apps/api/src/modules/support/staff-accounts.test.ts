import { checkPassword } from '@portal/contract';
import { describe, expect, it } from 'vitest';
import { isCommonPassword } from '../auth/common-passwords.js';
import { generatePassword } from './staff-accounts.service.js';

describe('generated staff passwords', () => {
  it('pass the password policy every time and never repeat', () => {
    const seen = new Set<string>();
    for (let i = 0; i < 500; i++) {
      const password = generatePassword();
      expect(password).toHaveLength(20);
      const check = checkPassword(password, {
        username: 'demo.staff',
        email: 'staff@eps.example',
        isCommon: isCommonPassword,
      });
      expect(check.failed, password).toEqual([]);
      seen.add(password);
    }
    expect(seen.size).toBe(500);
  });
});
