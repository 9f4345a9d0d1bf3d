/** Colours chosen to stay apart for the six outcome groups and to print legibly. */
export const PALETTE = ['#2f6fb3', '#58a55c', '#d9822b', '#b84a4a', '#8e6bbf', '#3fa7a3', '#c9a227', '#6b7a8f', '#d46a9f', '#7f9c3a'];

/** The i-th compared entity's colour, the same in every chart that shows it. */
export const entityColor = (i: number): string => PALETTE[i % PALETTE.length];

/** Bars that stand for no compared entity (the rest of a ranking): a grey no entity is drawn in. */
export const NEUTRAL_BAR = '#a3adba';

/**
 * The page's font stacks (ui/app.css has the same), for chart text. Chinese faces first in
 * Chinese, so one face draws the Chinese and the digits (see app.css for what that saves); a
 * Latin face first in English, whose quotes and apostrophes a CJK face draws full-width.
 */
export const FONT_STACK = {
	zh: '"PingFang SC", "Microsoft YaHei", "Noto Sans CJK SC", system-ui, sans-serif',
	en: 'system-ui, "PingFang SC", "Microsoft YaHei", "Noto Sans CJK SC", sans-serif'
} as const;
