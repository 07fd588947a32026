package pipeline_test

import (
	"testing"

	"github.com/crosscheck-news/crosscheck/internal/article"
	"github.com/crosscheck-news/crosscheck/internal/claims"
	"github.com/crosscheck-news/crosscheck/internal/compare"
	"github.com/crosscheck-news/crosscheck/internal/normalize"
	"github.com/crosscheck-news/crosscheck/internal/pipeline"
)

// FuzzExtractCompare runs the whole path — article reading, extraction, comparison — over two
// articles of any content. It must not panic; every finding must hold two claims of one kind
// with different values, placed inside their files.
func FuzzExtractCompare(f *testing.F) {
	seeds := [][2]string{
		{"---\npublished: 2026-07-11\n---\nAt least 18 people died and 96 were rescued.\n", "---\npublished: 2026-07-11\n---\nOfficials said 29 people had died.\n"},
		{"Commander Elena Varga, 47, said the 60-day ceasefire began on Tuesday, March 3, 2026.", "Commander Elena Vargas, 49, said the 90-day ceasefire began on Monday, March 2, 2026."},
		{"<html><body><p>The dam, built in 1978, burst on Sunday, March 8.</p></body></html>", "The Tarvel Dam, completed in 1987, gave way on Monday, March 9."},
		{"---\ntitle: [\n---\n", "\x00\xff"},
		{"Deputy Transport Minister Piet Lorens paid $2m.", "Transport Minister Piet Lorens paid $2 million."},
	}
	for _, s := range seeds {
		f.Add(s[0], s[1])
	}
	rules, err := pipeline.LoadRules(nil, false)
	if err != nil {
		f.Fatal(err)
	}
	x := claims.NewExtractor(rules)
	f.Fuzz(func(t *testing.T, one, two string) {
		var all []claims.Claim
		for i, text := range []string{one, two} {
			name := []string{"one.md", "two.html"}[i]
			if i == 1 && len(text) > 0 && text[0] != '<' {
				name = "two.txt"
			}
			a, err := article.Parse(name, []byte(text))
			if err != nil {
				continue
			}
			all = append(all, x.Extract(a, normalize.Day{Year: 2026, Month: 7, Day: 12})...)
		}
		for _, fd := range compare.Compare(all, rules) {
			a, b := fd.Claims[0], fd.Claims[1]
			if a.Kind != b.Kind || fd.Fingerprint == "" {
				t.Fatalf("finding %q holds claims of kinds %s and %s", fd.Message, a.Kind, b.Kind)
			}
			if a.Line < 1 || b.Line < 1 || a.Column < 1 || b.Column < 1 {
				t.Fatalf("finding %q has a claim outside its file", fd.Message)
			}
			if a.Display == b.Display && a.Kind != claims.KindName {
				t.Fatalf("finding %q holds two equal values %q", fd.Message, a.Display)
			}
		}
	})
}
