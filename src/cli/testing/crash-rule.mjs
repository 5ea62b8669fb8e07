// Loaded with `node --import` by the tests: makes one rule of the built core throw, as a bug in a rule would.
const { RULES } = await import(new URL('../../../dist/lib/index.js', import.meta.url).href);
const id = process.env.CIVIL_POST_TEST_CRASH_RULE ?? 'insult';
const rule = RULES.find((r) => r.id === id);
if (!rule) throw new Error(`no rule ${id}`);
rule.check = () => {
  throw new Error('simulated failure');
};
