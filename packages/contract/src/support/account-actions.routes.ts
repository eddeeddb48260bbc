import { defineRoute, problems } from '../routes/define-route.js';
import {
  accountStateResponse,
  contractUnlinkResponse,
  sessionsRevokeResponse,
  staffCreateBody,
  staffCreateResponse,
  staffListResponse,
  supportUserContractParams,
  supportUserParams,
  supportUserSummary,
  throttleLiftResponse,
  verificationMailResponse,
} from './account-actions.schemas.js';
import { supportReasonBody } from './support-reason.schemas.js';

const tags = ['support'];

/** A portal account as support sees it (support and supervisor; each read is audited). */
export const supportUserRoutes = {
  summary: defineRoute({
    method: 'GET',
    path: '/api/support/users/:id',
    summary: 'A portal account: verified, disabled, TOTP, throttled, open sessions, linked contracts (staff)',
    tags,
    params: supportUserParams,
    responses: { 200: supportUserSummary, ...problems(400, 401, 403, 404) },
  }),
};

const action = problems(400, 401, 403, 404);

/** A supervisor's actions on a portal account; each needs a reason and is audited with it. */
export const accountActionRoutes = {
  resendVerification: defineRoute({
    method: 'POST',
    path: '/api/support/users/:id/verification-mail',
    summary: 'Send a new verification code to an account not verified yet (supervisor)',
    tags,
    params: supportUserParams,
    body: supportReasonBody,
    responses: { 202: verificationMailResponse, ...action, ...problems(409) },
  }),
  liftThrottle: defineRoute({
    method: 'POST',
    path: '/api/support/users/:id/login-throttle/lift',
    summary: "Forget the failed logins under the account's username and e-mail (supervisor)",
    tags,
    params: supportUserParams,
    body: supportReasonBody,
    responses: { 200: throttleLiftResponse, ...action },
  }),
  revokeSessions: defineRoute({
    method: 'POST',
    path: '/api/support/users/:id/sessions/revoke',
    summary: 'End every session of the account, with its refresh tokens (supervisor)',
    tags,
    params: supportUserParams,
    body: supportReasonBody,
    responses: { 200: sessionsRevokeResponse, ...action },
  }),
  disable: defineRoute({
    method: 'POST',
    path: '/api/support/users/:id/disable',
    summary: 'Disable an account: its sessions end and it cannot log in (supervisor; not one’s own)',
    tags,
    params: supportUserParams,
    body: supportReasonBody,
    responses: { 200: accountStateResponse, ...action, ...problems(409) },
  }),
  enable: defineRoute({
    method: 'POST',
    path: '/api/support/users/:id/enable',
    summary: 'Let a disabled account log in again (supervisor)',
    tags,
    params: supportUserParams,
    body: supportReasonBody,
    responses: { 200: accountStateResponse, ...action },
  }),
  unlinkContract: defineRoute({
    method: 'POST',
    path: '/api/support/users/:id/contracts/:billingAccountId/unlink',
    summary: 'Unlink a contract from the account: its metering points leave it (supervisor)',
    tags,
    params: supportUserContractParams,
    body: supportReasonBody,
    responses: { 200: contractUnlinkResponse, ...action },
  }),
};

/** Staff accounts (supervisor): the list, and a new account with a one-time initial password. */
export const staffAccountRoutes = {
  list: defineRoute({
    method: 'GET',
    path: '/api/support/staff',
    summary: 'Every staff account: role, TOTP enrolled, disabled (supervisor)',
    tags,
    responses: { 200: staffListResponse, ...problems(401, 403) },
  }),
  create: defineRoute({
    method: 'POST',
    path: '/api/support/staff',
    summary:
      'Create a staff account; answers its initial password once, TOTP is enrolled at first login (supervisor)',
    tags,
    body: staffCreateBody,
    responses: { 201: staffCreateResponse, ...problems(400, 401, 403, 409) },
  }),
};
