import type {CommandIo} from '../../source/commands/io.js';

/** A CommandIo that collects what a command prints, for assertions. */
export function captureIo(cwd: string, env: NodeJS.ProcessEnv = {}) {
	const output = {stdout: '', stderr: ''};
	const io: CommandIo = {
		stdout: text => {
			output.stdout += text;
		},
		stderr: text => {
			output.stderr += text;
		},
		env,
		cwd,
	};
	return {io, output};
}
