// What the report charts draw: a bar per day (payments: stacked by channel) and the running total as a
// line on its own axis. Plain data, so the chart component stays thin and this is tested directly.
import {
  paymentChannels,
  type PaymentChannel,
  type PaymentReport,
  type RegistrationReport,
} from '@portal/contract';

export interface ReportSeries {
  type: 'bar' | 'line';
  label: string;
  data: number[];
  backgroundColor: string;
  borderColor: string;
  /** 'y' for the day's counts, 'right' for the running total */
  yAxisID: 'y' | 'right';
  /** the line is drawn over the bars */
  order: number;
}

export interface ReportChartData {
  labels: string[];
  datasets: ReportSeries[];
}

/** Distinguishable colours in the portal's palette (contrast ≥ 3:1 on white). */
const channelColours: Record<PaymentChannel, string> = {
  portal_card: '#1565c0',
  portal_ips: '#00838f',
  ips: '#6a1b9a',
  bank: '#2e7d32',
  post: '#ef6c00',
  cashier: '#ad1457',
  other: '#546e7a',
};
const barColour = '#1565c0';
const lineColour = '#c62828';

const bar = (label: string, data: number[], colour: string): ReportSeries => ({
  type: 'bar',
  label,
  data,
  backgroundColor: colour,
  borderColor: colour,
  yAxisID: 'y',
  order: 2,
});

const line = (label: string, data: number[]): ReportSeries => ({
  type: 'line',
  label,
  data,
  backgroundColor: lineColour,
  borderColor: lineColour,
  yAxisID: 'right',
  order: 1,
});

export function registrationChart(
  report: RegistrationReport,
  labels: { day: string; cumulative: string; date: (date: string) => string },
): ReportChartData {
  return {
    labels: report.days.map((d) => labels.date(d.date)),
    datasets: [
      bar(
        labels.day,
        report.days.map((d) => d.count),
        barColour,
      ),
      line(
        labels.cumulative,
        report.days.map((d) => d.cumulative),
      ),
    ],
  };
}

/** One bar per channel that has payments in the range (all seven would crowd the legend). */
export function paymentChart(
  report: PaymentReport,
  labels: {
    channel: (channel: PaymentChannel) => string;
    cumulative: string;
    date: (date: string) => string;
  },
): ReportChartData {
  const used = paymentChannels.filter((c) => report.days.some((d) => d.byChannel[c] !== 0));
  return {
    labels: report.days.map((d) => labels.date(d.date)),
    datasets: [
      ...used.map((c) =>
        bar(
          labels.channel(c),
          report.days.map((d) => d.byChannel[c]),
          channelColours[c],
        ),
      ),
      line(
        labels.cumulative,
        report.days.map((d) => d.cumulative),
      ),
    ],
  };
}
