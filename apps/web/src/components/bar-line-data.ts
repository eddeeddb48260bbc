/** What the bar-and-line chart draws: a dataset with `yAxisID: 'right'` is drawn against the right axis. */
export interface BarLineData {
  labels: readonly string[];
  datasets: readonly { label: string; data: readonly (number | null)[] }[];
}
