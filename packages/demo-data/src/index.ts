export { generateDemoData, isDatabaseEmpty, type GenerateOptions, type GenerateSummary } from './generate.js';
export { demoIdentities } from './demo-accounts.js';
export { demoRegions } from './regions.js';
