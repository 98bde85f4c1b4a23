import type {Pack} from '../../schema.js';
import type {Exporter, ExportResult, SkippedQuestion} from '../types.js';
import {writeQuestion} from './write-question.js';

/**
 * A pack as a Moodle GIFT file: a comment header, a $CATEGORY: named after
 * the pack, then each question GIFT can hold, a blank line apart. Ordering
 * questions and clozes with more than one gap are listed in `skipped`.
 */
export function writeGift(pack: Pack): ExportResult {
	const skipped: SkippedQuestion[] = [];
	const questions: string[] = [];
	for (const question of pack.questions) {
		const written = writeQuestion(question);
		if ('skipped' in written) skipped.push({id: question.id, reason: written.skipped});
		else questions.push(written.gift);
	}
	const oneLine = (text: string) => text.replace(/\p{Cc}+/gu, ' ').trim();
	const header = [
		`// ${oneLine(pack.title)}`,
		`// factdrill pack "${pack.id}" in Moodle's GIFT format: ${questions.length} of ${pack.questions.length} questions`,
	];
	return {text: `${[header.join('\n'), `$CATEGORY: ${pack.id}`, ...questions].join('\n\n')}\n`, skipped};
}

export const giftExporter: Exporter = {format: 'gift', extension: 'gift', write: writeGift};
