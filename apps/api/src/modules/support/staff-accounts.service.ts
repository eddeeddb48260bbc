// Staff accounts are created here, never by self-registration: by `pnpm staff:create`, by a supervisor
// (POST /api/support/staff, staff-management.service.ts) and, for the demo, by the demo loader with
// fixed TOTP secrets. A staff account is verified at once (its e-mail is the organisation's), gets a
// generated password unless one is given, and may get its TOTP enrolled and confirmed on the spot, so
// that its first login already asks for a code.
import { randomBytes, randomInt } from 'node:crypto';
import { checkPassword, emailSchema, usernameSchema } from '@portal/contract';
import { isUniqueConstraintError, type PrismaClient } from '@portal/db';
import { isTotpSecret, newTotpSecret, roleOfStaffLevel, staffLevels, totpUri } from '@portal/domain';
import { z } from 'zod';
import { normalizeLogin } from '../auth/auth.deps.js';
import { isCommonPassword } from '../auth/common-passwords.js';
import { hashPassword } from '../auth/passwords.js';
import { privacyVersion, termsVersion } from '../auth/registration.service.js';
import { sealTotpSecret } from '../auth/totp-secrets.js';

export const staffAccountInput = z.object({
  role: z.enum(staffLevels),
  email: emailSchema,
  username: usernameSchema,
  /** unset: a generated one, shown once */
  password: z.string().min(1).optional(),
  /** enrol and confirm TOTP now; with `totpSecret` (base32) that secret, else a new one */
  withTotp: z.boolean().default(false),
  totpSecret: z
    .string()
    .refine((s) => isTotpSecret(s), 'not a base32 TOTP secret')
    .optional(),
});
export type StaffAccountInput = z.input<typeof staffAccountInput>;

export interface CreatedStaffAccount {
  userId: string;
  username: string;
  role: 'support' | 'supervisor';
  /** the password, to be handed over once (generated or as given) */
  password: string;
  totp: { secret: string; uri: string } | null;
}

export class StaffAccountError extends Error {
  constructor(
    message: string,
    /** `taken`: the username or e-mail is already an account's; `invalid`: the input itself */
    readonly kind: 'invalid' | 'taken' = 'invalid',
  ) {
    super(message);
  }
}

/** Who creates the account when it is not the command: a supervisor, through the API. */
export interface StaffAccountCreator {
  actorUserId: string;
  ip: string;
  requestId: string;
}

const alphabet = {
  lower: 'abcdefghijkmnopqrstuvwxyz',
  upper: 'ABCDEFGHJKLMNPQRSTUVWXYZ',
  digit: '23456789',
  special: '#%+-=!?',
};

/** 20 characters, every class of the password policy present, no look-alike letters (0/O, 1/l/I). */
export function generatePassword(): string {
  const all = Object.values(alphabet).join('');
  const chars = [
    ...Object.values(alphabet).map((set) => set[randomInt(set.length)]!),
    ...Array.from(randomBytes(16), (byte) => all[byte % all.length]!),
  ];
  for (let i = chars.length - 1; i > 0; i--) {
    const j = randomInt(i + 1);
    [chars[i], chars[j]] = [chars[j]!, chars[i]!];
  }
  return chars.join('');
}

type Tx = Pick<PrismaClient, 'userTotp'>;

/**
 * TOTP on, confirmed at once with `secret`: whoever creates the account hands the secret over with
 * the password. Replaces an enrolment the account had.
 */
export async function enrolConfirmedTotp(
  prisma: Tx,
  totpKey: string,
  userId: string,
  secret: string,
  now: Date,
): Promise<void> {
  const secretEncrypted = sealTotpSecret(totpKey, userId, secret);
  await prisma.userTotp.upsert({
    where: { userId },
    create: { userId, secretEncrypted, createdAt: now, confirmedAt: now },
    update: { secretEncrypted, createdAt: now, confirmedAt: now, lastUsedStep: null },
  });
}

/**
 * The demo's staff (demo.support, demo.supervisor, created by the demo data without TOTP) get their
 * fixed demo secrets, sealed under this portal's key. Only accounts that have no TOTP yet.
 */
export async function enrolDemoStaff(
  deps: { prisma: PrismaClient; totpKey: string; now: () => Date },
  staff: readonly { username: string; totpSecret: string }[],
): Promise<void> {
  for (const { username, totpSecret } of staff) {
    const user = await deps.prisma.user.findUnique({
      where: { usernameNormalized: normalizeLogin(username) },
      select: { id: true, role: true, totp: { select: { confirmedAt: true } } },
    });
    if (!user || user.role === 'CUSTOMER' || user.totp?.confirmedAt) continue;
    await enrolConfirmedTotp(deps.prisma, deps.totpKey, user.id, totpSecret, deps.now());
  }
}

export async function createStaffAccount(
  deps: { prisma: PrismaClient; totpKey: string; now: () => Date },
  raw: StaffAccountInput,
  createdBy?: StaffAccountCreator,
): Promise<CreatedStaffAccount> {
  const parsed = staffAccountInput.safeParse(raw);
  if (!parsed.success)
    throw new StaffAccountError(
      parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; '),
    );
  const input = parsed.data;
  const password = input.password ?? generatePassword();
  const policy = checkPassword(password, {
    username: input.username,
    email: input.email,
    isCommon: isCommonPassword,
  });
  if (!policy.ok) throw new StaffAccountError(`password: fails ${policy.failed.join(', ')}`);
  const now = deps.now();
  const secret = input.withTotp ? (input.totpSecret ?? newTotpSecret()) : null;
  const passwordHash = await hashPassword(password);
  try {
    const user = await deps.prisma.$transaction(async (tx) => {
      const created = await tx.user.create({
        data: {
          personType: 'NATURAL',
          role: roleOfStaffLevel(input.role),
          username: input.username,
          usernameNormalized: normalizeLogin(input.username),
          email: input.email,
          emailNormalized: normalizeLogin(input.email),
          passwordHash,
          emailVerifiedAt: now,
          termsVersion,
          termsAcceptedAt: now,
          privacyVersion,
          privacyAcceptedAt: now,
          notifyNewBill: false,
        },
      });
      if (secret) await enrolConfirmedTotp(tx, deps.totpKey, created.id, secret, now);
      await tx.auditEvent.create({
        data: {
          occurredAt: now,
          action: 'staff.account.create',
          actorUserId: createdBy?.actorUserId ?? null,
          ip: createdBy?.ip ?? null,
          requestId: createdBy?.requestId ?? null,
          subjectType: 'user',
          subjectId: created.id,
          details: { role: input.role, withTotp: !!secret, via: createdBy ? 'supervisor' : 'command' },
        },
      });
      return created;
    });
    return {
      userId: user.id,
      username: user.username,
      role: input.role,
      password,
      totp: secret ? { secret, uri: totpUri(secret, user.username) } : null,
    };
  } catch (error) {
    if (isUniqueConstraintError(error))
      throw new StaffAccountError('username or e-mail: already taken', 'taken');
    throw error;
  }
}
