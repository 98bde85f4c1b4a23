import {parseCommand, UsageError, type Command} from './cli/arguments.js';
import {helpText} from './cli/help.js';
import {importWithoutFetch} from './cli/import-without-fetch.js';
import {processIo} from './commands/io.js';
import {packVersion} from './version.js';
import {errorMessage} from './core/text/error-message.js';

/**
 * Entry point. Commands that draw no screen must stay fast: ink and react are
 * only imported (lazily) by the commands that open the TUI.
 */
async function main(argv: readonly string[]): Promise<number> {
	const io = processIo();
	let command: Command;
	try {
		command = parseCommand(argv);
	} catch (error) {
		if (!(error instanceof UsageError)) throw error;
		io.stderr(`factdrill: ${error.message}\nRun factdrill --help for usage.\n`);
		return 2;
	}
	switch (command.name) {
		case 'help':
			io.stdout(helpText);
			return 0;
		case 'version':
			io.stdout(`${packVersion()}\n`);
			return 0;
		case 'lint': {
			const {runLint} = await import('./commands/lint.js');
			return runLint(command.files, io, {json: command.json, fix: command.fix, strict: command.strict});
		}
		case 'import': {
			const {runImport} = await import('./commands/transfer/run-import.js');
			return runImport(command.files, io, {format: command.format, output: command.output, force: command.force, seed: command.seed, readStdin});
		}
		case 'export': {
			const {runExport} = await import('./commands/transfer/run-export.js');
			return runExport(command.pack, io, {format: command.format, output: command.output, force: command.force, packFiles: command.packFiles});
		}
		case 'new': {
			const {runNew} = await import('./commands/author/run-new.js');
			return runNew(io, {output: command.output, interactive: isInteractive()});
		}
		case 'add': {
			const {runAdd} = await import('./commands/author/run-add.js');
			return runAdd(command.pack, io, {interactive: isInteractive()});
		}
		case 'extract': {
			const {runExtract} = await import('./commands/extract/run-extract.js');
			return runExtract(command.inputs, io, {output: command.output, format: command.format, readStdin});
		}
		case 'generate': {
			const {runGenerate} = await import('./commands/generate/run-generate.js');
			return runGenerate(command.inputs, io, {
				output: command.output,
				review: command.review,
				seed: command.seed,
				optionCount: command.optionCount,
				force: command.force,
				format: command.format,
				readStdin,
				interactive: isInteractive(),
			});
		}
		case 'packs': {
			const {runPacksCommand} = await import('./commands/packs-command.js');
			return runPacksCommand(io, {json: command.json, packFiles: command.packFiles});
		}
		case 'stats': {
			const {runStatsCommand} = await import('./commands/stats-command.js');
			return runStatsCommand(io, {json: command.json, packFiles: command.packFiles});
		}
		case 'export-log': {
			const {runExportLog} = await import('./commands/export-log.js');
			return runExportLog(io, {output: command.output, force: command.force, packFiles: command.packFiles});
		}
		case 'settings': {
			const {runSettings} = await import('./commands/settings.js');
			return runSettings(io, {name: command.setting, value: command.value, packId: command.packId, json: command.json});
		}
		case 'exam': {
			// With --json and stdout piped, the screen is drawn on stderr and only the result goes to stdout.
			const screen = process.stdout.isTTY ? process.stdout : command.json && process.stderr.isTTY ? process.stderr : undefined;
			if (!process.stdin.isTTY || !screen) {
				io.stderr(
					'factdrill: the exam screen needs an interactive terminal (stdin and stdout must be a TTY; with --json, stdin and stderr).\n',
				);
				return 2;
			}
			const {runExam} = await importWithoutFetch(() => import('./ui/run-exam.js'));
			return runExam(command, io, {stdin: process.stdin, stdout: screen});
		}
		case 'home':
		case 'study': {
			if (!process.stdin.isTTY || !process.stdout.isTTY) {
				io.stderr(
					'factdrill: the study screen needs an interactive terminal (stdin and stdout must be a TTY); for scripts use factdrill packs --json or factdrill lint.\n',
				);
				return 2;
			}
			const {runApp} = await importWithoutFetch(() => import('./ui/run-app.js'));
			return runApp(command, io);
		}
	}
}

function isInteractive(): boolean {
	return Boolean(process.stdin.isTTY && process.stdout.isTTY);
}

async function readStdin(): Promise<Uint8Array> {
	const chunks: Buffer[] = [];
	for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
	return Buffer.concat(chunks);
}

main(process.argv.slice(2)).then(
	code => {
		process.exitCode = code;
	},
	(error: unknown) => {
		const message = errorMessage(error);
		process.stderr.write(`factdrill: ${message}\n`);
		if (process.env['FACTDRILL_DEBUG'] && error instanceof Error) process.stderr.write(`${error.stack}\n`);
		process.exitCode = 1;
	},
);
