package pipeline

import (
	"fmt"
	"runtime"
	"sort"
	"sync"

	"github.com/crosscheck-news/crosscheck/internal/article"
	"github.com/crosscheck-news/crosscheck/internal/claims"
	"github.com/crosscheck-news/crosscheck/internal/compare"
	"github.com/crosscheck-news/crosscheck/internal/normalize"
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
	// Read every article first: undated articles take their year from the story's latest date.
	parallel(len(files), func(i int) {
		a, err := article.Read(files[i])
		results[i] = done{a: a, err: err}
	})
	var storyDay normalize.Day
	for _, d := range results {
		if d.err == nil && d.a.Dated {
			p := d.a.Published
			day := normalize.Day{Year: p.Year(), Month: p.Month(), Day: p.Day()}
			if storyDay.Before(day) {
				storyDay = day
			}
		}
	}
	x := claims.NewExtractor(rules)
	parallel(len(files), func(i int) {
		if results[i].err == nil {
			results[i].claims = x.Extract(results[i].a, storyDay)
		}
	})

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

// parallel runs work(0..n-1) on all cores.
func parallel(n int, work func(i int)) {
	jobs := make(chan int)
	var wg sync.WaitGroup
	for w := 0; w < min(runtime.GOMAXPROCS(0), max(1, n)); w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range jobs {
				work(i)
			}
		}()
	}
	for i := 0; i < n; i++ {
		jobs <- i
	}
	close(jobs)
	wg.Wait()
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
