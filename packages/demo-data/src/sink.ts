// Collects generated rows per table and writes them in foreign-key order.
import type pg from 'pg';
import { writeRows, type Cell, type Rows } from '@portal/db';
import { tables, type TableName } from './tables.js';

// Parents before children.
const writeOrder: TableName[] = [
  'tariffVersion',
  'tariffRate',
  'customer',
  'billingAccount',
  'meteringPoint',
  'meter',
  'meterInstallation',
  'supplyContract',
  'meterReading',
  'bill',
  'billLineItem',
  'payment',
  'ledgerEntry',
  'dunningNotice',
  'user',
  'userMeteringPoint',
  'complaint',
  'complaintEvent',
  'newsItem',
];

export class Sink {
  private rows = new Map<TableName, Rows>();
  private pendingBills: { row: Cell[]; complete: () => Cell[] }[] = [];
  readonly totals = new Map<TableName, number>();
  /** time spent writing each table, ms (for the benchmark's figures) */
  readonly writeMs = new Map<TableName, number>();

  /** @param loadedAt when the data is loaded (ISO): every bill counts as received by the portal then */
  constructor(private readonly loadedAt: string) {}

  add(table: TableName, row: unknown[]): void {
    let list = this.rows.get(table);
    if (!list) this.rows.set(table, (list = []));
    list.push(row as Cell[]);
    this.totals.set(table, (this.totals.get(table) ?? 0) + 1);
  }

  /** A bill whose settlement (amount paid, paid on) is known only when its history is complete. */
  deferBill(row: unknown[], complete: () => Cell[]): void {
    this.pendingBills.push({ row: row as Cell[], complete });
  }

  /** Call when a metering point's history is complete. */
  completeBills(): void {
    for (const { row, complete } of this.pendingBills)
      this.add('bill', [...row, ...complete(), this.loadedAt]);
    this.pendingBills = [];
  }

  pending(): number {
    let count = 0;
    for (const list of this.rows.values()) count += list.length;
    return count;
  }

  async flush(client: pg.ClientBase, useCopy: boolean): Promise<void> {
    for (const table of writeOrder) {
      const list = this.rows.get(table);
      if (!list?.length) continue;
      const started = performance.now();
      if (table === 'billLineItem') await addLinePartitions(client, list);
      await writeRows(client, tables[table], list, useCopy);
      this.writeMs.set(table, (this.writeMs.get(table) ?? 0) + performance.now() - started);
    }
    this.rows.clear();
  }
}

/** The line items' quarterly partitions for the periods of these lines (see the partitioning migration). */
async function addLinePartitions(client: pg.ClientBase, lines: Rows): Promise<void> {
  const periods = lines.map((line) => String(line[1])).sort();
  await client.query('SELECT bill_line_item_add_partitions($1::date, $2::date)', [
    periods[0],
    periods.at(-1),
  ]);
}
