// Announcements between the database's shape and the contract's.
import {
  transliterateCyrillicToLatin,
  type Locale,
  type NewsAdminItem,
  type NewsItem,
  type NewsKind,
  type NewsWriteBody,
} from '@portal/contract';
import type { NewsKind as NewsKindRow, Prisma } from '@portal/db';

type NewsRow = Prisma.NewsItemModel;

export const newsKindOf = (kind: string): NewsKind => kind.toLowerCase() as NewsKind;
export const newsKindRow = (kind: NewsKind): NewsKindRow => kind.toUpperCase() as NewsKindRow;

/** The Serbian text in the locale's script, or the English one. */
function inLocale(locale: Locale, cyrillic: string, english: string): string {
  if (locale === 'en') return english;
  return locale === 'sr-Latn' ? transliterateCyrillicToLatin(cyrillic) : cyrillic;
}

/** An announcement as a customer reads it, in their language. */
export function toNewsItem(row: NewsRow, locale: Locale, read: boolean): NewsItem {
  return {
    id: row.id,
    kind: newsKindOf(row.kind),
    regionId: row.regionId,
    title: inLocale(locale, row.titleSrCyrl, row.titleEn),
    body: inLocale(locale, row.bodySrCyrl, row.bodyEn),
    publishedAt: row.publishedAt.toISOString(),
    expiresAt: row.expiresAt.toISOString(),
    read,
  };
}

export function toNewsAdminItem(row: NewsRow): NewsAdminItem {
  return {
    id: row.id,
    kind: newsKindOf(row.kind),
    regionId: row.regionId,
    titleSrCyrl: row.titleSrCyrl,
    titleEn: row.titleEn,
    bodySrCyrl: row.bodySrCyrl,
    bodyEn: row.bodyEn,
    publishedAt: row.publishedAt.toISOString(),
    expiresAt: row.expiresAt.toISOString(),
    createdById: row.createdById,
    mailing: {
      requestedAt: row.mailRequestedAt?.toISOString() ?? null,
      queued: row.mailQueued,
      finishedAt: row.mailFinishedAt?.toISOString() ?? null,
    },
  };
}

/** The columns a write sets. */
export function newsData(body: NewsWriteBody) {
  return {
    kind: newsKindRow(body.kind),
    regionId: body.regionId,
    titleSrCyrl: body.titleSrCyrl,
    titleEn: body.titleEn,
    bodySrCyrl: body.bodySrCyrl,
    bodyEn: body.bodyEn,
    publishedAt: new Date(body.publishedAt),
    expiresAt: new Date(body.expiresAt),
  };
}
