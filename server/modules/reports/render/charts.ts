import { Resvg } from '@resvg/resvg-js';
import * as echarts from 'echarts';
import { FONT_DIR, ROBOTO } from './fonts.js';

// Charts drawn on the server with ECharts' server-side SVG renderer: no browser, no animation.
// The same SVG goes into the HTML and the PDF; Word gets it with a PNG copy for older versions.

export const CHART_WIDTH = 680;
export const CHART_HEIGHT = 380;

// colour-blind safe (Okabe-Ito), in the order the series come
const PALETTE = ['#0072B2', '#E69F00', '#009E73', '#CC79A7', '#56B4E9', '#D55E00', '#F0E442', '#000000'];

export interface BarSeries {
  name: string;
  values: number[];
}

/** Grouped bars: one group per category, one bar per series. */
export function groupedBarSvg(categories: string[], series: BarSeries[], width = CHART_WIDTH, height = CHART_HEIGHT): string {
  const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width, height });
  try {
    chart.setOption({
      animation: false,
      color: PALETTE,
      textStyle: { fontFamily: 'Roboto, Arial, sans-serif', fontSize: 12 },
      grid: { left: 48, right: 16, top: 24, bottom: 40 + Math.ceil(series.length / 4) * 20, containLabel: true },
      legend: { bottom: 0, type: 'plain', itemGap: 14, textStyle: { fontSize: 11 } },
      xAxis: { type: 'category', data: categories, axisLabel: { interval: 0, fontSize: 11 } },
      yAxis: { type: 'value', minInterval: 1 },
      series: series.map((s) => ({ type: 'bar', name: s.name, data: s.values, barMaxWidth: 28 })),
    });
    return chart.renderToSVGString();
  } finally {
    chart.dispose();
  }
}

/** A PNG copy of an SVG at twice its size, drawn with the bundled Roboto. */
export function svgToPng(svg: string, width: number): Buffer {
  return new Resvg(svg, {
    fitTo: { mode: 'width', value: width * 2 },
    font: { fontFiles: Object.values(ROBOTO), fontDirs: [FONT_DIR], loadSystemFonts: false, defaultFontFamily: 'Roboto' },
    background: '#ffffff',
  })
    .render()
    .asPng();
}
