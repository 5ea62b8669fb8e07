// The `civil-post` command line: checks posts in bulk with the same core the extension runs.

import { readFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { parseLine, formatHuman } from './io.ts';
import { check, RULES, severityLabel, type Finding } from '../core/index.ts';

const USAGE = `Usage:
  civil-post check --jsonl          read JSON lines on stdin, write one result line per input
  civil-post check [--account official|personal] [--platform x|facebook|linkedin] [FILE]
                                    check the text of FILE (or stdin) and print findings
  civil-post rules                  list the rules

Exit status: 0 nothing at error severity, 1 an error-level finding, 2 bad input.`;

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  if (command === 'rules') return listRules();
  if (command !== 'check' || rest.includes('--help') || rest.includes('-h')) {
    process.stderr.write(`${USAGE}\n`);
    return command === '--help' || command === '-h' ? 0 : 2;
  }
  if (rest.includes('--jsonl')) return checkJsonLines();
  return checkText(rest);
}

async function checkJsonLines(): Promise<number> {
  const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
  let lineNo = 0;
  let worst = 0;
  for await (const line of lines) {
    lineNo++;
    if (!line.trim()) continue;
    const parsed = parseLine(line);
    if ('error' in parsed) {
      process.stderr.write(`civil-post: line ${lineNo}: ${parsed.error}\n`);
      worst = 2;
      continue;
    }
    const findings = check(parsed.post);
    process.stdout.write(`${JSON.stringify({ id: parsed.id, findings })}\n`);
    if (worst < 1 && hasError(findings)) worst = 1;
  }
  return worst;
}

async function checkText(args: string[]): Promise<number> {
  const account = valueOf(args, '--account');
  const platform = valueOf(args, '--platform');
  const file = args.find((a, i) => !a.startsWith('--') && !['--account', '--platform'].includes(args[i - 1] ?? ''));
  if (account && !['official', 'personal'].includes(account)) return usageError(`unknown account type "${account}"`);
  if (platform && !['x', 'facebook', 'linkedin'].includes(platform)) return usageError(`unknown platform "${platform}"`);
  let text: string;
  try {
    text = readFileSync(file ?? 0, 'utf8');
  } catch (error) {
    return usageError(`cannot read ${file ?? 'stdin'}: ${(error as Error).message}`);
  }
  const parsed = parseLine(JSON.stringify({ id: file ?? 'stdin', text: text.replace(/\n$/, ''), account, platform }));
  if ('error' in parsed) return usageError(parsed.error);
  const findings = check(parsed.post);
  process.stdout.write(formatHuman(parsed.post.text, findings));
  return hasError(findings) ? 1 : 0;
}

function listRules(): number {
  for (const r of RULES) {
    process.stdout.write(`${r.id.padEnd(32)} ${r.category.padEnd(16)} ${severityLabel(r).padEnd(14)} ${r.guidance.join(', ').padEnd(10)} ${r.description}\n`);
  }
  return 0;
}

const hasError = (findings: Finding[]) => findings.some((f) => f.severity === 'error');
const valueOf = (args: string[], flag: string) => {
  const i = args.indexOf(flag);
  return i >= 0 ? args[i + 1] : undefined;
};
function usageError(message: string): number {
  process.stderr.write(`civil-post: ${message}\n`);
  return 2;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`civil-post: ${(error as Error).stack ?? String(error)}\n`);
    process.exitCode = 2;
  },
);
