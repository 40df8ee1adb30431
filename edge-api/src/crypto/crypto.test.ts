import { describe, expect, it } from 'vitest';
import { webAead, type Aead } from './aead';
import { randomBytes } from './encoding';
import { createKeyring, KeyError } from './keyring';
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

describe('per-person data keys', () => {
  const keyring = createKeyring(webAead, randomBytes(32));

  it('round-trip text with a fresh IV each time', async () => {
    const { cipher } = await keyring.newDataKey('user-1');
    const a = await cipher.encrypt('dear diary', 'record-1', 'text');
    const b = await cipher.encrypt('dear diary', 'record-1', 'text');
    expect(a).not.toBe(b);
    expect(a).toMatch(/^v2\./);
    expect(await cipher.decrypt(a, 'record-1', 'text')).toBe('dear diary');
  });

  it('refuse ciphertext moved to another record, field or account', async () => {
    const mine = await keyring.newDataKey('user-1');
    const sealed = await mine.cipher.encrypt('dear diary', 'record-1', 'text');
    await expect(mine.cipher.decrypt(sealed, 'record-2', 'text')).rejects.toThrow();
    await expect(mine.cipher.decrypt(sealed, 'record-1', 'topic')).rejects.toThrow();
    // The wrapped key is bound to its owner too.
    await expect(keyring.cipherFor('user-2', mine.wrapped)).rejects.toThrow();
    const theirs = await keyring.newDataKey('user-2');
    await expect(theirs.cipher.decrypt(sealed, 'record-1', 'text')).rejects.toThrow();
  });

  it('unwrap only under the server key that wrapped them, with a sentence otherwise', async () => {
    const { wrapped, cipher } = await keyring.newDataKey('user-1');
    const sealed = await cipher.encrypt('dear diary', 'record-1', 'text');
    const again = await keyring.cipherFor('user-1', wrapped);
    expect(await again.decrypt(sealed, 'record-1', 'text')).toBe('dear diary');
    const other = createKeyring(webAead, randomBytes(32));
    await expect(other.cipherFor('user-1', wrapped)).rejects.toThrow(KeyError);
    await expect(other.cipherFor('user-1', wrapped)).rejects.toThrow(/keys:rotate/);
  });

  it('index an email whatever its case, and differently under another server key', async () => {
    const index = await keyring.emailIndex('Sam@Example.com');
    expect(index).toBe(await keyring.emailIndex('sam@example.com'));
    expect(index).not.toContain('sam');
    expect(index).not.toBe(await keyring.emailIndex('sam@example.org'));
    const other = createKeyring(webAead, randomBytes(32));
    expect(await other.emailIndex('sam@example.com')).not.toBe(index);
  });
});

describe('the unwrapped-key cache', () => {
  /** Counts how often a data key is unwrapped (the only 40-byte opens are wrapped keys). */
  function countingAead() {
    const counter = { unwraps: 0 };
    const aead: Aead = {
      ...webAead,
      open: (key, sealed, aad) => {
        if (aad.startsWith('data-key:')) counter.unwraps += 1;
        return webAead.open(key, sealed, aad);
      },
    };
    return { aead, counter };
  }

  it('unwraps a key once, again after forget() or a replaced key, and stays bounded', async () => {
    const { aead, counter } = countingAead();
    const keyring = createKeyring(aead, randomBytes(32));
    const { wrapped } = await keyring.newDataKey('user-1');
    await keyring.cipherFor('user-1', wrapped);
    await keyring.cipherFor('user-1', wrapped);
    expect(counter.unwraps).toBe(1);
    keyring.forget('user-1');
    await keyring.cipherFor('user-1', wrapped);
    expect(counter.unwraps).toBe(2);
    // A row now holding another key (data reset in another process) is never served the old one.
    const replaced = await keyring.newDataKey('user-1');
    await keyring.cipherFor('user-1', replaced.wrapped);
    expect(counter.unwraps).toBe(3);

    for (let i = 0; i < 1000; i += 1) {
      const other = await keyring.newDataKey(`other-${i}`);
      await keyring.cipherFor(`other-${i}`, other.wrapped);
    }
    await keyring.cipherFor('user-1', replaced.wrapped);
    expect(counter.unwraps).toBe(3 + 1000 + 1);
  });

  it('expires a cached key after five minutes', async () => {
    const { aead, counter } = countingAead();
    let now = 0;
    const keyring = createKeyring(aead, randomBytes(32), () => now);
    const { wrapped } = await keyring.newDataKey('user-1');
    await keyring.cipherFor('user-1', wrapped);
    now += 5 * 60_000 + 1;
    await keyring.cipherFor('user-1', wrapped);
    expect(counter.unwraps).toBe(2);
  });
});
