import {Box, Text} from 'ink';
import {savedStanding, type SavedExam} from '../../../core/exam/saved-exam.js';
import {useTheme} from '../../theme.js';

/** "17 Mar 14:05", in the learner's time zone. */
export function startedWhen(at: number): string {
	const date = new Date(at);
	const day = date.toLocaleDateString('en-GB', {day: 'numeric', month: 'short', year: 'numeric'});
	const time = `${String(date.getHours()).padStart(2, '0')}:${String(date.getMinutes()).padStart(2, '0')}`;
	return `${day} ${time}`;
}

/** The question asked on start when an exam was left unfinished. */
export function ResumePrompt({saved, columns, compact}: {saved: SavedExam; columns: number; compact: boolean}) {
	const theme = useTheme();
	return (
		<Box flexDirection="column" width={columns} paddingX={compact ? 0 : 1}>
			<Text bold wrap="wrap">
				Resume the exam from {startedWhen(saved.startedAt)} ({savedStanding(saved)})? y/n
			</Text>
			<Box marginTop={compact ? 0 : 1}>
				<Text color={theme.muted} wrap="wrap">
					y resume it · n start a new exam (the unfinished one is dropped) · Esc leave
				</Text>
			</Box>
		</Box>
	);
}
