import { z } from 'zod';
import { defineRoute, problems } from '../routes/define-route.js';
import { uuidParams } from '../routes/route-inputs.js';
import {
  loginBody,
  loginResponse,
  passwordCheckBody,
  passwordCheckResponse,
  passwordResetBody,
  passwordResetConfirmBody,
  passwordResetConfirmResponse,
  passwordResetResponse,
  registerBody,
  registerResponse,
  resendBody,
  resendResponse,
  sessionsResponse,
  tokenResponse,
  verifyBody,
  verifyResponse,
} from './auth.schemas.js';
import { captchaChallengeSchema } from './captcha.schemas.js';

const tags = ['auth'];
const answers = problems(400, 401, 403, 429);

/** Registration, verification, login and sessions, password reset. */
export const authRoutes = {
  captcha: defineRoute({
    method: 'GET',
    path: '/api/auth/captcha',
    summary: 'A new proof-of-work captcha challenge (ALTCHA), valid for 10 minutes',
    tags,
    auth: 'public',
    responses: { 200: captchaChallengeSchema },
  }),
  passwordCheck: defineRoute({
    method: 'POST',
    path: '/api/auth/password-check',
    summary: 'Whether a password is one of the common ones (the forms ask as the user types)',
    tags,
    auth: 'public',
    body: passwordCheckBody,
    responses: { 200: passwordCheckResponse, ...problems(400, 429) },
  }),
  register: defineRoute({
    method: 'POST',
    path: '/api/auth/register',
    summary: 'Register an account; a verification code is e-mailed',
    tags,
    auth: 'public',
    body: registerBody,
    responses: { 202: registerResponse, ...answers },
  }),
  verify: defineRoute({
    method: 'POST',
    path: '/api/auth/verify',
    summary: 'Confirm the e-mail address with the 6-digit code',
    tags,
    auth: 'public',
    body: verifyBody,
    responses: { 200: verifyResponse, ...answers },
  }),
  resend: defineRoute({
    method: 'POST',
    path: '/api/auth/verify/resend',
    summary: 'Send a new verification code (after 60 s, at most 5 an hour)',
    tags,
    auth: 'public',
    body: resendBody,
    responses: { 202: resendResponse, ...answers },
  }),
  login: defineRoute({
    method: 'POST',
    path: '/api/auth/login',
    summary:
      'Log in with username or e-mail; sets the refresh cookie, or asks for a second factor (login/mfa)',
    tags,
    auth: 'public',
    body: loginBody,
    responses: { 200: loginResponse, ...answers },
  }),
  refresh: defineRoute({
    method: 'POST',
    path: '/api/auth/refresh',
    summary: 'A new access token for the refresh cookie, which rotates',
    tags,
    auth: 'refreshCookie',
    responses: { 200: tokenResponse, ...answers },
  }),
  logout: defineRoute({
    method: 'POST',
    path: '/api/auth/logout',
    summary: 'End this session',
    tags,
    auth: 'refreshCookie',
    responses: { 204: z.null(), ...answers },
  }),
  requestPasswordReset: defineRoute({
    method: 'POST',
    path: '/api/auth/password-reset',
    summary: 'E-mail a single-use link to set a new password (30 minutes)',
    tags,
    auth: 'public',
    body: passwordResetBody,
    responses: { 202: passwordResetResponse, ...answers },
  }),
  confirmPasswordReset: defineRoute({
    method: 'POST',
    path: '/api/auth/password-reset/confirm',
    summary: 'Set a new password with the e-mailed link; ends every session',
    tags,
    auth: 'public',
    body: passwordResetConfirmBody,
    responses: { 200: passwordResetConfirmResponse, ...answers },
  }),
  sessions: defineRoute({
    method: 'GET',
    path: '/api/auth/sessions',
    summary: 'The open sessions of the logged-in user',
    tags,
    responses: { 200: sessionsResponse, ...answers },
  }),
  endOtherSessions: defineRoute({
    method: 'DELETE',
    path: '/api/auth/sessions/others',
    summary: 'Log out everywhere else',
    tags,
    responses: { 200: z.object({ revoked: z.number().int() }), ...answers },
  }),
  endSession: defineRoute({
    method: 'DELETE',
    path: '/api/auth/sessions/:id',
    summary: 'End one of your sessions',
    tags,
    params: uuidParams,
    responses: { 204: z.null(), ...problems(404), ...answers },
  }),
};
