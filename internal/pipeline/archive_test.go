package pipeline_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/crosscheck-news/crosscheck/internal/benchcorpus"
	"github.com/crosscheck-news/crosscheck/internal/cache"
	"github.com/crosscheck-news/crosscheck/internal/pipeline"
	"github.com/google/go-cmp/cmp"
)

// archiveFixture writes a generated archive of several stories and three drafts beside it: a
// copy of an archive article with one figure changed, an article of another story moved to a
// later day, and an article about nothing in the archive.
func archiveFixture(t *testing.T) (dir string, drafts []string) {
	t.Helper()
	dir = t.TempDir()
	var first []string
	_, err := benchcorpus.Generate(benchcorpus.Config{Articles: 120, Stories: 4, Seed: 7, ContradictionRate: 0.05},
		func(path string, data []byte) error {
			write(t, filepath.Join(dir, "archive", filepath.FromSlash(path)), string(data))
			if strings.HasSuffix(path, "01.md") || len(first) < 2 {
				first = append(first, string(data))
			}
			return nil
		})
	if err != nil {
		t.Fatal(err)
	}
	// The body's first figure changed: the front matter is left alone.
	head, body, _ := strings.Cut(strings.TrimPrefix(first[0], "---\n"), "\n---\n")
	changed := "---\n" + head + "\n---\n" + strings.Replace(body, "1", "7", 2)
	moved := strings.Replace(first[len(first)-1], "published: 2026", "published: 2027", 1)
	unrelated := "---\npublished: 2026-09-01\n---\nThe Orvane festival drew 12,000 people, organisers said.\n\nMayor Tessa Kald opened it on Friday, September 4.\n"
	for i, text := range []string{changed, moved, unrelated} {
		p := filepath.Join(dir, "drafts", string(rune('a'+i))+".md")
		write(t, p, text)
		drafts = append(drafts, p)
	}
	return dir, drafts
}

type runSummary struct {
	Findings   []string
	Count      int
	ClaimCount int
	Warnings   []string
}

func summarize(res *pipeline.Result) runSummary {
	s := runSummary{Count: res.Count, ClaimCount: res.ClaimCount, Warnings: res.Warnings}
	for _, f := range res.Findings {
		s.Findings = append(s.Findings, findingLine(f)+" "+f.Fingerprint)
	}
	return s
}

// TestArchiveIndex checks that a second check of drafts against an unchanged archive reads only
// the drafts, from the archive's index, and finds exactly what a run without any cache finds;
// and that any change to the archive is seen.
func TestArchiveIndex(t *testing.T) {
	dir, drafts := archiveFixture(t)
	rules, err := pipeline.LoadRules(nil, false)
	if err != nil {
		t.Fatal(err)
	}
	c, err := cache.Open(filepath.Join(t.TempDir(), "cache"))
	if err != nil {
		t.Fatal(err)
	}
	archive := filepath.Join(dir, "archive")
	noCache := pipeline.Options{Paths: drafts, Corpus: []string{archive}}
	cached := noCache
	cached.Cache, cached.Version = c, "test"

	check := func(opt pipeline.Options) *pipeline.Result {
		t.Helper()
		res, err := pipeline.Check(opt, rules)
		if err != nil {
			t.Fatal(err)
		}
		return res
	}
	want := check(noCache)
	if len(want.Findings) == 0 {
		t.Fatal("the fixture gives no finding; the test would check nothing")
	}
	first := check(cached)
	if first.Read != want.Count {
		t.Errorf("first run read %d articles, want all %d", first.Read, want.Count)
	}
	second := check(cached)
	if second.Read != len(drafts) {
		t.Errorf("second run read %d files, want only the %d drafts", second.Read, len(drafts))
	}
	for i, got := range []*pipeline.Result{first, second} {
		if diff := cmp.Diff(summarize(want), summarize(got)); diff != "" {
			t.Errorf("run %d with the cache differs from a run without (-without +with):\n%s", i+1, diff)
		}
	}

	// Each change to the archive is seen, and the run after it is from the index again.
	later := time.Now().Add(-30 * time.Minute)
	someArticle := func() string {
		var p string
		filepath.WalkDir(archive, func(path string, d os.DirEntry, err error) error {
			if err == nil && !d.IsDir() && p == "" {
				p = path
			}
			return nil
		})
		return p
	}
	changes := []struct {
		name    string
		changes bool // the change makes a difference to the drafts' findings
		change  func()
	}{
		{"an article edited in place", true, func() {
			p := someArticle()
			data, _ := os.ReadFile(p)
			os.WriteFile(p, append(data, "\nThe death toll rose to 9,999, officials said.\n"...), 0o644)
			os.Chtimes(p, later, later)
		}},
		{"an article added", true, func() {
			data, _ := os.ReadFile(drafts[2])
			write(t, filepath.Join(archive, "story-001", "late.md"), strings.Replace(string(data), "12,000", "15,000", 1))
		}},
		{"an article removed", false, func() { os.Remove(someArticle()) }},
		{"a draft that is also in the archive", false, func() {
			cached.Paths = append(cached.Paths, someArticle())
			noCache.Paths = cached.Paths
		}},
		{"an ignore pattern", false, func() {
			skip := someArticle()
			cached.Ignore = func(p string) bool { return p == skip }
			noCache.Ignore = cached.Ignore
		}},
	}
	before := want
	for _, ch := range changes {
		ch.change()
		want := check(noCache)
		got := check(cached)
		if ch.changes && cmp.Equal(summarize(before), summarize(want)) {
			t.Errorf("%s: the findings are as before; the test shows nothing", ch.name)
		}
		before = want
		if diff := cmp.Diff(summarize(want), summarize(got)); diff != "" {
			t.Errorf("%s: differs from a run without the cache (-without +with):\n%s", ch.name, diff)
		}
		again := check(cached)
		if diff := cmp.Diff(summarize(want), summarize(again)); diff != "" {
			t.Errorf("%s, run again: differs (-without +with):\n%s", ch.name, diff)
		}
	}
}
