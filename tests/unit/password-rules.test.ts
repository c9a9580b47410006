import { describe, expect, it } from 'vitest';
import { checkPassword, PASSWORD_MESSAGES } from '@/lib/password-rules';

describe('staff password rules', () => {
  it('requires at least 12 characters, counted as characters not bytes', () => {
    expect(checkPassword('short-pass1')).toBe('too_short');
    expect(checkPassword('كلمة-سر-طويلة')).toBeNull();
    expect(checkPassword('كلمةسر12345')).toBe('too_short');
  });

  it('accepts up to 128 characters and refuses more', () => {
    expect(checkPassword('a1b2c3d4e5f6'.repeat(10).slice(0, 128))).toBeNull();
    expect(checkPassword('a1b2c3d4e5f6'.repeat(11))).toBe('too_long');
  });

  it('refuses common passwords whatever their case', () => {
    expect(checkPassword('qwerty123456')).toBe('common');
    expect(checkPassword('QWERTY123456')).toBe('common');
    expect(checkPassword('1q2w3e4r5t6y')).toBe('common');
    expect(checkPassword('Bawaba123456')).toBe('common');
  });

  it('refuses a character repeated over and over', () => {
    expect(checkPassword('aaaaaaaaaaaaaaaa')).toBe('repetitive');
    expect(checkPassword('abababababababab')).toBe('repetitive');
  });

  it('has an Arabic message for every problem', () => {
    for (const message of Object.values(PASSWORD_MESSAGES)) expect(message).toMatch(/[\u0600-\u06FF]/);
  });
});
