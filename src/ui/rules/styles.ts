// Layout of the rule pages on top of the shared page theme.

export const RULES_CSS = `
body { margin: 0; }
main { max-width: 760px; margin: 0 auto; padding: 16px 20px 40px; }
h1 { font-size: 26px; margin: 8px 0 4px; }
h2 { font-size: 19px; margin: 24px 0 8px; }
.meta { display: flex; gap: 8px; flex-wrap: wrap; align-items: center; color: var(--muted); margin: 0 0 12px; }
.lead { font-size: 17px; }
.examples { list-style: none; padding: 0; display: grid; gap: 8px; }
.examples li { background: var(--card); border-left: 4px solid var(--line); padding: 8px 10px; border-radius: 4px; }
.examples--flagged li { border-left: 4px solid var(--error); }
.examples--fine li { border-left: 4px solid var(--ok); }
.context { display: block; color: var(--muted); font-size: 13px; }
mark { background: transparent; color: inherit; text-decoration: underline wavy var(--error) 2px; text-underline-offset: 3px; font-weight: 700; }
.guidance { padding-left: 20px; display: grid; gap: 8px; }
.sources { margin: 2px 0 0; padding-left: 18px; }
nav.crumbs { font-size: 14px; }
.rules { padding-left: 20px; }
.rules li { margin: 2px 0; }
@media (forced-colors: active) { mark { text-decoration-color: LinkText; } }
`;
