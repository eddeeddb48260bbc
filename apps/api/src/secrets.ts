import { randomBytes } from 'node:crypto';
import { chmod, mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

/**
 * Local secrets for a run without configured ones (the embedded default): generated once, kept in
 * DATA_DIR/secrets.json, readable by the owner only (mode 0600). DATA_DIR is git-ignored.
 */
export const secretsFileName = 'secrets.json';

async function readSecrets(file: string): Promise<Record<string, string>> {
  try {
    const parsed: unknown = JSON.parse(await readFile(file, 'utf8'));
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
      throw new Error(`${file} does not hold a JSON object`);
    }
    return Object.fromEntries(Object.entries(parsed).filter(([, v]) => typeof v === 'string')) as Record<
      string,
      string
    >;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return {};
    throw error;
  }
}

/** The secret `name` from DATA_DIR/secrets.json, generated (`bytes` random bytes, base64url) if missing. */
export async function getOrCreateSecret(dataDir: string, name: string, bytes = 48): Promise<string> {
  const file = join(dataDir, secretsFileName);
  const secrets = await readSecrets(file);
  const existing = secrets[name];
  if (existing) {
    await chmod(file, 0o600);
    return existing;
  }
  const secret = randomBytes(bytes).toString('base64url');
  await mkdir(dataDir, { recursive: true, mode: 0o700 });
  const temporary = `${file}.${process.pid}.tmp`;
  await writeFile(temporary, `${JSON.stringify({ ...secrets, [name]: secret }, null, 2)}\n`, { mode: 0o600 });
  await chmod(temporary, 0o600);
  await rename(temporary, file);
  return secret;
}
