// Form state of every form in the SPA: the contract's zod schema checks the values as the user
// types (a field shows its message once it was left or the form was sent), the server's field errors
// are shown next to the field they name until it changes, and other errors above the form.
import { isFieldErrorCode, type FieldError, type FieldErrorCode, type Locale } from '@portal/contract';
import { computed, reactive, ref, shallowRef, watch } from 'vue';
import { useI18n } from 'vue-i18n';
import { ApiError } from '../api/client.js';
import { errorTexts, loadErrorTexts } from './error-texts.js';
import { useErrorText, type Message } from './use-error-text.js';

/** The part of a zod issue we read (kept structural, so the SPA does not import zod itself). */
interface Issue {
  path: readonly PropertyKey[];
  code: string;
  message: string;
  minimum?: unknown;
  maximum?: unknown;
}
interface Schema {
  safeParse(value: unknown): { success: boolean; error?: { issues: readonly Issue[] } };
}

/**
 * A schema loaded when the form is first used (a value typed, a field left, the form sent): the first
 * page's login form does not load zod with the page. Until then the form has no client errors, which
 * it would show only after one of those anyway; sending waits for the check. The error texts load at
 * the same moment, for every form (composables/error-texts.ts).
 */
export interface LazySchema {
  load(): Promise<Schema>;
}

type Values = Record<string, unknown>;

function issueCode(issue: Issue, value: unknown): FieldErrorCode {
  if (value === '' || value === undefined || value === null) return 'required';
  if (isFieldErrorCode(issue.message)) return issue.message;
  return isFieldErrorCode(issue.code) ? issue.code : 'invalid';
}

/** A server field error in the current language; its own words only where it has placeholders we lack. */
function fieldErrorText(error: FieldError, locale: () => Locale): Message {
  return () => {
    const texts = errorTexts();
    if (!texts || !isFieldErrorCode(error.code)) return error.message;
    const text = texts.fieldErrorMessage(error.code, locale());
    return /\{\w+\}/.test(text) ? error.message : text;
  };
}

/** A field's first problem the schema found, by code, worded when shown. */
interface ClientError {
  code: FieldErrorCode;
  params: Record<string, number>;
}

/** What a field needs from the form (`v-bind="form.field('name')"`): its value, its messages, and its blur. */
export interface FieldBinding<V> {
  modelValue: V;
  'onUpdate:modelValue': (value: V) => void;
  errorMessages: string[];
  onBlur: () => void;
}

export interface FormOptions<T extends Values> {
  /** extra checks of the form (e.g. both passwords equal): a translated message per field */
  checks?: (values: T) => Partial<Record<keyof T & string, string>>;
}

