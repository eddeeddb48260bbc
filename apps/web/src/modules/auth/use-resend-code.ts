// "Send a new code": the server sends one at most every 60 s (silently ignoring earlier asks), so the
// button waits 60 s after each send and shows the countdown; a 429 shows the server's own wait.
import { computed, onUnmounted, ref, shallowRef } from 'vue';
import { useI18n } from 'vue-i18n';
import { ApiError } from '../../api/client.js';
import type { AuthApi } from './auth.api.js';
import { useErrorText, type Message } from '../../composables/use-error-text.js';

export const resendAfterSeconds = 60;

export function useResendCode(api: AuthApi, justSent: boolean) {
  const { t } = useI18n();
  const errorText = useErrorText();
  /** the countdown shown on the button, every second */
  const seconds = ref(0);
  /** the countdown in the status line, which screen readers hear: every 10 s and at the end */
  const announced = ref(0);
  const busy = ref(false);
  const lead = shallowRef<Message>(() => '');
  /** what happened (shown; the button shows the countdown) */
  const outcome = computed(() => lead.value());
  /** what happened and the countdown, for the polite status line */
  const message = computed(() =>
    [lead.value(), announced.value > 0 ? t('verify.resendIn', { seconds: announced.value }) : '']
      .filter(Boolean)
      .join(' '),
  );
  let timer: ReturnType<typeof setInterval> | undefined;

  function wait(total: number) {
    seconds.value = announced.value = Math.ceil(total);
    clearInterval(timer);
    timer = setInterval(() => {
      seconds.value = Math.max(0, seconds.value - 1);
      if (seconds.value % 10 === 0) announced.value = seconds.value;
      if (seconds.value === 0) clearInterval(timer);
    }, 1000);
  }

  async function send(login: string) {
    busy.value = true;
    try {
      await api.resend(login.trim());
      lead.value = () => t('verify.resent');
      wait(resendAfterSeconds);
    } catch (error) {
      lead.value = errorText(error);
      if (error instanceof ApiError && error.code === 'RATE_LIMITED')
        wait(error.retryAfter ?? resendAfterSeconds);
    } finally {
      busy.value = false;
    }
  }

  if (justSent) wait(resendAfterSeconds);
  onUnmounted(() => clearInterval(timer));
  return { seconds, busy, outcome, message, send };
}
