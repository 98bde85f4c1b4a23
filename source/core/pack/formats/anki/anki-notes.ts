import {citation} from '../../../generate/candidate.js';
import {deriveSeed, seededRandom, shuffleAwayFrom} from '../../../random.js';
import {parseCloze} from '../../cloze.js';
import type {ClozeQuestion, Pack, Question} from '../../schema.js';
import {html, htmlList} from './anki-html.js';

/** The two fields of a note: Front and Back for "Basic", Text and Back Extra for "Cloze". */
export type AnkiNote = {notetype: 'Basic' | 'Cloze'; first: string; second: string};

/** Shuffled the same way on every export, so that re-importing changes nothing. */
function shuffled(items: readonly string[], pack: Pack, question: Question): string[] {
	return shuffleAwayFrom(items, seededRandom(deriveSeed(0, `${pack.id}:${question.id}`)));
}

/** The answer, the explanation, and the evidence with its source, as the back of the card. */
function extra(pack: Pack, question: Question, answer: string): string {
	const parts = [answer];
	if (question.explanation) parts.push(html(question.explanation));
	if (question.evidence) {
		const source = pack.sources.find(candidate => candidate.id === question.evidence?.source);
		const byline = source ? `${citation(source)}${source.outlet ? ` — ${source.title}` : ''}` : question.evidence.source;
		parts.push(`<i>“${html(question.evidence.text)}”</i><br>${html(byline)}`);
	}
	return parts.filter(part => part !== '').join('<br><br>');
}

/** Anki's cloze syntax has no escape: "::" inside an answer would start a hint, so it is broken up with a character reference. */
function clozeAnswer(answer: string): string {
	return html(answer).replaceAll('::', ':&#58;');
}

/** Gaps as {{c1::…}}, {{c2::…}}: one card per gap; the other accepted answers go on the back, not in a hint that would give them away. */
function clozeNote(pack: Pack, question: ClozeQuestion): AnkiNote {
	const segments = parseCloze(question.text);
	const text = segments
		.map(segment => (segment.kind === 'text' ? html(segment.text) : `{{c${segment.index + 1}::${clozeAnswer(segment.accepted[0] ?? '')}}}`))
		.join('');
	const gaps = segments.flatMap(segment => (segment.kind === 'gap' && segment.accepted.length > 1 ? [segment] : []));
	const several = segments.filter(segment => segment.kind === 'gap').length > 1;
	const also = gaps.map(gap => `${several ? `gap ${gap.index + 1}: ` : ''}${gap.accepted.slice(1).map(html).join(', ')}`);
	const alsoLine = also.length > 0 ? `Also accepted: ${also.join('; ')}` : '';
	return {notetype: 'Cloze', first: `${html(question.prompt)}<br><br>${text}`, second: extra(pack, question, alsoLine)};
}

export function ankiNote(pack: Pack, question: Question): AnkiNote {
	const prompt = html(question.prompt);
	const basic = (front: string, answer: string): AnkiNote => ({notetype: 'Basic', first: front, second: extra(pack, question, answer)});
	switch (question.type) {
		case 'choice': {
			return basic(`${prompt}${htmlList(question.options, 'ol', 'A')}`, html(question.answer));
		}
		case 'multi': {
			return basic(`${prompt} (choose all that apply)${htmlList(question.options, 'ol', 'A')}`, htmlList(question.answers, 'ul'));
		}
		case 'truefalse': {
			return basic(`${prompt}<br><br>True or false?`, question.answer ? 'True' : 'False');
		}
		case 'cloze': {
			return clozeNote(pack, question);
		}
		case 'short': {
			const tolerance = question.tolerance === undefined ? '' : ` (± ${question.tolerance})`;
			const also = question.accept.length > 0 ? `<br>Also accepted: ${question.accept.map(html).join(', ')}` : '';
			return basic(prompt, `${html(String(question.answer))}${tolerance}${also}`);
		}
		case 'order': {
			return basic(`${prompt}${htmlList(shuffled(question.items, pack, question), 'ul')}`, htmlList(question.items, 'ol'));
		}
		case 'match': {
			const lefts = question.pairs.map(pair => pair.left);
			const rights = shuffled(question.pairs.map(pair => pair.right), pack, question);
			const answer = `<ul>${question.pairs.map(pair => `<li>${html(pair.left)} → ${html(pair.right)}</li>`).join('')}</ul>`;
			return basic(`${prompt}${htmlList(lefts, 'ol')}${htmlList(rights, 'ol', 'a')}`, answer);
		}
	}
}
