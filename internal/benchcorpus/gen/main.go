// Command gen writes a deterministic corpus of news articles for benchmarks:
//
//	go run ./internal/benchcorpus/gen -articles 10000 -out DIR [-seed 1] [-stories 50] [-contradiction-rate 0.02] [-force]
//
// It writes DIR/story-NNN/article-NNNNN.md and prints one line: files, bytes and planted
// contradictions. It refuses to write into a folder that is not empty unless -force is given.
package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"

	"github.com/crosscheck-news/crosscheck/internal/benchcorpus"
)

func main() {
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
}

func run(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("gen", flag.ContinueOnError)
	fs.SetOutput(stderr)
	var cfg benchcorpus.Config
	fs.IntVar(&cfg.Articles, "articles", 10000, "number of articles")
	fs.IntVar(&cfg.Stories, "stories", 50, "number of stories")
	fs.Int64Var(&cfg.Seed, "seed", 1, "random seed; the same seed gives the same bytes")
	fs.Float64Var(&cfg.ContradictionRate, "contradiction-rate", 0.02, "chance that an article has one planted contradiction")
	out := fs.String("out", "", "folder to write the corpus into (required)")
	force := fs.Bool("force", false, "write into a folder that is not empty")
	if err := fs.Parse(args); err != nil {
		return 2
	}
	if *out == "" || fs.NArg() > 0 {
		fmt.Fprintln(stderr, "gen: -out DIR is required and no other arguments are taken")
		fs.Usage()
		return 2
	}
	if err := cfg.Validate(); err != nil {
		fmt.Fprintln(stderr, "gen:", err)
		return 2
	}
	if err := checkEmpty(*out, *force); err != nil {
		fmt.Fprintln(stderr, "gen:", err)
		return 1
	}
	made := map[string]bool{}
	write := func(path string, data []byte) error {
		full := filepath.Join(*out, filepath.FromSlash(path))
		if dir := filepath.Dir(full); !made[dir] {
			if err := os.MkdirAll(dir, 0o755); err != nil {
				return err
			}
			made[dir] = true
		}
		return os.WriteFile(full, data, 0o644)
	}
	st, err := benchcorpus.Generate(cfg, write)
	if err != nil {
		fmt.Fprintln(stderr, "gen:", err)
		return 1
	}
	fmt.Fprintf(stdout, "wrote %d files, %d bytes, %d planted contradictions to %s\n",
		st.Articles, st.Bytes, st.Planted, *out)
	return 0
}

// checkEmpty refuses a folder that holds anything, unless force is set.
func checkEmpty(dir string, force bool) error {
	entries, err := os.ReadDir(dir)
	switch {
	case errors.Is(err, os.ErrNotExist):
		return nil
	case err != nil:
		return err
	case len(entries) > 0 && !force:
		return fmt.Errorf("%s is not empty (use -force to write into it)", dir)
	}
	return nil
}
