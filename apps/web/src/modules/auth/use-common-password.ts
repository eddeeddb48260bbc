// The one password rule only the server can check: whether the password is among the common ones (the
// list, ~20,000 words, stays there). The form asks as the user types, once they pause; and when the
// server rejects a password that passes every rule the page can check, that is the reason too. The rule
// then shows as broken until the password changes.
import { fieldErrorMessage, type Locale } from '@portal/contract';
import { computed, onMounted, onScopeDispose, ref, watch } from 'vue';
import { useI18n } from 'vue-i18n';
import { ApiError } from '../../api/client.js';
import { useApi } from '../../composables/use-api.js';
import { authApi } from './auth.api.js';

/** How long typing pauses before the form asks the server. */
export const commonPasswordAskAfterMs = 350;

export function useCommonPasswordAnswer(password: () => string) {
  const rejectedPassword = ref<string | null>(null);
  const rejected = computed(() => rejectedPassword.value !== null && rejectedPassword.value === password());
  const calls = authApi(useApi());

  let timer: ReturnType<typeof setTimeout> | undefined;
  // once mounted: the form behind `password` may be created after this (see useNewPassword)
  onMounted(() =>
    watch(password, (typed) => {
      clearTimeout(timer);
      if (!typed) return;
      timer = setTimeout(() => {
        calls
          .isCommonPassword(typed)
          // an answer for what is no longer typed changes nothing; the server checks again on sending
          .then((common) => {
            if (common && password() === typed) rejectedPassword.value = typed;
          })
          .catch(() => undefined);
      }, commonPasswordAskAfterMs);
    }),
  );
  onScopeDispose(() => clearTimeout(timer));

  /**
   * Reads the server's answer: true when it rejected `field` as weak although the local rules passed
   * (so the password is a common one); the caller then shows that instead of the server's words.
   */
  function noteServerAnswer(error: unknown, localRulesPass: boolean, field = 'password'): boolean {
    const weak =
      error instanceof ApiError &&
      error.code === 'VALIDATION_FAILED' &&
      error.fieldErrors.some((e) => e.path === field && e.code === 'weak_password');
    if (weak && localRulesPass) rejectedPassword.value = password();
    return weak && localRulesPass;
  }

  return { rejected, noteServerAnswer };
}

/** What `useNewPassword` needs of the form: its values, and how it shows the server's errors. */
interface PasswordForm {
  values: Record<string, unknown>;
  showError(error: unknown, skip?: readonly string[]): void;
}

export interface NewPasswordOptions {
  /** the form (a getter, as the form's own checks need this first) */
  form: () => PasswordForm;
  /** the rules the page can check */
  policyOk: (password: string) => boolean;
  /** the fields of the password and of its repetition */
  field?: string;
  repeatField?: string;
  /** the words of a password the server found common */
  commonKey?: string;
}

/**
 * A new password and its repetition: the form's live checks (the rules the page can check, then the
 * server's common-password answer, then that both are equal) and the reading of the server's answer.
 */
export function useNewPassword({
  form,
  policyOk,
  field = 'password',
  repeatField = 'repeatPassword',
  commonKey = 'password.common',
}: NewPasswordOptions) {
  const { t, locale } = useI18n();
  const common = useCommonPasswordAnswer(() => String(form().values[field]));

  /** The form's `checks`: the messages of the password and of its repetition. */
  function checks(values: Record<string, unknown>): Record<string, string | undefined> {
    const password = String(values[field]);
    return {
      [field]:
        password && !policyOk(password)
          ? fieldErrorMessage('weak_password', locale.value as Locale)
          : common.rejected.value
            ? t(commonKey)
            : undefined,
      [repeatField]: values[repeatField] !== password ? t('password.mismatch') : undefined,
    };
  }

  /**
   * For the form's `onError`: true (and the error shown, the password's own message left to the
   * common-password rule) when the server found the password common.
   */
  function handleServerError(error: unknown): boolean {
    const password = String(form().values[field]);
    if (!common.noteServerAnswer(error, policyOk(password), field)) return false;
    form().showError(error, [field]);
    return true;
  }

  return { rejected: common.rejected, checks, handleServerError };
}
