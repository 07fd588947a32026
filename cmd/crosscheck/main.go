package main

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime/debug"
	"strings"

	"github.com/spf13/pflag"

	"github.com/crosscheck-news/crosscheck/internal/baseline"
	"github.com/crosscheck-news/crosscheck/internal/cache"
	"github.com/crosscheck-news/crosscheck/internal/compare"
	"github.com/crosscheck-news/crosscheck/internal/config"
	"github.com/crosscheck-news/crosscheck/internal/pipeline"
	"github.com/crosscheck-news/crosscheck/internal/report"
	"github.com/crosscheck-news/crosscheck/internal/suppress"
)

// Exit codes.
const (
	exitClean         = 0 // no new contradiction
	exitContradiction = 1 // at least one new contradiction (or stale entries with --fail-on-stale)
	exitError         = 2 // usage or input error
)

// version is set at build time with -ldflags "-X main.version=…"; otherwise it comes from the
// module's build information.
var version = ""

func main() {
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
}

const usage = `crosscheck finds facts that disagree across news articles on one story.

Usage:
  crosscheck check [flags] PATH...     report contradictions (the default command)
  crosscheck PATH...                   shorthand for check
  crosscheck claims [flags] PATH...    list every claim found

A PATH is an article file or a folder (read recursively for .md, .markdown, .txt, .html, .htm).
With --corpus, the PATHs are drafts, checked against each other and the published articles in
the corpus folders; only findings that involve a draft are reported.

Flags:
%s
Configuration: a .crosscheck.yaml in the current folder or above (or --config FILE) may set
rules, corpus, baseline, ignore, severity and fail-level; flags override it.

Examples:
  crosscheck testdata/corpus/quake
  crosscheck check --format json drafts/ published/
  crosscheck check --corpus archive/ draft.md
  crosscheck check --write-baseline .crosscheck-baseline.json stories/
  crosscheck check --baseline .crosscheck-baseline.json --format sarif stories/ > crosscheck.sarif
  crosscheck claims --format json story.md

Exit status: 0 no new contradiction, 1 at least one, 2 usage or input error.
`

type options struct {
	format         string
	rules          []string
	noDefaultRules bool
	corpus         []string
	baseline       string
	writeBaseline  string
	failOnStale    bool
	failLevel      string
	configPath     string
	noCache        bool
	cacheDir       string
	verbose        bool
	version        bool
	help           bool
}

var formats = map[string]bool{"table": true, "json": true, "sarif": true, "github": true, "markdown": true}

