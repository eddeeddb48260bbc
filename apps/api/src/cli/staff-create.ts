// pnpm staff:create --role support|supervisor --email <e-mail> --username <name> [--with-totp] [--json]
// Creates a staff account on DATABASE_URL (or the embedded database in DATA_DIR; stop `npm start`
// first: PGlite is one process's). Staff accounts exist only this way or by a supervisor (POST
// /api/support/staff), never by registration. The password is generated and printed once (or read
// from STAFF_PASSWORD, never from the command line, where it would stay in the shell's history);
// --with-totp also enrols and confirms TOTP and prints its secret and otpauth:// URI. Exit 0 created,
// 1 refused (bad input, name taken), 2 usage.
import { parseArgs } from 'node:util';
import { createPrismaClient, openDatabase } from '@portal/db';
import { clockFrom } from '@portal/domain';
import { parseConfig } from '../config.js';
import { totpKeyFor } from '../modules/auth/totp-secrets.js';
import { getOrCreateSecret } from '../secrets.js';
import { createStaffAccount, StaffAccountError } from '../modules/support/staff-accounts.service.js';

const usage =
  'usage: pnpm staff:create --role support|supervisor --email <e-mail> --username <name> [--with-totp] [--json]\n' +
  '       (the password is generated and shown once; STAFF_PASSWORD sets it instead)';

function parse() {
  try {
    return parseArgs({
      options: {
        role: { type: 'string' },
        email: { type: 'string' },
        username: { type: 'string' },
        'with-totp': { type: 'boolean', default: false },
        json: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h' },
      },
      allowPositionals: false,
    }).values;
  } catch (error) {
    console.error(`${(error as Error).message}\n${usage}`);
    process.exit(2);
  }
}

const values = parse();
if (values.help) {
  console.log(usage);
  process.exit(0);
}
if (!values.role || !values.email || !values.username) {
  console.error(`--role, --email and --username are required\n${usage}`);
  process.exit(2);
}

// the same configuration as the portal's (DATA_DIR, JWT_SECRET), so the TOTP secret opens there
const config = parseConfig(process.env);
const jwtSecret = config.jwtSecret ?? (await getOrCreateSecret(config.dataDir, 'jwtSecret'));
const database = await openDatabase({
  databaseUrl: config.databaseUrl,
  dataDir: config.dataDir,
  log: () => {},
});
const prisma = createPrismaClient(database.databaseUrl, { poolSize: 1 });
let exitCode = 0;
try {
  const created = await createStaffAccount(
    {
      prisma,
      totpKey: totpKeyFor(jwtSecret),
      now: () => clockFrom(config.clockStart).now(),
    },
    {
      role: values.role as 'support',
      email: values.email,
      username: values.username,
      withTotp: values['with-totp'],
      ...(process.env.STAFF_PASSWORD ? { password: process.env.STAFF_PASSWORD } : {}),
    },
  );
  if (values.json) console.log(JSON.stringify(created));
  else {
    console.log(`created ${created.role} ${created.username} (${created.userId})`);
    console.log(`password (shown once): ${created.password}`);
    if (created.totp) {
      console.log(`TOTP secret: ${created.totp.secret}`);
      console.log(`TOTP URI:    ${created.totp.uri}`);
    } else console.log('no TOTP yet: the first login may only enrol it');
  }
} catch (error) {
  if (!(error instanceof StaffAccountError)) throw error;
  console.error(`refused: ${error.message}`);
  exitCode = 1;
} finally {
  await prisma.$disconnect();
  await database.close();
}
process.exit(exitCode);
