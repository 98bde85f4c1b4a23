import {Box, Text} from 'ink';
import {useLayoutEffect, useRef, useState} from 'react';
import type {ExamAttempt} from '../../../core/exam/exam-attempt.js';
import type {ExamState} from '../../../core/exam/exam-state.js';
import type {Pack} from '../../../core/pack/schema.js';
import {Footer, footerHeight} from '../../components/footer.js';
import {StyledLines} from '../../components/styled-lines.js';
import {useKeys} from '../../hooks/use-keys.js';
import {bindings} from '../../keys.js';
import {wrapText, type Line} from '../../layout/wrap.js';
import {useTheme} from '../../theme.js';
import {unbrokenHints} from './notices.js';
import {reviewLines, topicLines, verdictLines} from './result-lines.js';

type Props = {
	state: ExamState;
	attempt: ExamAttempt;
	packs: readonly Pack[];
	/** Lines under the verdict: what was saved, or why not. */
	notes: ReadonlyArray<{text: string; warning: boolean}>;
	columns: number;
	rows: number;
	compact: boolean;
	onRetake: (() => void) | undefined;
	onHome: (() => void) | undefined;
	onQuit: () => void;
};

/** Score and pass or not on top; below, the topics and a review of every question, scrolled with ↑↓ and PgUp/PgDn. */
export function ExamResultView({state, attempt, packs, notes, columns, rows, compact, onRetake, onHome, onQuit}: Props) {
	const theme = useTheme();
	const width = columns - (compact ? 0 : 2);
	const [offset, setOffset] = useState(0);
	const hints = [
		compact ? '↑↓ scroll' : `${bindings.up.label}${bindings.down.label} ${bindings.pageUp.label}/${bindings.pageDown.label} scroll`,
		...(onRetake ? [compact ? 'r retake' : bindings.retake.label] : []),
		...(onHome ? [bindings.home.label] : []),
		bindings.quit.label,
	];
	const top: Line[] = [
		...(compact ? [] : [[{text: 'Exam result', style: {bold: true}}]]),
		...verdictLines(attempt, theme, width),
		...notes.flatMap(note => wrapText(note.text, width, {color: note.warning ? theme.warning : theme.muted})),
	];
	const body: Line[] = [...topicLines(state, theme, width), [], ...reviewLines(state, packs, theme, width)];
	// One row is kept for the "more lines" marker.
	const height = Math.max(1, rows - top.length - (compact ? 0 : 1) - footerHeight(unbrokenHints(hints), width, compact) - 1);
	const maxOffset = Math.max(0, body.length - height);
	const shown = Math.min(offset, maxOffset);

	const latest = useRef({maxOffset, height});
	useLayoutEffect(() => {
		latest.current = {maxOffset, height};
	});
	useKeys((input, key) => {
		const scroll = (by: number) => setOffset(current => Math.min(Math.max(0, Math.min(current, latest.current.maxOffset) + by), latest.current.maxOffset));
		if (bindings.up.matches(input, key)) scroll(-1);
		else if (bindings.down.matches(input, key)) scroll(1);
		else if (bindings.pageUp.matches(input, key)) scroll(-latest.current.height);
		else if (bindings.pageDown.matches(input, key)) scroll(latest.current.height);
		else if (onRetake && bindings.retake.matches(input, key)) onRetake();
		else if (onHome && bindings.home.matches(input, key)) onHome();
		else if (bindings.quit.matches(input, key)) onQuit();
	});

	return (
		<Box flexDirection="column" width={columns} paddingX={compact ? 0 : 1}>
			<StyledLines lines={top} />
			<Box flexDirection="column" marginTop={compact ? 0 : 1} height={height}>
				<StyledLines lines={body.slice(shown, shown + height)} />
			</Box>
			{maxOffset > 0 ? (
				<Text color={theme.muted} wrap="truncate-end">
					{shown >= maxOffset ? '(end)' : `↓ ${body.length - shown - height} more lines`}
				</Text>
			) : null}
			<Footer width={width} compact={compact} hints={unbrokenHints(hints)} />
		</Box>
	);
}
