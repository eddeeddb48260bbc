import { describe, expect, it } from 'vitest';
import { AppError } from '../../lib/app-error.js';
import { linksOwner, type AccessRepository, type HolderChecks } from './access.repository.js';
import type { Actor } from './actor.js';
import { permissionResources, permissions, resourceKinds, type ResourceKind } from './permissions.js';
import { checkAccess, requireAccess } from './require-access.js';

const userA = '018c0000-0000-7000-8000-00000000000a';
const pointOfA = '018c0000-0000-7000-8000-0000000000a1';
const billOfA = '018c0000-0000-7000-8000-0000000000a2';
const unknown = '018c0000-0000-7000-8000-0000000000ff';
const customer: Actor = { userId: userA, role: 'CUSTOMER' };

/** What user A holds, by kind; the calls made, to show what was asked. */
function repository(held: Partial<Record<ResourceKind, string[]>>) {
  const calls: { kind: ResourceKind; userId: string; ids: string[] }[] = [];
  const holder = Object.fromEntries(
    resourceKinds.map((kind) => [
      kind,
      async (userId: string, ids: string[]) => {
        calls.push({ kind, userId, ids });
        return new Set(userId === userA ? ids.filter((id) => held[kind]?.includes(id)) : []);
      },
    ]),
  ) as HolderChecks;
  // the access plugin's look-up of an opened access; checkAccess never asks it
  const viewedBy = async () => null;
  return { repository: { holder, viewedBy } satisfies AccessRepository, calls };
}

async function refusal(promise: Promise<unknown>): Promise<string | undefined> {
  try {
    await promise;
    return undefined;
  } catch (error) {
    return error instanceof AppError ? error.code : String(error);
  }
}

describe('requireAccess', () => {
  it("lets the holder use their own ids, asking the repository of the permission's kind", async () => {
    const { repository: repo, calls } = repository({ meteringPoint: [pointOfA], bill: [billOfA] });
    await requireAccess(repo, customer, 'bill.pdf', [billOfA]);
    await requireAccess(repo, customer, 'ledger.read', [pointOfA]);
    expect(calls).toEqual([
      { kind: 'bill', userId: userA, ids: [billOfA] },
      { kind: 'meteringPoint', userId: userA, ids: [pointOfA] },
    ]);
  });

  it('answers NOT_FOUND when any id is not allowed, as for an id that does not exist', async () => {
    const { repository: repo } = repository({ meteringPoint: [pointOfA] });
    expect(await refusal(requireAccess(repo, customer, 'consumption.read', [pointOfA, unknown]))).toBe(
      'NOT_FOUND',
    );
    expect(await refusal(requireAccess(repo, customer, 'bill.read', [pointOfA]))).toBe('NOT_FOUND');
    const other: Actor = { userId: unknown, role: 'CUSTOMER' };
    expect(await refusal(requireAccess(repo, other, 'meteringPoint.read', [pointOfA]))).toBe('NOT_FOUND');
  });

  it('refuses a malformed id without asking, and compares ids in any case once', async () => {
    const { repository: repo, calls } = repository({ meteringPoint: [pointOfA] });
    expect(await refusal(requireAccess(repo, customer, 'meteringPoint.read', ['not-an-id']))).toBe(
      'NOT_FOUND',
    );
    expect(calls).toEqual([]);
    await requireAccess(repo, customer, 'meteringPoint.read', [pointOfA.toUpperCase(), pointOfA]);
    expect(calls).toEqual([{ kind: 'meteringPoint', userId: userA, ids: [pointOfA] }]);
  });

  it('needs an actor: a route without authentication cannot pass', async () => {
    const { repository: repo } = repository({ meteringPoint: [pointOfA] });
    expect(await refusal(requireAccess(repo, null, 'meteringPoint.read', [pointOfA]))).toBe('UNAUTHORIZED');
    // an actor without an id would make every ownership condition empty
    const nobody = { userId: undefined, role: 'CUSTOMER' } as unknown as Actor;
    expect(await refusal(requireAccess(repo, nobody, 'meteringPoint.read', [pointOfA]))).toBe('UNAUTHORIZED');
    expect(() => linksOwner(nobody)).toThrow(AppError);
  });

  it('lets nothing through without ids and asks nothing', async () => {
    const { repository: repo, calls } = repository({});
    expect(await checkAccess(repo, customer, 'bill.read', new Set())).toEqual(new Set());
    await requireAccess(repo, customer, 'bill.read', []);
    expect(calls).toEqual([]);
  });

  it("gives staff no customer's data with their own token, whatever the repository would say", async () => {
    const run = '018c0000-0000-7000-8000-0000000000b1';
    for (const role of ['SUPPORT', 'SUPERVISOR'] as const) {
      const { repository: repo, calls } = repository({ meteringPoint: [pointOfA], importRun: [run] });
      const staff: Actor = { userId: userA, role };
      expect(await refusal(requireAccess(repo, staff, 'meteringPoint.read', [pointOfA]))).toBe('NOT_FOUND');
      expect(calls).toEqual([]);
      await requireAccess(repo, staff, 'importRun.read', [run]);
      expect(calls.map((c) => c.kind)).toEqual(['importRun']);
    }
  });

  it("gives customers none of the portal's own operations, whatever the repository would say", async () => {
    const run = '018c0000-0000-7000-8000-0000000000b1';
    const { repository: repo, calls } = repository({ importRun: [run], account: [userA], customer: [userA] });
    for (const permission of ['importRun.read', 'account.read', 'customer.view', 'newsItem.manage'] as const)
      expect(await refusal(requireAccess(repo, customer, permission, [run])), permission).toBe('NOT_FOUND');
    expect(calls).toEqual([]);
  });
});

describe('staff reading through an opened access', () => {
  const staff: Actor = { userId: unknown, role: 'SUPPORT', viewing: { accessId: unknown, userId: userA } };

  it('hold what the viewed customer holds, for reading', async () => {
    const { repository: repo, calls } = repository({ bill: [pointOfA] });
    await requireAccess(repo, staff, 'bill.pdf', [pointOfA]);
    expect(calls).toEqual([{ kind: 'bill', userId: userA, ids: [pointOfA] }]);
    expect(linksOwner(staff)).toBe(userA);
  });

  it('may do nothing else: no payment, cancellation, unlinking or change', async () => {
    const { repository: repo, calls } = repository({ meteringPoint: [pointOfA], paymentOrder: [pointOfA] });
    for (const permission of [
      'meteringPoint.update',
      'meteringPoint.pay',
      'paymentOrder.cancel',
      'contract.unlink',
    ] as const)
      expect(await refusal(requireAccess(repo, staff, permission, [pointOfA])), permission).toBe('NOT_FOUND');
    expect(calls).toEqual([]);
  });
});

describe('permissions', () => {
  it('each names a kind of resource', () => {
    for (const permission of permissions) expect(resourceKinds).toContain(permissionResources[permission]);
  });
});
