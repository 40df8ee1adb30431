import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { createRecordCipher } from '../crypto/cipher';
import { createNodeRecordCipher } from './cipher';

describe('node:crypto record cipher', () => {
  const key = new Uint8Array(randomBytes(32));
  const web = createRecordCipher(key);
  const node = createNodeRecordCipher(key);
  const text = 'Couldn’t sleep again 😞 — work, work, work';

  it('reads what the WebCrypto cipher wrote, and the other way round', async () => {
    expect(await node.decrypt(await web.encrypt(text, 'user-1', 'rec-1'), 'user-1', 'rec-1')).toBe(
      text,
    );
    expect(await web.decrypt(await node.encrypt(text, 'user-1', 'rec-1'), 'user-1', 'rec-1')).toBe(
      text,
    );
  });

  it('refuses a ciphertext moved to another record or account', async () => {
    const sealed = await node.encrypt(text, 'user-1', 'rec-1');
    await expect(node.decrypt(sealed, 'user-1', 'rec-2')).rejects.toThrow();
    await expect(node.decrypt(sealed, 'user-2', 'rec-1')).rejects.toThrow();
  });
});
