package normalize

import (
	"math"
	"testing"
)

var (
	qInf     = math.Inf(1)
	qFootVar = qFoot // a variable, so that the product is rounded at run time like Scale's
)

func TestIntervalIsExact(t *testing.T) {
	tests := []struct {
		name string
		iv   Interval
		want bool
	}{
		{"point", Exact(53977), true},
		{"zero", Exact(0), true},
		{"negative point", Exact(-4), true},
		{"range", Interval{Low: 1, High: 2}, false},
		{"open point", Interval{Low: 1, High: 1, LowOpen: true}, false},
		{"infinite point", Interval{Low: qInf, High: qInf}, false},
		{"NaN", Exact(math.NaN()), false},
	}
	for _, tc := range tests {
		if got := tc.iv.IsExact(); got != tc.want {
			t.Errorf("%s: IsExact(%+v) = %v, want %v", tc.name, tc.iv, got, tc.want)
		}
	}
}

func TestIntervalOverlaps(t *testing.T) {
	moreThan := func(v float64) Interval { return Interval{Low: v, High: qInf, LowOpen: true} }
	tests := []struct {
		name string
		a, b Interval
		want bool
	}{
		{"more than 51,000 vs 53,977", moreThan(51000), Exact(53977), true},
		{"more than 51,000 vs more than 50,000", moreThan(51000), moreThan(50000), true},
		{"more than 50 vs exactly 50", moreThan(50), Exact(50), false},
		{"at least 50 vs exactly 50", Interval{Low: 50, High: qInf}, Exact(50), true},
		{"equal points", Exact(41), Exact(41), true},
		{"different points", Exact(41), Exact(29), false},
		{"touching closed ends", Interval{Low: 1, High: 2}, Interval{Low: 2, High: 3}, true},
		{"touching open high", Interval{Low: 1, High: 2, HighOpen: true}, Interval{Low: 2, High: 3}, false},
		{"touching open low", Interval{Low: 1, High: 2}, Interval{Low: 2, High: 3, LowOpen: true}, false},
		{"nested", Interval{Low: 0, High: 100}, Interval{Low: 40, High: 60}, true},
		{"disjoint", Interval{Low: 0, High: 10}, Interval{Low: 11, High: 20}, false},
		{"fewer than 5 vs 5", Interval{Low: 0, High: 5, HighOpen: true}, Exact(5), false},
		{"up to 10 vs 10", Interval{Low: 0, High: 10}, Exact(10), true},
		{"32-metre vs 105-foot", Interval{Low: 31.36, High: 32.64}, Interval{Low: 31.36, High: 32.64}.Scale(105 * 0.3048 / 32), true},
		{"empty interval", Interval{Low: 2, High: 1}, Interval{Low: 0, High: 5}, false},
		{"NaN end", Interval{Low: math.NaN(), High: 5}, Interval{Low: 0, High: 5}, false},
		{"unbounded both", Interval{Low: math.Inf(-1), High: qInf}, Exact(7), true},
	}
	for _, tc := range tests {
		if got := tc.a.Overlaps(tc.b); got != tc.want {
			t.Errorf("%s: %v overlaps %v = %v, want %v", tc.name, tc.a, tc.b, got, tc.want)
		}
		if got := tc.b.Overlaps(tc.a); got != tc.want {
			t.Errorf("%s (swapped): %v overlaps %v = %v, want %v", tc.name, tc.b, tc.a, got, tc.want)
		}
	}
}

func TestIntervalContains(t *testing.T) {
	about1200 := Interval{Low: 1140, High: 1260}
	tests := []struct {
		iv   Interval
		v    float64
		want bool
	}{
		{about1200, 1150, true},
		{about1200, 1140, true},
		{about1200, 1261, false},
		{Interval{Low: 50, High: qInf, LowOpen: true}, 50, false},
		{Interval{Low: 50, High: qInf, LowOpen: true}, 50.5, true},
		{Interval{Low: 0, High: 5, HighOpen: true}, 5, false},
		{Interval{Low: 0, High: 5, HighOpen: true}, 0, true},
		{Exact(3), 3, true},
		{Exact(3), math.NaN(), false},
		{Interval{Low: 2, High: 1}, 1.5, false},
	}
	for _, tc := range tests {
		if got := tc.iv.Contains(tc.v); got != tc.want {
			t.Errorf("%v contains %v = %v, want %v", tc.iv, tc.v, got, tc.want)
		}
	}
}

func TestIntervalScale(t *testing.T) {
	tests := []struct {
		name string
		iv   Interval
		f    float64
		want Interval
	}{
		{"hours to seconds", Interval{Low: 2, High: 3}, 3600, Interval{Low: 7200, High: 10800}},
		{"keeps open ends", Interval{Low: 50, High: qInf, LowOpen: true}, 2, Interval{Low: 100, High: qInf, LowOpen: true}},
		{"negative factor swaps", Interval{Low: 1, High: 2, HighOpen: true}, -1, Interval{Low: -2, High: -1, LowOpen: true}},
		{"zero times infinity", Interval{Low: 5, High: qInf}, 0, Interval{Low: 0, High: 0}},
		{"NaN factor", Exact(4), math.NaN(), Exact(4)},
		{"feet to metres", Exact(105), qFootVar, Exact(105 * qFootVar)},
	}
	for _, tc := range tests {
		if got := tc.iv.Scale(tc.f); got != tc.want {
			t.Errorf("%s: %+v.Scale(%v) = %+v, want %+v", tc.name, tc.iv, tc.f, got, tc.want)
		}
	}
}

func TestIntervalString(t *testing.T) {
	tests := []struct {
		iv   Interval
		want string
	}{
		{Exact(53977), "53977"},
		{Exact(0.45), "0.45"},
		{Exact(-1200000), "-1200000"},
		{Interval{Low: 50000, High: qInf, LowOpen: true}, ">50000"},
		{Interval{Low: 18, High: qInf}, ">=18"},
		{Interval{Low: 0, High: 10}, "<=10"},
		{Interval{Low: 0, High: 5, HighOpen: true}, "<5"},
		{Interval{Low: math.Inf(-1), High: -3}, "<=-3"},
		{Interval{Low: 1150, High: 1250}, "1150..1250"},
		{Interval{Low: 1140.0000000000002, High: 1259.9999999999998}, "1140..1260"},
		{Interval{Low: 50, High: 60, LowOpen: true}, "(50,60]"},
		{Interval{Low: 2e6, High: 1e9, HighOpen: true}, "[2000000,1000000000)"},
		{Interval{Low: math.Inf(-1), High: qInf}, "any"},
		{Interval{Low: 3, High: 1}, "empty"},
		{Exact(math.NaN()), "NaN"},
	}
	for _, tc := range tests {
		if got := tc.iv.String(); got != tc.want {
			t.Errorf("%+v.String() = %q, want %q", tc.iv, got, tc.want)
		}
	}
}
