// --format sarif: a SARIF 2.1.0 log, so the findings show in code-review tools beside the file they are in.

import { isAbsolute, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { ArtifactLocation, Location, Log, Notification, ReportingDescriptor, Result as SarifResult } from 'sarif';
import { GUIDANCE, RULES, severityFor, type Finding, type Severity } from '../../core/index.ts';
import type { Result } from '../items.ts';
import type { Output } from '../output.ts';
import type { Source } from '../read-input.ts';
import { fileRange, guidanceLines, type Reporter, type Tally } from './common.ts';

const SCHEMA = 'https://docs.oasis-open.org/sarif/sarif/v2.1.0/os/schemas/sarif-schema-2.1.0.json';
const LEVEL: Record<Severity, SarifResult.level> = { error: 'error', warning: 'warning', info: 'note' };
const RULE_INDEX = new Map(RULES.map((r, i) => [r.id, i]));

export function sarifReporter(out: Output, version: string, cwd: string): Reporter {
  const results: SarifResult[] = [];
  const notifications: Notification[] = [];
  const artifacts = new Map<string, ArtifactLocation>();
  const artifactOf = (source: Source): ArtifactLocation => {
    if (source.path === undefined) return { description: { text: 'standard input' } };
    const location = artifactLocation(source.path);
    if (!artifacts.has(source.path)) artifacts.set(source.path, location);
    return { ...location, index: [...artifacts.keys()].indexOf(source.path) };
  };
  const notify = (level: Notification['level'], text: string, source: Source, line?: number, rule?: string) => {
    const n: Notification = { level, message: { text }, locations: [{ physicalLocation: { artifactLocation: artifactOf(source), ...(line ? { region: { startLine: line } } : {}) } }] };
    if (rule && RULE_INDEX.has(rule)) n.associatedRule = { id: rule, index: RULE_INDEX.get(rule)! };
    notifications.push(n);
  };

  return {
    result(r) {
      const place = r.row !== undefined ? `row ${r.row}` : r.kind === 'jsonl' ? `line ${r.line}` : '';
      if (r.error !== undefined) notify('error', `${r.source.name}${place ? ` ${place}` : ''} was not checked: ${r.error}`, r.source, r.line);
      for (const failure of r.failures) {
        notify('error', `The "${failure.rule}" check crashed on ${r.source.name}${place ? ` ${place}` : ''} (${failure.error}); its findings are missing.`, r.source, r.line, failure.rule);
      }
      for (const f of r.findings) results.push(sarifResult(r, f, artifactOf(r.source)));
    },
    fileError(source, message) {
      notify('error', message, source);
    },
    end(t: Tally) {
      const log: Log = {
        $schema: SCHEMA,
        version: '2.1.0',
        runs: [
          {
            tool: { driver: { name: 'Civil Post', semanticVersion: version, version, rules: RULES.map(ruleDescriptor) } },
            invocations: [{ executionSuccessful: t.exitCode() !== 2, exitCode: t.exitCode(), toolExecutionNotifications: notifications }],
            originalUriBaseIds: { SRCROOT: { uri: pathToFileURL(cwd.endsWith(sep) ? cwd : cwd + sep).href } },
            artifacts: [...artifacts.values()].map((location) => ({ location, encoding: 'utf-8' })),
            columnKind: 'utf16CodeUnits',
            results,
          },
        ],
      };
      out.write(`${JSON.stringify(log, null, 2)}\n`);
    },
  };
}

function sarifResult(r: Result, f: Finding, artifact: ArtifactLocation): SarifResult {
  const range = fileRange(r, f);
  const region = range
    ? { startLine: range.start.line, startColumn: range.start.column, endLine: range.end.line, endColumn: range.end.column }
    : { startLine: r.line };
  const location: Location = { physicalLocation: { artifactLocation: artifact, region } };
  const properties: Record<string, unknown> = { category: f.category, guidance: f.guidance, start: f.start, end: f.end };
  if (f.suggestion) properties.suggestion = f.suggestion;
  if (r.row !== undefined) properties.row = r.row;
  if (r.kind !== 'text') properties.postId = r.id;
  return {
    ruleId: f.rule,
    ...(RULE_INDEX.has(f.rule) ? { ruleIndex: RULE_INDEX.get(f.rule)! } : {}),
    level: LEVEL[f.severity],
    message: { text: f.suggestion ? `${f.message} Try: ${f.suggestion}` : f.message },
    locations: [location],
    properties,
  };
}

function ruleDescriptor(rule: (typeof RULES)[number]): ReportingDescriptor {
  const guidance = guidanceLines(rule.guidance.join(', '));
  return {
    id: rule.id,
    name: rule.id.replace(/-([a-z])/g, (_, ch: string) => ch.toUpperCase()),
    shortDescription: { text: rule.description },
    fullDescription: { text: `${rule.description} Guidance: ${guidance.join(' ')}` },
    help: { text: guidance.join('\n') },
    // Some rules are more serious from an official account; the default is the personal one, each result has its own.
    defaultConfiguration: { level: LEVEL[severityFor(rule, 'personal')] },
    properties: { category: rule.category, severity: { official: severityFor(rule, 'official'), personal: severityFor(rule, 'personal') }, tags: [rule.category, ...rule.guidance], guidance: rule.guidance.map((id) => ({ id, text: GUIDANCE[id] })) },
  };
}

/** A relative path stays relative to the folder civil-post ran in; each part is percent-encoded so it is a valid URI. */
function artifactLocation(path: string): ArtifactLocation {
  if (isAbsolute(path)) return { uri: pathToFileURL(path).href };
  return { uri: path.split(sep).map(encodeURIComponent).join('/'), uriBaseId: 'SRCROOT' };
}
