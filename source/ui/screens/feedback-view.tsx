import {Box} from 'ink';
import type {Pack, Question, Source} from '../../core/pack/schema.js';
import {formatUntil} from '../../core/progress/progress.js';
import type {Grade} from '../../core/questions/response.js';
import type {Rating} from '../../core/schedule/card.js';
import {stripControl, toSingleLine} from '../../core/text/sanitize.js';
import {StyledLines} from '../components/styled-lines.js';
import {describeSource, findSource, sourceByline} from '../format.js';
import {shareLines} from '../layout/share.js';
import {textWidth} from '../layout/text-width.js';
import {clampLines, wrapSpans, type Line, type Span, type Style} from '../layout/wrap.js';
import {useTheme, type Theme} from '../theme.js';

type Props = {
	pack: Pack;
	question: Question;
	grade: Grade;
	/** The rating the answer was scheduled with, and when the question comes back. */
	schedule: {rating: Rating; nextInMs: number} | undefined;
	saveError: string | undefined;
	width: number;
	/** Rows available; explanation and evidence are cut first. */
	height: number;
	compact: boolean;
	/** Drawn before the verdict, such as the position when there is no header. */
	lead: string | undefined;
};

export const ratingWords: Record<Rating, string> = {again: 'Again', hard: 'Hard', good: 'Good', easy: 'Easy'};

/** A part of the feedback; `gap` is a blank row above it, drawn only when the part is. */
type Part = {key: string; lines: Line[]; gap: number; min: number};

/** Right or wrong (by symbol and word), the right answer, why, and the evidence behind it. */
export function FeedbackView({pack, question, grade, schedule, saveError, width, height, compact, lead}: Props) {
	const theme = useTheme();
	const parts = feedbackParts({pack, question, grade, schedule, saveError, theme, lead, width, gap: compact ? 0 : 1});
	// Most important first: the verdict and the right answer are never cut while there is room for them.
	const priority = ['verdict', 'answer', 'given', 'save', 'source', 'explanation', 'evidence'];
	const ranked = priority.flatMap(key => parts.filter(part => part.key === key));
	const shares = shareLines(
		ranked.map(part => ({natural: part.lines.length + part.gap, min: part.min + part.gap})),
		height,
	);
	const share = (part: Part) => shares[ranked.indexOf(part)] ?? 0;

	return (
		<Box flexDirection="column" width={width}>
			{parts.map(part =>
				share(part) > part.gap ? (
					<Box key={part.key} flexDirection="column" marginTop={part.gap}>
						<StyledLines lines={clampLines(part.lines, share(part) - part.gap, width)} />
					</Box>
				) : null,
			)}
		</Box>
	);
}

type Input = Pick<Props, 'pack' | 'question' | 'grade' | 'schedule' | 'saveError' | 'lead' | 'width'> & {theme: Theme; gap: number};

/** The parts in the order they are drawn. */
function feedbackParts({pack, question, grade, schedule, saveError, theme, lead, width, gap}: Input): Part[] {
	const muted = {color: theme.muted};
	const wrap = (spans: Span[]) => wrapSpans(spans, width);
	const verdict: Span[] = [
		...(lead ? [{text: `${lead} `, style: muted}] : []),
		{
			text: grade.correct ? `${theme.symbols.right} Right` : `${theme.symbols.wrong} Wrong`,
			style: {bold: true, color: grade.correct ? theme.good : theme.bad},
		},
		...(grade.note ? [{text: ` (${toSingleLine(grade.note)})`, style: muted}] : []),
		...(schedule ? [{text: ` · ${ratingWords[schedule.rating]} — ${schedule.nextInMs > 0 ? `next ${formatUntil(schedule.nextInMs)}` : 'again now'}`, style: muted}] : []),
	];
	const parts: Part[] = [{key: 'verdict', lines: wrap(verdict), gap: 0, min: 1}];
	if (!grade.correct) {
		const given = wrap([{text: 'You said: ', style: muted}, {text: toSingleLine(grade.given) || '(nothing)'}]);
		parts.push({key: 'given', lines: given, gap: 0, min: 1});
	}
	const answer = wrap([{text: 'Answer: ', style: muted}, {text: toSingleLine(grade.expected), style: {bold: true}}]);
	parts.push({key: 'answer', lines: answer, gap: 0, min: answer.length});
	if (question.explanation) {
		parts.push({key: 'explanation', lines: wrap([{text: stripControl(question.explanation)}]), gap, min: 1});
	}
	const evidence = question.evidence;
	if (evidence) {
		parts.push({key: 'source', lines: [sourceLine(findSource(pack, evidence.source), evidence.source, width, muted)], gap, min: 1});
		parts.push({key: 'evidence', lines: wrap([{text: `“${toSingleLine(evidence.text)}”`, style: {italic: true}}]), gap: 0, min: 1});
	}
	if (saveError) {
		const save = wrap([{text: `! Not saved: ${toSingleLine(saveError)}`, style: {color: theme.warning}}]);
		parts.push({key: 'save', lines: save, gap: 0, min: save.length});
	}
	return parts;
}

/**
 * One line naming the source. When the title does not fit, outlet and date
 * still show in full if they can: "Source: ANI, 26 Oct 2025" rather than a
 * date cut in half.
 */
function sourceLine(source: Source | undefined, sourceId: string, width: number, style: Style): Line {
	const full = `Source: ${source ? describeSource(source) : toSingleLine(sourceId)}`;
	const byline = source ? `Source: ${sourceByline(source)}` : full;
	const text = textWidth(full) <= width || textWidth(byline) + 4 <= width ? full : byline;
	return clampLines(wrapSpans([{text, style}], width), 1, width)[0] ?? [];
}
