package main

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"runtime/debug"
	"strings"

	"github.com/spf13/pflag"

	"github.com/crosscheck-news/crosscheck/internal/pipeline"
	"github.com/crosscheck-news/crosscheck/internal/report"
)

// Exit codes.
const (
	exitClean         = 0 // no contradiction
	exitContradiction = 1 // at least one new contradiction
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

Flags:
%s
Examples:
  crosscheck testdata/corpus/quake
  crosscheck check --format json drafts/ published/
  crosscheck claims --format json story.md
  crosscheck --rules newsroom-rules.yaml stories/

Exit status: 0 no contradiction, 1 at least one, 2 usage or input error.
`

type options struct {
	format         string
	rules          []string
	noDefaultRules bool
	version        bool
	help           bool
}

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
	fs.StringVar(&opt.format, "format", "table", "output format: table or json")
	fs.StringArrayVar(&opt.rules, "rules", nil, "more rule files or folders on top of the defaults (repeatable)")
	fs.BoolVar(&opt.noDefaultRules, "no-default-rules", false, "use only the rules given with --rules")
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
	if opt.format != "table" && opt.format != "json" {
		fmt.Fprintf(stderr, "crosscheck: --format must be table or json, not %q\n", opt.format)
		return exitError
	}
	paths := fs.Args()
	if len(paths) == 0 {
		fmt.Fprintf(stderr, "crosscheck: no articles given\nRun 'crosscheck --help' for usage.\n")
		return exitError
	}
	if opt.noDefaultRules && len(opt.rules) == 0 {
		fmt.Fprintf(stderr, "crosscheck: --no-default-rules needs at least one --rules file\n")
		return exitError
	}
	rules, err := pipeline.LoadRules(opt.rules, opt.noDefaultRules)
	if err != nil {
		return fail(stderr, err)
	}
	// Output is built in memory and written once, so an error half-way leaves nothing behind.
	var out bytes.Buffer
	switch cmd {
	case "claims":
		res, err := pipeline.Extract(paths, rules)
		if err != nil {
			return fail(stderr, err)
		}
		warn(stderr, res.Warnings)
		list := &report.ClaimList{Articles: len(res.Articles), Claims: res.Claims}
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
	default:
		res, err := pipeline.Check(paths, rules)
		if err != nil {
			return fail(stderr, err)
		}
		warn(stderr, res.Warnings)
		rep := &report.Report{Articles: len(res.Articles), Claims: len(res.Claims), Findings: res.Findings}
		if opt.format == "json" {
			err = report.WriteJSON(&out, rep)
		} else {
			err = report.WriteTable(&out, rep)
		}
		if err != nil {
			return fail(stderr, err)
		}
		stdout.Write(out.Bytes())
		if rep.NewCount() > 0 {
			return exitContradiction
		}
		return exitClean
	}
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

func versionString() string {
	if version != "" {
		return version
	}
	if bi, ok := debug.ReadBuildInfo(); ok && bi.Main.Version != "" {
		return bi.Main.Version
	}
	return "(devel)"
}
