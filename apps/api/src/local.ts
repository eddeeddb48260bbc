// The entry point of `npm start`: like production, but an empty database gets the demo data and card
// payments go to the sandbox gateway on its own port.
import { runServer } from './run.js';
import { startSandboxGateway } from './sandbox-gateway.js';
import { prepareData } from './startup.js';

await runServer({ prepareData, startSandboxGateway });
