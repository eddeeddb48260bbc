// The deterministic demo dataset: regions, tariffs, the demo accounts and random customers with months of
// readings, bills, payments, ledger and dunning, written straight into an empty database.
export { generateDemoData, isDatabaseEmpty, type GenerateOptions, type GenerateSummary } from './generate.js';
export { demoIdentities } from './demo-accounts.js';
export { demoRegions } from './regions.js';
export { buildDataset, type DatasetOptions } from './dataset.js';
export {
  demoRecords,
  recordKey,
  writeDemoDay,
  writeDemoExports,
  type DemoDay,
  type DemoExportOptions,
  type DemoExports,
  type DemoRecords,
} from './exports/demo-exports.js';
export { demoUserLinks, type DemoUserLinks } from './exports/portal-data.js';
export { addDemoUsersAfterImport } from './demo-users.js';
export { writeDemoReferenceData } from './reference-data.js';
