/**
 * Server-side ECharts: an option drawn as an SVG string, so that the prerendered overview
 * carries its charts in the HTML and they are on screen at first paint, before any script.
 * Imported only where the page is rendered on the server (see the root layout's load).
 */
import { init, use } from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import './echarts';
import type { ChartOption } from './echarts';
import type { Lang } from '../template/template';

use([SVGRenderer]);

export function renderSvg(option: ChartOption, lang: Lang, width: number, height: number): string {
	const chart = init(null, null, { renderer: 'svg', ssr: true, width, height, locale: lang === 'en' ? 'EN' : 'ZH' });
	try {
		chart.setOption(option);
		// Scales with its box until the live chart takes over at the container's real width.
		return chart
			.renderToSVGString()
			.replace(/^(<svg[^>]*?) viewBox="[^"]*"/, '$1')
			.replace(/^<svg([^>]*?) width="(\d+)" height="(\d+)"/, `<svg$1 width="100%" height="100%" viewBox="0 0 $2 $3" preserveAspectRatio="xMinYMin meet"`);
	} finally {
		chart.dispose();
	}
}
