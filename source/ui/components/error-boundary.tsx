import {Box, Text, useApp, useInput} from 'ink';
import {Component, type ReactNode} from 'react';
import {stripControl} from '../../core/text/sanitize.js';
import {bindings} from '../keys.js';

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
	useInput((input, key) => {
		if (bindings.quit.matches(input, key)) exit(error);
	});
	return (
		<Box flexDirection="column" paddingX={1}>
			<Text bold>✘ Error: factdrill could not draw this screen.</Text>
			<Text wrap="wrap">{stripControl(error.message)}</Text>
			<Text wrap="wrap">Every answer you gave was saved before this happened. Press q or Esc to quit.</Text>
			{process.env['FACTDRILL_DEBUG'] ? (
				<Text wrap="wrap">{stripControl(error.stack ?? '')}</Text>
			) : (
				<Text wrap="wrap">Run with FACTDRILL_DEBUG=1 to see the details.</Text>
			)}
		</Box>
	);
}
