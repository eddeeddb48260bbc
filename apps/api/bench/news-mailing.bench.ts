// Throughput of queueing a news announcement's e-mails (modules/news/news-mailing.ts): --users N
// opted-in, verified customers (a third each in sr-Cyrl, sr-Latn and en) are added, then an announcement
// for everyone is mailed in batches of --batch users (the module's default); prints rows/s and the time
// of the longest batch (a transaction: how long the job holds its lock). Run twice over the same
// announcement to show a repeated run queues nothing. Use a throwaway database:
//   createdb -h 127.0.0.1 -U postgres bench_news
//   DATABASE_URL=postgres://postgres@127.0.0.1:5432/bench_news pnpm db:migrate
//   DATABASE_URL=postgres://postgres@127.0.0.1:5432/bench_news pnpm --filter @portal/api exec tsx \
//     bench/news-mailing.bench.ts --users 100000 [--batch 5000]
//   dropdb -h 127.0.0.1 -U postgres bench_news
import { parseArgs } from 'node:util';
import { createPrismaClient } from '@portal/db';
import { newsMailingRules, queueNewsMailBatch } from '../src/modules/news/news-mailing.js';

const { values } = parseArgs({
  options: {
    users: { type: 'string', default: '100000' },
    batch: { type: 'string', default: String(newsMailingRules.batchSize) },
  },
});
const databaseUrl = process.env.DATABASE_URL;
if (!databaseUrl) throw new Error('Set DATABASE_URL to a migrated throwaway database.');
const users = Number(values.users);
const batchSize = Number(values.batch);
const prisma = createPrismaClient(databaseUrl);
const deps = {
  prisma,
  notifyMail: () => {},
  publicUrl: 'https://portal.example.rs',
  unsubscribeKey: 'bench-unsubscribe-key',
  now: () => new Date(),
};

const added = performance.now();
await prisma.$executeRawUnsafe(
  `INSERT INTO app_user (id, person_type, username, username_normalized, email, email_normalized,
                         password_hash, email_verified_at, locale, terms_version, terms_accepted_at,
                         privacy_version, privacy_accepted_at, updated_at, news_emails)
   SELECT gen_random_uuid(), 'NATURAL', 'bench.news.' || n, 'bench.news.' || n,
          'bench.news.' || n || '@example.rs', 'bench.news.' || n || '@example.rs', 'not-used', now(),
          (ARRAY['sr-Cyrl', 'sr-Latn', 'en'])[1 + n % 3], '2026-01', now(), '2026-01', now(), now(), true
     FROM generate_series(1, $1) AS n`,
  users,
);
await prisma.$executeRawUnsafe('ANALYZE app_user');
console.log(`added ${users} opted-in users in ${((performance.now() - added) / 1000).toFixed(1)} s`);

const author = await prisma.user.findFirstOrThrow({ select: { id: true } });
const news = await prisma.newsItem.create({
  data: {
    regionId: null,
    kind: 'OUTAGE',
    titleSrCyrl: 'Планирано искључење',
    titleEn: 'Planned outage',
    bodySrCyrl: 'Радови на мрежи у недељу од 9 до 13 часова.',
    bodyEn: 'Network works on Sunday from 9 to 13.',
    publishedAt: new Date(),
    expiresAt: new Date(Date.now() + 7 * 86_400_000),
    createdById: author.id,
    mailRequestedAt: new Date(),
  },
});

async function run(label: string) {
  const started = performance.now();
  let queued = 0;
  let batches = 0;
  let longest = 0;
  for (;;) {
    const batchStarted = performance.now();
    const result = await queueNewsMailBatch(deps, news.id, batchSize);
    longest = Math.max(longest, performance.now() - batchStarted);
    queued += result.queued;
    batches++;
    if (result.done) break;
  }
  const seconds = (performance.now() - started) / 1000;
  console.log(
    `${label}: ${queued} mails queued in ${batches} batches of ${batchSize} in ${seconds.toFixed(1)} s` +
      ` = ${Math.round(queued / seconds)} rows/s; longest batch ${longest.toFixed(0)} ms`,
  );
}

await run('first run');
// as after a lost cursor: every user is looked at again, nobody is mailed twice
await prisma.newsItem.update({ where: { id: news.id }, data: { mailCursor: null, mailFinishedAt: null } });
await run('second run');
console.log(
  `outbox rows of the mailing: ${await prisma.mailOutbox.count({ where: { template: 'customerNews' } })}`,
);
await prisma.$disconnect();
