export const helpText = `factdrill — study the news in your terminal: who said what, when, which treaty

Usage
  factdrill                      open the home screen and pick a pack
  factdrill study [pack]         study what is due, then new questions: in one pack (by id or
                                 .yaml path), or with no pack in every pack
  factdrill exam [pack…]         a timed self-test across packs (default: the --pack files,
                                 else every pack), scored at the end; resumes an unfinished one
                                 [--count n] [--time 20m] [--pass 70] [--tags a,b] [--seed n]
                                 [--count-for-review] [--json]
  factdrill packs [--json]       list the packs: questions, due and new today, mastered
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
  factdrill stats [--json]       reviews per day, true retention, what is due, accuracy by
                                 pack and tag, exams, study streak and leeches
  factdrill export-log --csv     the review log in the FSRS optimizer's columns
                                 [-o file [--force]]
  factdrill settings [--json]    the study settings: retention, new-per-day,
                                 reviews-per-day, leech-lapses
  factdrill settings <name> <v>  change one, e.g. factdrill settings new-per-day 30
                                 [--for <pack>]  ("default" removes your value)

Options
  --seed <n>           shuffle questions and options reproducibly; generate, import:
                       same seed and inputs, same pack
  -o, --output <file>  write to this file instead of printing (never replaced without --force)
  --force              replace the -o file if it already exists
  --review             generate: first go through the questions: keep, edit or drop
  --options <n>        generate: options per choice question, 2–6 (default 4)
  --format <f>         the input's format (extract, generate, import) or the output's (export)
  --pack <file>        also read this pack file (home, study, exam, packs, export, stats,
                       export-log); repeatable
  --csv                export-log: write CSV (card_id, review_time, review_rating, …)
  --for <pack>         settings: new-per-day or reviews-per-day for this pack only
  --count <n>          exam: questions (default: the first pack's exam: count, else 30)
  --time <t>           exam: time allowed: 20m, 1h30m, 90s, or 45 (minutes); default the
                       pack's exam: time, else 20m. The clock stops while factdrill is closed
  --pass <percent>     exam: pass mark (default the pack's exam: pass, else 70)
  --tags <a,b>         exam: only questions tagged so (or in packs tagged so); repeatable
  --count-for-review   exam: the answers also count in the review schedule
  --fix                lint: fix what is safe to fix (missing ids, repeated options)
  --strict             lint: warnings fail too (exit 1)
  --json               machine-readable output (packs, lint, extract, stats, settings);
                       exam: the result on stdout (the screen goes to stderr if piped)
  --yaml               extract: the facts in the pack format, to correct and generate from
  -h, --help           show this help
  -v, --version        print the version

Keys in the app
  1–9 answer · ↑↓ move · Enter choose · Space tick/pick up · q or Esc quit
  home: d study all due · e exam · s stats · f facts of a pack · a quiz me on an article
  study: Ctrl+T hint · feedback 1–4 regrade (Again, Hard, Good, Easy) · u or Ctrl+Z undo
  stats: ←→ page · x suspend/unsuspend a leech
  exam: PgDn/PgUp (or ] [) next/back · Ctrl+G flag · Ctrl+S submit · Esc leave (saved)

Environment
  FACTDRILL_HOME   where progress and your own packs are kept
                   (default: ~/.config/factdrill on Linux)
  NO_COLOR         turn colour off; right and wrong are always shown by ✔/✘ and a word

Exit codes
  0 ok · 1 lint found errors or a command failed · 2 usage error or no terminal · 130 Ctrl+C
  exam: 0 passed (or left to finish later) · 1 not passed
`;
