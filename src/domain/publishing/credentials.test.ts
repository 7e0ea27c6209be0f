import { mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decryptSecret, encryptSecret, loadCredentialsKey, parseCredentialsKey, SecretUnreadable } from './credentials.js';

const KEY = parseCredentialsKey('00112233445566778899aabbccddeeff00112233445566778899aabbccddeeff');
const OTHER_KEY = parseCredentialsKey('ffeeddccbbaa99887766554433221100ffeeddccbbaa99887766554433221100');
const SECRET = '0123456789abcdefghijklmnopqrstuv';

describe('secrets at rest', () => {
  it('encrypts a secret so that the stored text does not contain it, and decrypts it again', () => {
    const stored = encryptSecret(KEY, 'community:1', SECRET);
    expect(stored).not.toContain(SECRET);
    expect(stored).toMatch(/^v1\./);
    expect(decryptSecret(KEY, 'community:1', stored)).toBe(SECRET);
    // A fresh nonce each time: the same secret is never stored twice as the same text.
    expect(encryptSecret(KEY, 'community:1', SECRET)).not.toBe(stored);
  });

  it('refuses another key, another community and any altered text', () => {
    const stored = encryptSecret(KEY, 'community:1', SECRET);
    expect(() => decryptSecret(OTHER_KEY, 'community:1', stored)).toThrow(SecretUnreadable);
    expect(() => decryptSecret(KEY, 'community:2', stored)).toThrow(SecretUnreadable);
    const [version, iv, tag, ciphertext] = stored.split('.');
    const flipped = `${ciphertext![0] === 'A' ? 'B' : 'A'}${ciphertext!.slice(1)}`;
    expect(() => decryptSecret(KEY, 'community:1', [version, iv, tag, flipped].join('.'))).toThrow(SecretUnreadable);
    expect(() => decryptSecret(KEY, 'community:1', [version, iv, tag!.slice(0, 8), ciphertext].join('.'))).toThrow(SecretUnreadable);
    expect(() => decryptSecret(KEY, 'community:1', 'plain text')).toThrow(SecretUnreadable);
  });
});

describe('the key', () => {
  it('comes from CREDENTIALS_KEY when it is set', async () => {
    const key = await loadCredentialsKey({ credentialsKey: '00112233445566778899aabbccddeeff00112233445566778899aabbccddeeff', dataDir: '/nonexistent', isProduction: true });
    expect(key?.equals(KEY)).toBe(true);
  });

  it('is missing in production without CREDENTIALS_KEY rather than kept beside the database', async () => {
    expect(await loadCredentialsKey({ credentialsKey: undefined, dataDir: '/nonexistent', isProduction: true })).toBeNull();
  });

  it('outside production is made once in DATA_DIR/credentials.key, readable only by its owner, and reused', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'sangam-key-'));
    try {
      const dataDir = join(dir, 'data');
      const [a, b] = await Promise.all([
        loadCredentialsKey({ credentialsKey: undefined, dataDir, isProduction: false }),
        loadCredentialsKey({ credentialsKey: undefined, dataDir, isProduction: false }),
      ]);
      expect(a?.length).toBe(32);
      expect(a?.equals(b!)).toBe(true);
      const file = join(dataDir, 'credentials.key');
      expect((await readFile(file, 'utf8')).trim()).toBe(a!.toString('hex'));
      expect((await stat(file)).mode & 0o777).toBe(0o600);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
