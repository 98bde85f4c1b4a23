import {Box, Text} from 'ink';
import type {Pack, Question} from '../../core/pack/schema.js';
import type {Grade} from '../../core/questions/response.js';
import {stripControl, toSingleLine} from '../../core/text/sanitize.js';
import {describeSource, findSource} from '../format.js';
import {useTheme} from '../theme.js';

type Props = {
	pack: Pack;
	question: Question;
	grade: Grade;
	compact: boolean;
	saveError: string | undefined;
};

/** Right or wrong (by symbol and word), the right answer, why, and the evidence behind it. */
export function FeedbackView({pack, question, grade, compact, saveError}: Props) {
	const theme = useTheme();
	const wrap = compact ? 'truncate-end' : 'wrap';
	const evidence = question.evidence;
	const source = evidence ? findSource(pack, evidence.source) : undefined;
	return (
		<Box flexDirection="column">
			<Text bold color={grade.correct ? theme.good : theme.bad}>
				{grade.correct ? `${theme.symbols.right} Right` : `${theme.symbols.wrong} Wrong`}
				{grade.note ? <Text color={theme.muted}> ({toSingleLine(grade.note)})</Text> : null}
			</Text>
			{grade.correct ? null : (
				<Text wrap={wrap}>
					<Text color={theme.muted}>You said: </Text>
					{toSingleLine(grade.given) || '(nothing)'}
				</Text>
			)}
			<Text wrap={wrap}>
				<Text color={theme.muted}>Answer: </Text>
				<Text bold>{toSingleLine(grade.expected)}</Text>
			</Text>
			{question.explanation ? (
				<Box marginTop={compact ? 0 : 1}>
					<Text wrap={wrap}>{stripControl(question.explanation)}</Text>
				</Box>
			) : null}
			{evidence ? (
				<Box flexDirection="column" marginTop={compact ? 0 : 1}>
					<Text color={theme.muted} wrap="truncate-end">
						Source: {source ? describeSource(source) : toSingleLine(evidence.source)}
					</Text>
					<Text italic wrap={wrap}>
						“{toSingleLine(evidence.text)}”
					</Text>
				</Box>
			) : null}
			{saveError ? (
				<Text color={theme.warning} wrap="wrap">
					! Not saved: {toSingleLine(saveError)}
				</Text>
			) : null}
		</Box>
	);
}
