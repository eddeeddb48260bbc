// Makes a fresh clone runnable with nothing but Node and npm: installs pnpm from the npm registry when
// it is missing (corepack cannot fetch it on our machines) and the workspace's dependencies.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { delimiter, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = resolve(fileURLToPath(new URL('.', import.meta.url)), '..');
const pnpmVersion = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).packageManager.split('@')[1];
const localTools = join(root, 'node_modules', '.tools');

function hasPnpm(env) {
  const result = spawnSync('pnpm', ['--version'], {
    env,
    encoding: 'utf8',
    shell: process.platform === 'win32',
  });
  return result.status === 0 ? result.stdout.trim() : undefined;
}

/** The environment in which `pnpm` resolves, installing it first if needed. */
export function ensurePnpm() {
  const env = { ...process.env, PATH: [join(localTools, 'bin'), process.env.PATH].join(delimiter) };
  if (hasPnpm(env)) return env;
  console.log(`» installing pnpm ${pnpmVersion} from the npm registry`);
  // Try the global prefix first; without write access there, fall back to a project-local prefix.
  const global = spawnSync('npm', ['install', '-g', `pnpm@${pnpmVersion}`], { stdio: 'inherit' });
  if (global.status !== 0 || !hasPnpm(env)) {
    mkdirSync(localTools, { recursive: true });
    execFileSync('npm', ['install', '-g', '--prefix', localTools, `pnpm@${pnpmVersion}`], {
      stdio: 'inherit',
    });
  }
  if (!hasPnpm(env))
    throw new Error('pnpm could not be installed: run `npm install -g pnpm@' + pnpmVersion + '`');
  return env;
}

/** pnpm install, quick when nothing changed. Also generates the Prisma client (postinstall of @portal/db). */
export function installDependencies(env) {
  const frozen = process.env.CI === 'true' || existsSync(join(root, 'pnpm-lock.yaml'));
  run('pnpm', ['install', ...(frozen ? ['--frozen-lockfile'] : []), '--reporter=append-only'], env);
}

export function run(command, args, env, options = {}) {
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', env, ...options });
  if (result.status !== 0) {
    const error = new Error(
      `${command} ${args.join(' ')} failed with exit code ${result.status ?? result.signal}`,
    );
    error.exitCode = result.status ?? 1;
    throw error;
  }
}

export function bootstrap() {
  const env = ensurePnpm();
  installDependencies(env);
  return env;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  bootstrap();
}
