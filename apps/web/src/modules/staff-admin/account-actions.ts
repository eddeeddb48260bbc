// Which of a supervisor's actions a portal account offers now, and which of them take something away
// (their dialog warns and its button is red). Pure, so the page and its test read the same rules.
import type { SupportUserSummary } from '@portal/contract';

export type AccountAction = 'verificationMail' | 'liftThrottle' | 'revokeSessions' | 'disable' | 'enable';

/** Actions that end or take away something the owner has. */
export const destructiveActions: ReadonlySet<AccountAction | 'unlink'> = new Set([
  'revokeSessions',
  'disable',
  'unlink',
]);

/** The actions that make sense for the account, in the order the page shows them. */
export function actionsFor(account: SupportUserSummary, selfId: string | undefined): AccountAction[] {
  const actions: AccountAction[] = [];
  if (!account.verified) actions.push('verificationMail');
  // offered even when the summary says no: a slowdown may start between loading and the call
  actions.push('liftThrottle');
  if (account.openSessions > 0) actions.push('revokeSessions');
  if (account.disabled) actions.push('enable');
  // the API refuses one's own account too (OWN_ACCOUNT_NOT_ALLOWED); the button is not offered
  else if (account.id !== selfId) actions.push('disable');
  return actions;
}
