// Bills as files: the PDF e-bill and a year of them as a zip. Callers check access first.
import type { BillDetail, Locale } from '@portal/contract';
import { AppError } from '../../lib/app-error.js';
import type { DownloadFile } from '../../lib/download.js';
import { zipFiles } from '../../lib/zip.js';
import type { BillsDeps } from './bills.deps.js';
import { billHistory, getBill, listBills } from './bills.service.js';
import { renderBillPdf } from './pdf/index.js';

function pdfFilename(bill: Pick<BillDetail, 'number'>): string {
  return `racun-${bill.number}.pdf`;
}

export async function billPdf(deps: BillsDeps, billId: string, locale: Locale): Promise<DownloadFile> {
  const bill = await getBill(deps, null, billId);
  return {
    filename: pdfFilename(bill),
    data: await renderBillPdf(bill, await billHistory(deps, bill), locale),
  };
}

/** A year of bills (the newest by default) as PDFs in a zip; a year without bills is a 404. */
export async function billArchive(
  deps: BillsDeps,
  meteringPointId: string,
  year: number | undefined,
  locale: Locale,
): Promise<DownloadFile> {
  const { items: all, years } = await listBills(deps, null, meteringPointId, {});
  const chosen = year ?? years[0];
  const items = all.filter((bill) => Number(bill.periodEnd.slice(0, 4)) === chosen);
  if (items.length === 0) throw new AppError('NOT_FOUND');
  const entries = [];
  // One after another: rendering is CPU work, and a year is at most 13 bills.
  for (const summary of [...items].reverse()) {
    const file = await billPdf(deps, summary.id, locale);
    entries.push({
      name: file.filename,
      data: file.data,
      modified: new Date(`${summary.issueDate}T00:00:00Z`),
    });
  }
  return { filename: `racuni-${chosen}-${meteringPointId.slice(-8)}.zip`, data: await zipFiles(entries) };
}
