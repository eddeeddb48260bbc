// Takes the demo generator's table rows, as the database would, and keeps instead the records each
// region's billing system would export (REGIONAL-EXPORTS.md part 1), keyed by the same source ids the
// database rows carry. Portal data (users, links) and reference data (regions, tariffs) are not in any
// export: they are dropped here and added apart (see portal-data.ts).
import type { ExportRecord, RecordOf, RegionCode } from '@portal/regional-import';
import { Sink } from '../sink.js';
import type { TableName } from '../tables.js';
import {
  categories,
  channels,
  code,
  defined,
  named,
  noticeKinds,
  optional,
  personTypes,
  quantity,
  rateTypes,
  readingKinds,
  statuses,
  text,
  type Row,
} from './export-codes.js';

export class ExportSink extends Sink {
  /** every region's records, in the order an export holds them (lines right after their bill) */
  readonly records = new Map<RegionCode, ExportRecord[]>();
  private readonly customers = new Map<string, string>();
  private readonly accounts = new Map<string, { number: string; customer: string }>();
  private readonly points = new Map<
    string,
    { region: RegionCode; edNumber: string; accountNumber: string }
  >();
  private readonly meters = new Map<string, { serial: string; constant: string; digits: number }>();
  /** a bill's lines come before the bill itself, whose payment state is known only at the end */
  private readonly lines = new Map<string, RecordOf<'billLine'>[]>();

  constructor() {
    super(new Date(0).toISOString());
  }

  override add(table: TableName, values: unknown[]): void {
    this.totals.set(table, (this.totals.get(table) ?? 0) + 1);
    const row = named(table, values);
    switch (table) {
      case 'customer':
        this.customers.set(text(row.id), text(row.source_id));
        return this.push(text(row.region_id), {
          type: 'customer',
          data: defined({
            customerId: text(row.source_id),
            personType: code(personTypes, row.person_type),
            name: text(row.name),
            jmbg: optional(row.jmbg),
            pib: optional(row.pib),
            mb: optional(row.maticni_broj),
            street: text(row.delivery_street),
            postalCode: text(row.delivery_postal_code),
            city: text(row.delivery_city),
            email: optional(row.email),
            phone: optional(row.phone),
          }),
        });
      case 'billingAccount': {
        const customer = this.customers.get(text(row.customer_id))!;
        this.accounts.set(text(row.id), { number: text(row.number), customer });
        const data = { accountNumber: text(row.number), customerId: customer };
        return this.push(text(row.region_id), {
          type: 'account',
          data: defined({ ...data, subscriberNumber: optional(row.subscriber_number) }),
        });
      }
      case 'meteringPoint': {
        const region = text(row.region_id) as RegionCode;
        const accountNumber = this.accounts.get(text(row.billing_account_id))!.number;
        this.points.set(text(row.id), { region, edNumber: text(row.ed_number), accountNumber });
        return this.push(region, {
          type: 'meteringPoint',
          data: {
            edNumber: text(row.ed_number),
            eic: text(row.eic),
            accountNumber,
            category: code(categories, row.category),
            rateType: code(rateTypes, row.rate_type),
            approvedPowerKw: text(row.approved_power_kw),
            billingPowerKw: text(row.billing_power_kw),
            phases: text(row.phases) as '1' | '3',
            status: code(statuses, row.status),
            tvFee: row.tv_fee_applies === true,
            vulnerable: row.vulnerable === true,
            street: text(row.street),
            postalCode: text(row.postal_code),
            city: text(row.city),
          },
        });
      }
      case 'meter':
        this.meters.set(text(row.id), {
          serial: text(row.serial_number),
          constant: text(row.constant),
          digits: Number(row.digits),
        });
        return;
      case 'meterInstallation': {
        const point = this.points.get(text(row.metering_point_id))!;
        const meter = this.meters.get(text(row.meter_id))!;
        const data = { ...meter, edNumber: point.edNumber, installedOn: text(row.installed_on) };
        return this.push(point.region, {
          type: 'meter',
          data: defined({ ...data, removedOn: optional(row.removed_on) }),
        });
      }
      case 'supplyContract': {
        const point = this.points.get(text(row.metering_point_id))!;
        return this.push(point.region, {
          type: 'contract',
          data: defined({
            contractNumber: text(row.number),
            edNumber: point.edNumber,
            customerId: this.customers.get(text(row.customer_id))!,
            startDate: text(row.start_date),
            endDate: optional(row.end_date),
            status: row.status === 'ACTIVE' ? 'A' : 'T',
          }),
        });
      }
      default:
        return this.addHistory(table, row);
    }
  }

