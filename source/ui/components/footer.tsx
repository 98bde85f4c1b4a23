import {Box} from 'ink';
import {wrapText, type Line} from '../layout/wrap.js';
import {useTheme} from '../theme.js';
import {StyledLines} from './styled-lines.js';

type Props = {hints: readonly string[]; width: number; compact: boolean};

function footerLines(hints: readonly string[], width: number, color: string | undefined): Line[] {
	return wrapText(hints.join(' · '), width, {color});
}

/** Rows the footer takes, its blank line above included. */
export function footerHeight(hints: readonly string[], width: number, compact: boolean): number {
	return footerLines(hints, width, undefined).length + (compact ? 0 : 1);
}

/** The key hints at the bottom of every screen, wrapped to the width. */
export function Footer({hints, width, compact}: Props) {
	const theme = useTheme();
	return (
		<Box width={width} marginTop={compact ? 0 : 1} flexDirection="column">
			<StyledLines lines={footerLines(hints, width, theme.muted)} />
		</Box>
	);
}
