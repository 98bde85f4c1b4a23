import {useMemo} from 'react';
import type {Fact, Source} from '../../core/pack/schema.js';
import {useTheme} from '../theme.js';
import {sharedSource} from './facts-header.js';
import {timelineItems} from './timeline-items.js';
import {timelineLines} from './timeline-lines.js';
import {TimelineView} from './timeline-view.js';
import {useTimelineScroll} from './use-timeline-scroll.js';

type Props = {
	facts: readonly Fact[];
	sources: readonly Source[];
	width: number;
	/** Rows for the list, its "more" rows included. */
	height: number;
	compact: boolean;
	/** Whether ↑↓ PgUp PgDn scroll it. */
	isActive: boolean;
};

/** Facts as a scrollable timeline; the one view behind the Facts screen and an article's quick look. */
export function FactsTimeline({facts, sources, width, height, compact, isActive}: Props) {
	const theme = useTheme();
	// One source for all is named in the header (factsHeaderLines), not under every fact.
	const items = useMemo(() => timelineItems(facts, sources, {withSource: !sharedSource(facts, sources)}), [facts, sources]);
	const lines = useMemo(() => items.map(item => timelineLines(item, {width, compact, theme})), [items, width, compact, theme]);
	const top = useTimelineScroll(
		lines.map(item => item.length),
		height,
		isActive,
	);
	return <TimelineView items={lines} top={top} width={width} height={height} />;
}
