package pipeline_test

import (
	"encoding/json"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/crosscheck-news/crosscheck/internal/claims"
	"github.com/crosscheck-news/crosscheck/internal/compare"
	"github.com/crosscheck-news/crosscheck/internal/pipeline"
)

// gold is a corpus's hand-made list of contradictions that must be found (required), pairs that
// agree or are about different things (traps), and arguable pairs (allowed). Each side lists
// [file, quote] places; the format is the one the project's evaluation corpora use.
type gold struct {
	Required []goldItem `json:"required"`
	Traps    []goldItem `json:"traps"`
	Allowed  []goldItem `json:"allowed"`
}

type goldItem struct {
	ID string      `json:"id"`
	A  [][2]string `json:"a"`
	B  [][2]string `json:"b"`
}

// score matches findings against a gold file the way the evaluation scorer does: a finding
// covers an item when one of its claims stands on a side-a quote and the other on a side-b
// quote (same file, same line, overlapping text). A finding that covers a trap, or nothing
// listed, is a false report.
func score(t *testing.T, dir string, findings []compare.Finding, g gold) (tp, fp int, found map[string]bool) {
	t.Helper()
	lines := map[string][]string{}
	lineOf := func(file string) []string {
		if l, ok := lines[file]; ok {
			return l
		}
		data, err := os.ReadFile(filepath.Join(dir, file))
		if err != nil {
			t.Fatal(err)
		}
		lines[file] = strings.Split(string(data), "\n")
		return lines[file]
	}
	matches := func(path string, line, col int, text string, q [2]string) bool {
		if filepath.Base(path) != q[0] {
			return false
		}
		ls := lineOf(q[0])
		if line < 1 || line > len(ls) {
			return false
		}
		l := ls[line-1]
		for from := 0; ; {
			i := strings.Index(l[from:], q[1])
			if i < 0 {
				return false
			}
			s, e := from+i, from+i+len(q[1])
			for p := strings.Index(l, text); p >= 0 && text != ""; {
				if p < e && p+len(text) > s {
					return true
				}
				next := strings.Index(l[p+1:], text)
				if next < 0 {
					break
				}
				p += 1 + next
			}
			from = s + 1
		}
	}
	// A finding's sides: each shown claim with the claims that agree with it. A gold pair is
	// covered by one claim on each side, as the evaluation scorer counts sided reports.
	covers := func(f compare.Finding, it goldItem) bool {
		side := func(i int) []claims.Claim { return append([]claims.Claim{f.Claims[i]}, f.Agreeing[i]...) }
		on := func(cs []claims.Claim, qs [][2]string) bool {
			for _, c := range cs {
				for _, q := range qs {
					if matches(c.Path, c.Line, c.Column, c.Text, q) {
						return true
					}
				}
			}
			return false
		}
		a, b := side(0), side(1)
		return on(a, it.A) && on(b, it.B) || on(b, it.A) && on(a, it.B)
	}
	found = map[string]bool{}
	for _, f := range findings {
		trap := false
		for _, it := range g.Traps {
			if covers(f, it) {
				trap = true
				t.Logf("false report (trap %s): %s", it.ID, f.Message)
			}
		}
		if trap {
			fp++
			continue
		}
		hit := false
		for _, it := range g.Required {
			if covers(f, it) {
				hit = true
				found[it.ID] = true
			}
		}
		allowed := false
		for _, it := range g.Allowed {
			allowed = allowed || covers(f, it)
		}
		switch {
		case hit:
			tp++
		case !allowed:
			fp++
			t.Logf("false report (unlisted): %s", f.Message)
		}
	}
	return tp, fp, found
}

