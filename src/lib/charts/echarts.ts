/**
 * ECharts through echarts/core with only what the dashboard draws: bars and lines on a grid,
 * tooltip, legend, aria. Everything else stays out of the bundle (full echarts is ~3x larger).
 */
import { use } from 'echarts/core';
import { BarChart, LineChart } from 'echarts/charts';
import { AriaComponent, GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import { CanvasRenderer } from 'echarts/renderers';

use([BarChart, LineChart, GridComponent, TooltipComponent, LegendComponent, AriaComponent, CanvasRenderer]);

export { init, type ECharts } from 'echarts/core';
export type { EChartsCoreOption as ChartOption } from 'echarts/core';
