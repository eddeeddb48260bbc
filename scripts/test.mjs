// npm test: the whole suite, in order: lint, type check, unit, integration (PostgreSQL server at
// 127.0.0.1:5432 when reachable, otherwise PGlite; CI=true requires the server), integration again with
// the clock on two other days, build, browser tests.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { bootstrap, run } from './bootstrap.mjs';

const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

function ensureChromium() {
  if (existsSync(chromium)) return;
  const isRoot = process.getuid?.() === 0;
  const hasApt = spawnSync('apt-get', ['--version'], { stdio: 'ignore' }).status === 0;
  if (!isRoot || !hasApt) {
    throw new Error(
      `Chromium is missing at ${chromium}. Install it (Debian/Ubuntu: "sudo apt-get install -y chromium") ` +
        'or set CHROMIUM_PATH to a Chromium or Chrome binary, then run npm test again.',
    );
  }
  console.log("» installing Debian's chromium for the browser tests");
  run('apt-get', ['update', '-qq'], process.env);
  run('apt-get', ['install', '-y', '-qq', '--no-install-recommends', 'chromium'], {
    ...process.env,
    DEBIAN_FRONTEND: 'noninteractive',
  });
}

const steps = [
  ['lint', (env) => run('pnpm', ['run', 'lint'], env)],
  ['type check', (env) => run('pnpm', ['-r', '--workspace-concurrency=1', 'typecheck'], env)],
  [
    'unit tests',
    (env) => run('pnpm', ['exec', 'vitest', 'run', '--project', 'unit', '--project', 'web'], env),
  ],
  ['integration tests', (env) => run('pnpm', ['exec', 'vitest', 'run', '--project', 'integration'], env)],
  // The same tests on two other days (a spring day, a leap day), so that a test whose outcome depends on
  // the calendar fails here and not on a user's machine some day later. Every test takes "today" from
  // the one clock that CLOCK_START moves.
  ...['2027-03-01', '2028-02-29'].map((day) => [
    `integration tests on ${day}`,
    (env) => run('pnpm', ['exec', 'vitest', 'run', '--project', 'integration'], { ...env, CLOCK_START: day }),
  ]),
  ['build', (env) => run('pnpm', ['--filter', '@portal/web', '--filter', '@portal/api', 'build'], env)],
  [
    'browser tests',
    (env) => {
      ensureChromium();
      run('pnpm', ['exec', 'vitest', 'run', '--project', 'e2e'], { ...env, CHROMIUM_PATH: chromium });
    },
  ],
];

const only = process.argv.slice(2);
let env;
try {
  env = bootstrap();
} catch (error) {
  console.error(`\n✖ setup failed: ${error.message}`);
  process.exit(1);
}
const results = [];
for (const [name, step] of steps) {
  if (only.length && !only.some((o) => name.startsWith(o))) continue;
  console.log(`\n» ${name}`);
  const started = Date.now();
  try {
    step(env);
    results.push([name, 'passed', Date.now() - started]);
  } catch (error) {
    results.push([name, 'failed', Date.now() - started]);
    console.error(`\n✖ ${name} failed: ${error.message}`);
    break;
  }
}
console.log('\nSummary');
for (const [name, status, ms] of results)
  console.log(`  ${status === 'passed' ? '✔' : '✖'} ${name} (${(ms / 1000).toFixed(1)} s)`);
const failed = results.filter(([, s]) => s === 'failed').length;
console.log(`${results.length - failed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
