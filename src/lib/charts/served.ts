/**
 * The hook through which the prerender draws charts as SVG (charts/svg.ts): set by the root
 * layout's load on the server only, so the browser bundle never carries the SVG renderer.
 */
import type { ChartOption } from './echarts';
import type { Lang } from '../template/template';

type Renderer = (option: ChartOption, lang: Lang, width: number, height: number) => string;
let renderer: Renderer | null = null;

export function setSvgRenderer(r: Renderer): void {
	renderer = r;
}

/**
 * The width the prerendered SVG is laid out at: one column of the two-column grid on a
 * 1400 px-wide window. On other widths it scales until the live chart replaces it.
 */
export const SERVED_WIDTH = 640;

/** The option as SVG markup, or null where no renderer is set (in the browser). */
export function servedSvg(option: ChartOption, lang: Lang, height: number): string | null {
	return renderer ? renderer(option, lang, SERVED_WIDTH, height) : null;
}
