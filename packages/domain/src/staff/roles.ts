// Who is staff, and which staff level a role reaches. Supervisors may do everything support may, so a
// check names the lowest level it needs ("support" or "supervisor") and never lists roles itself.

export type AccountRole = 'CUSTOMER' | 'SUPPORT' | 'SUPERVISOR';

/** The staff levels, lowest first. */
export const staffLevels = ['support', 'supervisor'] as const;
export type StaffLevel = (typeof staffLevels)[number];

const levelOfRole: Record<AccountRole, number> = { CUSTOMER: -1, SUPPORT: 0, SUPERVISOR: 1 };

export function isStaffRole(role: AccountRole): boolean {
  return levelOfRole[role] >= 0;
}

/** Whether `role` reaches the staff level `needed` (a supervisor reaches "support" too). */
export function reachesStaffLevel(role: AccountRole, needed: StaffLevel): boolean {
  return levelOfRole[role] >= staffLevels.indexOf(needed);
}

/** The role of a staff level, for accounts created with it (pnpm staff:create). */
export function roleOfStaffLevel(level: StaffLevel): AccountRole {
  return level === 'supervisor' ? 'SUPERVISOR' : 'SUPPORT';
}
