// The one access check of customer data (after immich's requireAccess): an actor, a permission and
// ids; ids the actor may not use answer NOT_FOUND, exactly like ids that do not exist, so a customer
// never learns that someone else's metering point, bill or order is there (never 403).
import { AppError } from '../../lib/app-error.js';
import { isUuid } from '../../lib/uuid.js';
import type { AccessRepository } from './access.repository.js';
import type { Actor } from './actor.js';
import { permissionResources, staffResourceKinds, viewPermissions, type Permission } from './permissions.js';

/**
 * Whose holdings answer the permission for the actor: the user whose links (or staff operations) to ask,
 * or null when the actor may use no id at all with it.
 */
export function holderFor(actor: Actor, permission: Permission): string | null {
  const kind = permissionResources[permission];
  // Staff reading a customer's account through an opened access hold what that customer holds, for
  // reading only.
  if (actor.viewing) return viewPermissions.has(permission) ? actor.viewing.userId : null;
  switch (actor.role) {
    // No customer holds the portal's own operations: no query needed to say so.
    case 'CUSTOMER':
      return staffResourceKinds.has(kind) ? null : actor.userId;
    // Staff hold no customer's data with their own token (audience.ts keeps them off those routes
    // too); what they hold is the portal's own operations.
    case 'SUPPORT':
    case 'SUPERVISOR':
      return staffResourceKinds.has(kind) ? actor.userId : null;
  }
}

/** Of `ids` (lower-case uuids), those the actor may use with the permission. */
export async function checkAccess(
  repository: AccessRepository,
  actor: Actor,
  permission: Permission,
  ids: Set<string>,
): Promise<Set<string>> {
  if (ids.size === 0) return new Set();
  const holder = holderFor(actor, permission);
  return holder === null ? new Set() : repository.holder[permissionResources[permission]](holder, [...ids]);
}

/**
 * The checks of requireAccess that need no query, for a route whose one statement is itself scoped by
 * the actor's links (`linksOwner`) and answers NOT_FOUND for what they do not hold.
 */
export function requireAccessInStatement(
  actor: Actor | null | undefined,
  permission: Permission,
  id: string,
) {
  if (!actor?.userId) throw new AppError('UNAUTHORIZED');
  if (!isUuid(id) || holderFor(actor, permission) === null) throw new AppError('NOT_FOUND');
}

/** Throws NOT_FOUND unless the actor may use every one of `ids` with the permission. */
export async function requireAccess(
  repository: AccessRepository,
  actor: Actor | null | undefined,
  permission: Permission,
  ids: readonly string[],
): Promise<void> {
  // Prisma reads `userId: undefined` as no condition at all: never let a missing id through.
  if (!actor?.userId) throw new AppError('UNAUTHORIZED');
  const wanted = new Set(ids.map((id) => id.toLowerCase()));
  // Anything but a uuid cannot be a row id: no query, the same answer as for an unknown id.
  if ([...wanted].some((id) => !isUuid(id))) throw new AppError('NOT_FOUND');
  const allowed = await checkAccess(repository, actor, permission, wanted);
  for (const id of wanted) if (!allowed.has(id)) throw new AppError('NOT_FOUND');
}
