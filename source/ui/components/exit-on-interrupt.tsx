import {useApp} from 'ink';
import type {ReactNode} from 'react';
import {useKeys} from '../hooks/use-keys.js';

/**
 * Ctrl+C leaves from anywhere, restoring the terminal like any other exit,
 * and lets the caller report the conventional exit code 130.
 */
export function ExitOnInterrupt({onInterrupt, children}: {onInterrupt: () => void; children: ReactNode}) {
	const {exit} = useApp();
	useKeys((input, key) => {
		if (key.ctrl && input === 'c') {
			onInterrupt();
			exit();
		}
	});
	return children;
}
