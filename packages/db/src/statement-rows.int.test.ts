// Named (prepared) statements on the embedded PGlite: every connection is the same one session there,
// so a name one connection prepared is taken for the next (a reconnect after the pool's idle timeout,
// or a second client), and the statement must go unnamed.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPrismaClient, type PrismaClient } from './client.js';
import { startEmbeddedPostgres, type EmbeddedPostgres } from './embedded.js';
import { statementRows } from './statement-rows.js';

let embedded: EmbeddedPostgres;
const clients: PrismaClient[] = [];

beforeAll(async () => {
  embedded = await startEmbeddedPostgres();
});

afterAll(async () => {
  for (const client of clients) await client.$disconnect();
  await embedded?.stop();
});

/** A new client of the embedded database, each with its own connection. */
function client(embeddedOption: boolean) {
  const made = createPrismaClient(embedded.databaseUrl, { poolSize: 1, embedded: embeddedOption });
  clients.push(made);
  return statementRows(made);
}

const named = (rows: ReturnType<typeof client>, name: string) =>
  rows('SELECT $1::int + 1 AS next', [41], name);

describe('named statements on the embedded PGlite', () => {
  it('run on a second connection of the same session when the client knows it is embedded', async () => {
    const first = client(true);
    const second = client(true);
    expect(await named(first, 'plus-one')).toEqual([{ next: 42 }]);
    expect(await named(second, 'plus-one')).toEqual([{ next: 42 }]);
    expect(await named(first, 'plus-one')).toEqual([{ next: 42 }]);
  });

  it('fail there when prepared under their name (what the option prevents)', async () => {
    const first = client(false);
    const second = client(false);
    expect(await named(first, 'plus-one-named')).toEqual([{ next: 42 }]);
    await expect(named(second, 'plus-one-named')).rejects.toMatchObject({ code: '42P05' });
  });
});
