// Runs axe-core on a page (or only Civil Post's shadow-root UI on a site), prints the results, returns the violations.

import AxeBuilder from '@axe-core/playwright';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Tab } from './tab.ts';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

interface Violation {
  id: string;
  impact?: string | null;
  help: string;
  nodes: { target: unknown; failureSummary?: string }[];
}

/** `include`: CSS selectors of the parts to check (their shadow trees too); the whole page when empty. */
export async function axe(tab: Tab, name: string, include: string[] = []): Promise<Violation[]> {
  let result: { violations: Violation[]; passes: unknown[]; incomplete: unknown[] };
  if (tab.raw.kind === 'playwright') {
    let builder = new AxeBuilder({ page: tab.raw.page }).withTags(TAGS);
    for (const sel of include) builder = builder.include(sel);
    result = (await builder.analyze()) as typeof result;
  } else {
    // Puppeteer over BiDi: the same axe-core engine, injected as a script.
    await tab.raw.page.evaluate(AXE_SOURCE);
    result = await tab.raw.page.evaluate(
      async (inc: string[], tags: string[]) => {
        const run = (window as unknown as { axe: { run(ctx: unknown, opts: unknown): Promise<unknown> } }).axe.run;
        const context = inc.length ? { include: inc.map((s) => [s]) } : document;
        const r = (await run(context, { runOnly: { type: 'tag', values: tags } })) as { violations: unknown[]; passes: unknown[]; incomplete: unknown[] };
        return JSON.parse(JSON.stringify({ violations: r.violations, passes: r.passes, incomplete: r.incomplete }));
      },
      include,
      TAGS,
    );
  }
  console.log(`axe ${name}: ${result.violations.length} violations, ${result.passes.length} rules passed, ${result.incomplete.length} to review`);
  for (const v of result.violations) {
    console.log(`  ${v.id} (${v.impact}): ${v.help}`);
    for (const n of v.nodes.slice(0, 5)) console.log(`    ${JSON.stringify(n.target)} ${n.failureSummary?.split('\n').slice(1, 3).join(' ') ?? ''}`);
  }
  return result.violations;
}
