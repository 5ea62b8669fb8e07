// Reads the command line with Node's util.parseArgs and turns its errors into sentences that name the flag.

import { parseArgs, type ParseArgsConfig } from 'node:util';
import { ACCOUNTS, PLATFORMS, type Account, type Platform } from '../core/types.ts';

export const FORMATS = ['text', 'json', 'jsonl', 'csv', 'sarif'] as const;
export type Format = (typeof FORMATS)[number];
export const INPUT_KINDS = ['text', 'jsonl', 'csv'] as const;
export type InputKind = (typeof INPUT_KINDS)[number];

export interface CheckOptions {
  files: string[];
  format: Format;
  /** How to read every input; undefined means by each file's name (and text for standard input). */
  input: InputKind | undefined;
  account: Account | undefined;
  platform: Platform | undefined;
  config: string | undefined;
  column: string | undefined;
  platformColumn: string | undefined;
  accountColumn: string | undefined;
  idColumn: string | undefined;
  header: boolean;
  delimiter: string | undefined;
  progress: boolean;
}

export type Command =
  | { kind: 'help'; topic: 'main' | 'check' | 'rules'; toStderr?: boolean }
  | { kind: 'version' }
  | { kind: 'check'; options: CheckOptions }
  | { kind: 'rules'; format: 'text' | 'json' };

/** A mistake in the command line: the message is shown as it is, and the exit status is 2. */
export class UsageError extends Error {}

const CHECK_OPTIONS = {
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean' },
  format: { type: 'string', short: 'f' },
  jsonl: { type: 'boolean' },
  input: { type: 'string' },
  account: { type: 'string' },
  platform: { type: 'string' },
  config: { type: 'string' },
  column: { type: 'string' },
  'platform-column': { type: 'string' },
  'account-column': { type: 'string' },
  'id-column': { type: 'string' },
  'no-header': { type: 'boolean' },
  delimiter: { type: 'string' },
  'no-progress': { type: 'boolean' },
} as const satisfies ParseArgsConfig['options'];

const RULES_OPTIONS = {
  help: { type: 'boolean', short: 'h' },
  format: { type: 'string', short: 'f' },
} as const satisfies ParseArgsConfig['options'];

const TOP_OPTIONS = {
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean' },
} as const satisfies ParseArgsConfig['options'];

const COMMANDS = ['check', 'rules', 'help'];

export function parseCommandLine(argv: readonly string[]): Command {
  const [first, ...rest] = argv;
  if (first === undefined) return { kind: 'help', topic: 'main', toStderr: true };
  if (first.startsWith('-')) {
    const { values, positionals } = parse(argv, TOP_OPTIONS, 'civil-post', false);
    if (values.help) return { kind: 'help', topic: 'main' };
    if (values.version) return { kind: 'version' };
    throw new UsageError(`civil-post needs a command first, such as "civil-post check ${positionals[0] ?? 'FILE'}". Run civil-post --help to see them.`);
  }
  if (first === 'help') {
    const topic = rest[0];
    if (topic === undefined) return { kind: 'help', topic: 'main' };
    if (topic === 'check' || topic === 'rules') return { kind: 'help', topic };
    throw new UsageError(`there is no help on "${topic}": the commands are check and rules.`);
  }
  if (first === 'rules') return parseRules(rest);
  if (first === 'check') return parseCheck(rest);
  throw new UsageError(`"${first}" is not a civil-post command. The commands are ${COMMANDS.join(', ')}; run civil-post --help for more.`);
}

function parseRules(args: readonly string[]): Command {
  const { values, positionals } = parse(args, RULES_OPTIONS, 'rules', false);
  if (values.help) return { kind: 'help', topic: 'rules' };
  if (positionals.length) throw new UsageError(`civil-post rules takes no file names (got "${positionals[0]}").`);
  const format = values.format ?? 'text';
  if (format !== 'text' && format !== 'json') throw new UsageError(`--format for rules must be text or json (got "${format}").`);
  return { kind: 'rules', format };
}

