// KG, Kragujevac: one UTF-8 XML document in the namespace urn:eps:kg:izvoz:1, one element per record
// (bill lines as <stavka> inside their <racun>) and a final <kontrola> (REGIONAL-EXPORTS.md, kg-xml).
import { join } from 'node:path';
import { recordTypes, type ExportRecord, type RecordType } from '../records.js';
import { TextOutput } from './output.js';
import { groupBillLines, type FormatWriter } from './format-writer.js';
import { compactDate, formatText, isoStyle, sequenceText, valuesOf } from './values.js';

export const kgNamespace = 'urn:eps:kg:izvoz:1';

/** The element of each record type. */
export const kgElements: Record<RecordType, string> = {
  customer: 'kupac',
  account: 'naplatniRacun',
  meteringPoint: 'mernoMesto',
  contract: 'ugovor',
  meter: 'brojilo',
  reading: 'ocitavanje',
  bill: 'racun',
  billLine: 'stavka',
  payment: 'uplata',
  ledgerEntry: 'karticaStavka',
  notice: 'opomena',
};

// A carriage return is written as a reference: XML parsers turn a literal CR LF into LF.
const entities: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  '\r': '&#13;',
};

export function escapeXml(text: string): string {
  return text.replace(/[&<>"\r]/g, (char) => entities[char]!);
}

/**
 * Element text as KG's system writes it: a text holding `<` or `&` goes in CDATA (a `]]>` inside is
 * split over two sections), unless it holds a CR, which only escaping keeps; any other is escaped.
 */
export function xmlText(text: string): string {
  if (!/[<&]/.test(text) || text.includes('\r')) return escapeXml(text);
  return `<![CDATA[${text.replace(/]]>/g, ']]]]><![CDATA[>')}]]>`;
}

function fieldElements(type: RecordType, record: ExportRecord, omit?: string): string {
  let xml = '';
  for (const [name, value] of Object.entries(valuesOf(record))) {
    if (value === undefined || name === omit) continue;
    xml += `<${name}>${xmlText(formatText(type, name, value, isoStyle))}</${name}>`;
  }
  return xml;
}

export const writeKgXml: FormatWriter = async ({ folder, header, trailer }, records) => {
  const path = join(folder, `KG_${compactDate(header.exportDate)}_${sequenceText(header.sequence)}.xml`);
  const output = TextOutput.open(path, 'utf-8');
  try {
    const attributes = `region="${header.region}" datum="${header.exportDate}" redniBroj="${header.sequence}" vrsta="${header.kind}"`;
    await output.write(
      `<?xml version="1.0" encoding="UTF-8"?>\n<izvoz xmlns="${kgNamespace}" ${attributes}>\n`,
    );
    for await (const group of groupBillLines(records)) {
      if (group.type === 'other') {
        const element = kgElements[group.record.type];
        await output.write(`  <${element}>${fieldElements(group.record.type, group.record)}</${element}>\n`);
        continue;
      }
      // A nested line takes its bill number from the <racun> around it.
      const lines = group.lines.map((l) => `<stavka>${fieldElements('billLine', l, 'billNumber')}</stavka>`);
      await output.write(`  <racun>${fieldElements('bill', group.bill)}${lines.join('')}</racun>\n`);
    }
    const stated = trailer();
    if (stated) {
      const counts = recordTypes
        .filter((type) => stated.counts[type] !== undefined)
        .map((type) => `<broj tip="${kgElements[type]}">${stated.counts[type]}</broj>`);
      const sums = `<sumaRacuna>${stated.sumBills}</sumaRacuna><sumaUplata>${stated.sumPayments}</sumaUplata>`;
      await output.write(`  <kontrola>${counts.join('')}${sums}</kontrola>\n`);
    }
    await output.write('</izvoz>\n');
  } finally {
    await output.close();
  }
  return [path];
};
