import { rm } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { startApp } from '../support/app.js';

describe('npm start twice', () => {
  it('loads demo data on the first start only and keeps the data folder', async () => {
    const first = await startApp({ keepData: true, env: { LOG_LEVEL: 'info' } });
    try {
      expect(first.output()).toContain('demo data loaded');
      expect(first.output()).toContain('demo.household');
    } finally {
      await first.stop();
    }
    const second = await startApp({ dataDir: first.dataDir, env: { LOG_LEVEL: 'info' } });
    try {
      expect(second.output()).toContain('the database already has data');
      expect(second.output()).not.toContain('demo data loaded');
      const ready = await fetch(`${second.url}/ready`);
      expect(ready.status).toBe(200);
    } finally {
      await second.stop();
      await rm(first.dataDir, { recursive: true, force: true });
    }
  });

  it('never loads demo data with DEMO_DATA=off', async () => {
    const app = await startApp({ env: { DEMO_DATA: 'off', LOG_LEVEL: 'info' } });
    try {
      expect(app.output()).not.toContain('demo data loaded');
    } finally {
      await app.stop();
    }
  });
});
