// The portal's own request headers, apart from the schemas that mention them: the SPA's first page
// sends them without loading zod.

/** Cookie-authenticated endpoints (refresh, logout) need this header: cross-site forms cannot send it. */
export const csrfHeader = 'x-portal-csrf';

/** The header that makes a staff request a read of the customer's data through an opened access. */
export const supportAccessHeader = 'x-support-access';