  /** Readings, bills with their lines, payments, ledger entries and notices of one metering point. */
  private addHistory(table: TableName, row: Row): void {
    const point = this.points.get(text(row.metering_point_id));
    if (table === 'billLineItem') {
      const lines = this.lines.get(text(row.bill_id)) ?? [];
      this.lines.set(text(row.bill_id), lines);
      lines.push(
        defined({
          billNumber: '', // known when the bill arrives
          position: Number(row.position),
          code: text(row.code),
          kind: text(row.kind),
          description: text(row.description),
          zone: optional(row.zone) as RecordOf<'billLine'>['zone'],
          register: optional(row.register) as RecordOf<'billLine'>['register'],
          quantity: quantity(optional(row.quantity)),
          unit: optional(row.unit),
          unitPrice: optional(row.unit_price),
          amount: text(row.amount),
          subtotal: row.is_subtotal === true,
        }),
      );
      return;
    }
    if (!point) return; // reference and portal data: regions, tariffs, users, their links
    const { region, edNumber, accountNumber } = point;
    if (table === 'meterReading') {
      const serial = this.meters.get(text(row.meter_id))!.serial;
      this.push(region, {
        type: 'reading',
        data: defined({
          edNumber,
          serial,
          readOn: text(row.read_on),
          kind: code(readingKinds, row.kind),
          vt: row.vt_value === null ? undefined : Number(row.vt_value),
          nt: row.nt_value === null ? undefined : Number(row.nt_value),
          single: row.single_value === null ? undefined : Number(row.single_value),
          maxPowerKw: optional(row.max_power_kw),
          // The portal keeps the reactive registers added up (merge-parties.ts), and so do the demo's
          // rows: their sum goes out on the VT register, which the import adds up to the same figure.
          reactiveVt: row.reactive_kvarh === null ? undefined : Number(row.reactive_kvarh),
        }),
      });
    } else if (table === 'bill') this.addBill(region, edNumber, accountNumber, row);
    else if (table === 'payment') {
      const channel = channels[text(row.channel)] ?? (text(row.channel) as RecordOf<'payment'>['channel']);
      this.push(region, {
        type: 'payment',
        data: defined({
          paymentId: text(row.source_id),
          edNumber,
          accountNumber,
          paidOn: text(row.paid_on),
          amount: text(row.amount),
          channel,
          reference: optional(row.reference),
          payerName: optional(row.payer_name),
        }),
      });
    } else if (table === 'ledgerEntry' && row.document_type === 'INTEREST') {
      // Bills and payments are on the financial card through their own records.
      this.push(region, {
        type: 'ledgerEntry',
        data: {
          entryId: text(row.document_number),
          edNumber,
          entryDate: text(row.entry_date),
          entryType: 'INTEREST',
          documentNumber: text(row.document_number),
          debit: text(row.debit),
          credit: text(row.credit),
          description: text(row.description),
        },
      });
    } else if (table === 'dunningNotice') {
      this.push(region, {
        type: 'notice',
        data: defined({
          noticeNumber: text(row.source_id),
          edNumber,
          kind: code(noticeKinds, row.kind),
          issuedOn: text(row.issued_on),
          debtAmount: text(row.debt_amount),
          debtDate: text(row.debt_date),
          deadline: text(row.deadline),
          deliveredOn: optional(row.delivered_on),
          settledOn: optional(row.settled_on),
        }),
      });
    }
  }

  private addBill(region: RegionCode, edNumber: string, accountNumber: string, row: Row): void {
    const billNumber = text(row.source_id);
    this.push(region, {
      type: 'bill',
      data: {
        billNumber,
        edNumber,
        accountNumber,
        layout: text(row.layout) as RecordOf<'bill'>['layout'],
        status: 'I',
        periodStart: text(row.period_start),
        periodEnd: text(row.period_end),
        days: Number(row.days),
        notRead: row.not_read === true,
        ...(row.reading_date === null ? {} : { readingDate: text(row.reading_date) }),
        issueDate: text(row.issue_date),
        dueDate: text(row.due_date),
        kwhVt: Number(row.kwh_vt),
        kwhNt: Number(row.kwh_nt),
        kwhSingle: Number(row.kwh_single),
        kwhGreen: Number(row.kwh_green),
        kwhBlue: Number(row.kwh_blue),
        kwhRed: Number(row.kwh_red),
        ...netMetering(row),
        periodCharge: text(row.period_charge),
        tvFee: text(row.tv_fee),
        monthTotal: text(row.month_total),
        previousDebt: text(row.previous_debt),
        paymentsInPeriod: text(row.payments_in_period),
        interest: text(row.interest),
        totalToPay: text(row.total_to_pay),
        discountOffer: text(row.on_time_discount_offer),
      },
    });
    for (const line of this.lines.get(text(row.id)) ?? [])
      this.push(region, { type: 'billLine', data: { ...line, billNumber } });
    this.lines.delete(text(row.id));
  }

  private push(region: string, record: ExportRecord): void {
    let list = this.records.get(region as RegionCode);
    if (!list) this.records.set(region as RegionCode, (list = []));
    list.push(record);
  }
}

/** A prosumer bill's kWh taken, delivered and brought forward (the demo's prosumers meter VT and NT). */
function netMetering(row: Row): Partial<RecordOf<'bill'>> {
  if (row.kwh_delivered_vt === null) return {};
  return {
    kwhTakenVt: Number(row.kwh_taken_vt),
    kwhTakenNt: Number(row.kwh_taken_nt),
    kwhDeliveredVt: Number(row.kwh_delivered_vt),
    kwhDeliveredNt: Number(row.kwh_delivered_nt),
    kwhSurplusInVt: Number(row.kwh_surplus_in_vt),
    kwhSurplusInNt: Number(row.kwh_surplus_in_nt),
  };
}
