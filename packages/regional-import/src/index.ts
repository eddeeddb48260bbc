export * from './records.js';
export * from './export-reader.js';
export {
  writeExport,
  formatWriters,
  type WriteExportOptions,
  type WrittenExport,
} from './writers/write-export.js';
