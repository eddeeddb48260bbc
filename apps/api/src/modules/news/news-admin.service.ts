// Writing the news: support reads the list, supervisors write, rewrite, end and e-mail announcements.
// Every read and action is an audit event.
import type { NewsAdminItem, NewsAdminListResponse, NewsWriteBody } from '@portal/contract';
import { AppError } from '../../lib/app-error.js';
import type { Actor } from '../access/actor.js';
import { recordAudit, type auditContext } from '../audit/audit.service.js';
import { newsData, toNewsAdminItem } from './news.mapping.js';
import type { NewsDeps } from './news.service.js';

type Context = ReturnType<typeof auditContext>;

export async function listNewsForStaff(
  deps: NewsDeps,
  actor: Actor,
  context: Context,
): Promise<NewsAdminListResponse> {
  const rows = await deps.prisma.newsItem.findMany({
    orderBy: [{ publishedAt: 'desc' }, { id: 'desc' }],
    take: 200,
  });
  await recordAudit(deps.prisma, context, {
    action: 'news.list',
    actorUserId: actor.userId,
    details: { count: rows.length },
  });
  return { news: rows.map(toNewsAdminItem) };
}

async function requireRegion(deps: NewsDeps, regionId: string | null): Promise<void> {
  if (regionId === null) return;
  if ((await deps.prisma.region.count({ where: { id: regionId } })) === 0)
    throw new AppError('VALIDATION_FAILED', { errors: [{ path: 'regionId', code: 'invalid_value' }] });
}

export async function createNews(
  deps: NewsDeps,
  actor: Actor,
  body: NewsWriteBody,
  context: Context,
): Promise<NewsAdminItem> {
  await requireRegion(deps, body.regionId);
  const row = await deps.prisma.$transaction(async (tx) => {
    const created = await tx.newsItem.create({ data: { ...newsData(body), createdById: actor.userId } });
    await recordAudit(tx, context, {
      action: 'news.create',
      actorUserId: actor.userId,
      subjectType: 'news',
      subjectId: created.id,
      details: { kind: body.kind, regionId: body.regionId },
    });
    return created;
  });
  return toNewsAdminItem(row);
}

export async function updateNews(
  deps: NewsDeps,
  actor: Actor,
  newsId: string,
  body: NewsWriteBody,
  context: Context,
): Promise<NewsAdminItem> {
  await requireRegion(deps, body.regionId);
  const row = await deps.prisma.$transaction(async (tx) => {
    const updated = await tx.newsItem.update({ where: { id: newsId }, data: newsData(body) });
    await recordAudit(tx, context, {
      action: 'news.update',
      actorUserId: actor.userId,
      subjectType: 'news',
      subjectId: newsId,
      details: { kind: body.kind, regionId: body.regionId },
    });
    return updated;
  });
  return toNewsAdminItem(row);
}

/** Ends the announcement now (an expired one stays as it is). */
export async function expireNews(
  deps: NewsDeps,
  actor: Actor,
  newsId: string,
  context: Context,
): Promise<NewsAdminItem> {
  const now = deps.now();
  const row = await deps.prisma.$transaction(async (tx) => {
    const current = await tx.newsItem.findUniqueOrThrow({ where: { id: newsId } });
    const expired =
      current.expiresAt <= now
        ? current
        : await tx.newsItem.update({
            where: { id: newsId },
            // one not published yet ends before it starts: never shown
            data: { expiresAt: now, ...(current.publishedAt > now ? { publishedAt: now } : {}) },
          });
    await recordAudit(tx, context, {
      action: 'news.expire',
      actorUserId: actor.userId,
      subjectType: 'news',
      subjectId: newsId,
    });
    return expired;
  });
  return toNewsAdminItem(row);
}

/**
 * Asks for the announcement to be e-mailed: the mailing job (news-mailing.ts) queues the mails in the
 * background. Asking again changes nothing: each user is mailed once.
 */
export async function requestNewsMailing(
  deps: NewsDeps,
  actor: Actor,
  newsId: string,
  context: Context,
): Promise<NewsAdminItem> {
  const now = deps.now();
  const row = await deps.prisma.$transaction(async (tx) => {
    // an ended announcement is nobody's news any more
    const current = await tx.newsItem.findUniqueOrThrow({ where: { id: newsId } });
    if (current.expiresAt <= now) throw new AppError('CONFLICT');
    await tx.newsItem.updateMany({
      where: { id: newsId, mailRequestedAt: null },
      data: { mailRequestedAt: now },
    });
    await recordAudit(tx, context, {
      action: 'news.send',
      actorUserId: actor.userId,
      subjectType: 'news',
      subjectId: newsId,
    });
    return tx.newsItem.findUniqueOrThrow({ where: { id: newsId } });
  });
  return toNewsAdminItem(row);
}