export function useForm<T extends Values>(
  schema: Schema | LazySchema,
  initial: T,
  options: FormOptions<T> = {},
) {
  const { locale } = useI18n();
  const checker = shallowRef<Schema | null>('safeParse' in schema ? schema : null);
  let loading: Promise<unknown> | undefined;
  /** The schema (when it is lazy) and the error texts, loaded on the form's first use. */
  function loadSchema(): Promise<unknown> {
    loading ??= Promise.all(['safeParse' in schema ? schema : schema.load(), loadErrorTexts()]).then(
      ([loaded]) => (checker.value = loaded),
      (error: unknown) => {
        loading = undefined;
        throw error;
      },
    );
    return loading;
  }
  const values = reactive({ ...initial }) as T;
  const touched = reactive<Record<string, boolean>>({});
  const serverErrors = reactive<Record<string, Message>>({});
  const submitted = ref(false);
  const busy = ref(false);
  const formProblem = shallowRef<Message | null>(null);
  /** an error that concerns no single field, shown above the form */
  const formError = computed(() => formProblem.value?.() ?? null);
  const errorText = useErrorText('with-schema');

  const clientErrors = computed(() => {
    const errors: Record<string, ClientError | string> = {};
    const result: ReturnType<Schema['safeParse']> = checker.value?.safeParse(values) ?? { success: true };
    for (const issue of result.error?.issues ?? []) {
      const field = String(issue.path[0] ?? '');
      if (!field || errors[field]) continue;
      const params = {
        ...(typeof issue.minimum === 'number' ? { minimum: issue.minimum } : {}),
        ...(typeof issue.maximum === 'number' ? { maximum: issue.maximum } : {}),
      };
      errors[field] = { code: issueCode(issue, values[field]), params };
    }
    for (const [field, message] of Object.entries(options.checks?.(values) ?? {}))
      if (message && !errors[field]) errors[field] = message as string;
    return errors;
  });

  const valid = computed(() => Object.keys(clientErrors.value).length === 0);

  /** A schema's problem in the current language (the texts load with the schema). */
  function clientText(error: ClientError | string): string {
    if (typeof error === 'string') return error;
    return errorTexts()?.fieldErrorMessage(error.code, locale.value as Locale, error.params) ?? '';
  }

  /** What to show under a field: Vuetify's error-messages. */
  function errors(field: keyof T & string): string[] {
    const server = serverErrors[field];
    if (server) return [server()];
    const client = clientErrors.value[field];
    return client && (touched[field] || submitted.value) ? [clientText(client)] : [];
  }

  // A changed value drops the server's word about it.
  for (const field of Object.keys(initial)) {
    watch(
      () => values[field],
      () => {
        delete serverErrors[field];
        loadSchema().catch(() => undefined); // tried again when sent
      },
    );
  }

  function touch(field: keyof T & string) {
    touched[field] = true;
    loadSchema().catch(() => undefined);
  }

  /** The value, messages and blur of one field, to bind to its input. */
  function field<K extends keyof T & string>(name: K): FieldBinding<T[K]> {
    return {
      modelValue: values[name],
      'onUpdate:modelValue': (value: T[K]) => {
        values[name] = value;
      },
      errorMessages: errors(name),
      onBlur: () => touch(name),
    };
  }

  /** Shows an API error: field errors next to their fields (but those in `skip`), the rest above the form. */
  function showError(error: unknown, skip: readonly string[] = []) {
    const fieldErrors = error instanceof ApiError ? error.fieldErrors : [];
    const unplaced: Message[] = [];
    for (const fieldError of fieldErrors) {
      if (skip.includes(fieldError.path)) continue;
      const text = fieldErrorText(fieldError, () => locale.value as Locale);
      if (fieldError.path in values) serverErrors[fieldError.path] = text;
      else unplaced.push(text);
    }
    if (fieldErrors.length > 0 && unplaced.length === 0) {
      formProblem.value = null;
      return;
    }
    const general = errorText(error);
    formProblem.value = () => [general(), ...unplaced.map((text) => text())].join(' ');
  }

  /** Sets (or with null clears) the message above the form. */
  function setFormError(message: Message | null) {
    formProblem.value = message;
  }

  function setServerError(field: keyof T & string, message: Message) {
    serverErrors[field] = message;
  }

  /**
   * Runs `action` when the values are valid (else shows every field's message and focuses the first
   * wrong field); `busy` while it runs; an error it throws is shown unless `onError` handles it.
   */
  async function submit(
    action: () => Promise<void>,
    onError?: (error: unknown) => boolean | void,
  ): Promise<void> {
    submitted.value = true;
    formProblem.value = null;
    try {
      await loadSchema();
    } catch (error) {
      showError(error); // its chunk did not load: offline before the app was cached
      return;
    }
    if (!valid.value) {
      focusFirstError();
      return;
    }
    busy.value = true;
    try {
      await action();
      submitted.value = false;
    } catch (error) {
      if (!onError?.(error)) showError(error);
      focusFirstError();
    } finally {
      busy.value = false;
    }
  }

  function focusFirstError() {
    setTimeout(() => {
      const field = document.querySelector<HTMLElement>(
        'main .v-input--error input, main .v-input--error textarea',
      );
      field?.focus();
    }, 0);
  }

  function reset(next: Partial<T> = {}) {
    Object.assign(values, initial, next);
    for (const key of Object.keys(touched)) delete touched[key];
    for (const key of Object.keys(serverErrors)) delete serverErrors[key];
    submitted.value = false;
    formProblem.value = null;
  }

  return {
    values,
    errors,
    touch,
    field,
    valid,
    busy,
    formError,
    showError,
    setFormError,
    setServerError,
    submit,
    reset,
  };
}
