// The accounts endpoints (/api/auth), typed with the contract's bodies and answers.
import type { Me, RegisterBody, SessionInfo, TokenResponse, UpdateMeBody } from '@portal/contract';
import type { ApiClient, RequestOptions } from '../../api/client.js';
import type { CaptchaChallenge } from './captcha-solver.js';

const base = '/api/auth';
const publicCall = { auth: false } as const;

export function authApi(api: ApiClient) {
  return {
    captcha: () => api.request<CaptchaChallenge>('GET', `${base}/captcha`, undefined, publicCall),
    register: (body: RegisterBody) =>
      api.request<{ status: 'verification_sent' }>('POST', `${base}/register`, body, publicCall),
    verify: (login: string, code: string) =>
      api.request<{ status: 'verified' }>('POST', `${base}/verify`, { login, code }, publicCall),
    resend: (login: string) =>
      api.request<{ status: 'accepted' }>('POST', `${base}/verify/resend`, { login }, publicCall),
    login: (login: string, password: string) =>
      api.request<TokenResponse>('POST', `${base}/login`, { login, password }, publicCall),
    refresh: () =>
      api.request<TokenResponse>('POST', `${base}/refresh`, undefined, { auth: false, csrf: true }),
    logout: () => api.request<void>('POST', `${base}/logout`, undefined, { auth: false, csrf: true }),
    requestPasswordReset: (email: string) =>
      api.request<{ status: 'accepted' }>('POST', `${base}/password-reset`, { email }, publicCall),
    confirmPasswordReset: (token: string, password: string) =>
      api.request<{ status: 'password_changed' }>(
        'POST',
        `${base}/password-reset/confirm`,
        { token, password },
        publicCall,
      ),
    me: (options?: RequestOptions) => api.request<Me>('GET', `${base}/me`, undefined, options),
    updateMe: (body: UpdateMeBody) => api.request<Me>('PATCH', `${base}/me`, body),
    changePassword: (body: { currentPassword: string; newPassword: string }) =>
      api.request<{ status: 'password_changed' }>('POST', `${base}/password`, body),
    changeEmail: (body: { password: string; newEmail: string }) =>
      api.request<{ status: 'verification_sent' }>('POST', `${base}/email`, body),
    confirmEmailChange: (body: { code: string }) =>
      api.request<{ status: 'email_changed'; email: string }>('POST', `${base}/email/confirm`, body),
    sessions: () => api.request<{ items: SessionInfo[] }>('GET', `${base}/sessions`),
    endSession: (id: string) => api.request<void>('DELETE', `${base}/sessions/${encodeURIComponent(id)}`),
    endOtherSessions: () => api.request<{ revoked: number }>('DELETE', `${base}/sessions/others`),
  };
}

export type AuthApi = ReturnType<typeof authApi>;
