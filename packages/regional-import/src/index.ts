export * from './records.js';
export * from './export-reader.js';
export * from './identify.js';
export * from './control-totals.js';
export * from './open-export.js';
export * from './net-metering-fields.js';
export {
  writeExport,
  formatWriters,
  type WriteExportOptions,
  type WrittenExport,
} from './writers/write-export.js';
export { kindOf, fieldKinds } from './canonical.js';
