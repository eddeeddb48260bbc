// Customer news as a customer reads it: what is published and not expired, for everyone or for a region
// where the customer has a linked metering point, with the customer's read marks.
import type { Locale, NewsListResponse } from '@portal/contract';
import type { Prisma, PrismaClient } from '@portal/db';
import { AppError } from '../../lib/app-error.js';
import { linkedMeteringPointsOf, linksOwner } from '../access/access.repository.js';
import type { Actor } from '../access/actor.js';
import { toNewsItem } from './news.mapping.js';

export interface NewsDeps {
  prisma: PrismaClient;
  now: () => Date;
}

/** What the actor's customer sees now (the same audience as the mailing's, news-mailing.ts). */
function visibleTo(actor: Actor, now: Date): Prisma.NewsItemWhereInput {
  return {
    publishedAt: { lte: now },
    expiresAt: { gt: now },
    OR: [{ regionId: null }, { region: { meteringPoints: { some: linkedMeteringPointsOf(actor) } } }],
  };
}

export async function listNews(deps: NewsDeps, actor: Actor, locale: Locale): Promise<NewsListResponse> {
  const reader = linksOwner(actor);
  const rows = await deps.prisma.newsItem.findMany({
    where: visibleTo(actor, deps.now()),
    include: { reads: { where: { userId: reader }, select: { userId: true } } },
    orderBy: [{ publishedAt: 'desc' }, { id: 'desc' }],
    take: 50,
  });
  return { news: rows.map((row) => toNewsItem(row, locale, row.reads.length > 0)) };
}

/**
 * Marks an announcement read. The access seam has checked its audience; one not published yet or
 * expired is NOT_FOUND too, like one the customer may not see.
 */
export async function markNewsRead(deps: NewsDeps, actor: Actor, newsId: string) {
  const now = deps.now();
  const visible = await deps.prisma.newsItem.count({ where: { id: newsId, ...visibleTo(actor, now) } });
  if (visible === 0) throw new AppError('NOT_FOUND');
  await deps.prisma.newsRead.createMany({
    data: [{ newsId, userId: linksOwner(actor), readAt: now }],
    skipDuplicates: true,
  });
  return { id: newsId, read: true as const };
}
