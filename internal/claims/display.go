package claims

import (
	"math"
	"strconv"
	"strings"

	"github.com/crosscheck-news/crosscheck/internal/normalize"
)

// describeDuration writes a duration in seconds in the largest whole unit: "60 days", "3 hours".
func describeDuration(v normalize.Interval) string {
	return describeInterval(v, func(x float64) string {
		units := []struct {
			secs float64
			one  string
			many string
		}{
			{365 * 86400, "year", "years"},
			{86400, "day", "days"},
			{3600, "hour", "hours"},
			{60, "minute", "minutes"},
			{1, "second", "seconds"},
		}
		for _, u := range units {
			if n := x / u.secs; n >= 1 && math.Abs(n-math.Round(n)) < 1e-9 {
				if n == 1 {
					return "1 " + u.one
				}
				return formatNumber(n) + " " + u.many
			}
		}
		return formatNumber(x) + " seconds"
	})
}

// describeLength writes a length in metres.
func describeLength(v normalize.Interval) string {
	return describeInterval(v, func(x float64) string {
		return formatNumber(math.Round(x*10)/10) + " m"
	})
}

// describeCount writes a count: "53,977", "more than 51,000", "about 1,200".
func describeCount(v normalize.Interval) string {
	return describeInterval(v, groupDigits)
}

// describeMoney writes an amount with its currency: "USD 45,000,000".
func describeMoney(v normalize.Interval, currency string) string {
	return describeInterval(v, func(x float64) string { return currency + " " + groupDigits(x) })
}

// groupDigits writes a number with thousands separators.
func groupDigits(x float64) string {
	s := formatNumber(math.Round(x*100) / 100)
	neg := strings.HasPrefix(s, "-")
	s = strings.TrimPrefix(s, "-")
	whole, frac, _ := strings.Cut(s, ".")
	var b strings.Builder
	for i, r := range whole {
		if i > 0 && (len(whole)-i)%3 == 0 {
			b.WriteByte(',')
		}
		b.WriteRune(r)
	}
	out := b.String()
	if frac != "" {
		out += "." + frac
	}
	if neg {
		out = "-" + out
	}
	return out
}

// describeInterval writes an interval with unit-aware ends. A closed interval symmetric about a
// round figure is the tolerance of a rounded number: "about 1,200".
func describeInterval(v normalize.Interval, one func(float64) string) string {
	lowInf, highInf := math.IsInf(v.Low, -1) || v.Low <= 0 && v.High > 0 && !v.LowOpen && v.Low == 0, math.IsInf(v.High, 1)
	switch {
	case v.Low == v.High:
		return one(v.Low)
	case !lowInf && !highInf && !v.LowOpen && !v.HighOpen && isRound((v.Low+v.High)/2):
		return "about " + one((v.Low+v.High)/2)
	case highInf && !math.IsInf(v.Low, -1):
		if v.LowOpen {
			return "more than " + one(v.Low)
		}
		return "at least " + one(v.Low)
	case lowInf && !highInf:
		if v.HighOpen {
			return "less than " + one(v.High)
		}
		return "at most " + one(v.High)
	default:
		return one(v.Low) + " to " + one(v.High)
	}
}

// isRound reports whether x looks like a stated figure rather than an interval's end.
func isRound(x float64) bool {
	return math.Abs(x-math.Round(x)) < 1e-6
}

func formatNumber(x float64) string {
	if x == math.Trunc(x) && math.Abs(x) < 1e15 {
		return strconv.FormatFloat(x, 'f', -1, 64)
	}
	return strconv.FormatFloat(x, 'f', -1, 64)
}
