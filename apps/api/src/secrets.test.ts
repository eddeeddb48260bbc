import { chmod, mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { getOrCreateSecret } from './secrets.js';

describe('getOrCreateSecret', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'portal-secrets-'));
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('creates the folder and an owner-only file, then returns the same secret', async () => {
    const dataDir = join(dir, 'nested', 'data');
    const secret = await getOrCreateSecret(dataDir, 'jwtSecret');
    expect(secret).toMatch(/^[\w-]{64}$/);
    expect(await getOrCreateSecret(dataDir, 'jwtSecret')).toBe(secret);
    expect((await stat(join(dataDir, 'secrets.json'))).mode & 0o777).toBe(0o600);
  });

  it('adds a new secret beside existing ones and tightens loose permissions', async () => {
    const file = join(dir, 'secrets.json');
    await writeFile(file, JSON.stringify({ other: 'kept' }));
    await chmod(file, 0o644);
    const secret = await getOrCreateSecret(dir, 'jwtSecret', 32);
    expect(JSON.parse(await readFile(file, 'utf8'))).toEqual({ other: 'kept', jwtSecret: secret });
    expect(await getOrCreateSecret(dir, 'other')).toBe('kept');
    expect((await stat(file)).mode & 0o777).toBe(0o600);
  });

  it('refuses a file that is not a JSON object', async () => {
    await writeFile(join(dir, 'secrets.json'), '[1]');
    await expect(getOrCreateSecret(dir, 'jwtSecret')).rejects.toThrow(/JSON object/);
  });
});
