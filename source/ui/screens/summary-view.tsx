import {Box, Text} from 'ink';
import {formatDuration, type SessionSummary} from '../../core/session/session.js';
import {toSingleLine} from '../../core/text/sanitize.js';
import {percent} from '../format.js';
import {useTheme} from '../theme.js';

type Props = {summary: SessionSummary; stoppedEarly: boolean; maxMissed: number};

/** Score, time taken and the missed questions with their right answers. */
export function SummaryView({summary, stoppedEarly, maxMissed}: Props) {
	const theme = useTheme();
	const shown = summary.missed.slice(0, maxMissed);
	return (
		<Box flexDirection="column">
			<Text bold>Session summary</Text>
			<Text>
				Score: {summary.correct}/{summary.answered} ({percent(summary.correct, summary.answered)}) · Time:{' '}
				{formatDuration(summary.elapsedMs)}
			</Text>
			{stoppedEarly ? (
				<Text color={theme.muted}>
					Stopped after {summary.answered} of {summary.total} questions; your answers are saved.
				</Text>
			) : null}
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
								<Text color={theme.bad}>{theme.symbols.wrong}</Text> {toSingleLine(question.prompt)}
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
