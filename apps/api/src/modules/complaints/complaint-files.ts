// The complaints' file store: an attachment's bytes live on disk, one file per attachment named by its
// id under <dir>/<complaint id>/, never in the database row. The directory is DATA_DIR/complaints.
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { AppError } from '../../lib/app-error.js';
import { isUuid } from '../../lib/uuid.js';

export interface ComplaintFiles {
  write(complaintId: string, attachmentId: string, data: Buffer): Promise<void>;
  read(complaintId: string, attachmentId: string): Promise<Buffer>;
  /** removes a complaint's files (a filing that failed after they were written) */
  remove(complaintId: string): Promise<void>;
}

export function complaintFiles(dir: string): ComplaintFiles {
  // Ids come from the database, but a path is built from them: never let anything else in.
  const pathOf = (complaintId: string, attachmentId?: string) => {
    if (!isUuid(complaintId) || (attachmentId !== undefined && !isUuid(attachmentId)))
      throw new AppError('NOT_FOUND');
    return attachmentId === undefined ? join(dir, complaintId) : join(dir, complaintId, attachmentId);
  };
  return {
    async write(complaintId, attachmentId, data) {
      await mkdir(pathOf(complaintId), { recursive: true, mode: 0o700 });
      await writeFile(pathOf(complaintId, attachmentId), data, { mode: 0o600, flag: 'wx' });
    },
    async read(complaintId, attachmentId) {
      try {
        return await readFile(pathOf(complaintId, attachmentId));
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') throw new AppError('NOT_FOUND');
        throw error;
      }
    },
    async remove(complaintId) {
      await rm(pathOf(complaintId), { recursive: true, force: true });
    },
  };
}
