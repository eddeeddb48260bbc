// A metering point's self-readings: the form's facts (registers, last reading), the history with each
// reading's status, and submitting one through the plausibility rule (@portal/domain). The routes have
// checked the actor's access to the metering point (modules/access) before these run.
import type { ReadingsResponse, SelfReading, SelfReadingBody } from '@portal/contract';
import type { PrismaClient } from '@portal/db';
import {
  belgradeDateOf,
  checkReadingPlausibility,
  readingRegisters,
  type ReadingRegister,
  type RegisterValues,
} from '@portal/domain';
import { AppError, type AppFieldError } from '../../lib/app-error.js';
import { isoDate } from '../../lib/belgrade-date.js';

export interface ReadingsDeps {
  prisma: PrismaClient;
  now: () => Date;
}

type Row = { readOn: Date; vtValue: number | null; ntValue: number | null; singleValue: number | null };

const registersOf = (row: Row): RegisterValues => ({
  vt: row.vtValue,
  nt: row.ntValue,
  single: row.singleValue,
});
const valuesOf = (row: Row) => ({ vt: row.vtValue, nt: row.ntValue, single: row.singleValue });

/** How far back the consumption history for the season's average reaches. */
const historyYears = 3;

async function meterFacts(deps: ReadingsDeps, meteringPointId: string) {
  const point = await deps.prisma.meteringPoint.findUnique({
    where: { id: meteringPointId },
    select: {
      rateType: true,
      meterInstallations: {
        where: { removedOn: null },
        orderBy: { installedOn: 'desc' },
        take: 1,
        select: { meter: { select: { id: true, serialNumber: true, digits: true } } },
      },
    },
  });
  if (!point) throw new AppError('NOT_FOUND');
  const registers: ReadingRegister[] = point.rateType === 'DUAL' ? ['vt', 'nt'] : ['single'];
  return { registers, meter: point.meterInstallations[0]?.meter ?? null };
}

/** The latest reading of the point, of record (imported) or self-read; of record wins a tie. */
async function lastReading(deps: ReadingsDeps, meteringPointId: string) {
  const select = { readOn: true, vtValue: true, ntValue: true, singleValue: true, meterId: true };
  const order = [{ readOn: 'desc' as const }, { id: 'desc' as const }];
  const [record, self] = await Promise.all([
    deps.prisma.meterReading.findFirst({ where: { meteringPointId }, orderBy: order, select }),
    deps.prisma.selfReading.findFirst({ where: { meteringPointId }, orderBy: order, select }),
  ]);
  if (record && (!self || record.readOn >= self.readOn)) return { ...record, source: 'record' as const };
  return self ? { ...self, source: 'self' as const } : null;
}

export async function listReadings(deps: ReadingsDeps, meteringPointId: string): Promise<ReadingsResponse> {
  const [{ registers, meter }, last, readings] = await Promise.all([
    meterFacts(deps, meteringPointId),
    lastReading(deps, meteringPointId),
    deps.prisma.selfReading.findMany({
      where: { meteringPointId },
      orderBy: [{ readOn: 'desc' }, { submittedAt: 'desc' }],
      take: 100,
    }),
  ]);
  const taken = await deps.prisma.meterReading.findMany({
    where: { meteringPointId, readOn: { in: readings.map((r) => r.readOn) } },
    select: { readOn: true },
  });
  const takenDays = new Set(taken.map((r) => isoDate(r.readOn)));
  return {
    registers,
    meter: meter && { serialNumber: meter.serialNumber, digits: meter.digits },
    lastReading: last && { readOn: isoDate(last.readOn), ...valuesOf(last), source: last.source },
    selfReadings: readings.map((reading) => toView(reading, takenDays.has(isoDate(reading.readOn)))),
  };
}

function toView(
  reading: Row & { id: string; confirmed: boolean; submittedAt: Date; outboundFileId: string | null },
  takenByBilling: boolean,
): SelfReading {
  return {
    id: reading.id,
    readOn: isoDate(reading.readOn),
    ...valuesOf(reading),
    confirmed: reading.confirmed,
    submittedAt: reading.submittedAt.toISOString(),
    // A reading of record of the same day came back in a regional export: billing took it (README.md).
    status: takenByBilling ? 'confirmed_by_billing' : reading.outboundFileId ? 'sent' : 'accepted',
  };
}

/** The registers the meter has, each given and within its digits; none of the others. */
function registerErrors(
  body: SelfReadingBody,
  registers: ReadingRegister[],
  digits: number,
): AppFieldError[] {
  const maximum = 10 ** digits - 1;
  return readingRegisters.flatMap((register): AppFieldError[] => {
    const value = body[register];
    if (!registers.includes(register))
      return value === undefined ? [] : [{ path: register, code: 'invalid' }];
    if (value === undefined) return [{ path: register, code: 'required' }];
    return value > maximum ? [{ path: register, code: 'too_big', params: { maximum } }] : [];
  });
}

export async function submitReading(
  deps: ReadingsDeps,
  userId: string,
  meteringPointId: string,
  body: SelfReadingBody,
): Promise<SelfReading> {
  const { registers, meter } = await meterFacts(deps, meteringPointId);
  if (!meter) throw new AppError('CONFLICT', { detail: 'no meter is installed on this metering point' });
  const errors = registerErrors(body, registers, meter.digits);
  if (errors.length) throw new AppError('VALIDATION_FAILED', { errors });

  const now = deps.now();
  const today = belgradeDateOf(now);
  const since = new Date(Date.UTC(now.getUTCFullYear() - historyYears, now.getUTCMonth(), 1));
  const [last, history] = await Promise.all([
    lastReading(deps, meteringPointId),
    deps.prisma.meterReading.findMany({
      where: { meteringPointId, meterId: meter.id, implausible: false, readOn: { gte: since } },
      select: { readOn: true, vtValue: true, ntValue: true, singleValue: true },
    }),
  ]);
  const values: RegisterValues = Object.fromEntries(registers.map((r) => [r, body[r] ?? null]));
  const verdict = checkReadingPlausibility({
    readOn: body.readOn,
    today,
    registers: values,
    last: last && {
      readOn: isoDate(last.readOn),
      registers: registersOf(last),
      meterReplacedSince: last.meterId !== meter.id,
    },
    history: history.map((row) => ({ readOn: isoDate(row.readOn), registers: registersOf(row) })),
  });
  if (verdict.verdict === 'refuse') {
    const { verdict: _verdict, ...plausibility } = verdict;
    throw new AppError('READING_REFUSED', { extensions: { plausibility } });
  }
  if (verdict.verdict === 'confirm' && !body.confirm) {
    const { verdict: _verdict, ...plausibility } = verdict;
    throw new AppError('READING_NEEDS_CONFIRMATION', { extensions: { plausibility } });
  }

  const created = await deps.prisma.selfReading.create({
    data: {
      meteringPointId,
      meterId: meter.id,
      readOn: new Date(`${body.readOn}T00:00:00Z`),
      vtValue: values.vt ?? null,
      ntValue: values.nt ?? null,
      singleValue: values.single ?? null,
      confirmed: verdict.verdict === 'confirm',
      confirmedReason: verdict.verdict === 'confirm' ? verdict.reason : null,
      submittedBy: userId,
      submittedAt: now,
    },
  });
  return toView(created, false);
}
