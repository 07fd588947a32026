package pipeline

import (
	"fmt"
	"runtime"
	"sort"
	"sync"

	"github.com/crosscheck-news/crosscheck/internal/article"
	"github.com/crosscheck-news/crosscheck/internal/claims"
	"github.com/crosscheck-news/crosscheck/internal/compare"
	"github.com/crosscheck-news/crosscheck/internal/ruleset"
)

// LoadRules builds the rule set: the embedded defaults (unless noDefault), then each file or
// folder in extra, in order.
func LoadRules(extra []string, noDefault bool) (*ruleset.Set, error) {
	var r ruleset.Rules
	if !noDefault {
		d, err := ruleset.Default()
		if err != nil {
			return nil, fmt.Errorf("default rules: %w", err)
		}
		r = d
	}
	for _, p := range extra {
		if err := r.LoadPath(p); err != nil {
			return nil, err
		}
	}
	return ruleset.Compile(r)
}

// Result is what a run found.
type Result struct {
	Articles []*article.Article // in path order
	Claims   []claims.Claim     // in path, line, column order
	Findings []compare.Finding  // sorted
	Warnings []string           // "path: message" for files passed over
}

// Extract reads every article under paths and extracts its claims, using all cores.
func Extract(paths []string, rules *ruleset.Set) (*Result, error) {
	files, err := article.Expand(paths)
	if err != nil {
		return nil, err
	}
	type done struct {
		a      *article.Article
		claims []claims.Claim
		err    error
	}
	results := make([]done, len(files))
	x := claims.NewExtractor(rules)
	jobs := make(chan int)
	var wg sync.WaitGroup
	workers := min(runtime.GOMAXPROCS(0), max(1, len(files)))
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range jobs {
				a, err := article.Read(files[i])
				if err != nil {
					results[i] = done{err: err}
					continue
				}
				results[i] = done{a: a, claims: x.Extract(a)}
			}
		}()
	}
	for i := range files {
		jobs <- i
	}
	close(jobs)
	wg.Wait()

	res := &Result{}
	for i, d := range results {
		if d.err != nil {
			return nil, d.err
		}
		if len(d.a.Text) == 0 && d.a.Title == "" {
			res.Warnings = append(res.Warnings, fmt.Sprintf("%s: empty article, skipped", files[i]))
			continue
		}
		res.Articles = append(res.Articles, d.a)
		res.Claims = append(res.Claims, d.claims...)
	}
	sort.SliceStable(res.Claims, func(i, j int) bool {
		a, b := res.Claims[i], res.Claims[j]
		if a.Path != b.Path {
			return a.Path < b.Path
		}
		if a.Line != b.Line {
			return a.Line < b.Line
		}
		return a.Column < b.Column
	})
	return res, nil
}

// Check extracts and compares.
func Check(paths []string, rules *ruleset.Set) (*Result, error) {
	res, err := Extract(paths, rules)
	if err != nil {
		return nil, err
	}
	res.Findings = compare.Compare(res.Claims, rules)
	return res, nil
}
