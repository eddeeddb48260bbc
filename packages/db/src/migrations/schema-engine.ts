// Prisma's schema engine, as WebAssembly. The Prisma 7 CLI wants to download a native engine before
// every migrate command, which this project's machines cannot do; the same engine ships as wasm in
// @prisma/schema-engine-wasm. We use it only to compute SQL diffs between datamodels (creating a new
// migration, checking drift): applying migrations is done by our own runner (migrate.ts).
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { PrismaPg } from '@prisma/adapter-pg';
import { bindMigrationAwareSqlAdapterFactory } from '@prisma/driver-adapter-utils';

type DiffTarget = { tag: 'empty' } | { tag: 'schemaDatamodel'; files: { path: string; content: string }[] };

interface SchemaEngine {
  diff(params: {
    from: DiffTarget;
    to: DiffTarget;
    script: boolean;
    exitCode: boolean | null;
    filters: { externalTables: string[]; externalEnums: string[] };
  }): Promise<{ exitCode: number; stdout: string | null }>;
  free(): void;
}

// The WebAssembly global, typed just as far as we use it (our tsconfig has no DOM lib).
interface WasmInstance {
  exports: Record<string, unknown>;
}
declare const WebAssembly: {
  compile(bytes: Uint8Array): Promise<object>;
  Instance: new (module: object, imports: Record<string, unknown>) => WasmInstance;
};

interface SchemaEngineBindings {
  __wbg_set_wasm(exports: Record<string, unknown>): void;
  SchemaEngine: {
    new: (
      options: { datamodels: [string, string][] },
      log: (msg: string) => void,
      adapter: object,
    ) => Promise<SchemaEngine>;
  };
}

let bindings: Promise<SchemaEngineBindings> | undefined;

function loadBindings(): Promise<SchemaEngineBindings> {
  bindings ??= (async () => {
    const require = createRequire(import.meta.url);
    const entry = require.resolve('@prisma/schema-engine-wasm');
    const bg =
      (await import('@prisma/schema-engine-wasm/schema_engine_bg')) as unknown as SchemaEngineBindings;
    // Node 20 cannot import .wasm modules, so instantiate the file next to the entry by hand.
    const wasm = await WebAssembly.compile(await readFile(join(dirname(entry), 'schema_engine_bg.wasm')));
    const instance = new WebAssembly.Instance(wasm, { './schema_engine_bg.js': bg });
    bg.__wbg_set_wasm(instance.exports);
    (instance.exports.__wbindgen_start as () => void)();
    return bg;
  })();
  return bindings;
}

const noFilters = { externalTables: [], externalEnums: [] };

/**
 * The SQL that takes a database from one datamodel to another (`from` undefined = empty database).
 * No database is contacted: the adapter is required by the engine's constructor but a datamodel-to-
 * datamodel diff never uses it.
 */
export async function diffDatamodels(
  from: string | undefined,
  to: string,
  databaseUrl: string,
): Promise<string> {
  const bg = await loadBindings();
  const adapter = bindMigrationAwareSqlAdapterFactory(new PrismaPg({ connectionString: databaseUrl }));
  const engine = await bg.SchemaEngine.new({ datamodels: [['schema.prisma', to]] }, () => {}, adapter);
  try {
    const target = (content: string): DiffTarget => ({
      tag: 'schemaDatamodel',
      files: [{ path: 'schema.prisma', content }],
    });
    const result = await engine.diff({
      from: from === undefined ? { tag: 'empty' } : target(from),
      to: target(to),
      script: true,
      exitCode: null,
      filters: noFilters,
    });
    return result.stdout ?? '';
  } finally {
    engine.free();
  }
}
