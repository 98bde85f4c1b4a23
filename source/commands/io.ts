/** Where a non-TUI command writes; tests pass their own. */
export type CommandIo = {
	stdout: (text: string) => void;
	stderr: (text: string) => void;
	env: NodeJS.ProcessEnv;
	cwd: string;
};

export function processIo(): CommandIo {
	return {
		stdout: text => process.stdout.write(text),
		stderr: text => process.stderr.write(text),
		env: process.env,
		cwd: process.cwd(),
	};
}
