// A file the API makes (a PDF, a zip, an export) saved by the browser: which one is on its way, for the
// button's spinner, and what to do when it fails.
import { computed, ref, type Ref } from 'vue';
import { saveFile, type DownloadedFile } from '../api/client.js';

export interface DownloadHandlers {
  /** before each download, e.g. to clear the last error */
  start?: () => void;
  failure: (error: unknown) => void;
}

/** `downloading` holds the key of the file on its way (e.g. its id), null when none is. */
export function useDownload<K = true>(on: DownloadHandlers) {
  const downloading = ref(null) as Ref<K | null>;
  /** whether any file is on its way */
  const busy = computed(() => downloading.value !== null);

  async function download(key: K, file: () => Promise<DownloadedFile>) {
    downloading.value = key;
    on.start?.();
    try {
      saveFile(await file());
    } catch (error) {
      on.failure(error);
    } finally {
      downloading.value = null;
    }
  }

  return { downloading, busy, download };
}
