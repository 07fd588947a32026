package compare_test

import (
	"fmt"
	"math/rand/v2"
	"testing"

	"github.com/crosscheck-news/crosscheck/internal/claims"
	"github.com/crosscheck-news/crosscheck/internal/compare"
	"github.com/crosscheck-news/crosscheck/internal/normalize"
	"github.com/crosscheck-news/crosscheck/internal/ruleset"
)

// syntheticClaims makes n claims spread over n/50 subjects, with rising running totals, static
// figures, people and titles, as a large archive would hold them.
func syntheticClaims(n int) []claims.Claim {
	rng := rand.New(rand.NewPCG(1, 2))
	out := make([]claims.Claim, 0, n)
	subjects := max(1, n/50)
	for i := 0; i < n; i++ {
		s := rng.IntN(subjects)
		day := normalize.Day{Year: 2026, Month: 3, Day: 1 + rng.IntN(28)}
		path := fmt.Sprintf("story-%03d/a-%05d.md", s, i)
		switch i % 4 {
		case 0, 1:
			v := float64(10*day.Day + rng.IntN(3))
			out = append(out, claims.Claim{Path: path, Line: 1 + i%40, Kind: claims.KindCount,
				Subject: fmt.Sprintf("count|killed|s%d", s), Label: "people killed", Display: fmt.Sprint(v),
				Value: normalize.Exact(v), AsOf: day, Dated: true, Change: ruleset.Cumulative, Quote: path})
		case 2:
			v := float64(1900 + rng.IntN(3))
			out = append(out, claims.Claim{Path: path, Line: 1 + i%40, Kind: claims.KindDate,
				Subject: fmt.Sprintf("date|built|s%d", s), Label: "built", Display: fmt.Sprint(v),
				Value: normalize.Exact(v), Change: ruleset.Static, Quote: path})
		case 3:
			// One person per story, written now and then with a one-letter slip.
			given, surname := fmt.Sprintf("given%d", s%500), fmt.Sprintf("surname%d", s)
			if rng.IntN(100) == 0 {
				surname += "x"
			}
			p := &claims.Person{Name: given + " " + surname, Key: given + " " + surname, Given: []string{given}, Surname: surname, Core: surname,
				Title: &claims.Title{Text: "Interior Minister", Words: []string{"interior", "minister"}, Head: "minister", Formal: true}}
			out = append(out, claims.Claim{Path: path, Line: 1 + i%40, Kind: claims.KindName, Subject: "name|" + surname,
				Label: "name of " + p.Name, Display: p.Name, Person: p, Change: ruleset.Static, Quote: path})
		}
	}
	return out
}

// BenchmarkCompare measures comparison by claim count: time per claim should stay flat as the
// archive grows (no all-pairs work inside a subject or across people).
func BenchmarkCompare(b *testing.B) {
	rules := defaultRules(b)
	for _, n := range []int{1_000, 10_000, 100_000} {
		cs := syntheticClaims(n)
		b.Run(fmt.Sprintf("claims=%d", n), func(b *testing.B) {
			for i := 0; i < b.N; i++ {
				compare.Compare(cs, rules)
			}
			b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/float64(n), "ns/claim")
		})
	}
}
