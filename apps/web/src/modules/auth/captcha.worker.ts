// Solves a captcha challenge off the page's thread (see captcha-solver.ts).
import { solveChallenge, type CaptchaChallenge } from './captcha-solver.js';

self.addEventListener('message', (event: MessageEvent<CaptchaChallenge>) => {
  void solveChallenge(event.data, { batch: 1000 }).then(
    (number) => self.postMessage({ number }),
    (error: unknown) => self.postMessage({ number: null, error: String(error) }),
  );
});