// checkCorpus runs the checker over every article in dir and holds it to the gold beside them.
func checkCorpus(t *testing.T, dir string, minPrecision, minRecall float64) {
	t.Helper()
	data, err := os.ReadFile(filepath.Join(dir, "gold.json"))
	if err != nil {
		t.Fatal(err)
	}
	var g gold
	if err := json.Unmarshal(data, &g); err != nil {
		t.Fatal(err)
	}
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	var paths []string
	for _, e := range entries {
		switch filepath.Ext(e.Name()) {
		case ".md", ".txt", ".html":
			paths = append(paths, filepath.Join(dir, e.Name()))
		}
	}
	rules, err := pipeline.LoadRules(nil, false)
	if err != nil {
		t.Fatal(err)
	}
	res, err := pipeline.Check(pipeline.Options{Paths: paths}, rules)
	if err != nil {
		t.Fatal(err)
	}
	tp, fp, found := score(t, dir, res.Findings, g)
	var missed []string
	for _, it := range g.Required {
		if !found[it.ID] {
			missed = append(missed, it.ID)
		}
	}
	sort.Strings(missed)
	precision := 1.0
	if tp+fp > 0 {
		precision = float64(tp) / float64(tp+fp)
	}
	recall := float64(len(found)) / float64(len(g.Required))
	t.Logf("precision=%.2f recall=%.2f (%d/%d found, %d true and %d false reports); missed: %v",
		precision, recall, len(found), len(g.Required), tp, fp, missed)
	if precision < minPrecision {
		t.Errorf("precision %.2f, want at least %.2f", precision, minPrecision)
	}
	if recall < minRecall {
		t.Errorf("recall %.2f, want at least %.2f", recall, minRecall)
	}
}

// checkStories holds every story folder matching pattern (each with a gold.json) to the floors.
func checkStories(t *testing.T, pattern string, minPrecision, minRecall float64) {
	t.Helper()
	stories, err := filepath.Glob(pattern)
	if err != nil || len(stories) == 0 {
		t.Fatalf("no stories match %s: %v", pattern, err)
	}
	for _, g := range stories {
		dir := filepath.Dir(g)
		t.Run(filepath.Base(dir), func(t *testing.T) { checkCorpus(t, dir, minPrecision, minRecall) })
	}
}

// TestExampleCorpus holds the checker to the gold of the project's own example stories.
func TestExampleCorpus(t *testing.T) {
	checkStories(t, "../../testdata/corpus/*/gold.json", 1.0, 0.85)
}

// TestRestatedCorpora holds the checker to a precision floor on the project's own restated real
// reporting (testdata/restated): stories none of the rules were written from. Recall is logged.
func TestRestatedCorpora(t *testing.T) {
	checkStories(t, "../../testdata/restated/*/gold.json", 0.90, 0)
}

// TestEvaluationCorpora holds the checker to the acceptance floors on the shared evaluation
// corpora, when they are there.
func TestEvaluationCorpora(t *testing.T) {
	for _, c := range []struct {
		dir               string
		precision, recall float64
	}{
		{"../../../shared/eval/dev", 0.90, 0.85},
		{"../../../shared/eval/seeds", 1.0, 1.0},
		{"../../../shared/eval/realdev", 0.90, 0.50},
	} {
		t.Run(filepath.Base(c.dir), func(t *testing.T) {
			if _, err := os.Stat(filepath.Join(c.dir, "gold.json")); err != nil {
				t.Skipf("evaluation corpus not available: %v", err)
			}
			checkCorpus(t, c.dir, c.precision, c.recall)
		})
	}
}

// TestStoriesKeptApart checks that the example stories read together give exactly the findings
// they give one by one: a death toll of an earthquake is never compared with a flood's.
func TestStoriesKeptApart(t *testing.T) {
	rules, err := pipeline.LoadRules(nil, false)
	if err != nil {
		t.Fatal(err)
	}
	dirs, _ := filepath.Glob("../../testdata/corpus/*")
	var paths []string
	want := map[string]bool{}
	for _, d := range dirs {
		var files []string
		entries, _ := os.ReadDir(d)
		for _, e := range entries {
			if filepath.Ext(e.Name()) != ".json" {
				files = append(files, filepath.Join(d, e.Name()))
			}
		}
		paths = append(paths, files...)
		res, err := pipeline.Check(pipeline.Options{Paths: files}, rules)
		if err != nil {
			t.Fatal(err)
		}
		for _, f := range res.Findings {
			want[f.Fingerprint] = true
		}
	}
	res, err := pipeline.Check(pipeline.Options{Paths: paths}, rules)
	if err != nil {
		t.Fatal(err)
	}
	got := map[string]bool{}
	for _, f := range res.Findings {
		got[f.Fingerprint] = true
		if !want[f.Fingerprint] {
			t.Errorf("together only: %s", f.Message)
		}
	}
	for fp := range want {
		if !got[fp] {
			t.Errorf("lost when read together: finding %s", fp)
		}
	}
}
