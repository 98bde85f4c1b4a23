import {stripVTControlCharacters} from 'node:util';
import {render} from 'ink-testing-library';
import type {Stats} from '../../../../source/core/stats/stats.js';
import {StatsScreen} from '../../../../source/ui/screens/stats/stats-screen.js';
import {createTheme, ThemeContext} from '../../../../source/ui/theme.js';
import {keyDriver, resize, tick, until, type Size} from '../../questions/helpers.js';

export type {Size} from '../../questions/helpers.js';
export type SuspendCall = {packId: string; questionId: string; suspended: boolean};

export const keys = {left: '\u001B[D', right: '\u001B[C', up: '\u001B[A', down: '\u001B[B', escape: '\u001B'};

/** The stats screen alone at a size, with onSuspend and onBack recorded. */
export async function renderStats(stats: Stats, size: Size, options: {fail?: string} = {}) {
	const calls: SuspendCall[] = [];
	let backs = 0;
	const onSuspend = async (packId: string, questionId: string, suspended: boolean) => {
		calls.push({packId, questionId, suspended});
		if (options.fail) throw new Error(options.fail);
	};
	const instance = render(<></>);
	resize(instance.stdout, size);
	instance.rerender(
		<ThemeContext.Provider value={createTheme({NO_COLOR: '1'})}>
			<StatsScreen stats={stats} onSuspend={onSuspend} onBack={() => backs++} />
		</ThemeContext.Provider>,
	);
	const frame = () => stripVTControlCharacters(instance.lastFrame() ?? '');
	await until(() => frame() !== '' && instance.stdin.listenerCount('readable') > 0);
	await tick();
	return {
		calls,
		backs: () => backs,
		frame,
		...keyDriver(instance.stdin, frame),
	};
}

/** Problems with a frame at a size: too many lines, or lines too wide. */
export function overflow(frame: string, {columns, rows}: Size): string[] {
	const lines = frame.split('\n');
	const wide = lines.filter(line => [...line].length > columns).map(line => `wider than ${columns}: ${line}`);
	return [...(lines.length > rows ? [`${lines.length} lines for ${rows} rows`] : []), ...wide];
}
