import { describe, expect, it } from 'vitest';
import { createRecordCipher } from './cipher';
import { randomBytes } from './encoding';
import { hashPassword, verifyPassword } from './password';

describe('passwords', () => {
  it('hash with PBKDF2-SHA256 at 600,000 iterations and verify', async () => {
    const stored = await hashPassword('correct horse battery staple');
    expect(stored).toMatch(/^pbkdf2-sha256\$600000\$[A-Za-z0-9+/=]{24}\$[A-Za-z0-9+/=]{44}$/);
    expect(await verifyPassword('correct horse battery staple', stored)).toBe(true);
    expect(await verifyPassword('correct horse battery stapler', stored)).toBe(false);
    expect(await verifyPassword('anything', 'md5$garbage')).toBe(false);
  });
});

describe('record cipher', () => {
  const cipher = createRecordCipher(randomBytes(32));

  it('round-trips text with a fresh IV each time', async () => {
    const a = await cipher.encrypt('dear diary', 'user-1', 'record-1');
    const b = await cipher.encrypt('dear diary', 'user-1', 'record-1');
    expect(a).not.toBe(b);
    expect(await cipher.decrypt(a, 'user-1', 'record-1')).toBe('dear diary');
  });

  it('refuses ciphertext moved to another record or account', async () => {
    const sealed = await cipher.encrypt('dear diary', 'user-1', 'record-1');
    await expect(cipher.decrypt(sealed, 'user-2', 'record-1')).rejects.toThrow();
    await expect(cipher.decrypt(sealed, 'user-1', 'record-2')).rejects.toThrow();
  });
});
