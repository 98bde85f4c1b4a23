import {Box} from 'ink';
import type {ArticleDraft} from '../../../commands/quiz-article/quiz-article.js';
import {StyledLines} from '../../components/styled-lines.js';
import {useTheme} from '../../theme.js';
import {factsHeaderLines} from '../../timeline/facts-header.js';
import {FactsTimeline} from '../../timeline/facts-timeline.js';

type Props = {draft: ArticleDraft; width: number; height: number; compact: boolean; isActive: boolean};

/** A quick look at the facts found in the article before questions are made from them. */
export function ArticleReviewView({draft, width, height, compact, isActive}: Props) {
	const theme = useTheme();
	const {facts, sources} = draft.document;
	const header = factsHeaderLines('Facts found in the article', facts, sources, width, theme);
	const gap = compact ? 0 : 1;
	return (
		<Box flexDirection="column" width={width}>
			<StyledLines lines={header} />
			<Box marginTop={gap} flexDirection="column">
				<FactsTimeline facts={facts} sources={sources} width={width} height={Math.max(1, height - header.length - gap)} compact={compact} isActive={isActive} />
			</Box>
		</Box>
	);
}
