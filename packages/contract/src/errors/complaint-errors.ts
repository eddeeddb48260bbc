import { defineError } from './definition.js';

/** An attached file is not a JPEG or PNG photo or a PDF, judged by its content, not its name. */
export const complaintAttachmentType = defineError('COMPLAINT_ATTACHMENT_TYPE', 415);
/** An attached file is larger than a complaint takes, or there are too many files. */
export const complaintAttachmentTooLarge = defineError('COMPLAINT_ATTACHMENT_TOO_LARGE', 413);
/** The step is not possible in the complaint's status (a closed complaint, a second answer). */
export const complaintStepNotAllowed = defineError('COMPLAINT_STEP_NOT_ALLOWED', 409);
