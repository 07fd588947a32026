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
// next. Articles without a date are treated as contemporaneous with the rest.
//
// The check command prints a table of contradictions, or JSON with --format json. The claims
// command lists every claim found, to show why something was or was not compared.
//
// Flags:
//
//	--format table|json    output format (default table)
//	--rules PATH           more rule files or folders on top of the embedded defaults (repeatable)
//	--no-default-rules     use only the rules given with --rules
//	--version              print the version and exit
//	-h, --help             print this help
//
// Examples:
//
//	crosscheck testdata/corpus/quake
//	crosscheck check --format json drafts/ published/
//	crosscheck claims --format json story.md
//	crosscheck --rules newsroom-rules.yaml stories/
//
// Exit status: 0 when there is no contradiction, 1 when there is at least one, 2 on a usage or
// input error (the message, "crosscheck: path:line: what is wrong", goes to standard error).
package main
