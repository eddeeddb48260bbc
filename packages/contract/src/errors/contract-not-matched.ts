import { defineError } from './definition.js';

/**
 * The billing number and the identifiers do not belong to one contract. Deliberately the same answer
 * whichever identifier was wrong, so that it cannot be used to find out someone's JMBG or PIB.
 */
export const contractNotMatched = defineError('CONTRACT_NOT_MATCHED', 422);
