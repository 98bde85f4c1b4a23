import {plural} from '../../core/text/plural.js';
import {questionKinds, type GeneratedQuestion} from '../../core/generate/types.js';

/** "38 questions (who-said 6, when 5, …) from 2 articles": what a run made, for its one-line report. */
export function generatedSummary(items: readonly GeneratedQuestion[], articleCount: number): string {
	const counts = questionKinds.flatMap(kind => {
		const count = items.filter(item => item.kind === kind).length;
		return count > 0 ? [`${kind} ${count}`] : [];
	});
	return `${plural(items.length, 'question')} (${counts.join(', ')}) from ${plural(articleCount, 'article')}`;
}
