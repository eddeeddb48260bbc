// Runs the sandbox gateway on its own: `pnpm --filter @portal/gateway-sandbox start`.
// GATEWAY_MERCHANT_KEY and GATEWAY_NOTIFICATION_KEY must match the portal's settings.
import { buildSandboxGateway } from './app.js';

const port = Number(process.env.PORT ?? 4010);
const host = process.env.HOST ?? '127.0.0.1';
const retries = process.env.GATEWAY_NOTIFICATION_RETRY_DELAYS_MS;

const app = await buildSandboxGateway({
  merchantKey: process.env.GATEWAY_MERCHANT_KEY ?? 'sandbox-merchant-key',
  notificationKey: process.env.GATEWAY_NOTIFICATION_KEY ?? 'sandbox-notification-key',
  publicUrl: process.env.GATEWAY_PUBLIC_URL,
  pendingSettlesAfterMs: process.env.GATEWAY_PENDING_SETTLES_AFTER_MS
    ? Number(process.env.GATEWAY_PENDING_SETTLES_AFTER_MS)
    : undefined,
  notificationRetryDelaysMs: retries ? retries.split(',').map(Number) : undefined,
  logger: { level: process.env.LOG_LEVEL ?? 'info' },
});

for (const signal of ['SIGINT', 'SIGTERM'] as const)
  process.once(signal, () => {
    void app.close().then(() => process.exit(0));
  });

await app.listen({ port, host });
