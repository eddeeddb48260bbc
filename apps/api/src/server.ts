// The production entry point (Docker image): applies migrations, never loads demo data, and has no
// sandbox gateway (neither is in its bundle).
import { runServer } from './run.js';

await runServer();
