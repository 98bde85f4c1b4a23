export const helpText = `factdrill — study the news in your terminal: who said what, when, which treaty

Usage
  factdrill                      open the home screen and pick a pack
  factdrill study [pack]         study a pack by id or .yaml path (default: the first pack)
  factdrill packs [--json]       list the packs, their questions and what you have mastered
  factdrill lint <file|dir…>     check packs: file:line:col: error|warning: message [rule]
                                 [--json] [--fix] [--strict]
  factdrill extract <article…>   the body, title, outlet, date, quotes, dates, treaties and
                                 people of articles (files, - for stdin, http(s) URLs)
                                 [--json | --yaml] [--format text|html|markdown]
  factdrill generate <input…>    a question pack from articles (as for extract) or facts
                                 .yaml files from extract --yaml, corrected or not
                                 [-o pack.yaml [--force]] [--review] [--seed n]
                                 [--options n] [--format text|html|markdown]
  factdrill new [-o pack.yaml]   write a new pack, question by question, with a wizard
  factdrill add <pack>           add questions to a pack, keeping its comments and layout
  factdrill import <file…>       a pack from Moodle GIFT, Aiken or CSV term lists
                                 [--format gift|aiken|csv] [-o pack.yaml [--force]]
  factdrill export <pack>        a pack as GIFT, Aiken, Anki, CSV or a printable Markdown test
                                 --format gift|aiken|anki|csv|md [-o file [--force]]

Options
  --seed <n>           shuffle questions and options reproducibly; generate, import:
                       same seed and inputs, same pack
  -o, --output <file>  write to this file instead of printing (never replaced without --force)
  --force              replace the -o file if it already exists
  --review             generate: first go through the questions: keep, edit or drop
  --options <n>        generate: options per choice question, 2–6 (default 4)
  --format <f>         the input's format (extract, generate, import) or the output's (export)
  --pack <file>        also read this pack file (home, study, packs, export); repeatable
  --fix                lint: fix what is safe to fix (missing ids, repeated options)
  --strict             lint: warnings fail too (exit 1)
  --json               machine-readable output (packs, lint, extract)
  --yaml               extract: the facts in the pack format, to correct and generate from
  -h, --help           show this help
  -v, --version        print the version

Keys in the app
  1–9 answer · ↑↓ move · Enter choose · Space tick/pick up · q or Esc quit
  home: f facts of a pack · a quiz me on an article

Environment
  FACTDRILL_HOME   where progress and your own packs are kept
                   (default: ~/.config/factdrill on Linux)
  NO_COLOR         turn colour off; right and wrong are always shown by ✔/✘ and a word

Exit codes
  0 ok · 1 lint found errors or a command failed · 2 usage error or no terminal · 130 Ctrl+C
`;
