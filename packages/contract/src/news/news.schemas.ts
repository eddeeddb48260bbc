// Customer news: a supervisor's announcements (planned outages, price changes, new features) for one
// region or for everyone. Written in Serbian Cyrillic and English; the Latin text is transliterated
// from the Cyrillic when shown, as everywhere in the portal.
import { z } from 'zod';
import { hasControlCharacters, textInput } from '../common/index.js';

export const newsKinds = ['outage', 'price', 'feature', 'other'] as const;
export type NewsKind = (typeof newsKinds)[number];

/** An announcement's body: paragraphs (line breaks) allowed, every other control character refused. */
const bodyText = z
  .string()
  .refine((value) => !hasControlCharacters(value.replace(/\r?\n/g, ' ')), 'invalid_characters');

/** A region code (`BG`, `NS`, ...); the API checks it names a region. */
const regionCode = z.string().regex(/^[A-Z]{2,8}$/, 'invalid_format');

/** One announcement as a customer reads it, in the request's language. */
export const newsItemSchema = z.object({
  id: z.uuid(),
  kind: z.enum(newsKinds),
  /** null: for everyone */
  regionId: z.string().nullable(),
  title: z.string(),
  body: z.string(),
  publishedAt: z.iso.datetime(),
  expiresAt: z.iso.datetime(),
  /** the user has dismissed it: the overview shows only the unread */
  read: z.boolean(),
});
export type NewsItem = z.infer<typeof newsItemSchema>;

/** `GET /api/news`: what is published, not expired, and for everyone or a region of the user's metering points, newest first. */
export const newsListResponse = z.object({ news: z.array(newsItemSchema) });
export type NewsListResponse = z.infer<typeof newsListResponse>;

export const newsReadResponse = z.object({ id: z.uuid(), read: z.literal(true) });

/** `POST /api/support/news` and `PUT /api/support/news/:id`: the whole announcement. */
export const newsWriteBody = z
  .object({
    kind: z.enum(newsKinds),
    regionId: regionCode.nullable(),
    titleSrCyrl: textInput.trim().min(1, 'required').max(160, 'too_long'),
    titleEn: textInput.trim().min(1, 'required').max(160, 'too_long'),
    bodySrCyrl: bodyText.trim().min(1, 'required').max(4000, 'too_long'),
    bodyEn: bodyText.trim().min(1, 'required').max(4000, 'too_long'),
    publishedAt: z.iso.datetime({ offset: true }),
    expiresAt: z.iso.datetime({ offset: true }),
  })
  .superRefine((body, ctx) => {
    // a year the database and every reader can hold (year 0 is none of them)
    for (const field of ['publishedAt', 'expiresAt'] as const) {
      const year = new Date(body[field]).getUTCFullYear();
      if (year < 2000 || year > 2100)
        ctx.addIssue({ code: 'custom', path: [field], message: 'invalid_date' });
    }
    if (Date.parse(body.expiresAt) <= Date.parse(body.publishedAt))
      ctx.addIssue({
        code: 'custom',
        path: ['expiresAt'],
        message: 'too_small',
        params: { minimum: body.publishedAt },
      });
  });
export type NewsWriteBody = z.infer<typeof newsWriteBody>;

/** One announcement as staff see it: both languages, and how far its e-mailing has come. */
export const newsAdminItemSchema = z.object({
  id: z.uuid(),
  kind: z.enum(newsKinds),
  regionId: z.string().nullable(),
  titleSrCyrl: z.string(),
  titleEn: z.string(),
  bodySrCyrl: z.string(),
  bodyEn: z.string(),
  publishedAt: z.iso.datetime(),
  expiresAt: z.iso.datetime(),
  createdById: z.uuid(),
  mailing: z.object({
    /** null: never asked to e-mail it */
    requestedAt: z.iso.datetime().nullable(),
    /** mails queued in the outbox so far */
    queued: z.number().int(),
    finishedAt: z.iso.datetime().nullable(),
  }),
});
export type NewsAdminItem = z.infer<typeof newsAdminItemSchema>;

export const newsAdminListResponse = z.object({ news: z.array(newsAdminItemSchema) });
export type NewsAdminListResponse = z.infer<typeof newsAdminListResponse>;
