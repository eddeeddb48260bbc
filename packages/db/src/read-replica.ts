// Reads from a read replica where the caller says they may go there. @prisma/extension-read-replicas
// (0.5, Prisma 7) sends every read outside a transaction to the replica: a read-before-write of a form
// post, a job's reads and a read right after the request's own write alike, with no way to decide per
// request. This is its mechanism (a query extension) with that decision handed to the caller.
import { isDatabaseUnavailableError } from './errors.js';
import type { PrismaClient } from './generated/prisma/client.js';
import { statementRows, type StatementRows } from './statement-rows.js';

/** Where the reads of one unit of work (the app: one request) go. */
export interface ReadScope {
  /** reads may go to the replica (the app: a read-only request) */
  replica: boolean;
  /**
   * Set by the client at the scope's first write (outside the append-only models): the scope's later
   * reads go to the primary, since they may depend on it, and the app may remember it for the user's
   * next requests.
   */
  wrote: boolean;
}

export interface ReadReplicaOptions {
  /** the scope of the running code (an AsyncLocalStorage store); undefined: everything on the primary */
  scope: () => ReadScope | undefined;
  /**
   * Models whose rows no read of the same scope depends on (an audit trail): writing them does not
   * send the scope's later reads to the primary.
   */
  appendOnly?: readonly string[];
  /** the app's clock (ms), for how long a replica that did not answer is left alone */
  now?: () => number;
}

/** A replica that could not be reached is not asked again for this long: its reads go to the primary. */
export const replicaRestMs = 30_000;

const readOperations = new Set([
  'findFirst',
  'findFirstOrThrow',
  'findMany',
  'findUnique',
  'findUniqueOrThrow',
  'groupBy',
  'aggregate',
  'count',
  // A raw statement of a read-only scope is taken for a read: the replica's sessions are read-only
  // (createPrismaClient's readOnly), so a write hidden in one fails loudly instead of being lost.
  '$queryRaw',
  '$queryRawUnsafe',
]);

type Operation = (...args: unknown[]) => Promise<unknown>;

/** `replica`'s own operation for the one the extension intercepted. */
function replicaOperation(replica: PrismaClient, model: string | undefined, operation: string): Operation {
  const client = replica as unknown as Record<string, Record<string, Operation>>;
  if (!model) return (client[operation] as unknown as Operation).bind(replica);
  const delegate = client[model.charAt(0).toLowerCase() + model.slice(1)]!;
  return delegate[operation]!.bind(delegate);
}

/**
 * `primary` with reads sent to `replica` while the current scope allows it: a read of a scope that
 * may use the replica and has not written yet, outside a transaction. Writes, transactions and code
 * outside any scope (jobs, start-up) use the primary, and so do reads while the replica is unreachable.
 * Typed as a PrismaClient so that services need not know which one they hold.
 */
export function withReadReplica(
  primary: PrismaClient,
  replica: PrismaClient,
  options: ReadReplicaOptions,
): PrismaClient {
  return readReplicaRouting(primary, replica, options).client;
}

/**
 * withReadReplica's client, and the read statements (statement-rows.ts) of the same rules: those of a
 * scope that may use the replica and has not written yet go there, the others to the primary. They
 * share the rest of a replica that did not answer.
 */
export function readReplicaRouting(
  primary: PrismaClient,
  replica: PrismaClient,
  { scope, appendOnly = [], now = Date.now }: ReadReplicaOptions,
): { client: PrismaClient; statementRows: StatementRows } {
  const appendOnlyModels = new Set(appendOnly);
  let unavailableUntil = 0;
  // A replica that is down costs the primary some reads, not the users their pages.
  function onReplica<T>(read: Promise<T>, onPrimary: () => Promise<T>): Promise<T> {
    return read.catch((error: unknown) => {
      if (!isDatabaseUnavailableError(error)) throw error;
      unavailableUntil = now() + replicaRestMs;
      return onPrimary();
    });
  }
  const mayUseReplica = (current: ReadScope | undefined) =>
    Boolean(current?.replica) && !current!.wrote && now() >= unavailableUntil;

  const client = primary.$extends({
    query: {
      $allOperations({ model, operation, args, query, ...rest }) {
        const current = scope();
        const inTransaction = Boolean(
          (rest as { __internalParams?: { transaction?: unknown } }).__internalParams?.transaction,
        );
        if (!readOperations.has(operation)) {
          if (current && !(model && appendOnlyModels.has(model))) current.wrote = true;
          return query(args);
        }
        if (inTransaction || !mayUseReplica(current)) return query(args);
        const run = replicaOperation(replica, model, operation);
        // raw operations come as their argument list ([sql, ...values] or the tagged template's Sql)
        const read = operation.startsWith('$') ? run(...rawArguments(args)) : run(args);
        return onReplica(read, () => query(args));
      },
    },
  }) as unknown as PrismaClient;

  const onPrimaryRows = statementRows(primary);
  const onReplicaRows = statementRows(replica);
  return {
    client,
    statementRows: (sql, params, name) =>
      mayUseReplica(scope())
        ? onReplica(onReplicaRows(sql, params, name), () => onPrimaryRows(sql, params, name))
        : onPrimaryRows(sql, params, name),
  };
}

function rawArguments(args: unknown): unknown[] {
  return Array.isArray(args) ? args : [args];
}
