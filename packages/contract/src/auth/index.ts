export {
  passwordRules,
  passwordMinLength,
  checkPassword,
  emailLocalPart,
  type PasswordRule,
  type PasswordContext,
  type PasswordCheck,
} from './password-policy.js';
export { passwordRuleMessages } from './password-messages.js';
export * from './auth.schemas.js';
export * from './captcha.schemas.js';
export * from './auth.routes.js';
export * from './account.routes.js';
export * from './mfa.schemas.js';
export * from './mfa.routes.js';