func run(args []string, stdout, stderr io.Writer) int {
	cmd := "check"
	if len(args) > 0 {
		switch args[0] {
		case "check", "claims":
			cmd, args = args[0], args[1:]
		case "help":
			args = []string{"--help"}
		case "version":
			args = []string{"--version"}
		}
	}
	var opt options
	fs := pflag.NewFlagSet("crosscheck", pflag.ContinueOnError)
	fs.SetOutput(io.Discard)
	fs.SortFlags = false
	fs.StringVar(&opt.format, "format", "table", "output format: table, json, sarif, github or markdown")
	fs.StringArrayVar(&opt.rules, "rules", nil, "more rule files or folders on top of the defaults (repeatable)")
	fs.BoolVar(&opt.noDefaultRules, "no-default-rules", false, "use only the rules given with --rules")
	fs.StringArrayVar(&opt.corpus, "corpus", nil, "a folder of published articles to check the drafts against (repeatable)")
	fs.StringVar(&opt.baseline, "baseline", "", "report the findings in this file as known, and fail only on new ones")
	fs.StringVar(&opt.writeBaseline, "write-baseline", "", "write every current finding to this file and exit 0")
	fs.BoolVar(&opt.failOnStale, "fail-on-stale", false, "fail when baseline entries match nothing any more")
	fs.StringVar(&opt.failLevel, "fail-level", "", "lowest severity that fails the run: error, warning or none (default error)")
	fs.StringVar(&opt.configPath, "config", "", "configuration file (default: .crosscheck.yaml here or above)")
	fs.BoolVar(&opt.noCache, "no-cache", false, "do not read or write the cache of corpus claims")
	fs.StringVar(&opt.cacheDir, "cache-dir", "", "folder for the cache of corpus claims (default: the user cache folder)")
	fs.BoolVarP(&opt.verbose, "verbose", "v", false, "list stale baseline entries and cache use")
	fs.BoolVar(&opt.version, "version", false, "print the version and exit")
	fs.BoolVarP(&opt.help, "help", "h", false, "print this help")
	if err := fs.Parse(args); err != nil {
		fmt.Fprintf(stderr, "crosscheck: %v\nRun 'crosscheck --help' for usage.\n", err)
		return exitError
	}
	if opt.help {
		fmt.Fprintf(stdout, usage, fs.FlagUsages())
		return exitClean
	}
	if opt.version {
		fmt.Fprintf(stdout, "crosscheck %s\n", versionString())
		return exitClean
	}
	if !formats[opt.format] || cmd == "claims" && opt.format != "table" && opt.format != "json" {
		want := "table, json, sarif, github or markdown"
		if cmd == "claims" {
			want = "table or json"
		}
		return usageError(stderr, "--format must be %s, not %q", want, opt.format)
	}
	if opt.baseline != "" && opt.writeBaseline != "" {
		return usageError(stderr, "--baseline and --write-baseline cannot be used together")
	}
	if opt.noCache && opt.cacheDir != "" {
		return usageError(stderr, "--no-cache and --cache-dir cannot be used together")
	}

	cfg, err := loadConfig(opt.configPath)
	if err != nil {
		return fail(stderr, err)
	}
	// Flags override the configuration file.
	if !fs.Changed("rules") {
		opt.rules = cfg.Rules
	}
	if !fs.Changed("corpus") {
		opt.corpus = cfg.Corpus
	}
	if !fs.Changed("baseline") && opt.writeBaseline == "" {
		opt.baseline = cfg.Baseline
	}
	if opt.failLevel == "" {
		opt.failLevel = cfg.FailLevel
	}
	if opt.failLevel == "" {
		opt.failLevel = "error"
	}
	if opt.failLevel != "error" && opt.failLevel != "warning" && opt.failLevel != "none" {
		return usageError(stderr, "--fail-level must be error, warning or none, not %q", opt.failLevel)
	}

	paths := fs.Args()
	if len(paths) == 0 {
		return usageError(stderr, "no articles given")
	}
	if opt.noDefaultRules && len(opt.rules) == 0 {
		return usageError(stderr, "--no-default-rules needs at least one --rules file")
	}
	rules, err := pipeline.LoadRules(opt.rules, opt.noDefaultRules)
	if err != nil {
		return fail(stderr, err)
	}
	popt := pipeline.Options{Paths: paths, Corpus: opt.corpus, Version: buildKey()}
	if cfg.Path != "" && len(cfg.Ignore) > 0 {
		popt.Ignore = cfg.Ignored
	}
	if len(opt.corpus) > 0 && !opt.noCache {
		dir := opt.cacheDir
		if dir == "" {
			if dir, err = cache.DefaultDir(); err != nil {
				fmt.Fprintf(stderr, "crosscheck: warning: no cache folder (%v); corpus claims are not cached\n", err)
			}
		}
		if dir != "" {
			c, err := cache.Open(dir)
			if err != nil {
				fmt.Fprintf(stderr, "crosscheck: warning: cache %s: %v; corpus claims are not cached\n", dir, err)
			} else {
				popt.Cache = c
			}
		}
	}

	// Output is built in memory and written once, so an error half-way leaves nothing behind.
	var out bytes.Buffer
	if cmd == "claims" {
		res, err := pipeline.Extract(popt, rules)
		if err != nil {
			return fail(stderr, err)
		}
		warn(stderr, res.Warnings)
		list := &report.ClaimList{Articles: res.Count, Claims: res.Claims}
		if opt.format == "json" {
			err = report.WriteClaimsJSON(&out, list)
		} else {
			err = report.WriteClaimsTable(&out, list)
		}
		if err != nil {
			return fail(stderr, err)
		}
		stdout.Write(out.Bytes())
		return exitClean
	}

	res, err := pipeline.Check(popt, rules)
	if err != nil {
		return fail(stderr, err)
	}
	warn(stderr, res.Warnings)
	if opt.verbose && len(opt.corpus) > 0 {
		fmt.Fprintf(stderr, "crosscheck: %d of %d articles' claims came from the cache\n", res.Cached, res.Count)
	}
	rep := &report.Report{Articles: res.Count, Claims: res.ClaimCount, Drafts: res.Drafts,
		Severity: map[string]string{}, Verbose: opt.verbose}
	// Severity: "off" drops a kind; the rest is kept for printers and the exit status.
	var kept []compare.Finding
	for _, f := range res.Findings {
		switch sev := cfg.Severity[string(f.Kind)]; sev {
		case "off":
			continue
		case "warning":
			rep.Severity[string(f.Kind)] = sev
		}
		kept = append(kept, f)
	}
	// Suppression comments in the articles.
	sup, err := suppressions(res, kept)
	if err != nil {
		return fail(stderr, err)
	}
	for _, f := range kept {
		if sup.Silences(f.Claims[0].Path, f.Claims[0].Line, string(f.Kind), f.Subject) ||
			sup.Silences(f.Claims[1].Path, f.Claims[1].Line, string(f.Kind), f.Subject) {
			rep.Suppressed++
			continue
		}
		rep.Findings = append(rep.Findings, f)
	}
	if opt.baseline != "" {
		b, err := baseline.Read(opt.baseline)
		if err != nil {
			return fail(stderr, err)
		}
		known, stale := b.Apply(rep.Findings)
		rep.Known, rep.Stale = known, len(stale)
		for _, e := range stale {
			rep.StaleList = append(rep.StaleList, e.String())
		}
	}
	switch opt.format {
	case "json":
		err = report.WriteJSON(&out, rep)
	case "sarif":
		err = report.WriteSARIF(&out, rep)
	case "github":
		err = report.WriteGitHub(&out, rep)
	case "markdown":
		err = report.WriteMarkdown(&out, rep)
	default:
		err = report.WriteTable(&out, rep)
	}
	if err != nil {
		return fail(stderr, err)
	}
	if opt.writeBaseline != "" {
		if err := baseline.Write(opt.writeBaseline, baseline.FromFindings(rep.Findings)); err != nil {
			return fail(stderr, err)
		}
		stdout.Write(out.Bytes())
		fmt.Fprintf(stderr, "crosscheck: wrote %d findings to %s\n", len(rep.Findings), opt.writeBaseline)
		return exitClean
	}
	stdout.Write(out.Bytes())
	if failing(rep, opt.failLevel) || opt.failOnStale && rep.Stale > 0 {
		return exitContradiction
	}
	return exitClean
}

