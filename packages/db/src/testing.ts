import './testing/provided-context.js';
export {
  createScratchDatabase,
  chooseTestDatabaseMode,
  isServerReachable,
  type ScratchDatabase,
} from './testing/scratch-database.js';
export { describeSchema } from './migrations/describe-schema.js';
