import {Box, useApp} from 'ink';
import {Component, type ReactNode} from 'react';
import {stripControl} from '../../core/text/sanitize.js';
import {useTerminalSize} from '../hooks/use-terminal-size.js';
import {bindings} from '../keys.js';
import {clampLines, wrapText} from '../layout/wrap.js';
import {StyledLines} from './styled-lines.js';
import {useKeys} from '../hooks/use-keys.js';

type Props = {children: ReactNode; onError?: (error: Error) => void};
type State = {error: Error | undefined};

/**
 * Turns a render error into a readable screen instead of a stack trace
 * printed over half a frame. Answers are on disk before any screen changes.
 */
export class ErrorBoundary extends Component<Props, State> {
	override state: State = {error: undefined};

	static getDerivedStateFromError(error: Error): State {
		return {error};
	}

	override componentDidCatch(error: Error) {
		this.props.onError?.(error);
	}

	override render() {
		return this.state.error ? <ErrorScreen error={this.state.error} /> : this.props.children;
	}
}

function ErrorScreen({error}: {error: Error}) {
	const {exit} = useApp();
	const {columns, rows} = useTerminalSize();
	useKeys((input, key) => {
		if (bindings.quit.matches(input, key)) exit(error);
	});
	const width = Math.max(1, columns - 2);
	const title = wrapText('✘ Error: factdrill could not draw this screen.', width, {bold: true});
	const saved = wrapText('Every answer you gave was saved before this happened. Press q or Esc to quit.', width);
	const details = process.env['FACTDRILL_DEBUG']
		? wrapText(stripControl(error.stack ?? ''), width)
		: wrapText('Run with FACTDRILL_DEBUG=1 to see the details.', width);
	// The message may be long; what must stay is the title and how to leave.
	const room = Math.max(1, rows - title.length - saved.length);
	const message = clampLines(wrapText(stripControl(error.message), width), Math.min(room, 6), width);
	return (
		<Box flexDirection="column" paddingX={1}>
			<StyledLines lines={title} />
			<StyledLines lines={message} />
			<StyledLines lines={saved} />
			<StyledLines lines={clampLines(details, room - message.length, width)} />
		</Box>
	);
}
