// The one password rule only the server can check: whether the password is among the common ones.
// When the server rejects a password that passes every rule the page can check, that is the reason;
// the rule then shows as broken until the password changes.
import { computed, ref } from 'vue';
import { ApiError } from '../../api/client.js';

export function useCommonPasswordAnswer(password: () => string) {
  const rejectedPassword = ref<string | null>(null);
  const rejected = computed(() => rejectedPassword.value !== null && rejectedPassword.value === password());

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
