import {Box, Text} from 'ink';
import {StyledLines} from '../components/styled-lines.js';
import {clampLines, type Line} from '../layout/wrap.js';
import {useTheme} from '../theme.js';
import {timelineWindow} from './timeline-window.js';

type Props = {items: readonly Line[][]; top: number; width: number; height: number};

/** The items that fit from `top` on, with how many more there are above and below. */
export function TimelineView({items, top, width, height}: Props) {
	const theme = useTheme();
	const window = timelineWindow(
		items.map(lines => lines.length),
		top,
		height,
	);
	const shown = clampLines(items.slice(window.start, window.end).flat(), window.room, width);
	return (
		<Box flexDirection="column" width={width}>
			{window.above ? <Text color={theme.muted}>↑ {window.start} more</Text> : null}
			<StyledLines lines={shown} />
			{window.below ? <Text color={theme.muted}>↓ {items.length - window.end} more</Text> : null}
		</Box>
	);
}