function parseCheck(args: readonly string[]): Command {
  const { values, positionals } = parse(args, CHECK_OPTIONS, 'check', true);
  if (values.help) return { kind: 'help', topic: 'check' };
  if (values.version) return { kind: 'version' };
  const stdinCount = positionals.filter((p) => p === '-').length;
  if (stdinCount > 1) throw new UsageError('"-" (standard input) can be given only once.');
  if (values.jsonl && values.input && values.input !== 'jsonl') {
    throw new UsageError(`--jsonl reads JSON lines, which does not fit --input ${values.input}.`);
  }
  const options: CheckOptions = {
    files: positionals.length ? positionals : ['-'],
    format: oneOf('--format', values.format, FORMATS) ?? (values.jsonl ? 'jsonl' : 'text'),
    input: values.jsonl ? 'jsonl' : oneOf('--input', values.input, INPUT_KINDS),
    account: oneOf('--account', values.account, ACCOUNTS),
    platform: oneOf('--platform', values.platform, PLATFORMS),
    config: nonEmpty('--config', values.config),
    column: nonEmpty('--column', values.column),
    platformColumn: nonEmpty('--platform-column', values['platform-column']),
    accountColumn: nonEmpty('--account-column', values['account-column']),
    idColumn: nonEmpty('--id-column', values['id-column']),
    header: !values['no-header'],
    delimiter: delimiterOf(values.delimiter),
    progress: !values['no-progress'],
  };
  return { kind: 'check', options };
}

function parse<T extends NonNullable<ParseArgsConfig['options']>>(args: readonly string[], options: T, where: string, positionals: boolean) {
  try {
    return parseArgs({ args: [...args], options, allowPositionals: true, strict: true }) as {
      values: { [K in keyof T]?: T[K] extends { type: 'boolean' } ? boolean : string };
      positionals: string[];
    };
  } catch (error) {
    throw new UsageError(explain(error as Error & { code?: string }, where, options, positionals));
  }
}

/** Node's parseArgs messages are written for developers; say the same thing for everyone, naming the flag. */
function explain(error: Error & { code?: string }, where: string, options: object, positionals: boolean): string {
  // Node quotes the option as '--name', '-f, --name <value>' or '-x'; the long name is the one people type.
  const quoted = /'([^']*)'/.exec(error.message)?.[1] ?? '';
  const flag = /--[a-z][a-z-]*/.exec(quoted)?.[0] ?? /-[^\s,<=]+/.exec(quoted)?.[0] ?? '';
  const helpHint = where === 'civil-post' ? 'civil-post --help' : `civil-post ${where} --help`;
  switch (error.code) {
    case 'ERR_PARSE_ARGS_UNKNOWN_OPTION':
      return `${flag || 'that option'} is not an option of ${where === 'civil-post' ? 'civil-post' : `civil-post ${where}`}. Run ${helpHint} to see the options.${
        positionals ? ' (A file whose name starts with "-" goes after "--".)' : ''
      }`;
    case 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE': {
      const name = flag.replace(/^-+/, '');
      const spec = (options as Record<string, { type: string }>)[name];
      if (spec?.type === 'boolean') return `${flag} is a switch and takes no value.`;
      return `${flag} needs a value${example(name)}.`;
    }
    default:
      return `${error.message} Run ${helpHint} to see how to use it.`;
  }
}

function example(name: string): string {
  switch (name) {
    case 'account':
      return `: ${ACCOUNTS.join(' or ')}, as in --account official`;
    case 'platform':
      return `: ${PLATFORMS.join(', ')}, as in --platform x`;
    case 'format':
      return `: ${FORMATS.join(', ')}, as in --format csv`;
    case 'input':
      return `: ${INPUT_KINDS.join(', ')}`;
    case 'config':
      return ', the settings file exported from the options page, as in --config civil-post-settings.json';
    case 'delimiter':
      return ': , or ; or tab';
    default:
      return `, as in --${name} "Post text"`;
  }
}

function oneOf<T extends string>(flag: string, value: string | undefined, allowed: readonly T[]): T | undefined {
  if (value === undefined) return undefined;
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new UsageError(`${flag} must be ${allowed.join(', ').replace(/, ([^,]+)$/, ' or $1')} (got "${value}").`);
}

function nonEmpty(flag: string, value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  if (value.trim() === '') throw new UsageError(`${flag} needs a value${example(flag.slice(2))}.`);
  return value;
}

function delimiterOf(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  if (value === 'tab' || value === '\\t' || value === '\t') return '\t';
  if (value === ',' || value === ';' || value === '|') return value;
  throw new UsageError(`--delimiter must be , or ; or | or tab (got "${value}").`);
}
