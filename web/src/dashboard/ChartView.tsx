import { useEffect, useRef } from 'react';
import type { TextAlternative } from './chart-data';
import type { AnyChartConfig, ChartBuilder } from './charts';
import { readChartColors } from './theme-colors';
import { useThemeVersion } from './use-theme-version';

const loadChartRuntime = () => import('./chart-runtime');

/**
 * One chart with its text alternative: the canvas is an image named by a sentence, and a
 * visually-hidden table carries the numbers for screen readers. `build` should be memoised: a
 * new one redraws the chart.
 */
export function ChartView({
  build,
  label,
  text,
  height = 240,
}: {
  build: ChartBuilder;
  label: string;
  text: TextAlternative;
  height?: number;
}) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const theme = useThemeVersion();
  useEffect(() => {
    const element = canvas.current;
    if (!element) return;
    let chart: { destroy(): void } | undefined;
    let live = true;
    // chart.js loads after the page has painted (the sentence and the table are there already).
    void loadChartRuntime().then(({ Chart }) => {
      if (!live) return;
      const config = build(readChartColors());
      chart = new Chart(element, {
        ...config,
        options: { ...config.options, responsive: true, maintainAspectRatio: false },
      } as AnyChartConfig);
    });
    return () => {
      live = false;
      chart?.destroy();
    };
  }, [build, theme]);
  return (
    <figure className="dashboard-chart">
      <div className="dashboard-chart-canvas" style={{ height }}>
        <canvas ref={canvas} role="img" aria-label={`${label}. ${text.sentence}`} />
      </div>
      <figcaption className="dashboard-caption">{text.sentence}</figcaption>
      {text.rows.length > 0 && (
        // The wrapper hides it: a table grows to fit its cells whatever width it is given.
        <div className="visually-hidden">
          <table>
            <caption>{label}</caption>
            <thead>
              <tr>
                {text.columns.map((column) => (
                  <th key={column} scope="col">
                    {column}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {text.rows.map((row, index) => (
                <tr key={index}>
                  {row.map((cell, column) => (
                    <td key={column}>{cell}</td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </figure>
  );
}
