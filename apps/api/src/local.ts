// The entry point of `npm start`: like production, but an empty database gets the demo data.
import { runServer } from './run.js';

await runServer({ loadDemoData: true });
