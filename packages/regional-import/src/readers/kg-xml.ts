// KG, Kragujevac: one UTF-8 XML document, the root's attributes the header, a record element per
// record (a bill holding its lines), `<kontrola>` last (REGIONAL-EXPORTS.md 2). A full export runs to
// gigabytes, so saxes parses it as a stream in one pass: only the record being read is held, with its
// source text for the quarantine.
import { createReadStream } from 'node:fs';
import { SaxesParser, type SaxesTagNS } from 'saxes';
import { canonicalSyntax, canonicalValues } from '../canonical.js';
import { ExportRefusedError, type ExportReader, type ExportSource } from '../export-reader.js';
import type { ExportHeader, ExportTrailer, RawRecord, RecordType } from '../records.js';
import { asRefusal, checkedHeader, statedCount } from './common.js';

export const kgNamespace = 'urn:eps:kg:izvoz:1';

/** The record elements of the root; `stavka` (a bill line) only inside `racun`. */
const elementTypes: Record<string, RecordType> = {
  kupac: 'customer',
  naplatniRacun: 'account',
  mernoMesto: 'meteringPoint',
  ugovor: 'contract',
  brojilo: 'meter',
  ocitavanje: 'reading',
  racun: 'bill',
  stavka: 'billLine',
  uplata: 'payment',
  karticaStavka: 'ledgerEntry',
  opomena: 'notice',
};

/** A record element being read: its fields, its start in the source, a bill's lines. */
interface Open {
  type: RecordType | 'unknown';
  start: number;
  fields: Map<string, string>;
  problem?: string;
  lines?: Open[];
  /** a bill line's source text, kept until its bill is complete */
  raw?: string;
}

/**
 * Turns saxes events into RawRecords. `text` keeps the source from the open record's first character
 * (or, between records, from the last `<`, where a tag cut at the chunk's end begins); `textStart` is
 * its offset in the document, in the units of saxes' `position`.
 */
class KgDocument {
  readonly parser = new SaxesParser({ xmlns: true });
  header?: ExportHeader;
  /** `<kontrola>` as stated: `broj:<tip>` and the sums by element name */
  control?: Map<string, string>;
  ready: RawRecord[] = [];
  private text = '';
  private textStart = 0;
  private stack: string[] = [];
  private record?: Open;
  private line?: Open;
  private field?: { name: string; value: string; key: string };
  private element = 0;

  constructor(private readonly source: ExportSource) {
    this.parser.on('opentag', (tag) => this.open(tag));
    this.parser.on('closetag', (tag) => this.close(tag));
    this.parser.on('text', (text) => this.characters(text));
    this.parser.on('cdata', (text) => this.characters(text));
  }

  write(chunk: string): void {
    this.text += chunk;
    this.parser.write(chunk);
    // keep only what a record still to come needs: the open record, or a tag cut at the chunk's end
    const keep = this.record ? this.record.start - this.textStart : Math.max(this.text.lastIndexOf('<'), 0);
    this.text = this.text.slice(keep);
    this.textStart += keep;
  }

  private sourceText(start: number): string {
    return this.text.slice(start - this.textStart, this.parser.position - this.textStart);
  }

  private tagStart(): number {
    return this.textStart + this.text.lastIndexOf('<', this.parser.position - this.textStart - 1);
  }

  private open(tag: SaxesTagNS): void {
    const depth = this.stack.push(tag.local);
    if (depth === 1) return this.root(tag);
    if (this.control && depth === 2) throw new ExportRefusedError(`<${tag.local}> after <kontrola>`);
    if (depth === 2) return this.openRecord(tag.local);
    const field = (key: string) => (this.field = { name: tag.local, value: '', key });
    if (this.control) field(tag.local === 'broj' ? `broj:${tag.attributes.tip?.value ?? ''}` : tag.local);
    else if (depth === 3 && this.record?.type === 'bill' && tag.local === 'stavka') {
      this.line = { type: 'billLine', start: this.tagStart(), fields: new Map() };
    } else if (depth === 3 || (depth === 4 && this.line)) field(tag.local);
    else {
      // a field with elements inside: the record cannot be read as the contract lays it out
      const inside = this.line ?? this.record!;
      inside.problem ??= `<${tag.local}> inside <${this.stack.at(-2)}>`;
    }
  }

