// The popup's own layout on top of the shared page theme.

export const POPUP_CSS = `
body { width: 320px; margin: 0; }
main { padding: 12px 14px 14px; display: grid; gap: 10px; }
h1 { font-size: 16px; margin: 0; }
.count { font-size: 28px; font-weight: 700; margin: 0; line-height: 1.1; }
.counts { display: flex; flex-wrap: wrap; gap: 6px; margin: 0; padding: 0; list-style: none; }
.profile, .hint, .note { margin: 0; }
.hint { color: var(--muted); font-size: 12px; }
label.switch { display: flex; gap: 8px; align-items: center; min-height: 32px; }
label.switch input { width: 20px; height: 20px; }
.button { justify-self: start; min-height: 32px; padding: 4px 12px; border-radius: 4px; border: 1px solid var(--line); background: var(--card); color: var(--fg); cursor: pointer; }
`;
