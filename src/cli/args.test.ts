// The command line's arguments: util.parseArgs underneath, and every mistake told in words that name the flag.

import { describe, expect, it } from 'vitest';
import { parseCommandLine, UsageError, type CheckOptions } from './args.ts';

const check = (...argv: string[]): CheckOptions => {
  const command = parseCommandLine(['check', ...argv]);
  if (command.kind !== 'check') throw new Error(`expected check, got ${command.kind}`);
  return command.options;
};
const mistake = (...argv: string[]) => {
  try {
    parseCommandLine(argv);
  } catch (error) {
    expect(error).toBeInstanceOf(UsageError);
    return (error as Error).message;
  }
  throw new Error(`no error for ${argv.join(' ')}`);
};

describe('parseCommandLine', () => {
  it('takes any number of files, "-" for standard input, and standard input when none is given', () => {
    expect(check('a.txt', 'b.csv', '-').files).toEqual(['a.txt', 'b.csv', '-']);
    expect(check().files).toEqual(['-']);
    expect(check('--', '--odd-name.txt').files).toEqual(['--odd-name.txt']);
  });

  it('reads every option, in any order', () => {
    const o = check('cal.csv', '--format', 'csv', '--account', 'official', '--platform=x', '--config', 's.json', '--column', 'Post text', '--platform-column', 'Network', '--account-column', 'Type', '--id-column', 'Ref', '--no-header', '--delimiter', 'tab', '--no-progress');
    expect(o).toMatchObject({ files: ['cal.csv'], format: 'csv', account: 'official', platform: 'x', config: 's.json', column: 'Post text', platformColumn: 'Network', accountColumn: 'Type', idColumn: 'Ref', header: false, delimiter: '\t', progress: false });
  });

  it('--jsonl reads JSON lines and writes JSON lines unless --format says otherwise', () => {
    expect(check('--jsonl')).toMatchObject({ input: 'jsonl', format: 'jsonl' });
    expect(check('--jsonl', '--format', 'sarif')).toMatchObject({ input: 'jsonl', format: 'sarif' });
    expect(check('x.txt')).toMatchObject({ input: undefined, format: 'text' });
  });

  it('names an unknown flag, and the command it is not part of', () => {
    expect(mistake('check', '--acount', 'official')).toMatch(/^--acount is not an option of civil-post check\. Run civil-post check --help/);
    expect(mistake('rules', '-x')).toMatch(/^-x is not an option of civil-post rules/);
    expect(mistake('--colour')).toMatch(/^--colour is not an option of civil-post\b/);
  });

  it('names a flag whose value is missing, also when the next word is another flag', () => {
    expect(mistake('check', '--account')).toBe('--account needs a value: official or personal, as in --account official.');
    expect(mistake('check', '--account', '--jsonl')).toMatch(/^--account needs a value/);
    expect(mistake('check', '--format')).toMatch(/^--format needs a value: text, json, jsonl, csv, sarif/);
    expect(mistake('check', '--config')).toMatch(/^--config needs a value/);
    expect(mistake('check', '--column=')).toMatch(/^--column needs a value/);
    expect(mistake('check', '--jsonl=yes')).toBe('--jsonl is a switch and takes no value.');
  });

  it('says which values a flag takes', () => {
    expect(mistake('check', '--format', 'xml')).toBe('--format must be text, json, jsonl, csv or sarif (got "xml").');
    expect(mistake('check', '--account', 'work')).toBe('--account must be official or personal (got "work").');
    expect(mistake('check', '--platform', 'twitter')).toBe('--platform must be x, facebook or linkedin (got "twitter").');
    expect(mistake('check', '--delimiter', ':')).toMatch(/^--delimiter must be/);
    expect(mistake('rules', '--format', 'csv')).toMatch(/^--format for rules must be text or json/);
  });

  it('names a mistyped command instead of printing the usage with no message', () => {
    expect(mistake('chek', 'x.txt')).toBe('"chek" is not a civil-post command. The commands are check, rules, help; run civil-post --help for more.');
    expect(mistake('help', 'chek')).toMatch(/no help on "chek"/);
    expect(mistake('check', '-', '-')).toMatch(/only once/);
    expect(mistake('check', '--jsonl', '--input', 'csv')).toMatch(/--jsonl reads JSON lines/);
  });

  it('finds help and the version wherever they are asked for', () => {
    expect(parseCommandLine(['--help'])).toEqual({ kind: 'help', topic: 'main' });
    expect(parseCommandLine(['-h'])).toEqual({ kind: 'help', topic: 'main' });
    expect(parseCommandLine(['help'])).toEqual({ kind: 'help', topic: 'main' });
    expect(parseCommandLine(['help', 'check'])).toEqual({ kind: 'help', topic: 'check' });
    expect(parseCommandLine(['check', '--help'])).toEqual({ kind: 'help', topic: 'check' });
    expect(parseCommandLine(['check', 'x.txt', '-h'])).toEqual({ kind: 'help', topic: 'check' });
    expect(parseCommandLine(['rules', '--help'])).toEqual({ kind: 'help', topic: 'rules' });
    expect(parseCommandLine(['--version'])).toEqual({ kind: 'version' });
    expect(parseCommandLine(['check', '--version'])).toEqual({ kind: 'version' });
    expect(parseCommandLine([])).toEqual({ kind: 'help', topic: 'main', toStderr: true });
  });
});
