// The logged-in user and their access token. The token lives in memory only (never in storage): on
// every app start the session is restored from the httpOnly refresh cookie, and the token is renewed
// shortly before it expires and after a 401.
import type { Me, TokenResponse } from '@portal/contract';
import { defineStore } from 'pinia';
import { computed, ref, shallowRef } from 'vue';
import { ApiError } from '../../api/client.js';
import { useApi } from '../../composables/use-api.js';
import { sessionApi } from './session.api.js';

/** Renew this long before the access token expires (but a short-lived token not before half its life). */
export const renewAheadMs = 60_000;
/**
 * The lock that keeps two tabs from trading the same refresh cookie at once. Where the browser has no
 * Web Locks, the server gives a token traded twice within seconds the same successor.
 */
const refreshLockName = 'portal.auth.refresh';

export function renewDelayMs(expiresInSeconds: number): number {
  const lifetime = expiresInSeconds * 1000;
  return Math.max(lifetime - renewAheadMs, lifetime / 2, 1000);
}

/** Runs `task` while holding a lock shared by all tabs of the portal, where the browser has Web Locks. */
function withRefreshLock<T>(task: () => Promise<T>): Promise<T> {
  const locks = (globalThis.navigator as Navigator | undefined)?.locks;
  return locks ? (locks.request(refreshLockName, task) as Promise<T>) : task();
}

/** A login waiting for its second factor. */
export interface SecondStep {
  mfaToken: string;
}

export const useAuthStore = defineStore('auth', () => {
  const api = useApi();
  const calls = sessionApi(api);

  const accessToken = ref<string | null>(null);
  const user = shallowRef<Me | null>(null);
  const isLoggedIn = computed(() => user.value !== null);
  let renewTimer: ReturnType<typeof setTimeout> | undefined;
  let refreshing: Promise<boolean> | undefined;
  let started: Promise<void> | undefined;
  const sessionLostListeners = new Set<() => void>();

  api.setAuth({ token: () => accessToken.value, renew: () => refresh() });

  function clearTimer() {
    if (renewTimer !== undefined) clearTimeout(renewTimer);
    renewTimer = undefined;
  }

  function adopt(tokens: TokenResponse) {
    accessToken.value = tokens.accessToken;
    clearTimer();
    renewTimer = setTimeout(() => void refresh(), renewDelayMs(tokens.expiresIn));
  }

  function forget() {
    clearTimer();
    accessToken.value = null;
    user.value = null;
  }

  /**
   * A new access token for the refresh cookie. Concurrent callers share one request. False (and logged
   * out) when the session has ended; a session that was in use also tells the session-lost listeners.
   */
  function refresh(): Promise<boolean> {
    refreshing ??= withRefreshLock(async () => {
      try {
        adopt(await calls.refresh());
        if (!user.value) user.value = await calls.me({ renew: false });
        return true;
      } catch (error) {
        // Offline: keep what we have and try again a little later.
        if (error instanceof ApiError && error.code === 'NETWORK' && user.value) {
          clearTimer();
          renewTimer = setTimeout(() => void refresh(), 15_000);
          return false;
        }
        const hadSession = user.value !== null;
        forget();
        if (hadSession) for (const listener of sessionLostListeners) listener();
        return false;
      }
    }).finally(() => {
      refreshing = undefined;
    });
    return refreshing;
  }

  /** Restores the session of an earlier visit, once per app start; the router waits for it. */
  function start(): Promise<void> {
    started ??= refresh().then(() => undefined);
    return started;
  }

  /**
   * Logs in with the password. For an account with TOTP on the answer is the token of the second
   * step instead of the user: `loginMfa` with a code then finishes the login.
   */
  async function login(login: string, password: string): Promise<Me | SecondStep> {
    const answer = await calls.login(login, password);
    if ('mfaRequired' in answer) return { mfaToken: answer.mfaToken };
    return loggedIn(answer);
  }

  /** The second step: a TOTP code or a recovery code for the token of `login`. */
  async function loginMfa(mfaToken: string, code: string): Promise<Me> {
    return loggedIn(await calls.loginMfa(mfaToken, code));
  }

  async function loggedIn(tokens: TokenResponse): Promise<Me> {
    adopt(tokens);
    try {
      user.value = await calls.me();
    } catch (error) {
      forget();
      throw error;
    }
    started ??= Promise.resolve();
    return user.value;
  }

  async function logout(): Promise<void> {
    try {
      await calls.logout();
    } finally {
      forget();
    }
  }

  /** Replaces the user after a change of their profile (language, e-mail). */
  function setUser(next: Me) {
    user.value = next;
  }

  /** Called when the session ends by itself (expired, revoked elsewhere); returns the unsubscribe. */
  function onSessionLost(listener: () => void): () => void {
    sessionLostListeners.add(listener);
    return () => sessionLostListeners.delete(listener);
  }

  return { accessToken, user, isLoggedIn, start, refresh, login, loginMfa, logout, setUser, onSessionLost };
});

export type AuthStore = ReturnType<typeof useAuthStore>;
