import fastifyCookie from '@fastify/cookie';
import fp from 'fastify-plugin';

export interface CookiePluginOptions {
  /** cookies set by the app are Secure in production */
  secure: boolean;
}

/** Cookie parsing and `reply.setCookie`, with safe defaults for the cookies the app sets. */
export default fp<CookiePluginOptions>(
  async (app, { secure }) => {
    await app.register(fastifyCookie, {
      parseOptions: { httpOnly: true, sameSite: 'lax', secure, path: '/' },
    });
  },
  { name: 'cookie' },
);
