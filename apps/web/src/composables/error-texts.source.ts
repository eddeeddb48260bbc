// What composables/error-texts.ts loads when first needed: the contract's texts of every error code
// and field error, in every language.
export { errorMessage, fieldErrorMessage } from '@portal/contract';
