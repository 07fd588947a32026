package normalize

import (
	"math"
	"strconv"
	"strings"
)

// Interval is a range of plausible values of a figure. Unbounded ends are ±Inf.
//
// A figure reported as "more than 50" is (50, +Inf); "about 1,200" is a closed
// range around 1,200; a plain "53,977" is the single point [53977, 53977].
// Comparing figures means asking whether their intervals overlap.
type Interval struct {
	Low, High         float64
	LowOpen, HighOpen bool // strict bounds: "more than 50" is (50, +Inf)
}

// Exact returns the interval holding v alone.
func Exact(v float64) Interval { return Interval{Low: v, High: v} }

// IsExact reports whether the interval is one finite point.
func (i Interval) IsExact() bool {
	return i.Low == i.High && !i.LowOpen && !i.HighOpen && !math.IsInf(i.Low, 0)
}

// empty reports whether no value lies in the interval (including NaN ends).
func (i Interval) empty() bool {
	if math.IsNaN(i.Low) || math.IsNaN(i.High) || i.Low > i.High {
		return true
	}
	return i.Low == i.High && (i.LowOpen || i.HighOpen)
}

// Overlaps reports whether some value lies in both intervals. Open ends are
// respected: (50, +Inf) and [50, 50] do not overlap.
func (i Interval) Overlaps(o Interval) bool {
	if i.empty() || o.empty() {
		return false
	}
	lo, loOpen := i.Low, i.LowOpen
	switch {
	case o.Low > lo:
		lo, loOpen = o.Low, o.LowOpen
	case o.Low == lo:
		loOpen = loOpen || o.LowOpen
	}
	hi, hiOpen := i.High, i.HighOpen
	switch {
	case o.High < hi:
		hi, hiOpen = o.High, o.HighOpen
	case o.High == hi:
		hiOpen = hiOpen || o.HighOpen
	}
	if lo < hi {
		return true
	}
	return lo == hi && !loOpen && !hiOpen
}

// Contains reports whether v lies in the interval.
func (i Interval) Contains(v float64) bool {
	if math.IsNaN(v) || i.empty() {
		return false
	}
	if v < i.Low || (v == i.Low && i.LowOpen) {
		return false
	}
	return v < i.High || (v == i.High && !i.HighOpen)
}

// Scale multiplies both ends by f, as a unit conversion does. A negative
// factor swaps the ends; zero times an infinite end is taken as zero, and a
// NaN factor leaves the interval unchanged.
func (i Interval) Scale(f float64) Interval {
	if math.IsNaN(f) {
		return i
	}
	mul := func(x float64) float64 {
		if x == 0 || f == 0 {
			return 0
		}
		return x * f
	}
	lo, hi := mul(i.Low), mul(i.High)
	if f < 0 {
		return Interval{Low: hi, High: lo, LowOpen: i.HighOpen, HighOpen: i.LowOpen}
	}
	return Interval{Low: lo, High: hi, LowOpen: i.LowOpen, HighOpen: i.HighOpen}
}

// String renders the interval compactly: "53977", ">50000", ">=18", "<=10",
// "<10", "1150..1250", or bracket notation such as "(50,60]" for mixed ends.
// A closed interval starting at zero prints as an upper bound ("up to 10" is
// "<=10"), since zero is the floor every count, duration and sum already has.
func (i Interval) String() string {
	switch {
	case math.IsNaN(i.Low) || math.IsNaN(i.High):
		return "NaN"
	case i.empty():
		return "empty"
	case i.IsExact():
		return formatFigure(i.Low)
	}
	lowInf := math.IsInf(i.Low, -1)
	highInf := math.IsInf(i.High, 1)
	switch {
	case lowInf && highInf:
		return "any"
	case highInf:
		if i.LowOpen {
			return ">" + formatFigure(i.Low)
		}
		return ">=" + formatFigure(i.Low)
	case lowInf || (i.Low == 0 && !i.LowOpen && i.High > 0):
		if i.HighOpen {
			return "<" + formatFigure(i.High)
		}
		return "<=" + formatFigure(i.High)
	case !i.LowOpen && !i.HighOpen:
		return formatFigure(i.Low) + ".." + formatFigure(i.High)
	}
	var b strings.Builder
	if i.LowOpen {
		b.WriteByte('(')
	} else {
		b.WriteByte('[')
	}
	b.WriteString(formatFigure(i.Low))
	b.WriteByte(',')
	b.WriteString(formatFigure(i.High))
	if i.HighOpen {
		b.WriteByte(')')
	} else {
		b.WriteByte(']')
	}
	return b.String()
}

// formatFigure prints v in plain decimal notation with at most twelve
// significant digits, so that binary rounding noise (1140.0000000000002)
// does not leak into messages.
func formatFigure(v float64) string {
	if math.IsInf(v, 0) || math.IsNaN(v) || v == 0 {
		return strconv.FormatFloat(v, 'f', -1, 64)
	}
	exp := int(math.Floor(math.Log10(math.Abs(v))))
	dec := 11 - exp
	if dec <= 0 {
		return strconv.FormatFloat(v, 'f', 0, 64)
	}
	if dec > 20 {
		dec = 20
	}
	s := strconv.FormatFloat(v, 'f', dec, 64)
	if strings.IndexByte(s, '.') >= 0 {
		s = strings.TrimRight(s, "0")
		s = strings.TrimSuffix(s, ".")
	}
	if s == "-0" {
		s = "0"
	}
	return s
}
