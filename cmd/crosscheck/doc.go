// Crosscheck finds facts that disagree across news articles on one story.
//
// It reads the articles, pulls out the claims they make — counts of people killed, injured,
// missing, held, released; durations; dates of events; money; ages; lengths; people's names and
// titles — normalizes them, groups them by subject and reports every disagreement with both
// quotes and where they stand.
//
// Usage:
//
//	crosscheck check [flags] PATH...
//	crosscheck PATH...                 (shorthand for check)
//	crosscheck claims [flags] PATH...
//
// A PATH is an article file or a folder, read recursively for .md, .markdown, .txt, .html and
// .htm files. Markdown may start with YAML front matter (title, source, published, url); the
// published date places the article in time, so that a death toll may rise from one day to the
// next. An article without a date is not placed in time: its running totals are compared with
// nothing. Two figures are compared only when their referents agree field by field; the claims
// command lists each claim's referent, "?" marking a field the text does not resolve.
//
// The check command prints a table of contradictions, or JSON with --format json. The claims
// command lists every claim found, to show why something was or was not compared.
//
// Flags:
//
//	--format table|json|sarif|github|markdown   output format (default table)
//	--rules PATH              more rule files or folders on top of the defaults (repeatable)
//	--no-default-rules        use only the rules given with --rules
//	--corpus DIR              published articles to check the PATHs (drafts) against (repeatable)
//	--baseline FILE           findings in FILE are known and do not fail the run
//	--write-baseline FILE     write every current finding to FILE and exit 0
//	--fail-on-stale           fail when baseline entries match nothing any more
//	--fail-level LEVEL        lowest severity that fails the run: error, warning or none
//	--config FILE             configuration file (default: .crosscheck.yaml here or above)
//	--cache-dir DIR           where corpus claims are cached (default: the user cache folder)
//	--no-cache                do not cache corpus claims
//	-v, --verbose             list stale baseline entries and cache use
//	--version                 print the version and exit
//	-h, --help                print this help
//
// Examples:
//
//	crosscheck testdata/corpus/quake
//	crosscheck check --format json drafts/ published/
//	crosscheck claims --format json story.md
//	crosscheck --rules newsroom-rules.yaml stories/
//
// Exit status: 0 when there is no new contradiction, 1 when there is at least one (or stale
// baseline entries with --fail-on-stale), 2 on a usage or input error (the message,
// "crosscheck: path:line: what is wrong", goes to standard error).
package main
