// npm start: install what is missing, build, and serve the portal with demo data on first run.
// With no DATABASE_URL the database is the embedded PGlite in DATA_DIR (default ./.data).
import { bootstrap, root, run } from './bootstrap.mjs';

try {
  const env = bootstrap();
  console.log('» building the web app and the API');
  run('pnpm', ['--filter', '@portal/web', '--filter', '@portal/api', 'build'], env);
  run(
    process.execPath,
    ['--enable-source-maps', 'apps/api/dist/local.js'],
    { ...env, NODE_ENV: env.NODE_ENV ?? 'production' },
    { cwd: root },
  );
} catch (error) {
  console.error(`\n✖ ${error.message}`);
  process.exit(error.exitCode ?? 1);
}
