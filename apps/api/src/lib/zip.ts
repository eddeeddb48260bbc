import yazl from 'yazl';

export interface ZipEntry {
  name: string;
  data: Buffer;
  /** stored as the entry's time, so the same files give the same archive */
  modified: Date;
}

/** A zip archive of the entries, in memory (a year of bills is a few hundred kB). */
export function zipFiles(entries: readonly ZipEntry[]): Promise<Buffer> {
  const zip = new yazl.ZipFile();
  for (const entry of entries) {
    // PDFs are compressed already: storing them saves time and loses nothing.
    zip.addBuffer(entry.data, entry.name, { mtime: entry.modified, compress: false });
  }
  zip.end();
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    zip.outputStream.on('data', (chunk: Buffer) => chunks.push(chunk));
    zip.outputStream.on('error', reject);
    zip.outputStream.on('end', () => resolve(Buffer.concat(chunks)));
  });
}
