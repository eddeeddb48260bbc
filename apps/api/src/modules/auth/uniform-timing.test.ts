import { describe, expect, it } from 'vitest';
import { takingAtLeast } from './uniform-timing.js';

describe('takingAtLeast', () => {
  it('pads a quick answer to the floor and passes its value through', async () => {
    const started = performance.now();
    expect(await takingAtLeast(60, async () => 'done')).toBe('done');
    expect(performance.now() - started).toBeGreaterThanOrEqual(55);
  });

  it('pads a failure too, then rethrows it', async () => {
    const started = performance.now();
    await expect(
      takingAtLeast(60, async () => {
        throw new Error('refused');
      }),
    ).rejects.toThrow('refused');
    expect(performance.now() - started).toBeGreaterThanOrEqual(55);
  });
});
