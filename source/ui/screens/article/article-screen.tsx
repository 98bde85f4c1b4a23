import {Box} from 'ink';
import {useLayoutEffect, useRef} from 'react';
import {toSingleLine} from '../../../core/text/sanitize.js';
import {Footer, footerHeight} from '../../components/footer.js';
import {textFieldKeyAction} from '../../components/questions/use-text-field-state.js';
import {Spinner} from '../../components/spinner.js';
import {useKeys} from '../../hooks/use-keys.js';
import {compactRows, useTerminalSize} from '../../hooks/use-terminal-size.js';
import {bindings} from '../../keys.js';
import {ArticleInputView} from './article-input-view.js';
import {ArticleReviewView} from './article-review-view.js';
import {useArticleState, type ArticleState} from './use-article-state.js';
import {useArticleWork, type ArticleWork} from './use-article-work.js';

type Props = ArticleWork & {onBack: () => void};

/** "Quiz me on an article": a path or URL → its facts, for a look → a new pack, studied at once. */
export function ArticleScreen({onBack, ...work}: Props) {
	const {columns, rows} = useTerminalSize();
	const compact = rows < compactRows;
	const width = columns - (compact ? 0 : 2);
	const [state, dispatch] = useArticleState();
	useArticleWork(state, dispatch, work);

	// Keys in one burst (a pasted path and Enter) must not meet a stale phase; the reducer also ignores what a phase does not take.
	const phase = useRef(state.phase);
	useLayoutEffect(() => {
		phase.current = state.phase;
	});
	useKeys((input, key) => {
		if (phase.current === 'input') {
			if (bindings.backWhileTyping.matches(input, key)) onBack();
			else if (bindings.read.matches(input, key)) dispatch({type: 'submit'});
			else {
				const action = textFieldKeyAction(input, key);
				if (action) dispatch({type: 'edit', action});
			}
		} else if (phase.current === 'review') {
			if (bindings.back.matches(input, key)) dispatch({type: 'back'});
			else if (bindings.makeQuestions.matches(input, key)) dispatch({type: 'create'});
		}
	});

	const hints = footerHints(state, compact);
	const bottom = state.phase === 'creating' ? 1 + (compact ? 0 : 1) : footerHeight(hints, width, compact);
	return (
		<Box flexDirection="column" width={columns} paddingX={compact ? 0 : 1}>
			{state.draft && (state.phase === 'review' || state.phase === 'creating') ? (
				<ArticleReviewView draft={state.draft} width={width} height={rows - bottom} compact={compact} isActive={state.phase === 'review'} />
			) : (
				<ArticleInputView state={state} width={width} compact={compact} />
			)}
			{state.phase === 'creating' ? (
				<Box marginTop={compact ? 0 : 1}>
					<Spinner label={toSingleLine(state.step ?? '')} />
				</Box>
			) : (
				<Footer width={width} compact={compact} hints={hints} />
			)}
		</Box>
	);
}

function footerHints(state: ArticleState, compact: boolean): string[] {
	switch (state.phase) {
		case 'input':
			return [bindings.read.label, bindings.backWhileTyping.label];
		case 'review':
			return [compact ? '↑↓ PgUp PgDn' : '↑↓ scroll · PgUp/PgDn page', bindings.makeQuestions.label, bindings.back.label];
		default:
			return ['Ctrl+C quit'];
	}
}
