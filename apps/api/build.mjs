// Bundles the API for production (node build.mjs): src/server.ts -> dist/server.js, and each other
// entry point in `entries` that exists (src/local.ts -> dist/local.js).
//
// Our own workspace packages (@portal/*) are TypeScript sources, so they are bundled, including
// the Prisma client generated into packages/db/src/generated. npm packages stay external and are
// loaded from node_modules at run time; the build fails if one of them is not resolvable from
// apps/api (pnpm does not hoist the dependencies of workspace packages), naming what to add.
// In bundled code import.meta.url is the bundle's (dist/server.js): code that finds files relative
// to itself must search upwards or take a path from the environment (as MIGRATIONS_DIR does).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const apiDir = dirname(fileURLToPath(import.meta.url));
const repoDir = resolve(apiDir, '../..');
const outDir = join(apiDir, 'dist');
const entries = ['server', 'local'].filter((name) => existsSync(join(apiDir, 'src', `${name}.ts`)));

const readJson = (file) => JSON.parse(readFileSync(file, 'utf8'));

/** @portal/* name -> folder, from the workspace's apps/ and packages/. */
function workspacePackages() {
  const found = new Map();
  for (const group of ['apps', 'packages']) {
    for (const entry of readdirSync(join(repoDir, group), { withFileTypes: true })) {
      const file = join(repoDir, group, entry.name, 'package.json');
      if (entry.isDirectory() && existsSync(file)) found.set(readJson(file).name, dirname(file));
    }
  }
  return found;
}

/** Every npm dependency of @portal/api and of the workspace packages it reaches. */
function npmDependencies(workspace) {
  const npm = new Set();
  const seen = new Set();
  const visit = (dir) => {
    if (seen.has(dir)) return;
    seen.add(dir);
    const pkg = readJson(join(dir, 'package.json'));
    // The API's own workspace devDependencies (demo data, sandbox gateway) are bundled into
    // dist/local.js only, so their npm dependencies must stay external too.
    const ownWorkspaceDev = dir === apiDir ? pkg.devDependencies : {};
    for (const name of Object.keys({
      ...pkg.dependencies,
      ...pkg.optionalDependencies,
      ...pkg.peerDependencies,
      ...Object.fromEntries(Object.entries(ownWorkspaceDev ?? {}).filter(([n]) => workspace.has(n))),
    })) {
      if (workspace.has(name)) visit(workspace.get(name));
      else npm.add(name);
    }
  };
  visit(apiDir);
  return npm;
}

const workspace = workspacePackages();
const npm = npmDependencies(workspace);
const external = [...npm].flatMap((name) => [name, `${name}/*`]);

await rm(outDir, { recursive: true, force: true });
const result = await build({
  entryPoints: Object.fromEntries(entries.map((name) => [name, join(apiDir, 'src', `${name}.ts`)])),
  outdir: outDir,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  sourcemap: true,
  external,
  metafile: true,
  logLevel: 'info',
  banner: {
    js: [
      "import { createRequire as __portalCreateRequire } from 'node:module';",
      'const require = __portalCreateRequire(import.meta.url);',
    ].join('\n'),
  },
});

// Every external the bundle imports must be resolvable from apps/api at run time.
const imported = new Set();
for (const output of Object.values(result.metafile.outputs)) {
  for (const { path, external: isExternal } of output.imports) {
    if (!isExternal || path.startsWith('node:')) continue;
    const name = path.startsWith('@') ? path.split('/').slice(0, 2).join('/') : path.split('/')[0];
    if (npm.has(name)) imported.add(name);
  }
}
const unresolvable = [...imported].filter((name) => !resolvableFrom(outDir, name));
if (unresolvable.length > 0) {
  console.error(
    `These packages are imported by the bundle but not resolvable from apps/api: ${unresolvable.join(', ')}.\n` +
      'Add them to apps/api/package.json (pnpm add --filter @portal/api <name>@<same range>).',
  );
  process.exit(1);
}
// Production must not depend on demo code: the server bundle holds no file of the demo data generator
// or of the sandbox gateway (only dist/local.js, npm start's, does).
const demoCode = ['packages/demo-data/', 'apps/gateway-sandbox/'];
const serverInputs = Object.keys(
  result.metafile.outputs[relative(apiDir, join(outDir, 'server.js'))]?.inputs ?? {},
);
const leaked = serverInputs.filter((input) => demoCode.some((folder) => input.includes(folder)));
if (leaked.length > 0) {
  console.error(`dist/server.js must not contain demo code, but it bundles: ${leaked.join(', ')}`);
  process.exit(1);
}
const built = entries.map((name) => relative(repoDir, join(outDir, `${name}.js`))).join(', ');
console.log(`built ${built}; external at run time: ${[...imported].sort().join(', ')}`);

function resolvableFrom(dir, name) {
  for (let current = dir; ; current = dirname(current)) {
    if (existsSync(join(current, 'node_modules', name, 'package.json'))) return true;
    if (dirname(current) === current) return false;
  }
}
