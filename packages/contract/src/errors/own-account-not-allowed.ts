import { defineError } from './definition.js';

/** Staff may not disable their own account: another supervisor has to, so that one is always left. */
export const ownAccountNotAllowed = defineError('OWN_ACCOUNT_NOT_ALLOWED', 409);
