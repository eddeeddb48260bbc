export { buildSandboxGateway, type SandboxGatewayOptions } from './app.js';
export { testCards, type TestCard, type TestOutcome } from './test-cards.js';
