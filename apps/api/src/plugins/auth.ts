// Access tokens: short-lived JWTs (15 minutes) in the Authorization header. Long-lived refresh tokens
// live in an httpOnly cookie and are handled by the auth module.
import fastifyJwt from '@fastify/jwt';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { AccountRole } from '@portal/domain';
import fp from 'fastify-plugin';
import { AppError } from '../lib/app-error.js';

export const accessTokenSeconds = 15 * 60;
/** Staff tokens are shorter-lived: a staff session reaches many customers' data (auth.deps.ts). */
export const staffAccessTokenSeconds = 5 * 60;

export interface AccessTokenClaims {
  /** user id */
  sub: string;
  /** session id */
  sid: string;
  role: AccountRole;
  /** present on a staff session that must enrol TOTP before anything else (modules/access/audience.ts) */
  enrol?: true;
}

declare module '@fastify/jwt' {
  interface FastifyJWT {
    payload: AccessTokenClaims;
    user: AccessTokenClaims;
  }
}

declare module 'fastify' {
  interface FastifyInstance {
    /** preHandler: a valid access token of a session that is still open */
    authenticate: (request: FastifyRequest, reply: FastifyReply) => Promise<void>;
  }
}

/**
 * How long a session read as open is taken as open without asking the database again: the bound on
 * how long a session revoked by another API process (or outside any request) still gets answers. A
 * revocation through this process is a write (POST, PATCH, PUT or DELETE), and before its answer is sent
 * the cache forgets whose sessions it may have ended (forgottenAfterWrite), so it holds at once here.
 */
export const sessionCheckCacheMs = 5_000;

interface OpenSession {
  expiresAt: Date;
  userId: string;
}

/** The sessions read as open in the last `ttlMs`, forgotten by user (`forgetUser`) or all at once. */
export function openSessionCache(ttlMs: number) {
  const entries = new Map<string, { session: OpenSession; until: number }>();
  const sidsByUser = new Map<string, Set<string>>();
  // A read that began before a forget must not put back what the forget removed: each forget starts a
  // new generation, and a read stores its answer only in the generation it began in.
  let generation = 0;
  const remove = (sid: string) => {
    const entry = entries.get(sid);
    if (!entry) return;
    entries.delete(sid);
    const sids = sidsByUser.get(entry.session.userId);
    sids?.delete(sid);
    if (sids?.size === 0) sidsByUser.delete(entry.session.userId);
  };
  return {
    generation: () => generation,
    get(sid: string): OpenSession | undefined {
      const entry = entries.get(sid);
      if (entry && entry.until > performance.now()) return entry.session;
      remove(sid);
      return undefined;
    },
    set(sid: string, session: OpenSession, readInGeneration: number): void {
      if (ttlMs <= 0 || readInGeneration !== generation) return;
      // bounded: at worst every session is read again once
      if (entries.size >= 50_000) this.clear();
      entries.set(sid, { session, until: performance.now() + ttlMs });
      sidsByUser.set(session.userId, (sidsByUser.get(session.userId) ?? new Set()).add(sid));
    },
    forgetUser(userId: string): void {
      generation++;
      for (const sid of sidsByUser.get(userId) ?? []) remove(sid);
    },
    clear(): void {
      generation++;
      entries.clear();
      sidsByUser.clear();
    },
  };
}

/**
 * Whose cached sessions a write may have ended. A customer can end only their own (logout, "log out
 * everywhere else", a password or e-mail change, deleting the account). Staff can end anyone's
 * (revoking sessions, disabling an account), and a write with no verified user (a refresh that finds a
 * reused token, a password reset by link) may end a user's sessions unnamed here: both forget all.
 */
export function forgottenAfterWrite(
  user: Pick<AccessTokenClaims, 'sub' | 'role'> | null | undefined,
): { userId: string } | 'all' {
  return user?.role === 'CUSTOMER' ? { userId: user.sub } : 'all';
}

const safeMethods = new Set(['GET', 'HEAD', 'OPTIONS']);

export default fp(
  async (app, options: { secret: string; sessionCheckCacheMs?: number }) => {
    // Pinned algorithm and a required expiry: a token of another HMAC algorithm, or one that never
    // expires, is refused even when it was signed with our key.
    await app.register(fastifyJwt, {
      secret: options.secret,
      sign: { algorithm: 'HS256', expiresIn: accessTokenSeconds },
      verify: { algorithms: ['HS256'], requiredClaims: ['exp'] },
    });
    const cache = openSessionCache(options.sessionCheckCacheMs ?? sessionCheckCacheMs);
    app.decorate('authenticate', async (request: FastifyRequest) => {
      try {
        await request.jwtVerify();
      } catch (error) {
        throw new AppError('UNAUTHORIZED', { cause: error });
      }
      // A revoked session (logout, "log out everywhere else", refresh-token reuse) ends at once, not
      // when its last access token expires; in another process within sessionCheckCacheMs. Read on the
      // primary, which a read replica may lag behind.
      const { sid } = request.user;
      let session = cache.get(sid);
      if (!session) {
        const generation = cache.generation();
        const row = await app.primary.session.findUnique({
          where: { id: sid },
          select: { revokedAt: true, expiresAt: true, userId: true },
        });
        if (!row || row.revokedAt) throw new AppError('SESSION_EXPIRED');
        session = { expiresAt: row.expiresAt, userId: row.userId };
        cache.set(sid, session, generation);
      }
      if (session.expiresAt < app.clock.now() || session.userId !== request.user.sub) {
        throw new AppError('SESSION_EXPIRED');
      }
    });
    // Sessions are revoked only by writes: after one, the sessions it may have ended are read again.
    app.addHook('onSend', (request, _reply, payload, done) => {
      if (!safeMethods.has(request.method)) {
        const forget = forgottenAfterWrite(request.user);
        if (forget === 'all') cache.clear();
        else cache.forgetUser(forget.userId);
      }
      done(null, payload);
    });
  },
  { name: 'auth', dependencies: ['db'] },
);