  private openRecord(name: string): void {
    if (name === 'kontrola') {
      this.control = new Map();
      return;
    }
    this.element += 1;
    // a <stavka> outside any <racun> is still a bill line (it counts); it lacks its bill's number
    const type = elementTypes[name];
    this.record = { type: type ?? 'unknown', start: this.tagStart(), fields: new Map() };
    if (!type) this.record.problem = `unknown element <${name}>`;
    if (type === 'bill') this.record.lines = [];
  }

  private root(tag: SaxesTagNS): void {
    if (tag.local !== 'izvoz' || tag.uri !== kgNamespace) {
      throw new ExportRefusedError(`${this.source.name}: the root is not <izvoz xmlns="${kgNamespace}">`);
    }
    const attribute = (name: string) => tag.attributes[name]?.value;
    this.header = checkedHeader(
      {
        region: attribute('region'),
        exportDate: attribute('datum'),
        sequence: attribute('redniBroj'),
        kind: attribute('vrsta'),
      },
      this.source,
    );
  }

  private characters(text: string): void {
    if (this.field) this.field.value += text;
  }

  private close(tag: SaxesTagNS): void {
    const depth = this.stack.length;
    this.stack.pop();
    const field = this.field;
    if (field && tag.local === field.name) {
      this.field = undefined;
      if (this.control) return void this.control.set(field.key, field.value);
      const owner = this.line ?? this.record!;
      if (owner.fields.has(field.key)) owner.problem ??= `<${field.key}> twice`;
      owner.fields.set(field.key, field.value);
    } else if (this.line && depth === 3) {
      this.line.raw = this.sourceText(this.line.start);
      this.record!.lines!.push(this.line);
      this.line = undefined;
    } else if (this.record && depth === 2) this.finishRecord();
  }

  private finishRecord(): void {
    const record = this.record!;
    const raw = this.sourceText(record.start);
    this.ready.push(this.rawRecord(record, raw));
    const billNumber = record.fields.get('billNumber');
    for (const line of record.lines ?? []) {
      if (billNumber !== undefined) line.fields.set('billNumber', billNumber);
      this.ready.push(this.rawRecord(line, line.raw ?? ''));
    }
    this.record = undefined;
  }

  private rawRecord(open: Open, raw: string): RawRecord {
    const at = { raw, position: this.element };
    if (open.problem !== undefined || open.type === 'unknown')
      return { type: open.type, values: {}, ...at, problem: open.problem };
    return { type: open.type, values: canonicalValues(open.type, open.fields, canonicalSyntax), ...at };
  }
}

function trailerOf(control: Map<string, string>): ExportTrailer {
  const counts: ExportTrailer['counts'] = {};
  const sums: Partial<Record<'sumaRacuna' | 'sumaUplata', string>> = {};
  for (const [key, value] of control) {
    if (key === 'sumaRacuna' || key === 'sumaUplata') sums[key] = value.trim();
    else {
      const type = key.startsWith('broj:') ? elementTypes[key.slice(5)] : undefined;
      if (!type) throw new ExportRefusedError(`<kontrola> holds ${key}, which counts no record element`);
      counts[type] = statedCount(value, key.slice(5));
    }
  }
  if (sums.sumaRacuna === undefined || sums.sumaUplata === undefined) {
    throw new ExportRefusedError('<kontrola> has no <sumaRacuna> or <sumaUplata>');
  }
  return { counts, sumBills: sums.sumaRacuna, sumPayments: sums.sumaUplata };
}

export function kgXmlReader(source: ExportSource): ExportReader {
  return {
    async header() {
      const document = new KgDocument(source);
      const stream = createReadStream(source.files[0]!, { encoding: 'utf8' });
      try {
        for await (const chunk of stream) {
          document.write(chunk as string);
          if (document.header) return document.header;
        }
      } catch (error) {
        throw asRefusal(source.name, error);
      } finally {
        stream.destroy();
      }
      throw new ExportRefusedError(`${source.name} has no <izvoz> root: the export is truncated`);
    },
    async *records(): AsyncGenerator<RawRecord, ExportTrailer, void> {
      const document = new KgDocument(source);
      const stream = createReadStream(source.files[0]!, { encoding: 'utf8' });
      try {
        for await (const chunk of stream) {
          document.write(chunk as string);
          yield* document.ready.splice(0);
        }
        document.parser.close();
      } catch (error) {
        throw asRefusal(source.name, error);
      } finally {
        stream.destroy();
      }
      if (!document.control)
        throw new ExportRefusedError(`${source.name} has no <kontrola>: the export is truncated`);
      return trailerOf(document.control);
    },
  };
}
