import {Box} from 'ink';
import {wrapText, type Line} from '../../layout/wrap.js';
import {useTheme} from '../../theme.js';
import {StyledLines} from '../styled-lines.js';
import {gap} from './question-layout.js';

type Props = {message: string | undefined; warning?: boolean; width: number; compact: boolean};

function noticeLines(message: string | undefined, warning: boolean, width: number, color?: string): Line[] {
	return message ? wrapText(warning ? `! ${message}` : message, width, {color}) : [];
}

/** Rows the notice takes, its blank line above included. */
export function noticeHeight({message, warning = false, width, compact}: Props): number {
	return message ? noticeLines(message, warning, width).length + gap(compact) : 0;
}

/** A short line under an input: what the keys do now, or why Enter did nothing. */
export function InputNotice({message, warning = false, width, compact}: Props) {
	const theme = useTheme();
	if (!message) return null;
	return (
		<Box marginTop={gap(compact)} flexDirection="column">
			<StyledLines lines={noticeLines(message, warning, width, warning ? theme.warning : theme.muted)} />
		</Box>
	);
}
