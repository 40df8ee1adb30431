import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { webAead } from '../crypto/aead';
import { nodeAead } from './cipher';

describe('node:crypto AEAD', () => {
  const key = new Uint8Array(randomBytes(32));
  const text = 'Couldn’t sleep again 😞 — work, work, work';
  const decode = (bytes: Uint8Array) => new TextDecoder().decode(bytes);

  it('reads what the WebCrypto one wrote, and the other way round', async () => {
    expect(decode(await nodeAead.open(key, await webAead.seal(key, text, 'a'), 'a'))).toBe(text);
    expect(decode(await webAead.open(key, await nodeAead.seal(key, text, 'a'), 'a'))).toBe(text);
    expect([...(await nodeAead.hmac(key, text))]).toEqual([...(await webAead.hmac(key, text))]);
  });

  it('refuses a ciphertext with other additional data or a changed bit', async () => {
    const sealed = await nodeAead.seal(key, text, 'user-1:rec-1');
    await expect(nodeAead.open(key, sealed, 'user-1:rec-2')).rejects.toThrow();
    const bytes = Buffer.from(sealed, 'base64');
    bytes[20]! ^= 1;
    await expect(nodeAead.open(key, bytes.toString('base64'), 'user-1:rec-1')).rejects.toThrow();
  });
});
