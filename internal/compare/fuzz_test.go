package compare_test

import (
	"math"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/crosscheck-news/crosscheck/internal/claims"
	"github.com/crosscheck-news/crosscheck/internal/compare"
	"github.com/crosscheck-news/crosscheck/internal/normalize"
	"github.com/crosscheck-news/crosscheck/internal/ruleset"
)

// FuzzCompare builds three claims of one subject from the fuzz input and checks that Compare
// does not panic, never reports two claims of one value, and does not depend on input order.
func FuzzCompare(f *testing.F) {
	f.Add(12.0, 15.0, 50000.0, uint8(0), uint8(1), uint8(2), uint8(0), uint8(0))
	f.Add(47.0, 49.0, 50.0, uint8(0), uint8(0), uint8(240), uint8(1), uint8(4))
	f.Add(4.0, 5.0, 5.0, uint8(0), uint8(3), uint8(3), uint8(2), uint8(3))
	f.Add(1.0, math.Inf(1), -3.0, uint8(9), uint8(9), uint8(0), uint8(3), uint8(7))
	changes := []ruleset.Change{ruleset.Cumulative, ruleset.Static, ruleset.Varying, ""}
	kinds := []claims.Kind{claims.KindCount, claims.KindAge, claims.KindWeekday, claims.KindMoney}
	rules := defaultRules(f)
	f.Fuzz(func(t *testing.T, a, b, c float64, da, db, dc, change, flags uint8) {
		if math.IsNaN(a) || math.IsNaN(b) || math.IsNaN(c) {
			t.Skip("claims never hold NaN")
		}
		ch := changes[int(change)%len(changes)]
		kind := kinds[int(change/4)%len(kinds)]
		build := func(path string, v float64, d uint8, bit uint8) claims.Claim {
			iv := normalize.Exact(v)
			if flags&(bit<<3) != 0 {
				iv = normalize.Interval{Low: v, High: math.Inf(1), LowOpen: true}
			}
			cl := figure(path, int(d)+1, iv.String(), iv, changing(ch))
			cl.Kind = kind
			if kind == claims.KindAge {
				cl.Person = person("Elena Varga")
			}
			if flags&bit == 0 {
				on(2025, time.January, 1)(&cl)
				cl.AsOf = cl.AsOf.AddDays(int(d))
			}
			return cl
		}
		in := []claims.Claim{build("a.md", a, da, 1), build("b.md", b, db, 2), build("c.md", c, dc, 4)}
		got := compare.Compare(in, rules)
		for _, f := range got {
			if f.Claims[0].Value == f.Claims[1].Value {
				t.Errorf("finding between two claims of one value %v: %s", f.Claims[0].Value, f.Message)
			}
			if f.Fingerprint == "" || f.Message == "" {
				t.Errorf("incomplete finding: %+v", f)
			}
		}
		reversed := []claims.Claim{in[2], in[1], in[0]}
		if diff := cmp.Diff(got, compare.Compare(reversed, rules)); diff != "" {
			t.Errorf("input order changed the findings (-forward +reversed):\n%s", diff)
		}
	})
}
