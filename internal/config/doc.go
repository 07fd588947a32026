// Package config finds and reads .crosscheck.yaml, the file that tells crosscheck where a
// project keeps its rule files, corpus and baseline, which article paths to skip, how severe
// each kind of finding is and at which severity a run fails.
//
// Find walks up from a folder to the filesystem root and returns the first .crosscheck.yaml
// (or .crosscheck.yml) it meets. Load reads one file:
//
//	rules: rules/                   # a path or a list of paths
//	corpus: [archive, wires]        # a path or a list of paths
//	baseline: .crosscheck-baseline.json
//	ignore: ["**/drafts/*.md", "archive/2019/**", "*.txt"]
//	severity: {title: warning, weekday: off}
//	fail-level: error               # error (the default), warning or none
//
// Relative paths are resolved against the folder holding the file, so a configuration means
// the same thing from whichever folder crosscheck runs. A key that is present but empty is the
// same as an absent key. An unknown key, a value of the wrong type, an unknown finding kind or
// severity and a malformed glob are each an *Error naming the file and line.
//
// Ignore patterns are matched against the slash-separated article path relative to the
// configuration's folder, segment by segment: "*", "?" and "[…]" match within one segment
// (as in path.Match) and a "**" segment matches any number of segments, none included. As in
// .gitignore, a pattern without a slash matches at any depth ("*.txt" skips every text file),
// a pattern that matches a folder skips everything beneath it, and a trailing slash matches
// folders only.
package config
