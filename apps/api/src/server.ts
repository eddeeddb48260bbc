// The production entry point (Docker image): applies migrations, never loads demo data.
import { runServer } from './run.js';

await runServer({ loadDemoData: false, sandboxGateway: false });
