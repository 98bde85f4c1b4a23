import {Box} from 'ink';
import {useRef} from 'react';
import {emptyMessage, isEmpty, questionsRow} from '../../../core/stats/report-sections.js';
import {wrapWords, type ReportRow} from '../../../core/stats/report-text.js';
import {fit} from '../../../core/text/fit.js';
import type {Stats} from '../../../core/stats/stats.js';
import {toSingleLine} from '../../../core/text/sanitize.js';
import {Footer, footerHeight} from '../../components/footer.js';
import {StyledLines} from '../../components/styled-lines.js';
import {useKeys} from '../../hooks/use-keys.js';
import {compactRows, useTerminalSize} from '../../hooks/use-terminal-size.js';
import {bindings} from '../../keys.js';
import type {Line} from '../../layout/wrap.js';
import {useTheme, type Theme} from '../../theme.js';
import {pageRows, scrollRows, statsPages, tabsText} from './stats-pages.js';
import {useLeeches} from './use-leeches.js';
import {useRefState} from '../../hooks/use-ref-state.js';

export type StatsScreenProps = {
	stats: Stats;
	/** Takes a question out of study (or puts it back); the screen shows the change once it resolves. */
	onSuspend: (packId: string, questionId: string, suspended: boolean) => Promise<void>;
	onBack: () => void;
};

/** Reviews, retention, what is due, accuracy, exams and leeches, a page at a time (←→). */
export function StatsScreen({stats: given, onSuspend, onBack}: StatsScreenProps) {
	const theme = useTheme();
	const {columns, rows} = useTerminalSize();
	const compact = rows < compactRows;
	const width = columns - (compact ? 0 : 2);
	const [page, setPage, pageRef] = useRefState(0);
	const [scroll, setScroll, scrollRef] = useRefState(0);
	const leeches = useLeeches(given, onSuspend);
	const stats = leeches.stats;
	const empty = isEmpty(stats);
	const onLeeches = statsPages[page] === 'Leeches';
	const chosen = stats.leeches[leeches.cursor];

	const pageHints = compact ? ['←→ ↑↓'] : ['←→ page', onLeeches ? '↑↓ choose' : '↑↓ scroll'];
	const leechHint = onLeeches && chosen ? [(chosen.suspended ? bindings.unsuspend : bindings.suspend).label] : [];
	const hints = empty ? [bindings.back.label] : [...pageHints, ...leechHint, bindings.back.label];
	// The tabs, the blank line under them, and the footer.
	const height = Math.max(3, rows - 1 - (compact || empty ? 0 : 1) - footerHeight(hints, width, compact));

	const content = pageRows(stats, statsPages[page] ?? 'Overview', {width, compact, height}, leeches.cursor);
	const status: ReportRow[] = onLeeches && leeches.status ? [{text: fit(toSingleLine(leeches.status.text), width), tone: leeches.status.tone}] : [];
	const window = onLeeches ? leechWindow(content, status, height, leeches.cursor) : scrollRows(content, height, scroll);
	// The last scroll that still fills the window, for the key handler (see useRefState).
	const limit = useRef(0);
	limit.current = content.length <= height ? 0 : content.length - Math.max(1, height - 1);
	const scrollTo = (next: number) => setScroll(Math.max(0, Math.min(limit.current, next)));

	useKeys((input, key) => {
		if (bindings.back.matches(input, key)) onBack();
		else if (empty) return;
		else if (bindings.right.matches(input, key) || bindings.nextField.matches(input, key)) turn(1);
		else if (bindings.left.matches(input, key) || bindings.previousField.matches(input, key)) turn(-1);
		else if (statsPages[pageRef.current] === 'Leeches') leeches.onKey(input, key);
		else if (bindings.down.matches(input, key)) scrollTo(scrollRef.current + 1);
		else if (bindings.up.matches(input, key)) scrollTo(scrollRef.current - 1);
		else if (bindings.pageDown.matches(input, key)) scrollTo(scrollRef.current + height - 1);
		else if (bindings.pageUp.matches(input, key)) scrollTo(scrollRef.current - height + 1);
	});

	function turn(by: number) {
		setPage((pageRef.current + by + statsPages.length) % statsPages.length);
		setScroll(0);
		// The new page's limit is known only after it renders; until then, do not scroll past the top rows.
		limit.current = 0;
	}

	const header: ReportRow[] = empty ? [{text: 'Stats', tone: 'heading'}] : [{text: tabsText(page, width), tone: 'heading'}];
	const body: ReportRow[] = empty ? [...wrapWords(emptyMessage, width).map(text => ({text})), ...questionsRow(stats, {width, compact})] : window.rows;
	return (
		<Box flexDirection="column" width={columns} paddingX={compact ? 0 : 1}>
			<StyledLines lines={toLines(header, theme)} />
			<Box flexDirection="column" marginTop={compact || empty ? 0 : 1}>
				<StyledLines lines={toLines(body, theme)} />
			</Box>
			<Footer width={width} compact={compact} hints={hints} />
		</Box>
	);
}

/** The heading, the leeches around the chosen one, then the status line. */
function leechWindow(content: readonly ReportRow[], status: readonly ReportRow[], height: number, cursor: number) {
	const [heading, ...list] = content;
	const room = Math.max(1, height - 1 - status.length);
	const start = list.length <= room ? 0 : Math.max(0, Math.min(cursor - Math.floor(room / 2), list.length - room));
	return {rows: [...(heading ? [heading] : []), ...list.slice(start, start + room), ...status], scroll: 0};
}

function toLines(rows: readonly ReportRow[], theme: Theme): Line[] {
	const styles = {heading: {bold: true}, muted: {color: theme.muted}, good: {color: theme.good}, bad: {color: theme.bad}};
	return rows.map(row => [{text: row.text, style: row.tone ? styles[row.tone] : {}}]);
}
