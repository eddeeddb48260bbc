// A dunning notice as a file: the PDF the customer downloads or gets attached to the e-mail. Callers
// check access first.
import type { Locale } from '@portal/contract';
import type { DownloadFile } from '../../lib/download.js';
import type { NoticesDeps } from './notices.deps.js';
import { getNoticeDocument } from './notices.service.js';
import { noticePdfFilename, renderNoticePdf } from './pdf/index.js';

export async function noticePdf(
  deps: NoticesDeps,
  meteringPointId: string,
  noticeId: string,
  locale: Locale,
): Promise<DownloadFile> {
  const document = await getNoticeDocument(deps, meteringPointId, noticeId);
  return { filename: noticePdfFilename(document), data: await renderNoticePdf(document, locale) };
}
