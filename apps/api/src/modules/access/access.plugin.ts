// The access seam of the app: resolves the actor of every authenticated request once, and checks the
// permission a route declares (`config: { access: 'bill.read' }`) on the id of its path before the
// handler runs, after who the route is for (audience.ts). Routes whose ids come in a query or body
// call `app.requireAccess` themselves.
import type { StaffLevel } from '@portal/domain';
import type { FastifyError, FastifyRequest, RouteOptions } from 'fastify';
import fp from 'fastify-plugin';
import { accessRepository } from './access.repository.js';
import { actorOf, type Actor } from './actor.js';
import { supportAccessHeader } from '@portal/contract';
import { AppError } from '../../lib/app-error.js';
import { isUuid } from '../../lib/uuid.js';
import { auditContext, recordAudit } from '../audit/audit.service.js';
import type { AccessRepository } from './access.repository.js';
import { checkAudience, customerRouteNames, supportAccessUse } from './audience.js';
import { isPermission, type Permission } from './permissions.js';
import { requireAccess, requireAccessInStatement } from './require-access.js';

/**
 * A route's permission on the id in its path parameter `id`, or in the one named. `inStatement` (reads
 * only): the handler reads the id's data in one statement scoped by the actor's links (`linksOwner`),
 * which answers NOT_FOUND for an id they do not hold, so the seam checks all but that without a query
 * of its own (requireAccessInStatement).
 */
export type AccessRule = Permission | { permission: Permission; param?: string; inStatement?: true };

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

export function accessRuleOf(rule: AccessRule): {
  permission: Permission;
  param: string;
  inStatement?: true;
} {
  return typeof rule === 'string' ? { permission: rule, param: 'id' } : { param: 'id', ...rule };
}

/** Refuses at start-up a rule naming an unknown permission or a parameter the path does not have. */
function checkRule(route: Pick<RouteOptions, 'url' | 'config' | 'method'>): void {
  const rule = route.config?.access;
  if (rule === undefined) return;
  const { permission, param, inStatement } = accessRuleOf(rule);
  if (!isPermission(permission)) throw new Error(`${route.url}: unknown permission "${String(permission)}"`);
  if (inStatement && [route.method].flat().some((method) => method !== 'GET' && method !== 'HEAD'))
    throw new Error(`${route.url}: only a read may check access in its statement`);
  if (!route.url.split('/').includes(`:${param}`))
    throw new Error(`${route.url}: access rule names ":${param}", which the path does not have`);
}

/**
 * The actor of a request with an `X-Support-Access` header: staff reading the customer of an access they
 * opened and that still lasts, on customer routes; the staff member themself elsewhere.
 */
async function actorThrough(
  repository: AccessRepository,
  request: FastifyRequest,
  actor: Actor,
  accessId: string,
): Promise<Actor> {
  const { method, url } = request.routeOptions;
  if (supportAccessUse(actor, { method: String(method), url: url ?? '' }) === 'ignore') return actor;
  const viewedUserId = isUuid(accessId)
    ? await repository.viewedBy(actor.userId, accessId.toLowerCase(), request.server.clock.now())
    : null;
  if (!viewedUserId) throw new AppError('SUPPORT_ACCESS_INVALID');
  return { ...actor, viewing: { accessId: accessId.toLowerCase(), userId: viewedUserId } };
}

/** Every request made through an access is on the customer's record: which page, which ids. */
async function recordView(request: FastifyRequest): Promise<void> {
  const { actor } = request;
  if (!actor.viewing) return;
  const { method, url } = request.routeOptions;
  await recordAudit(request.server.prisma, auditContext(request), {
    action: 'support.customer.view',
    actorUserId: actor.userId,
    subjectType: 'user',
    subjectId: actor.viewing.userId,
    details: {
      accessId: actor.viewing.accessId,
      page: customerRouteNames.get(`${method === 'HEAD' ? 'GET' : String(method)} ${url ?? ''}`) ?? '',
      params: request.params as Record<string, string>,
    },
  });
}

/** Sets the request's actor; the error when the route is not for them (audience.ts). */
function takeActor(request: FastifyRequest, actor: Actor): FastifyError | undefined {
  request.actor = actor;
  const { method, url, config } = request.routeOptions;
  try {
    checkAudience(actor, { method: String(method), url: url ?? '', staff: config.staff });
    return undefined;
  } catch (error) {
    return error as FastifyError;
  }
}

const idOf = (request: FastifyRequest, rule: { param: string }) =>
  (request.params as Record<string, string | undefined>)[rule.param] ?? '';

export default fp(
  async (app) => {
    const repository = accessRepository(app.prisma, app.primary);
    app.decorate('requireAccess', (actor: Actor, permission: Permission, ids: readonly string[]) =>
      requireAccess(repository, actor, permission, ids),
    );
    app.decorateRequest('actor', null as unknown as Actor);
    app.addHook('onRoute', checkRule);
    // Callback hooks, asynchronous only where they ask the database (an access through a header, a
    // recorded view, a check outside the statement): every request runs them (bench/README.md).
    // preValidation: after `app.authenticate` (onRequest), before the schemas, so that who the route
    // is for answers first: a customer learns nothing of staff routes' inputs, staff nothing of
    // customers', a session that must enrol TOTP nothing at all.
    app.addHook('preValidation', (request, _reply, done) => {
      if (!request.user) return done();
      const header = request.headers[supportAccessHeader];
      const actor = actorOf(request.user);
      if (header === undefined) return done(takeActor(request, actor));
      actorThrough(repository, request, actor, String(header)).then(
        (through) => done(takeActor(request, through)),
        done,
      );
    });
    // preHandler: after the schemas, so the path parameters are parsed (and are worth recording).
    app.addHook('preHandler', (request, _reply, done) => {
      const rule = request.routeOptions.config.access;
      const checked = rule === undefined ? undefined : accessRuleOf(rule);
      if (!request.actor?.viewing && (checked === undefined || checked.inStatement)) {
        try {
          if (checked) requireAccessInStatement(request.actor, checked.permission, idOf(request, checked));
        } catch (error) {
          return done(error as FastifyError);
        }
        return done();
      }
      const check = async () => {
        if (request.actor?.viewing) await recordView(request);
        if (checked === undefined) return;
        const id = idOf(request, checked);
        if (checked.inStatement) requireAccessInStatement(request.actor, checked.permission, id);
        else await requireAccess(repository, request.actor, checked.permission, [id]);
      };
      check().then(() => done(), done);
    });
  },
  { name: 'access', dependencies: ['db', 'auth'] },
);
