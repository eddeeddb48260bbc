import { defineRoute, problems } from '../routes/define-route.js';
import {
  changeEmailBody,
  changeEmailResponse,
  changePasswordBody,
  changePasswordResponse,
  confirmEmailChangeBody,
  confirmEmailChangeResponse,
  meResponse,
  updateMeBody,
} from './auth.schemas.js';

const tags = ['account'];
const answers = problems(400, 401, 429);

/** The logged-in user's own account. */
export const accountRoutes = {
  me: defineRoute({
    method: 'GET',
    path: '/api/auth/me',
    summary: 'The logged-in user',
    tags,
    responses: { 200: meResponse, ...answers },
  }),
  updateMe: defineRoute({
    method: 'PATCH',
    path: '/api/auth/me',
    summary: 'Change the profile (the language of e-mails and pages)',
    tags,
    body: updateMeBody,
    responses: { 200: meResponse, ...answers },
  }),
  changePassword: defineRoute({
    method: 'POST',
    path: '/api/auth/password',
    summary: 'Change the password; ends every other session',
    tags,
    body: changePasswordBody,
    responses: { 200: changePasswordResponse, ...answers },
  }),
  changeEmail: defineRoute({
    method: 'POST',
    path: '/api/auth/email',
    summary: 'Start changing the e-mail address: a code is sent to the new one',
    tags,
    body: changeEmailBody,
    responses: { 202: changeEmailResponse, ...answers },
  }),
  confirmEmailChange: defineRoute({
    method: 'POST',
    path: '/api/auth/email/confirm',
    summary: 'Confirm the new e-mail address with its code; ends every other session',
    tags,
    body: confirmEmailChangeBody,
    responses: { 200: confirmEmailChangeResponse, ...answers },
  }),
};
