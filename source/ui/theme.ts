import {createContext, useContext} from 'react';

/**
 * One place for colours and symbols. Colour only ever repeats what a symbol
 * or word already says, so NO_COLOR (https://no-color.org) simply drops it.
 */
export type Theme = {
	color: boolean;
	accent: string | undefined;
	good: string | undefined;
	bad: string | undefined;
	muted: string | undefined;
	warning: string | undefined;
	symbols: {
		right: string;
		wrong: string;
		pointer: string;
		checked: string;
		unchecked: string;
		grabbed: string;
		bullet: string;
		arrow: string;
	};
};

export function createTheme(env: NodeJS.ProcessEnv = process.env): Theme {
	const color = !env['NO_COLOR'];
	return {
		color,
		accent: color ? 'cyan' : undefined,
		good: color ? 'green' : undefined,
		bad: color ? 'red' : undefined,
		muted: color ? 'gray' : undefined,
		warning: color ? 'yellow' : undefined,
		symbols: {
			right: '✔',
			wrong: '✘',
			pointer: '›',
			checked: '[x]',
			unchecked: '[ ]',
			grabbed: '≡',
			bullet: '•',
			arrow: '→',
		},
	};
}

export const ThemeContext = createContext<Theme>(createTheme());

export function useTheme(): Theme {
	return useContext(ThemeContext);
}
