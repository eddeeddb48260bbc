import { defineError } from './definition.js';

/** Every metering point of this contract is already linked to the caller's account. */
export const contractAlreadyLinked = defineError('CONTRACT_ALREADY_LINKED', 409);
