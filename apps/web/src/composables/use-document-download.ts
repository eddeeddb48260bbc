// The PDF of the one document a page shows (a bill, a payment's receipt), in the interface's language;
// nothing happens before the document has loaded.
import type { Locale } from '@portal/contract';
import type { Ref } from 'vue';
import { useI18n } from 'vue-i18n';
import type { DownloadedFile } from '../api/client.js';
import { useDownload, type DownloadHandlers } from './use-download.js';

export function useDocumentDownload(
  document: Readonly<Ref<{ id: string } | null>>,
  file: (id: string, locale: Locale) => Promise<DownloadedFile>,
  on: DownloadHandlers,
) {
  const { locale } = useI18n();
  const { busy, download } = useDownload(on);

  async function downloadDocument() {
    const id = document.value?.id;
    if (!id) return;
    await download(true, () => file(id, locale.value as Locale));
  }

  return { downloading: busy, downloadDocument };
}
