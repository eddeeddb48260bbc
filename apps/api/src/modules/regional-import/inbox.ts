// The inbox the regional billing systems drop their exports into: what was applied (or had been
// already) moves to processed/, what was refused to refused/ with the reason beside it, and what waits
// for an earlier sequence stays where it is.
import { mkdir, rename, writeFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import type { RegionCode } from '@portal/regional-import';
import { importExports, type ExportOutcome, type ImportDeps } from './import-exports.js';

export const inboxFolders = { processed: 'processed', refused: 'refused' } as const;

async function moveInto(folder: string, files: readonly string[]): Promise<void> {
  await mkdir(folder, { recursive: true });
  for (const file of files) await rename(file, join(folder, basename(file)));
}

/** Imports what lies in the inbox for `region` (all regions when left out) and tidies the inbox. */
export async function processInbox(
  deps: ImportDeps,
  inbox: string,
  region?: RegionCode,
): Promise<ExportOutcome[]> {
  await mkdir(inbox, { recursive: true });
  const outcomes = await importExports(deps, [inbox], region);
  for (const outcome of outcomes) {
    if (outcome.status === 'applied' || outcome.status === 'already_applied') {
      await moveInto(join(inbox, inboxFolders.processed), outcome.files);
    } else if (outcome.status === 'refused') {
      const folder = join(inbox, inboxFolders.refused);
      await moveInto(folder, outcome.files);
      await writeFile(join(folder, `${basename(outcome.file)}.reason.txt`), `${outcome.reason ?? ''}\n`);
    }
  }
  return outcomes;
}
