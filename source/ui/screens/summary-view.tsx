import {Box, Text} from 'ink';
import type {SessionSummary} from '../../core/session/session.js';
import {formatDuration} from '../../core/text/format-duration.js';
import {toSingleLine} from '../../core/text/sanitize.js';
import {StyledLines} from '../components/styled-lines.js';
import {percent, questionLine} from '../format.js';
import {wrapText} from '../layout/wrap.js';
import {useTheme} from '../theme.js';

type Props = {
	summary: SessionSummary;
	stoppedEarly: boolean;
	/** What is left, such as "Nothing due — next review in 3 h". */
	outlook: string;
	width: number;
	/** Rows available: missed questions beyond them are counted, not listed. */
	height: number;
};

/** Score, time taken and the missed questions with their right answers. */
export function SummaryView({summary, stoppedEarly, outlook, width, height}: Props) {
	const theme = useTheme();
	const score = wrapText(
		`Score: ${summary.correct}/${summary.answered} (${percent(summary.correct, summary.answered)}) · Time: ${formatDuration(summary.elapsedMs)}`,
		width,
	);
	const stopped = stoppedEarly
		? wrapText(`Stopped after ${summary.answered} of ${summary.total} questions; your answers are saved.`, width, {color: theme.muted})
		: [];
	const ahead = wrapText(outlook, width);
	// Each missed question takes two rows; the "…and n more" line one.
	const left = height - 2 - score.length - stopped.length - ahead.length;
	const fitsAll = summary.missed.length * 2 <= left;
	const shown = summary.missed.slice(0, fitsAll ? undefined : Math.max(0, Math.floor((left - 1) / 2)));

	return (
		<Box flexDirection="column" width={width}>
			<Text bold>Session summary</Text>
			<StyledLines lines={score} />
			<StyledLines lines={stopped} />
			<StyledLines lines={ahead} />
			{summary.missed.length === 0 ? (
				summary.answered > 0 ? (
					<Text color={theme.good}>{theme.symbols.right} Nothing missed.</Text>
				) : null
			) : (
				<Box flexDirection="column">
					<Text>Missed ({summary.missed.length}):</Text>
					{shown.map(({question, answer}) => (
						<Box key={question.id} flexDirection="column">
							<Text wrap="truncate-end">
								<Text color={theme.bad}>{theme.symbols.wrong}</Text> {questionLine(question)}
							</Text>
							<Text color={theme.muted} wrap="truncate-end">
								{'  '}
								{theme.symbols.arrow} {toSingleLine(answer.grade.expected)}
							</Text>
						</Box>
					))}
					{summary.missed.length > shown.length ? (
						<Text color={theme.muted}>…and {summary.missed.length - shown.length} more</Text>
					) : null}
				</Box>
			)}
		</Box>
	);
}
