package normalize

import (
	"math"
	"testing"
)

// qFuzzSeeds are phrases that exercise every branch of the scanner.
var qFuzzSeeds = []string{
	"more than 51,000 people", "about 1,200", "a 60-day ceasefire", "sixty days", "$45 million",
	"$45m", "US$4.7 billion", "€3bn", "Rs 500 crore", "45 cents", "$20 and 43c", "32-metre",
	"105-foot", "3 nautical miles", "10 km2", "30 km/h", "40%", "40 per cent", "two-thirds of",
	"three quarters of an hour", "a 21-year-old", "F-16", "Covid-19", "stages1", "11.07.2025",
	"10:30", "9/11", "1/2h", "1990s", "2019-2021", "2-1", "between 10 and 12", "10 to 12 million",
	"$10-$20", "dozens of", "tens of thousands", "several hundred", "a handful", "half a million",
	"an hour and a half", "2 years, 3 months", "1 hour thirty.", "one and three quarters of hours",
	"seven hundred twenty-one thousand and twelve", "two point two million", "three thousand millions",
	"three crore twelve lakh", "forty-five (45)", "- 1,200,000", "-.0012G", "point 77", "twentyfifth",
	"twenty—fifth", "50 or so", "40-odd", "50+", "~ four", "≥ 5", "nearly 2,000", "1,20,000",
	"1e999", "99999999999999999999999999999999999999", "$", "a", "half", "and a half",
	"quarter of", "trillion trillion", "1" + string(make([]byte, 400)), "\xff\xfe5", "5\u00a0days",
}

func FuzzScan(f *testing.F) {
	for _, s := range qFuzzSeeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		qs := Scan(text)
		prevEnd := 0
		for k, q := range qs {
			if q.Start < prevEnd || q.Start > q.NumStart || q.NumStart > q.End || q.Start >= q.End || q.End > len(text) {
				t.Fatalf("mention %d has bad offsets %d/%d/%d (previous end %d, len %d) in %q",
					k, q.Start, q.NumStart, q.End, prevEnd, len(text), text)
			}
			prevEnd = q.End
			qCheckInterval(t, text, q.Value)
			if q.Dim < DimCount || q.Dim > DimPercent {
				t.Fatalf("bad dimension %d in %q", q.Dim, text)
			}
			if (q.Dim == DimMoney) != (q.Currency != "") {
				t.Fatalf("currency %q on a %v in %q", q.Currency, q.Dim, text)
			}
			if q.Ordinal && (q.Dim != DimCount || !q.Value.IsExact()) {
				t.Fatalf("ordinal %+v in %q", q, text)
			}
		}
	})
}

func FuzzParseNumber(f *testing.F) {
	for _, s := range qFuzzSeeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		v, ok := ParseNumber(s)
		if ok && (math.IsNaN(v) || math.IsInf(v, 0)) {
			t.Fatalf("ParseNumber(%q) = %v", s, v)
		}
		if !ok && v != 0 {
			t.Fatalf("ParseNumber(%q) refused but returned %v", s, v)
		}
	})
}

func FuzzParseDuration(f *testing.F) {
	for _, s := range qFuzzSeeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		secs, ok := ParseDuration(s)
		parts, ok2 := ParseDurationParts(s)
		if ok != ok2 {
			t.Fatalf("ParseDuration and ParseDurationParts disagree on %q", s)
		}
		if !ok {
			return
		}
		if math.IsNaN(secs) || math.IsInf(secs, 0) || secs < 0 {
			t.Fatalf("ParseDuration(%q) = %v", s, secs)
		}
		if secs != parts.InSeconds() {
			t.Fatalf("ParseDuration(%q) = %v, parts give %v", s, secs, parts.InSeconds())
		}
	})
}

func qCheckInterval(t *testing.T, text string, iv Interval) {
	t.Helper()
	if math.IsNaN(iv.Low) || math.IsNaN(iv.High) || iv.Low > iv.High {
		t.Fatalf("bad interval %+v in %q", iv, text)
	}
	if iv.Low == iv.High && (iv.LowOpen || iv.HighOpen) {
		t.Fatalf("empty interval %+v in %q", iv, text)
	}
	if !iv.Overlaps(iv) {
		t.Fatalf("interval %+v does not overlap itself in %q", iv, text)
	}
}
