import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Config } from '../../config/index.js';

// Communities' wiki secrets (bot passwords, OAuth access tokens) are stored encrypted with AES-256-GCM, so a
// copy of the database alone does not give anyone their accounts. The key comes from CREDENTIALS_KEY; outside
// production a random key is kept in DATA_DIR/credentials.key, so development needs no set-up.

const VERSION = 'v1';
const KEY_FILE = 'credentials.key';

/** The stored secret cannot be read with this key: the key changed, or the row was altered or copied. */
export class SecretUnreadable extends Error {}

export function parseCredentialsKey(hex: string): Buffer {
  if (!/^[0-9a-f]{64}$/i.test(hex)) throw new Error('a credentials key is 64 hexadecimal characters');
  return Buffer.from(hex, 'hex');
}

const keyFiles = new Map<string, Promise<Buffer>>();

/**
 * The key that encrypts stored secrets, or null in production without CREDENTIALS_KEY: a key file next to
 * the database would be copied along with it, so production must be given one.
 */
export async function loadCredentialsKey(config: Pick<Config, 'credentialsKey' | 'dataDir' | 'isProduction'>): Promise<Buffer | null> {
  if (config.credentialsKey) return parseCredentialsKey(config.credentialsKey);
  if (config.isProduction) return null;
  let pending = keyFiles.get(config.dataDir);
  if (!pending) {
    pending = keyFromFile(config.dataDir);
    keyFiles.set(config.dataDir, pending);
    pending.catch(() => keyFiles.delete(config.dataDir));
  }
  return pending;
}

async function keyFromFile(dataDir: string): Promise<Buffer> {
  const file = join(dataDir, KEY_FILE);
  try {
    return parseCredentialsKey((await readFile(file, 'utf8')).trim());
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  await mkdir(dataDir, { recursive: true });
  try {
    // 'wx': when two processes start at once, the second reads the first one's key instead of replacing it.
    await writeFile(file, `${randomBytes(32).toString('hex')}\n`, { flag: 'wx', mode: 0o600 });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  }
  return parseCredentialsKey((await readFile(file, 'utf8')).trim());
}

/**
 * Encrypts a secret for one owner (e.g. "community:12"): the owner is authenticated with it, so a row copied
 * onto another community does not decrypt there.
 */
export function encryptSecret(key: Buffer, owner: string, secret: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  cipher.setAAD(Buffer.from(owner));
  const ciphertext = Buffer.concat([cipher.update(secret, 'utf8'), cipher.final()]);
  return [VERSION, iv.toString('base64url'), cipher.getAuthTag().toString('base64url'), ciphertext.toString('base64url')].join('.');
}

export function decryptSecret(key: Buffer, owner: string, stored: string): string {
  const [version, iv, tag, ciphertext] = stored.split('.');
  if (version !== VERSION || !iv || !tag || ciphertext === undefined) throw new SecretUnreadable('unknown format');
  try {
    // A fixed tag length: a shortened tag would otherwise be accepted and make forgeries easier.
    const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(iv, 'base64url'), { authTagLength: 16 });
    decipher.setAAD(Buffer.from(owner));
    decipher.setAuthTag(Buffer.from(tag, 'base64url'));
    return Buffer.concat([decipher.update(Buffer.from(ciphertext, 'base64url')), decipher.final()]).toString('utf8');
  } catch {
    throw new SecretUnreadable('wrong key or altered secret');
  }
}

export const communitySecretOwner = (communityId: number) => `community:${communityId}`;
