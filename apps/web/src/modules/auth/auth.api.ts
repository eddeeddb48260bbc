// The accounts endpoints: the contract's authRoutes and accountRoutes.
import { accountRoutes, authRoutes, mfaRoutes, type RegisterBody, type UpdateMeBody } from '@portal/contract';
import type { ApiClient } from '../../api/client.js';
import { sessionApi } from './session.api.js';

export function authApi(api: ApiClient) {
  return {
    ...sessionApi(api),
    captcha: () => api.call(authRoutes.captcha),
    register: (body: RegisterBody) => api.call(authRoutes.register, { body }),
    isCommonPassword: async (password: string) =>
      (await api.call(authRoutes.passwordCheck, { body: { password } })).common,
    verify: (login: string, code: string) => api.call(authRoutes.verify, { body: { login, code } }),
    resend: (login: string) => api.call(authRoutes.resend, { body: { login } }),
    requestPasswordReset: (email: string) => api.call(authRoutes.requestPasswordReset, { body: { email } }),
    confirmPasswordReset: (token: string, password: string) =>
      api.call(authRoutes.confirmPasswordReset, { body: { token, password } }),
    updateMe: (body: UpdateMeBody) => api.call(accountRoutes.updateMe, { body }),
    changePassword: (body: { currentPassword: string; newPassword: string }) =>
      api.call(accountRoutes.changePassword, { body }),
    changeEmail: (body: { password: string; newEmail: string }) =>
      api.call(accountRoutes.changeEmail, { body }),
    confirmEmailChange: (body: { code: string }) => api.call(accountRoutes.confirmEmailChange, { body }),
    enrolTotp: () => api.call(mfaRoutes.enrolTotp),
    confirmTotp: (code: string) => api.call(mfaRoutes.confirmTotp, { body: { code } }),
    disableTotp: (body: { code: string } | { password: string }) => api.call(mfaRoutes.disableTotp, { body }),
    sessions: () => api.call(authRoutes.sessions),
    endSession: (id: string) => api.call(authRoutes.endSession, { params: { id } }),
    endOtherSessions: () => api.call(authRoutes.endOtherSessions),
  };
}

export type AuthApi = ReturnType<typeof authApi>;
