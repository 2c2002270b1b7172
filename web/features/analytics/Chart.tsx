import type { BarSeriesOption, HeatmapSeriesOption } from 'echarts/charts';
import { BarChart, HeatmapChart } from 'echarts/charts';
import type { GridComponentOption, LegendComponentOption, TooltipComponentOption, VisualMapComponentOption } from 'echarts/components';
import { GridComponent, LegendComponent, TooltipComponent, VisualMapContinuousComponent } from 'echarts/components';
import { type ComposeOption, init, use } from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import { useEffect, useRef } from 'react';

// ECharts as the dashboards use it: only the bar and heatmap charts with their axes, legend, tooltip and colour
// scale, drawn on a canvas. This module is imported by the dashboards' pages alone, so the rest of the app never
// loads it.
use([BarChart, HeatmapChart, GridComponent, LegendComponent, TooltipComponent, VisualMapContinuousComponent, CanvasRenderer]);

export type ChartOption = ComposeOption<
  BarSeriesOption | HeatmapSeriesOption | GridComponentOption | LegendComponentOption | TooltipComponentOption | VisualMapComponentOption
>;

/**
 * A chart for the eye. It is one image to assistive technology, named by `label`; the table beside it holds the
 * same figures for a screen reader and the keyboard.
 */
export function Chart({ option, label, height = 280 }: { option: ChartOption; label: string; height?: number }) {
  const box = useRef<HTMLDivElement>(null);
  const chart = useRef<ReturnType<typeof init> | null>(null);

  useEffect(() => {
    if (!box.current) return;
    const instance = init(box.current, undefined, { renderer: 'canvas' });
    chart.current = instance;
    // follow the width of the column it sits in, down to a phone's
    const resize = new ResizeObserver(() => instance.resize());
    resize.observe(box.current);
    return () => {
      resize.disconnect();
      instance.dispose();
      chart.current = null;
    };
  }, []);

  useEffect(() => {
    chart.current?.setOption({ animation: false, textStyle: { fontFamily: 'inherit' }, ...option }, { notMerge: true });
  }, [option]);

  // clipped: between a change of width and the next resize, the old canvas must not widen the page
  return <div ref={box} role="img" aria-label={label} style={{ width: '100%', height, overflow: 'hidden' }} />;
}

/** The product's colours for series, dark enough to tell apart on white. */
export const SERIES_COLOURS = ['#1f53a0', '#c77700', '#2f7d4a', '#8a3ea8', '#b3261e', '#4d5b6a'];
