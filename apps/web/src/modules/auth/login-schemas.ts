// The login form's schema, loaded on the form's first use (use-form.ts LazySchema): it comes with zod,
// which the login page does not load with itself.
export { loginBody } from '@portal/contract';
