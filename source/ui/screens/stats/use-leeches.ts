import type {Key} from 'ink';
import {useState} from 'react';
import type {ReportTone} from '../../../core/stats/report-text.js';
import type {Leech, Stats} from '../../../core/stats/stats.js';
import {bindings} from '../../keys.js';
import {useRefState} from '../../hooks/use-ref-state.js';
import {errorMessage} from '../../../core/text/error-message.js';

type Status = {text: string; tone: ReportTone};

const keyOf = (leech: Leech) => `${leech.packId}\u0000${leech.questionId}`;

/**
 * The leech list's cursor and the suspensions made on this screen: a change
 * shows once onSuspend resolves; a failure is reported and changes nothing.
 */
export function useLeeches(given: Stats, onSuspend: (packId: string, questionId: string, suspended: boolean) => Promise<void>) {
	const [cursor, setCursor, cursorRef] = useRefState(0);
	const [changed, setChanged, changedRef] = useRefState<Record<string, boolean>>({});
	const [status, setStatus] = useState<Status | undefined>();
	const [, setSaving, savingRef] = useRefState(false);
	const withChanges = (changes: Record<string, boolean>) => given.leeches.map(leech => ({...leech, suspended: changes[keyOf(leech)] ?? leech.suspended}));
	const leeches = withChanges(changed);
	const last = Math.max(0, given.leeches.length - 1);

	function toggle() {
		const leech = withChanges(changedRef.current)[Math.min(cursorRef.current, last)];
		if (!leech || savingRef.current) return;
		const suspended = !leech.suspended;
		setSaving(true);
		setStatus({text: suspended ? 'Suspending…' : 'Unsuspending…', tone: 'muted'});
		onSuspend(leech.packId, leech.questionId, suspended).then(
			() => {
				setChanged({...changedRef.current, [keyOf(leech)]: suspended});
				setStatus({text: suspended ? '✔ Suspended: left out of study until you unsuspend it.' : '✔ Unsuspended: back in study.', tone: 'good'});
				setSaving(false);
			},
			(error: unknown) => {
				setStatus({text: `✘ Not saved: ${errorMessage(error)}`, tone: 'bad'});
				setSaving(false);
			},
		);
	}

	function onKey(input: string, key: Key) {
		if (bindings.down.matches(input, key)) setCursor(Math.min(last, cursorRef.current + 1));
		else if (bindings.up.matches(input, key)) setCursor(Math.max(0, cursorRef.current - 1));
		else if (bindings.suspend.matches(input, key)) toggle();
	}

	return {stats: {...given, leeches}, cursor: Math.min(cursor, last), status, onKey};
}
