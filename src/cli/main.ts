// The `civil-post` command line: checks posts in bulk with the same core the extension runs.

import { version } from '../../package.json';
import { parseCommandLine, UsageError } from './args.ts';
import { CHECK_HELP, MAIN_HELP, RULES_HELP } from './help.ts';
import { Output } from './output.ts';

const out = new Output(process.stdout);
let exitCode: 0 | 1 | 2 = 0;

// A reader that stops early (`civil-post rules | head`) closes the pipe: stop quietly, not with a stack trace.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(exitCode);
  process.stderr.write(`civil-post: cannot write the results (${error.message})\n`);
  process.exit(2);
});
process.stderr.on('error', () => {});

async function main(argv: string[]): Promise<0 | 1 | 2> {
  const command = parseCommandLine(argv);
  switch (command.kind) {
    case 'help': {
      const text = command.topic === 'check' ? CHECK_HELP : command.topic === 'rules' ? RULES_HELP : MAIN_HELP;
      if (command.toStderr) {
        process.stderr.write(text);
        return 2;
      }
      out.write(text);
      return 0;
    }
    case 'version':
      out.write(`civil-post ${version}\n`);
      return 0;
    // The checker (all its rules and word lists) loads only when needed, so help and --version answer at once.
    case 'rules':
      return (await import('./rules-command.ts')).runRules(command.format, out);
    case 'check':
      return (await import('./check-command.ts')).runCheck(command.options, {
        stdin: process.stdin,
        out,
        stdoutIsTTY: Boolean(process.stdout.isTTY),
        stdoutStream: process.stdout,
        stderr: process.stderr,
        env: process.env,
        cwd: process.cwd(),
        version,
        onStatus: (code) => (exitCode = code),
      });
  }
}

main(process.argv.slice(2)).then(
  (code) => {
    out.flush();
    process.exitCode = code;
  },
  (error: unknown) => {
    out.flush();
    if (error instanceof UsageError) process.stderr.write(`civil-post: ${error.message}\n`);
    else process.stderr.write(`civil-post: something went wrong inside Civil Post; please report this.\n${(error as Error).stack ?? String(error)}\n`);
    process.exitCode = 2;
  },
);
