/** Feedback a GIFT question gives for one answer. */
export type AnswerFeedback = {answer: string; feedback: string};

/**
 * factdrill has one explanation per question; GIFT has general feedback
 * (####…) and feedback per answer (#…). The explanation is the general
 * feedback, or else the right answer's feedback; every other answer's
 * feedback follows on its own line as "If you answered X: …", so nothing a
 * teacher wrote is lost.
 */
export function explanationOf(general: string, right: AnswerFeedback | undefined, others: readonly AnswerFeedback[]): string | undefined {
	const lines: string[] = [];
	const rest = [...others];
	if (general !== '') lines.push(general);
	if (right && right.feedback !== '') {
		if (general === '') lines.push(right.feedback);
		else rest.unshift(right);
	}
	for (const {answer, feedback} of rest) {
		if (feedback !== '') lines.push(`If you answered ${answer}: ${feedback}`);
	}
	return lines.length > 0 ? lines.join('\n') : undefined;
}
