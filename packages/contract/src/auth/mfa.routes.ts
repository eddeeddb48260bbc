import { z } from 'zod';
import { defineRoute, problems } from '../routes/define-route.js';
import { tokenResponse } from './auth.schemas.js';
import {
  mfaLoginBody,
  totpConfirmBody,
  totpConfirmResponse,
  totpDisableBody,
  totpEnrolmentResponse,
} from './mfa.schemas.js';

const tags = ['auth'];
const answers = problems(400, 401, 429);

/** The second step of a login, and turning TOTP on and off on one's own account. */
export const mfaRoutes = {
  loginMfa: defineRoute({
    method: 'POST',
    path: '/api/auth/login/mfa',
    summary:
      'Finish a login that asked for a second factor: a TOTP or recovery code; sets the refresh cookie',
    tags,
    auth: 'public',
    body: mfaLoginBody,
    responses: { 200: tokenResponse, ...answers },
  }),
  enrolTotp: defineRoute({
    method: 'POST',
    path: '/api/auth/mfa/totp',
    summary:
      'Start turning TOTP on: a new secret and its otpauth:// URI and QR code (not active until confirmed)',
    tags,
    responses: { 200: totpEnrolmentResponse, ...problems(409), ...answers },
  }),
  confirmTotp: defineRoute({
    method: 'POST',
    path: '/api/auth/mfa/totp/confirm',
    summary: 'Turn TOTP on with a code from the app; answers the single-use recovery codes, once',
    tags,
    body: totpConfirmBody,
    responses: { 200: totpConfirmResponse, ...problems(409), ...answers },
  }),
  disableTotp: defineRoute({
    method: 'DELETE',
    path: '/api/auth/mfa/totp',
    summary: 'Turn TOTP off, with a current code or the password; the recovery codes end too',
    tags,
    body: totpDisableBody,
    responses: { 204: z.null(), ...problems(409), ...answers },
  }),
};
