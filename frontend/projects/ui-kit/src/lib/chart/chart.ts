import { ChangeDetectionStrategy, Component, computed, inject, input, output } from '@angular/core';
import { NgxEchartsDirective, provideEchartsCore } from 'ngx-echarts';
import * as echarts from 'echarts/core';
import { BarChart, HeatmapChart, LineChart, ScatterChart } from 'echarts/charts';
import {
  DataZoomComponent, GridComponent, LegendComponent, MarkLineComponent, TitleComponent, TooltipComponent, VisualMapComponent,
} from 'echarts/components';
import { CanvasRenderer } from 'echarts/renderers';
import type { EChartsCoreOption } from 'echarts/core';
import { ThemeService } from '../theme/theme.service';

echarts.use([
  LineChart, BarChart, HeatmapChart, ScatterChart, GridComponent, TooltipComponent, LegendComponent, DataZoomComponent,
  TitleComponent, VisualMapComponent, MarkLineComponent, CanvasRenderer,
]);

const PALETTE_VARS = ['--chart-1', '--chart-2', '--chart-3', '--chart-4', '--chart-5', '--chart-6'];

/**
 * An ECharts chart that follows the light/dark theme: pass a plain ECharts option, the kit
 * adds colours, fonts, grid and tooltip defaults.
 */
@Component({
  selector: 'lw-chart',
  imports: [NgxEchartsDirective],
  providers: [provideEchartsCore({ echarts })],
  template: `<div echarts class="chart" role="img" [attr.aria-label]="label()" [style.height]="height()" [options]="themed()" [merge]="themed()"
    [autoResize]="true" (chartClick)="pointClick.emit($event)"></div>`,
  styles: `:host { display: block; min-width: 0; } .chart { width: 100%; }`,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class Chart {
  private readonly theme = inject(ThemeService);
  readonly options = input.required<EChartsCoreOption>();
  readonly height = input('280px');
  readonly label = input('Chart');
  readonly pointClick = output<unknown>();

  protected readonly themed = computed((): EChartsCoreOption => {
    this.theme.theme();
    const v = (name: string) => this.theme.cssVar(name);
    const text = v('--text-2') || '#555';
    const border = v('--border') || '#ddd';
    const axis = {
      axisLine: { lineStyle: { color: border } }, axisTick: { lineStyle: { color: border } },
      axisLabel: { color: text }, splitLine: { lineStyle: { color: border, type: 'dashed' } }, nameTextStyle: { color: text },
    };
    const options = this.options() as Record<string, unknown>;
    const one = (x: Record<string, unknown>) => ({ ...axis, ...x, axisLabel: { ...axis.axisLabel, ...(x['axisLabel'] as object) } });
    const mergeAxis = (a: unknown) => (Array.isArray(a) ? a.map(one) : a ? one(a as Record<string, unknown>) : a);
    const defaults: Record<string, Record<string, unknown>> = {
      grid: { left: 48, right: 20, top: 36, bottom: 36, containLabel: true },
      tooltip: { trigger: 'axis', backgroundColor: v('--surface'), borderColor: border, textStyle: { color: v('--text') } },
      legend: { textStyle: { color: text }, top: 0, type: 'scroll' },
    };
    // Plain objects the page gives are merged over the defaults (a page's `legend: {data}` keeps the theme).
    const merged = (key: string) => {
      const given = options[key];
      return given && typeof given === 'object' && !Array.isArray(given) ? { ...defaults[key], ...(given as object) } : given ?? defaults[key];
    };
    return {
      color: PALETTE_VARS.map((n) => v(n)).filter((c): c is string => !!c),
      backgroundColor: 'transparent',
      textStyle: { fontFamily: 'Inter, ui-sans-serif, system-ui, sans-serif', color: text },
      animationDuration: 300,
      ...options,
      grid: merged('grid'),
      tooltip: merged('tooltip'),
      legend: merged('legend'),
      xAxis: mergeAxis(options['xAxis']),
      yAxis: mergeAxis(options['yAxis']),
    };
  });
}
