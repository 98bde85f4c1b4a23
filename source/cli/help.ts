export const helpText = `factdrill — study the news in your terminal: who said what, when, which treaty

Usage
  factdrill                      open the home screen and pick a pack
  factdrill study [pack]         study a pack by id or .yaml path (default: the first pack)
  factdrill packs [--json]       list the packs, their questions and what you have mastered
  factdrill lint <file|dir…>     check packs; errors as file:line:col: message  [--json]
  factdrill extract <article…>   the body, title, outlet, date, quotes, dates, treaties and
                                 people of articles (files, - for stdin, http(s) URLs)
                                 [--json | --yaml] [--format text|html|markdown]
  factdrill generate <input…>    a question pack from articles (as for extract) or facts
                                 .yaml files from extract --yaml, corrected or not
                                 [-o pack.yaml [--force]] [--review] [--seed n]
                                 [--options n] [--format text|html|markdown]

Options
  --seed <n>           shuffle questions and options reproducibly; generate: same
                       seed and inputs, same pack
  -o, --output <file>  generate: write the pack to this file instead of printing it
  --review             generate: first go through the questions: keep, edit or drop
  --options <n>        generate: options per choice question, 2–6 (default 4)
  --force              generate: replace the -o file if it already exists
  --json               machine-readable output (packs, lint, extract)
  --yaml               extract: the facts in the pack format, to correct and generate from
  -h, --help           show this help
  -v, --version        print the version

Keys in the app
  1–9 answer · ↑↓ move · Enter choose · Space tick/pick up · q or Esc quit

Environment
  FACTDRILL_HOME   where progress and your own packs are kept
                   (default: ~/.config/factdrill on Linux)
  NO_COLOR         turn colour off; right and wrong are always shown by ✔/✘ and a word

Exit codes
  0 ok · 1 lint found errors or a command failed · 2 usage error or no terminal · 130 Ctrl+C
`;
