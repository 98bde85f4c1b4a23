import type {ExamState} from '../../../core/exam/exam-state.js';
import type {Line, Style} from '../../layout/wrap.js';
import {visibleWindow} from '../visible-window.js';

export const navigatorSymbols = {answered: '●', unanswered: '○', flagged: '⚑'} as const;

type Styles = {current: Style; flagged: Style; muted: Style};

function symbolOf(state: ExamState, index: number): string {
	if (state.flags[index]) return navigatorSymbols.flagged;
	return state.answers[index] ? navigatorSymbols.answered : navigatorSymbols.unanswered;
}

/**
 * One row with a symbol per question — answered ●, unanswered ○, flagged ⚑
 * — and the current one in brackets: " ● ○[⚑]○ ". Spaced when it fits,
 * packed when not ("●○[⚑]○"), and a window around the current question
 * with … at the cut ends when even that is too wide.
 */
export function navigatorLine(state: ExamState, width: number, styles: Styles): Line {
	const count = state.items.length;
	if (count === 0) return [];
	const spaced = 2 * count + 1 <= width;
	const capacity = spaced ? count : Math.max(1, width - 4);
	const {start, end} = visibleWindow(count, state.index, capacity);
	const line: Line = [];
	if (start > 0) line.push({text: '…', style: styles.muted});
	for (let index = start; index < end; index++) {
		const current = index === state.index;
		const before = current ? '[' : index - 1 === state.index ? ']' : spaced ? ' ' : '';
		if (before) line.push({text: before, style: current || index - 1 === state.index ? styles.current : undefined});
		const symbol = symbolOf(state, index);
		line.push({text: symbol, style: current ? styles.current : symbol === navigatorSymbols.flagged ? styles.flagged : undefined});
	}
	if (end - 1 === state.index) line.push({text: ']', style: styles.current});
	else if (spaced) line.push({text: ' '});
	if (end < count) line.push({text: '…', style: styles.muted});
	return line;
}
