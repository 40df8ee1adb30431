/**
 * chart.js, with only the parts the dashboard draws registered (once, when this module loads),
 * so the bundle carries no unused controllers. Loaded on demand (loadCharts): the dashboard's
 * first paint and the pages that never draw a chart do not parse it.
 */
import {
  ArcElement,
  BarController,
  BarElement,
  CategoryScale,
  Chart,
  DoughnutController,
  Legend,
  LinearScale,
  LineController,
  LineElement,
  PointElement,
  Tooltip,
} from 'chart.js';
import type { AnyChartConfig, ChartBuilder } from './charts';
import type { ChartColors } from './theme-colors';

Chart.register(
  ArcElement,
  BarController,
  BarElement,
  CategoryScale,
  DoughnutController,
  Legend,
  LinearScale,
  LineController,
  LineElement,
  PointElement,
  Tooltip,
);

export { Chart };

/** Draws a chart on a canvas that is not on the page and returns it as a PNG (for the PDF). */
export function chartPng(
  build: ChartBuilder,
  colors: ChartColors,
  width = 600,
  height = 280,
): { png: string; width: number; height: number } {
  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = height;
  const config = build(colors);
  const chart = new Chart(canvas, {
    ...config,
    options: { ...config.options, responsive: false, animation: false, devicePixelRatio: 2 },
    plugins: [
      {
        id: 'white-paper',
        beforeDraw: (c) => {
          c.ctx.save();
          c.ctx.fillStyle = '#ffffff';
          c.ctx.fillRect(0, 0, c.width, c.height);
          c.ctx.restore();
        },
      },
    ],
  } as AnyChartConfig);
  const png = canvas.toDataURL('image/png');
  chart.destroy();
  return { png, width, height };
}
