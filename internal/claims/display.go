package claims

import (
	"math"
	"strconv"

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

// describeInterval writes an interval with unit-aware ends.
func describeInterval(v normalize.Interval, one func(float64) string) string {
	lowInf, highInf := math.IsInf(v.Low, -1) || v.Low <= 0 && v.High > 0 && !v.LowOpen && v.Low == 0, math.IsInf(v.High, 1)
	switch {
	case v.Low == v.High:
		return one(v.Low)
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

func formatNumber(x float64) string {
	if x == math.Trunc(x) && math.Abs(x) < 1e15 {
		return strconv.FormatFloat(x, 'f', -1, 64)
	}
	return strconv.FormatFloat(x, 'f', -1, 64)
}
