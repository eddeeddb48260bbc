// pnpm dev: the API with reload (embedded database and demo data as with npm start) on :3000 and Vite
// with a proxy to it on :5173.
import { spawn } from 'node:child_process';
import { bootstrap, root } from './bootstrap.mjs';

const env = bootstrap();
const children = [
  spawn('pnpm', ['--filter', '@portal/api', 'dev'], { cwd: root, env, stdio: 'inherit' }),
  spawn('pnpm', ['--filter', '@portal/web', 'dev'], { cwd: root, env, stdio: 'inherit' }),
];
const stop = () => children.forEach((child) => child.kill('SIGTERM'));
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
children.forEach((child) =>
  child.on('exit', (code) => {
    stop();
    process.exitCode = code ?? 0;
  }),
);
