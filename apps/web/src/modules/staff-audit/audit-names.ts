// The message key of an audit action: its name with the dots as underscores, since a dot in a key
// would be read as a step into a nested message.
import type { StaffAuditAction } from '@portal/contract';

export const actionKey = (action: StaffAuditAction) => action.replaceAll('.', '_');
