/**
 * How generated (benchmark) data is marked, so that it can never pass for real reports: every
 * synthetic agency's name starts with SYNTHETIC_MARK and every synthetic report's `source` with
 * SYNTHETIC_SOURCE. summary.json says whether a dataset holds any (the dashboard then shows a
 * banner), and the benchmarks print it beside their figures.
 */
export const SYNTHETIC_MARK = '【合成】';
export const SYNTHETIC_SOURCE = 'synthetic';
