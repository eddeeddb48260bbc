// Text lines of a decoded stream (NS fixed width, NI JSON Lines) through readline: CRLF or LF, one
// line in memory at a time. A container that breaks mid-way (a truncated gzip) refuses the export.
import { createInterface } from 'node:readline';
import { pipeline } from 'node:stream';
import { asRefusal } from './common.js';

export interface Line {
  text: string;
  /** 1-based */
  number: number;
}

/** The lines of bytes → decoder streams, skipping none (blank lines are the caller's choice). */
export async function* textLines(streams: NodeJS.ReadableStream[], what: string): AsyncGenerator<Line> {
  const input =
    streams.length === 1 ? streams[0]! : (pipeline(streams, () => {}) as unknown as NodeJS.ReadableStream);
  const lines = createInterface({ input, crlfDelay: Infinity });
  let number = 0;
  try {
    for await (const text of lines) {
      number += 1;
      yield { text, number };
    }
  } catch (error) {
    throw asRefusal(what, error);
  } finally {
    // a caller that stops early (the header alone) closes the file too
    lines.close();
    (streams[0] as NodeJS.ReadableStream & { destroy?: () => void }).destroy?.();
  }
}
