package pipeline_test

import (
	"fmt"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/crosscheck-news/crosscheck/internal/cache"
	"github.com/crosscheck-news/crosscheck/internal/compare"
	"github.com/crosscheck-news/crosscheck/internal/pipeline"
	"github.com/google/go-cmp/cmp"
)

// write writes a file dated an hour ago: a file changed within the last moments is not trusted
// to the cache's file index (a second change in the same clock tick could not be seen).
func write(t *testing.T, path, text string) {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	old := time.Now().Add(-time.Hour)
	if err := os.Chtimes(path, old, old); err != nil {
		t.Fatal(err)
	}
}

// story names the people and place that make the three articles one story.
const story = "\n\nMayor Lena Ortiz and fire chief Tomas Berg spoke.\n"

const (
	archiveA = "---\npublished: 2026-03-02\n---\nThe president declared five days of national mourning.\n\nThe bridge, built in 1968, collapsed." + story
	archiveB = "---\npublished: 2026-03-03\n---\nThe government declared three days of national mourning." + story
	draft    = "---\npublished: 2026-03-04\n---\nThe bridge, built in 1972, was closed." + story
)

// TestDraftsAgainstCorpus checks that only findings involving a draft are reported, and that a
// second run takes the corpus claims from the cache.
func TestDraftsAgainstCorpus(t *testing.T) {
	dir := t.TempDir()
	write(t, filepath.Join(dir, "archive", "a.md"), archiveA)
	write(t, filepath.Join(dir, "archive", "b.md"), archiveB)
	write(t, filepath.Join(dir, "draft.md"), draft)
	rules, err := pipeline.LoadRules(nil, false)
	if err != nil {
		t.Fatal(err)
	}
	c, err := cache.Open(filepath.Join(dir, "cache"))
	if err != nil {
		t.Fatal(err)
	}
	opt := pipeline.Options{
		Paths:   []string{filepath.Join(dir, "draft.md")},
		Corpus:  []string{filepath.Join(dir, "archive")},
		Cache:   c,
		Version: "test",
	}
	first, err := pipeline.Check(opt, rules)
	if err != nil {
		t.Fatal(err)
	}
	// The archive's own mourning contradiction is not the draft's problem; the built year is.
	if len(first.Findings) != 1 || first.Findings[0].Key != "date|built|bridge" {
		t.Fatalf("findings = %v, want the built year only", first.Findings)
	}
	if first.Count != 3 || first.Cached != 0 {
		t.Errorf("first run: %d articles, %d cached; want 3, 0", first.Count, first.Cached)
	}
	second, err := pipeline.Check(opt, rules)
	if err != nil {
		t.Fatal(err)
	}
	if second.Cached != 2 || second.Read != 1 {
		t.Errorf("second run: %d cached, %d read; want 2 cached and only the draft read", second.Cached, second.Read)
	}
	if len(second.Findings) != 1 || second.Findings[0].Fingerprint != first.Findings[0].Fingerprint {
		t.Errorf("second run findings differ: %v", second.Findings)
	}
	// A changed corpus article is read again.
	later := time.Now().Add(-30 * time.Minute)
	write(t, filepath.Join(dir, "archive", "b.md"), archiveB+"\nThe ceasefire took effect.\n")
	if err := os.Chtimes(filepath.Join(dir, "archive", "b.md"), later, later); err != nil {
		t.Fatal(err)
	}
	third, err := pipeline.Check(opt, rules)
	if err != nil {
		t.Fatal(err)
	}
	if third.Cached != 1 || third.Read != 2 {
		t.Errorf("after a change: %d cached, %d read; want 1 and 2", third.Cached, third.Read)
	}
	// Without a corpus every article is a draft and the archive contradiction shows.
	all, err := pipeline.Check(pipeline.Options{Paths: []string{dir}}, rules)
	if err != nil {
		t.Fatal(err)
	}
	if len(all.Findings) != 2 || all.Drafts != nil {
		t.Errorf("without a corpus: %d findings, drafts %v; want 2 and nil", len(all.Findings), all.Drafts)
	}
}

// TestCorruptCacheIsRebuilt checks that damaged cache files are ignored, never trusted.
func TestCorruptCacheIsRebuilt(t *testing.T) {
	dir := t.TempDir()
	write(t, filepath.Join(dir, "archive", "a.md"), archiveA)
	write(t, filepath.Join(dir, "draft.md"), draft)
	rules, _ := pipeline.LoadRules(nil, false)
	c, err := cache.Open(filepath.Join(dir, "cache"))
	if err != nil {
		t.Fatal(err)
	}
	opt := pipeline.Options{Paths: []string{filepath.Join(dir, "draft.md")}, Corpus: []string{filepath.Join(dir, "archive")}, Cache: c, Version: "test"}
	want, err := pipeline.Check(opt, rules)
	if err != nil {
		t.Fatal(err)
	}
	// Overwrite every cache file with junk.
	filepath.WalkDir(filepath.Join(dir, "cache"), func(p string, d os.DirEntry, err error) error {
		if err == nil && !d.IsDir() {
			os.WriteFile(p, []byte("not a cache entry"), 0o644)
		}
		return nil
	})
	got, err := pipeline.Check(opt, rules)
	if err != nil {
		t.Fatal(err)
	}
	if got.Cached != 0 || len(got.Findings) != len(want.Findings) {
		t.Errorf("with a corrupt cache: %d cached, %d findings; want 0 and %d", got.Cached, len(got.Findings), len(want.Findings))
	}
}

// TestDraftFindingsMatchFullCheck checks that checking one article as a draft against the rest
// of its folder finds exactly what a check of the whole folder finds with that article in it:
// leaving out the claims no draft finding can come from changes nothing.
func TestDraftFindingsMatchFullCheck(t *testing.T) {
	rules, err := pipeline.LoadRules(nil, false)
	if err != nil {
		t.Fatal(err)
	}
	for _, story := range []string{"quake", "trial", "election", "dam"} {
		dir := filepath.Join("..", "..", "testdata", "corpus", story)
		full, err := pipeline.Check(pipeline.Options{Paths: []string{dir}}, rules)
		if err != nil {
			t.Fatal(err)
		}
		entries, err := os.ReadDir(dir)
		if err != nil {
			t.Fatal(err)
		}
		checked := 0
		for _, e := range entries {
			if filepath.Ext(e.Name()) == ".json" {
				continue
			}
			draft := filepath.Join(dir, e.Name())
			var want []string
			for _, f := range full.Findings {
				if f.Claims[0].Path == draft || f.Claims[1].Path == draft {
					want = append(want, findingLine(f))
				}
			}
			res, err := pipeline.Check(pipeline.Options{Paths: []string{draft}, Corpus: []string{dir}}, rules)
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, f := range res.Findings {
				got = append(got, findingLine(f))
			}
			if diff := cmp.Diff(want, got); diff != "" {
				t.Errorf("%s as a draft (-full check +draft check):\n%s", draft, diff)
			}
			checked += len(want)
		}
		if checked == 0 {
			t.Errorf("%s: no finding involves any article; the test checks nothing", story)
		}
	}
}

func findingLine(f compare.Finding) string {
	return fmt.Sprintf("%s %s %s:%d %s:%d", f.Kind, f.Subject, f.Claims[0].Path, f.Claims[0].Line, f.Claims[1].Path, f.Claims[1].Line)
}