// failing reports whether a new finding reaches the fail level.
func failing(rep *report.Report, level string) bool {
	if level == "none" {
		return false
	}
	for _, f := range rep.Findings {
		if !f.New {
			continue
		}
		if level == "warning" || rep.Severity[string(f.Kind)] != "warning" {
			return true
		}
	}
	return false
}

// suppressions reads the crosscheck-ignore comments of the files the findings stand in.
func suppressions(res *pipeline.Result, findings []compare.Finding) (suppress.Set, error) {
	set := suppress.Set{}
	for _, f := range findings {
		for _, c := range f.Claims {
			if _, done := set[c.Path]; done {
				continue
			}
			// Only the files a finding stands in are read again, for their comments.
			data, err := os.ReadFile(c.Path)
			if err != nil {
				return nil, err
			}
			ls := strings.Split(strings.ReplaceAll(string(data), "\r\n", "\n"), "\n")
			set[c.Path] = suppress.Parse(ls)
		}
	}
	return set, nil
}

func loadConfig(path string) (*config.Config, error) {
	if path == "" {
		wd, err := os.Getwd()
		if err != nil {
			return &config.Config{}, nil
		}
		if path, err = config.Find(wd); err != nil {
			return nil, err
		}
		if path == "" {
			return &config.Config{}, nil
		}
		if rel, err := filepath.Rel(wd, path); err == nil {
			path = rel
		}
	}
	return config.Load(path)
}

func usageError(stderr io.Writer, format string, args ...any) int {
	fmt.Fprintf(stderr, "crosscheck: "+format+"\nRun 'crosscheck --help' for usage.\n", args...)
	return exitError
}

func warn(stderr io.Writer, warnings []string) {
	for _, w := range warnings {
		fmt.Fprintf(stderr, "crosscheck: warning: %s\n", w)
	}
}

func fail(stderr io.Writer, err error) int {
	msg := err.Error()
	var pe *os.PathError
	if errors.As(err, &pe) {
		msg = pe.Path + ": " + pe.Err.Error()
	}
	fmt.Fprintf(stderr, "crosscheck: %s\n", strings.TrimSpace(msg))
	return exitError
}

// buildKey identifies this build for the cache: the version, and the executable's size and
// modification time, so that a rebuilt development binary never trusts claims an older build
// extracted.
func buildKey() string {
	key := versionString()
	if exe, err := os.Executable(); err == nil {
		if st, err := os.Stat(exe); err == nil {
			key += fmt.Sprintf(" %d %d", st.Size(), st.ModTime().UnixNano())
		}
	}
	return key
}

func versionString() string {
	if version != "" {
		return version
	}
	if bi, ok := debug.ReadBuildInfo(); ok && bi.Main.Version != "" {
		return bi.Main.Version
	}
	return "(devel)"
}
