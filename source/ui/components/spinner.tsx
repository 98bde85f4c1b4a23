import {Text} from 'ink';
import {useEffect, useState} from 'react';
import {useTheme} from '../theme.js';

const frames = ['⠋', '⠙', '⠹', '⠸', '⠼', '⠴', '⠦', '⠧', '⠇', '⠏'];

/** A turning wheel and what is being done; the words carry the meaning, the wheel only shows life. */
export function Spinner({label}: {label: string}) {
	const theme = useTheme();
	const [frame, setFrame] = useState(0);
	useEffect(() => {
		const timer = setInterval(() => setFrame(current => (current + 1) % frames.length), 80);
		return () => clearInterval(timer);
	}, []);
	return (
		<Text wrap="truncate-end">
			<Text color={theme.accent}>{frames[frame]}</Text> {label}…
		</Text>
	);
}
