// E-mailing an announcement to its audience: every customer who opted in (app_user.news_emails), with a
// verified address, not disabled, and (for a regional announcement) a linked metering point in that
// region. The mails go through the outbox like every other mail, queued in batches: a SELECT of the batch
// of users in id order, then one INSERT ... SELECT that writes the recipient marks and the outbox rows together and moves the
// cursor on, in one transaction. A crash loses at most the batch in flight, which the next run
// repeats; the (news, user) key of news_recipient lets no user be mailed twice, even by two processes at
// once. The mail is rendered once per language: it carries nothing of the recipient but their language
// and, in its headers, their one-click unsubscribe link (RFC 8058).
import { locales, type Locale } from '@portal/contract';
import type { PrismaClient } from '@portal/db';
import { signUnsubscribeToken } from '../../lib/unsubscribe-token.js';
import { renderMail } from '../mail/mail.templates.js';
import { newsKindOf } from './news.mapping.js';
import { newsMailTemplates } from './news.mail.js';

export interface NewsMailingDeps {
  prisma: PrismaClient;
  /** wakes the mail worker after mail was queued */
  notifyMail: () => void;
  publicUrl: string;
  /** signs the one-click unsubscribe links (lib/unsubscribe-token.ts) */
  unsubscribeKey: string;
  now: () => Date;
}

export const newsMailingRules = {
  /** users read per transaction: large enough for speed, small enough to hold no lock for long */
  batchSize: 5000,
};

interface BatchResult {
  queued: bigint;
}

/** The headers of one recipient's news mail: where a mail client turns news off in one click. */
export function unsubscribeHeaders(
  deps: Pick<NewsMailingDeps, 'publicUrl' | 'unsubscribeKey'>,
  userId: string,
): Record<string, string> {
  const token = signUnsubscribeToken(deps.unsubscribeKey, 'news', userId);
  return {
    'List-Unsubscribe': `<${deps.publicUrl}/api/news/unsubscribe?token=${token}>`,
    'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
  };
}

/**
 * Queues one batch of the announcement's mails after its cursor; returns how many were queued and
 * whether the audience is exhausted. Does nothing for an announcement not asked to be mailed or done.
 */
