// One complaint on a page, the customer's or support's: loaded on mount (the newest answer wins), its
// files downloaded, and an action's answer (a reply, a step) shown in its place; failures in one
// live problem above the page.
import type { ComplaintDetail } from '@portal/contract';
import { onMounted, shallowRef } from 'vue';
import type { DownloadedFile } from '../../api/client.js';
import { useDownload } from '../../composables/use-download.js';
import { useNewestLoad } from '../../composables/use-newest-load.js';
import { useLiveProblem } from '../../composables/use-problem.js';

export interface ComplaintCalls<Detail> {
  get: (id: string) => Promise<Detail>;
  attachment: (id: string, attachmentId: string) => Promise<DownloadedFile>;
}

export function useComplaint<Detail extends ComplaintDetail>(
  id: () => string,
  calls: ComplaintCalls<Detail>,
) {
  const { problem, clear, failedWith } = useLiveProblem();
  const complaint = shallowRef<Detail | null>(null);
  const { loading, load } = useNewestLoad(() => calls.get(id()), {
    start: clear,
    answer: (next) => (complaint.value = next),
    failure: failedWith('complaints.loadFailed'),
  });
  onMounted(load);
  const { download } = useDownload<string>({
    start: clear,
    failure: failedWith('complaints.detail.downloadFailed'),
  });

  /** Runs an action whose answer is the complaint as it now stands; true when it succeeded. */
  async function act(action: () => Promise<Detail>, failureKey: string): Promise<boolean> {
    clear();
    try {
      complaint.value = await action();
      return true;
    } catch (error) {
      failedWith(failureKey)(error);
      return false;
    }
  }

  return {
    complaint,
    loading,
    problem,
    act,
    downloadAttachment: (attachmentId: string) =>
      download(attachmentId, () => calls.attachment(id(), attachmentId)),
  };
}
