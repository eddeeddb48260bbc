import { describe, expect, it } from 'vitest';
import { useNewestLoad } from './use-newest-load.js';

describe('the newest load', () => {
  it('hands on only the newest answer, and none after a cancel', async () => {
    const answers: string[] = [];
    const pending: ((value: string) => void)[] = [];
    const { loading, load, cancel } = useNewestLoad(() => new Promise<string>((r) => pending.push(r)), {
      answer: (answer) => answers.push(answer),
      failure: () => answers.push('failed'),
    });
    const first = load();
    const second = load();
    pending[1]!('second');
    pending[0]!('first');
    await Promise.all([first, second]);
    expect(answers).toEqual(['second']);

    const third = load();
    expect(loading.value).toBe(true);
    cancel();
    expect(loading.value).toBe(false);
    pending[2]!('third');
    await third;
    expect(answers).toEqual(['second']);
    expect(loading.value).toBe(false);
  });
});
