// The help pages, written for a comms officer rather than a developer, with examples to copy.

const RUNNING = `How to run it (nothing is downloaded, nothing you check leaves this computer):
  In the Civil Post folder, after "npm ci":   npx --no-install civil-post check draft.txt
                                    or:       npm exec --no -- civil-post check draft.txt
  To type just "civil-post" anywhere, install it once from that folder:   npm install --global .
  Do not type "npx civil-post" without --no-install: outside the Civil Post folder that would
  download and run a stranger's package that happens to have the same name.`;

const EXIT = `What the result means (the exit status, for scripts):
  0  no finding at error level (warnings and info may still be worth a look)
  1  at least one finding at error level: do not publish that post as it is
  2  something was not checked: a file could not be read, a row or line was malformed,
     the settings file has a problem, or one of the checks crashed`;

export const MAIN_HELP = `Civil Post checks social media posts against the civil service guidance before they go out.

Usage:
  civil-post check FILE...       check the posts in one or more files
  civil-post rules               list everything Civil Post checks for
  civil-post help check          all the options of check, with examples
  civil-post --version           which version this is

A FILE can be a plain text file (the whole file is one post), a content calendar saved as
CSV (one post per row) or JSON lines (one post per line). Use - to check what you type or paste.

Examples:
  civil-post check draft.txt
  civil-post check --account official calendar.csv
  civil-post check calendar.csv --format csv > calendar-checked.csv

${RUNNING}

${EXIT}
`;

export const CHECK_HELP = `civil-post check: check posts before they are published.

Usage:
  civil-post check [options] FILE...
  civil-post check [options] -        check what you type or paste (finish with Ctrl-D on a new line)

Give as many files as you like. How each is read depends on its name:
  calendar.csv, calendar.tsv     a content calendar: one post per row, the post text in a column
                                 named Text, Message, Post, Caption or Content (see --column)
  posts.jsonl                    JSON lines: one post per line, {"id": 1, "text": "..."}
  anything else (draft.txt)      plain text: the whole file is one post

Who is posting, and where:
  --account official|personal    an official account speaks for the department; a personal account
                                 is your own (the default, unless your settings file says otherwise)
  --platform x|facebook|linkedin where the posts will go (checks the length limit)
  --config FILE                  your settings, exported from the Civil Post options page: department,
                                 its handles, internal codewords, words never to flag, rules switched off

Content calendars (CSV):
  --column NAME                  the column with the post text, by name or number (--column 2)
  --platform-column NAME         the column saying where each post goes (found by itself when it is
                                 called Platform, Network, Social network or Channel)
  --account-column NAME          the column saying official or personal for each post (found by
                                 itself when it is called Account type)
  --id-column NAME               the column that names each post in the results (default: ID, if any)
  --no-header                    the first row is a post, not column names (give columns by number)
  --delimiter ,|;|tab            what separates the cells (found from the first row if not given)
  A value in a row beats --account and --platform; an empty cell takes them.

What to print:
  --format text                  for people (the default): file:line:column, how serious, the rule,
                                 what is wrong, the guidance it comes from, and a summary
  --format csv                   the calendar back, every row in its place, with columns added for
                                 the number of errors, warnings and info, the findings in words, and
                                 why a row could not be checked. Save it with > checked.csv
  --format json                  one JSON document with every result and a summary
  --format jsonl                 one JSON line per post, in the same order as the posts
  --format sarif                 SARIF 2.1.0, for code-review tools
  --jsonl                        read JSON lines (from standard input or the files given) and write
                                 one JSON line per input line: {"id", "findings"} or {"id", "error"}
  --input text|csv|jsonl         read every file this way, whatever its name
  --no-progress                  no progress bar (it only ever shows on a terminal, for long files)
  -h, --help                     this help

Examples:
  civil-post check draft.txt
  civil-post check --account official --platform x monday.txt tuesday.txt
  civil-post check calendar.csv
  civil-post check calendar.csv --column "Post text" --platform-column Network
  civil-post check --config civil-post-settings.json --format csv calendar.csv > calendar-checked.csv
  civil-post check --jsonl < posts.jsonl > results.jsonl
  civil-post check --format sarif posts/*.txt > civil-post.sarif

A row or line that cannot be read is never dropped: it is reported by its number, and in
--format csv or jsonl it keeps its place with the reason, so results always line up with the input.

${RUNNING}

${EXIT}
`;

export const RULES_HELP = `civil-post rules: list everything Civil Post checks for.

Usage:
  civil-post rules                  one rule per line: its name, what kind of problem, how serious,
                                    the guidance lines it enforces, and what it looks for
  civil-post rules --format json    the same as JSON

The names are the ones the check results show, and the ones a settings file uses to switch a rule
off or change how serious it is.
`;
