import {Box, Text} from 'ink';
import {toSingleLine} from '../../../core/text/sanitize.js';
import {Spinner} from '../../components/spinner.js';
import {StyledLines} from '../../components/styled-lines.js';
import {TextField} from '../../components/questions/text-field.js';
import {clampAtWord} from '../../layout/shorten.js';
import {clampLines, wrapText} from '../../layout/wrap.js';
import {useTheme} from '../../theme.js';
import type {ArticleState} from './use-article-state.js';

type Props = {state: ArticleState; width: number; compact: boolean};

/** The path or URL being typed, and under it what is being done or what went wrong. */
export function ArticleInputView({state, width, compact}: Props) {
	const theme = useTheme();
	const gap = compact ? 0 : 1;
	const help = compact
		? 'The path of an article file (text, HTML or Markdown) or its web address:'
		: 'Type or paste the path of an article — a text, HTML or Markdown file — or its web address (http:// or https://).';
	return (
		<Box flexDirection="column" width={width}>
			<Text bold>Quiz me on an article</Text>
			<Box marginTop={gap} flexDirection="column">
				<StyledLines lines={clampAtWord(wrapText(help, width, {color: theme.muted}), compact ? 2 : 3, width)} />
			</Box>
			<Box marginTop={gap}>
				<Box flexShrink={0}>
					<Text bold color={theme.accent}>{`${theme.symbols.pointer} `}</Text>
				</Box>
				<TextField state={state.field} isFocused={state.phase === 'input'} width={width - 2} />
			</Box>
			<Box marginTop={gap} flexDirection="column">
				{state.step ? <Spinner label={toSingleLine(state.step)} /> : null}
				{state.problem ? (
					<StyledLines lines={clampLines(wrapText(`${theme.symbols.wrong} ${toSingleLine(state.problem)}`, width, {color: theme.bad}), 3, width)} />
				) : null}
			</Box>
		</Box>
	);
}
