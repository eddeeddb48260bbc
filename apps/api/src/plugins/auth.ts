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

export default fp(
  async (app, options: { secret: string }) => {
    // Pinned algorithm and a required expiry: a token of another HMAC algorithm, or one that never
    // expires, is refused even when it was signed with our key.
    await app.register(fastifyJwt, {
      secret: options.secret,
      sign: { algorithm: 'HS256', expiresIn: accessTokenSeconds },
      verify: { algorithms: ['HS256'], requiredClaims: ['exp'] },
    });
    app.decorate('authenticate', async (request: FastifyRequest) => {
      try {
        await request.jwtVerify();
      } catch (error) {
        throw new AppError('UNAUTHORIZED', { cause: error });
      }
      // A revoked session (logout, "log out everywhere else", refresh-token reuse) ends at once, not
      // when its last access token expires: on the primary, which a read replica may lag behind.
      const session = await app.primary.session.findUnique({
        where: { id: request.user.sid },
        select: { revokedAt: true, expiresAt: true, userId: true },
      });
      if (
        !session ||
        session.revokedAt ||
        session.expiresAt < app.clock.now() ||
        session.userId !== request.user.sub
      ) {
        throw new AppError('SESSION_EXPIRED');
      }
    });
  },
  { name: 'auth', dependencies: ['db'] },
);