export async function queueNewsMailBatch(
  deps: NewsMailingDeps,
  newsId: string,
  batchSize = newsMailingRules.batchSize,
): Promise<{ queued: number; done: boolean }> {
  return deps.prisma.$transaction(async (tx) => {
    // The row lock makes concurrent runs of one mailing take turns: each starts at the cursor the
    // previous one left.
    const [news] = await tx.$queryRaw<
      {
        regionId: string | null;
        kind: string;
        titleSrCyrl: string;
        titleEn: string;
        bodySrCyrl: string;
        bodyEn: string;
        cursor: string | null;
      }[]
    >`SELECT region_id AS "regionId", kind::text AS kind, title_sr_cyrl AS "titleSrCyrl", title_en AS "titleEn",
             body_sr_cyrl AS "bodySrCyrl", body_en AS "bodyEn", mail_cursor::text AS cursor
        FROM news_item
       WHERE id = ${newsId}::uuid AND mail_requested_at IS NOT NULL AND mail_finished_at IS NULL
       FOR UPDATE`;
    if (!news) return { queued: 0, done: true };

    const rendered = Object.fromEntries(
      locales.map((locale: Locale) => [
        locale,
        renderMail(newsMailTemplates, 'customerNews', locale, {
          kind: newsKindOf(news.kind),
          titleSrCyrl: news.titleSrCyrl,
          titleEn: news.titleEn,
          bodySrCyrl: news.bodySrCyrl,
          bodyEn: news.bodyEn,
          overviewUrl: `${deps.publicUrl}/`,
          accountUrl: `${deps.publicUrl}/account`,
        }),
      ]),
    ) as Record<Locale, ReturnType<typeof renderMail>>;
    const pick = (part: 'subject' | 'text' | 'html') => [
      rendered.en[part],
      rendered['sr-Latn'][part],
      rendered['sr-Cyrl'][part],
    ];
    const [subjectEn, subjectLatn, subjectCyrl] = pick('subject');
    const [textEn, textLatn, textCyrl] = pick('text');
    const [htmlEn, htmlLatn, htmlCyrl] = pick('html');
    const now = deps.now();
    const cursor = news.cursor ?? '00000000-0000-0000-0000-000000000000';

    const batch = await tx.$queryRaw<{ id: string }[]>`
      SELECT u.id::text AS id
        FROM app_user u
       WHERE u.id > ${cursor}::uuid
         AND u.news_emails AND u.email_verified_at IS NOT NULL AND u.disabled_at IS NULL
         AND u.role = 'CUSTOMER'
         AND (${news.regionId}::varchar IS NULL OR EXISTS (
               SELECT 1 FROM user_metering_point l
                 JOIN metering_point m ON m.id = l.metering_point_id
                WHERE l.user_id = u.id AND m.region_id = ${news.regionId}::varchar))
       ORDER BY u.id
       LIMIT ${batchSize}`;
    // Each recipient's own one-click unsubscribe address (RFC 8058): the one thing of theirs in the mail.
    const ids = batch.map((row) => row.id);
    const headers = ids.map((id) => JSON.stringify(unsubscribeHeaders(deps, id)));
    const [result] = await tx.$queryRaw<BatchResult[]>`
      WITH batch AS (
        SELECT u.id, u.email, t.headers::jsonb AS headers,
               CASE WHEN u.locale IN ('en', 'sr-Latn') THEN u.locale ELSE 'sr-Cyrl' END AS locale
          FROM unnest(${ids}::uuid[], ${headers}::text[]) AS t(id, headers)
          JOIN app_user u ON u.id = t.id
      ), claimed AS (
        INSERT INTO news_recipient (news_id, user_id, queued_at)
        SELECT ${newsId}::uuid, id, ${now} FROM batch
        ON CONFLICT DO NOTHING
        RETURNING user_id
      ), mailed AS (
        -- the outbox keeps the database's time, as for every other mail (mail.service.ts): its worker
        -- delivers what is due by the wall clock, whatever day the app's clock says it is
        INSERT INTO mail_outbox (id, to_address, subject, text_body, html_body, template, locale, headers)
        SELECT gen_random_uuid(), b.email,
               CASE b.locale WHEN 'en' THEN ${subjectEn} WHEN 'sr-Latn' THEN ${subjectLatn} ELSE ${subjectCyrl} END,
               CASE b.locale WHEN 'en' THEN ${textEn} WHEN 'sr-Latn' THEN ${textLatn} ELSE ${textCyrl} END,
               CASE b.locale WHEN 'en' THEN ${htmlEn} WHEN 'sr-Latn' THEN ${htmlLatn} ELSE ${htmlCyrl} END,
               'customerNews', b.locale, b.headers
          FROM batch b JOIN claimed c ON c.user_id = b.id
        RETURNING 1
      )
      SELECT (SELECT count(*) FROM mailed) AS queued`;
    const last = ids.at(-1) ?? null;
    const seen = ids.length;
    const queued = Number(result?.queued ?? 0);
    const done = seen < batchSize;
    await tx.newsItem.update({
      where: { id: newsId },
      data: {
        ...(last ? { mailCursor: last } : {}),
        mailQueued: { increment: queued },
        ...(done ? { mailFinishedAt: now } : {}),
      },
    });
    return { queued, done };
  });
}

/** Queues every remaining mail of the announcement, batch after batch; returns how many. */
export async function runNewsMailing(
  deps: NewsMailingDeps,
  newsId: string,
  batchSize = newsMailingRules.batchSize,
): Promise<number> {
  let total = 0;
  for (;;) {
    const { queued, done } = await queueNewsMailBatch(deps, newsId, batchSize);
    total += queued;
    if (queued > 0) deps.notifyMail();
    if (done) return total;
  }
}

/** Resumes every mailing asked for and not finished (after a restart or a crash); returns how many mails. */
export async function resumeNewsMailings(deps: NewsMailingDeps): Promise<number> {
  const pending = await deps.prisma.newsItem.findMany({
    where: { mailRequestedAt: { not: null }, mailFinishedAt: null },
    select: { id: true },
  });
  let total = 0;
  for (const { id } of pending) total += await runNewsMailing(deps, id);
  return total;
}
