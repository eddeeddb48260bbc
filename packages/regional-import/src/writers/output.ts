// Files written as streams: text is gathered into chunks of about 64 KB, encoded and written, waiting
// for the disk when it falls behind, so that memory stays bounded whatever the export's size.
import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import type { Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createGzip } from 'node:zlib';
import { stringify, type Stringifier } from 'csv-stringify';
import iconv from 'iconv-lite';
import type { Charset } from './charset.js';

const chunkSize = 64 * 1024;

async function writeTo(stream: Writable, chunk: Buffer | string | readonly string[]): Promise<void> {
  if (!stream.write(chunk)) await once(stream, 'drain');
}

/** A text file in one encoding, optionally gzipped. */
export class TextOutput {
  private parts: string[] = [];
  private length = 0;

  private constructor(
    private readonly input: Writable,
    private readonly charset: Charset,
    private readonly done: Promise<void>,
  ) {}

  static open(path: string, charset: Charset, options: { gzip?: boolean } = {}): TextOutput {
    const file = createWriteStream(path);
    if (!options.gzip)
      return new TextOutput(
        file,
        charset,
        once(file, 'close').then(() => {}),
      );
    const gzip = createGzip();
    return new TextOutput(gzip, charset, pipeline(gzip, file));
  }

  async write(text: string): Promise<void> {
    this.parts.push(text);
    this.length += text.length;
    if (this.length >= chunkSize) await this.flush();
  }

  async close(): Promise<void> {
    await this.flush();
    this.input.end();
    await this.done;
  }

  private async flush(): Promise<void> {
    if (this.parts.length === 0) return;
    const text = this.parts.join('');
    this.parts = [];
    this.length = 0;
    await writeTo(
      this.input,
      this.charset === 'utf-8' ? Buffer.from(text) : iconv.encode(text, this.charset),
    );
  }
}

export interface CsvOptions {
  delimiter: string;
  charset: Charset;
  /** a UTF-8 byte-order mark first (KV) */
  bom?: boolean;
}

/**
 * A CSV file through csv-stringify: CRLF, fields quoted with `"` when they hold the delimiter, a quote
 * or a line break, and quotes inside doubled.
 */
export class CsvOutput {
  records = 0;

  private constructor(
    private readonly stringifier: Stringifier,
    private readonly done: Promise<void>,
  ) {}

  static open(path: string, columns: readonly string[], options: CsvOptions): CsvOutput {
    const stringifier = stringify({
      delimiter: options.delimiter,
      record_delimiter: '\r\n',
      quote: '"',
      escape: '"',
      // csv-stringify quotes a whole CRLF by itself; a lone CR or LF is a line break all the same
      quoted_match: /[\r\n]/,
      bom: options.bom ?? false,
    });
    // csv-stringify emits UTF-8 bytes: decoded back to text (whole characters) to be encoded again.
    const encode =
      options.charset === 'utf-8' ? [] : [iconv.decodeStream('utf-8'), iconv.encodeStream(options.charset)];
    const done = pipeline([stringifier, ...encode, createWriteStream(path)]);
    const output = new CsvOutput(stringifier, done);
    stringifier.write(columns);
    return output;
  }

  async row(fields: readonly string[]): Promise<void> {
    this.records++;
    await writeTo(this.stringifier, fields);
  }

  async close(): Promise<void> {
    this.stringifier.end();
    await this.done;
  }
}
