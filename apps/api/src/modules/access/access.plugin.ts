// The access seam of the app: resolves the actor of every authenticated request once, and checks the
// permission a route declares (`config: { access: 'bill.read' }`) on the id of its path before the
// handler runs, after who the route is for (audience.ts). Routes whose ids come in a query or body
// call `app.requireAccess` themselves.
import type { StaffLevel } from '@portal/domain';
import type { FastifyRequest, RouteOptions } from 'fastify';
import fp from 'fastify-plugin';
import { accessRepository } from './access.repository.js';
import { actorOf, type Actor } from './actor.js';
import { checkAudience } from './audience.js';
import { isPermission, type Permission } from './permissions.js';
import { requireAccess } from './require-access.js';

/** A route's permission on the id in its path parameter `id`, or in the one named. */
export type AccessRule = Permission | { permission: Permission; param: string };

declare module 'fastify' {
  interface FastifyContextConfig {
    access?: AccessRule;
    /** the route is for staff of this level or above (audience.ts) */
    staff?: StaffLevel;
  }
  interface FastifyRequest {
    /** who is asking; set on every route that runs `app.authenticate` */
    actor: Actor;
  }
  interface FastifyInstance {
    /** NOT_FOUND unless the actor may use every one of the ids with the permission */
    requireAccess: (actor: Actor, permission: Permission, ids: readonly string[]) => Promise<void>;
  }
}

export function accessRuleOf(rule: AccessRule): { permission: Permission; param: string } {
  return typeof rule === 'string' ? { permission: rule, param: 'id' } : rule;
}

/** Refuses at start-up a rule naming an unknown permission or a parameter the path does not have. */
function checkRule(route: Pick<RouteOptions, 'url' | 'config'>): void {
  const rule = route.config?.access;
  if (rule === undefined) return;
  const { permission, param } = accessRuleOf(rule);
  if (!isPermission(permission)) throw new Error(`${route.url}: unknown permission "${String(permission)}"`);
  if (!route.url.split('/').includes(`:${param}`))
    throw new Error(`${route.url}: access rule names ":${param}", which the path does not have`);
}

export default fp(
  async (app) => {
    const repository = accessRepository(app.prisma);
    app.decorate('requireAccess', (actor: Actor, permission: Permission, ids: readonly string[]) =>
      requireAccess(repository, actor, permission, ids),
    );
    app.decorateRequest('actor', null as unknown as Actor);
    app.addHook('onRoute', checkRule);
    // preValidation: after `app.authenticate` (onRequest), before the schemas, so that who the route
    // is for answers first: a customer learns nothing of staff routes' inputs, staff nothing of
    // customers', a session that must enrol TOTP nothing at all.
    app.addHook('preValidation', async (request: FastifyRequest) => {
      if (!request.user) return;
      request.actor = actorOf(request.user);
      const { method, url, config } = request.routeOptions;
      checkAudience(request.actor, { method: String(method), url: url ?? '', staff: config.staff });
    });
    // preHandler: after the schemas, so the path parameters are parsed.
    app.addHook('preHandler', async (request: FastifyRequest) => {
      const rule = request.routeOptions.config.access;
      if (rule === undefined) return;
      const { permission, param } = accessRuleOf(rule);
      const id = (request.params as Record<string, string | undefined>)[param] ?? '';
      await requireAccess(repository, request.actor, permission, [id]);
    });
  },
  { name: 'access', dependencies: ['db', 'auth'] },
);
