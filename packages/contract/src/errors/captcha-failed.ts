import { defineError } from './definition.js';

/** The captcha solution is missing, wrong, expired or was used before. */
export const captchaFailed = defineError('CAPTCHA_FAILED', 400);
