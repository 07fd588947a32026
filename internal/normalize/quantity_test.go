package normalize

import (
	"math"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
)

// mention is the part of a Quantity a test states, with the mention text in
// place of offsets.
type mention struct {
	Text      string
	Dim       Dimension
	Value     Interval
	Qualifier string
	Currency  string
	Adj       bool
	Ord       bool
	Year      bool
}

func mentions(text string) []mention {
	var out []mention
	for _, q := range Scan(text) {
		out = append(out, mention{
			Text: text[q.Start:q.End], Dim: q.Dim, Value: q.Value, Qualifier: q.Qualifier,
			Currency: q.Currency, Adj: q.Adjectival, Ord: q.Ordinal, Year: q.Year,
		})
	}
	return out
}

const (
	day   = 86400.0
	month = 30 * day
	year  = 365 * day
	foot  = 0.3048
)

func count(text string, v float64) mention {
	return mention{Text: text, Dim: DimCount, Value: Exact(v)}
}

func span(lo, hi float64) Interval { return Interval{Low: lo, High: hi} }

func TestScan(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []mention
	}{
		{"plain counts", "At least 18 people died and 96 were rescued from the 412 on board.", []mention{
			{Text: "At least 18", Dim: DimCount, Value: Interval{Low: 18, High: inf}, Qualifier: "at least"},
			count("96", 96), count("412", 412),
		}},
		{"more than", "Since then, more than 51,000 Palestinians have been killed.", []mention{
			{Text: "more than 51,000", Dim: DimCount, Value: Interval{Low: 51000, High: inf, LowOpen: true}, Qualifier: "more than"},
		}},
		{"about: 5% beats half the step", "about 1,200 people", []mention{
			{Text: "about 1,200", Dim: DimCount, Value: span(1140, 1260), Qualifier: "about"},
		}},
		{"about: half the step beats 5%", "some 300 people", []mention{
			{Text: "some 300", Dim: DimCount, Value: span(250, 350), Qualifier: "some"},
		}},
		{"approximately", "approximately 170 aid trucks", []mention{
			{Text: "approximately 170", Dim: DimCount, Value: span(161.5, 178.5), Qualifier: "approximately"},
		}},
		{"an estimated", "an estimated 1,500 homes", []mention{
			{Text: "an estimated 1,500", Dim: DimCount, Value: span(1425, 1575), Qualifier: "an estimated"},
		}},
		{"nearly", "nearly 2,000 and almost 50", []mention{
			{Text: "nearly 2,000", Dim: DimCount, Value: Interval{Low: 1600, High: 2000, HighOpen: true}, Qualifier: "nearly"},
			{Text: "almost 50", Dim: DimCount, Value: Interval{Low: 40, High: 50, HighOpen: true}, Qualifier: "almost"},
		}},
		{"upper bounds", "up to 10, fewer than 5, as many as 7, no more than 9", []mention{
			{Text: "up to 10", Dim: DimCount, Value: span(0, 10), Qualifier: "up to"},
			{Text: "fewer than 5", Dim: DimCount, Value: Interval{Low: 0, High: 5, HighOpen: true}, Qualifier: "fewer than"},
			{Text: "as many as 7", Dim: DimCount, Value: span(0, 7), Qualifier: "as many as"},
			{Text: "no more than 9", Dim: DimCount, Value: span(0, 9), Qualifier: "no more than"},
		}},
		{"lower bounds", "no fewer than 5, a minimum of 3, over 50, upwards of 20, exceeding 4", []mention{
			{Text: "no fewer than 5", Dim: DimCount, Value: Interval{Low: 5, High: inf}, Qualifier: "no fewer than"},
			{Text: "a minimum of 3", Dim: DimCount, Value: Interval{Low: 3, High: inf}, Qualifier: "a minimum of"},
			{Text: "over 50", Dim: DimCount, Value: Interval{Low: 50, High: inf, LowOpen: true}, Qualifier: "over"},
			{Text: "upwards of 20", Dim: DimCount, Value: Interval{Low: 20, High: inf, LowOpen: true}, Qualifier: "upwards of"},
			{Text: "exceeding 4", Dim: DimCount, Value: Interval{Low: 4, High: inf, LowOpen: true}, Qualifier: "exceeding"},
		}},
		{"just over", "just over 100", []mention{
			{Text: "just over 100", Dim: DimCount, Value: Interval{Low: 100, High: 120, LowOpen: true}, Qualifier: "just over"},
		}},
		{"trailing qualifiers", "100 or so, 50 or more, 40-odd, 50+", []mention{
			{Text: "100 or so", Dim: DimCount, Value: span(75, 125), Qualifier: "or so"},
			{Text: "50 or more", Dim: DimCount, Value: Interval{Low: 50, High: inf}, Qualifier: "or more"},
			{Text: "40-odd", Dim: DimCount, Value: span(35, 45), Qualifier: "odd"},
			{Text: "50+", Dim: DimCount, Value: Interval{Low: 50, High: inf}, Qualifier: "+"},
		}},
		{"scaled words carry half a step", "two million residents and 1.2 million voters", []mention{
			{Text: "two million", Dim: DimCount, Value: span(1.5e6, 2.5e6)},
			{Text: "1.2 million", Dim: DimCount, Value: span(1.15e6, 1.25e6)},
		}},
		{"spelled numbers", "twelve officials, Forty-one ships, seven hundred twenty-one thousand and twelve votes", []mention{
			count("twelve", 12), count("Forty-one", 41), count("seven hundred twenty-one thousand and twelve", 721012),
		}},
		{"a dozen", "a dozen people and two dozen boats", []mention{count("a dozen", 12), count("two dozen", 24)}},
		{"restatement", "forty-five (45) people", []mention{count("forty-five (45)", 45)}},
		{"ranges", "between 10 and 12 people, 10-12 days, 10 to 12 million, two or three days", []mention{
			{Text: "between 10 and 12", Dim: DimCount, Value: span(10, 12), Qualifier: "between"},
			{Text: "10-12 days", Dim: DimDuration, Value: span(10*day, 12*day)},
			{Text: "10 to 12 million", Dim: DimCount, Value: span(10e6, 12e6)},
			{Text: "two or three days", Dim: DimDuration, Value: span(2*day, 3*day)},
		}},
		{"a change is not a range", "The toll rose from 29 to 41.", []mention{count("29", 29), count("41", 41)}},
		{"vague counts", "dozens of people, scores of homes, hundreds, thousands, tens of thousands, hundreds of thousands, millions, a handful, several", []mention{
			{Text: "dozens", Dim: DimCount, Value: span(24, 99)},
			{Text: "scores", Dim: DimCount, Value: span(40, 199)},
			{Text: "hundreds", Dim: DimCount, Value: span(200, 999)},
			{Text: "thousands", Dim: DimCount, Value: span(2000, 99999)},
			{Text: "tens of thousands", Dim: DimCount, Value: span(20000, 99999)},
			{Text: "hundreds of thousands", Dim: DimCount, Value: span(200000, 999999)},
			{Text: "millions", Dim: DimCount, Value: Interval{Low: 2e6, High: 1e9, HighOpen: true}},
			{Text: "a handful", Dim: DimCount, Value: span(2, 6)},
			{Text: "several", Dim: DimCount, Value: span(3, 9)},
		}},
		{"vague with unit", "several days and several hundred people", []mention{
			{Text: "several days", Dim: DimDuration, Value: span(3*day, 9*day)},
			{Text: "several hundred", Dim: DimCount, Value: span(300, 900)},
		}},
		{"durations", "a 60-day ceasefire, sixty days, three hours, 180 minutes, a six-week pause", []mention{
			{Text: "60-day", Dim: DimDuration, Value: Exact(60 * day), Adj: true},
			{Text: "sixty days", Dim: DimDuration, Value: Exact(60 * day)},
			{Text: "three hours", Dim: DimDuration, Value: Exact(10800)},
			{Text: "180 minutes", Dim: DimDuration, Value: Exact(10800)},
			{Text: "six-week", Dim: DimDuration, Value: Exact(42 * day), Adj: true},
		}},
		{"age stays visible", "a 21-year-old man", []mention{
			{Text: "21-year", Dim: DimDuration, Value: Exact(21 * year), Adj: true},
		}},
		{"fractional durations", "half an hour, an hour and a half, a month and a half, 5 and a half minutes, 1/2 hour", []mention{
			{Text: "half an hour", Dim: DimDuration, Value: Exact(1800)},
			{Text: "an hour and a half", Dim: DimDuration, Value: Exact(5400)},
			{Text: "a month and a half", Dim: DimDuration, Value: Exact(45 * day)},
			{Text: "5 and a half minutes", Dim: DimDuration, Value: Exact(330)},
			{Text: "1/2 hour", Dim: DimDuration, Value: Exact(1800)},
		}},
		{"compound durations", "2 years and 3 months; 1 hour thirty.", []mention{
			{Text: "2 years and 3 months", Dim: DimDuration, Value: Exact(2*year + 3*month)},
			{Text: "1 hour thirty", Dim: DimDuration, Value: Exact(5400)},
		}},
		{"implied minutes need the clause to end", "after 2 hours ten people died", []mention{
			{Text: "2 hours", Dim: DimDuration, Value: Exact(7200)}, count("ten", 10),
		}},
		{"qualified durations", "more than three hours, over two days, about an hour", []mention{
			{Text: "more than three hours", Dim: DimDuration, Value: Interval{Low: 10800, High: inf, LowOpen: true}, Qualifier: "more than"},
			{Text: "over two days", Dim: DimDuration, Value: Interval{Low: 2 * day, High: inf}, Qualifier: "over"},
			{Text: "about an hour", Dim: DimDuration, Value: span(2700, 4500), Qualifier: "about"},
		}},
		{"decades and fillers", "two decades, 2 more minutes, three consecutive days", []mention{
			{Text: "two decades", Dim: DimDuration, Value: Exact(20 * year)},
			{Text: "2 more minutes", Dim: DimDuration, Value: Exact(120)},
			{Text: "three consecutive days", Dim: DimDuration, Value: Exact(3 * day)},
		}},
		{"quarters", "3 quarters, three quarters of the vote, three quarters of an hour", []mention{
			{Text: "3 quarters", Dim: DimDuration, Value: Exact(9 * month)},
			{Text: "three quarters", Dim: DimPercent, Value: span(70, 80)},
			{Text: "three quarters of an hour", Dim: DimDuration, Value: Exact(2700)},
		}},
		{"money", "$45 million, $45m, US$4.7 billion, €3bn, £2.5 billion, 2 million euros", []mention{
			{Text: "$45 million", Dim: DimMoney, Value: span(44.5e6, 45.5e6), Currency: "USD"},
			{Text: "$45m", Dim: DimMoney, Value: span(44.5e6, 45.5e6), Currency: "USD"},
			{Text: "US$4.7 billion", Dim: DimMoney, Value: span(4.65e9, 4.75e9), Currency: "USD"},
			{Text: "€3bn", Dim: DimMoney, Value: span(2.5e9, 3.5e9), Currency: "EUR"},
			{Text: "£2.5 billion", Dim: DimMoney, Value: span(2.45e9, 2.55e9), Currency: "GBP"},
			{Text: "2 million euros", Dim: DimMoney, Value: span(1.5e6, 2.5e6), Currency: "EUR"},
		}},
		{"more money", "Rs 500 crore, ₹500, ¥1,000, 45 cents, 45 million dollars, USD 45, A$3m, 20 Egyptian pounds", []mention{
			{Text: "Rs 500 crore", Dim: DimMoney, Value: span(4.5e9, 5.5e9), Currency: "INR"},
			{Text: "₹500", Dim: DimMoney, Value: Exact(500), Currency: "INR"},
			{Text: "¥1,000", Dim: DimMoney, Value: Exact(1000), Currency: "JPY"},
			{Text: "45 cents", Dim: DimMoney, Value: Exact(0.45), Currency: "USD"},
			{Text: "45 million dollars", Dim: DimMoney, Value: span(44.5e6, 45.5e6), Currency: "USD"},
			{Text: "USD 45", Dim: DimMoney, Value: Exact(45), Currency: "USD"},
			{Text: "A$3m", Dim: DimMoney, Value: span(2.5e6, 3.5e6), Currency: "AUD"},
			{Text: "20 Egyptian pounds", Dim: DimMoney, Value: Exact(20), Currency: "EGP"},
		}},
		{"money ranges and cents", "$10-20 million, between $10 and $20 million, $20 and 43c", []mention{
			{Text: "$10-20 million", Dim: DimMoney, Value: span(10e6, 20e6), Currency: "USD"},
			{Text: "between $10 and $20 million", Dim: DimMoney, Value: span(10e6, 20e6), Currency: "USD", Qualifier: "between"},
			{Text: "$20 and 43c", Dim: DimMoney, Value: Exact(20.43), Currency: "USD"},
		}},
		{"pounds of meat are not money", "two pounds of meat and a 200-pound bomb", []mention{count("two", 2), count("200", 200)}},
		{"lengths carry 2%", "a 32-metre boat, a 105-foot boat, 3 nautical miles, 10km", []mention{
			{Text: "32-metre", Dim: DimLength, Value: span(32*0.98, 32*1.02), Adj: true},
			{Text: "105-foot", Dim: DimLength, Value: span(105*foot*0.98, 105*foot*1.02), Adj: true},
			{Text: "3 nautical miles", Dim: DimLength, Value: span(3*1852*0.98, 3*1852*1.02)},
			{Text: "10km", Dim: DimLength, Value: span(9800, 10200)},
		}},
		{"areas and speeds are not lengths", "50 square metres, 10 km2, 30 km/h, 60 mph", nil},
		{"percent", "40%, 40 per cent, 40 percent, two-thirds of voters", []mention{
			{Text: "40%", Dim: DimPercent, Value: Exact(40)},
			{Text: "40 per cent", Dim: DimPercent, Value: Exact(40)},
			{Text: "40 percent", Dim: DimPercent, Value: Exact(40)},
			{Text: "two-thirds", Dim: DimPercent, Value: span(200.0/3-5, 200.0/3+5)},
		}},
		{"years", "The ferry, built in 1998, carried 2,000 people in 2025.", []mention{
			{Text: "1998", Dim: DimCount, Value: Exact(1998), Year: true},
			count("2,000", 2000),
			{Text: "2025", Dim: DimCount, Value: Exact(2025), Year: true},
		}},
		{"qualified year-like figure is not a year", "more than 1500 people", []mention{
			{Text: "more than 1500", Dim: DimCount, Value: Interval{Low: 1500, High: inf, LowOpen: true}, Qualifier: "more than"},
		}},
		{"year ranges", "in 2019-2021", []mention{{Text: "2019-2021", Dim: DimCount, Value: span(2019, 2021), Year: true}}},
		{"ordinals", "the first phase, the 21st century, the twenty-fifth day, I second that", []mention{
			{Text: "first", Dim: DimCount, Value: Exact(1), Ord: true},
			{Text: "21st", Dim: DimCount, Value: Exact(21), Ord: true},
			{Text: "twenty-fifth", Dim: DimCount, Value: Exact(25), Ord: true},
			{Text: "second", Dim: DimCount, Value: Exact(2), Ord: true},
		}},
		{"glued to letters", "F-16 jets, Covid-19, the G7, stages1, MH17, day one1", nil},
		{"model names may stay", "served in Unit 8200", []mention{count("8200", 8200)}},
		{"dates, times, scores", "on 11.07.2025 at 10:30, 3pm, 3 pm, 10 a.m., 9/11, 24/7, the 1990s, a 2-1 win, the 2023-24 season, 5G", nil},
		{"words that are not numbers", "May they march with someone to a tone of money; a single nil pair.", nil},
		{"one of", "one of the victims", []mention{count("one", 1)}},
		{"spelled decimal needs a scale or unit", "At one point two officers fired; two point five percent", []mention{
			count("one", 1), count("two", 2), {Text: "two point five percent", Dim: DimPercent, Value: Exact(2.5)},
		}},
		{"negatives", "minus 3 and -4", []mention{count("minus 3", -3), count("-4", -4)}},
		{"footnote markers", "“a million red lines”3. He said.[4]", []mention{
			{Text: "a million", Dim: DimCount, Value: span(750000, 1250000)},
		}},
	}
	opts := []cmp.Option{cmpopts.EquateApprox(1e-12, 1e-6), cmpopts.EquateEmpty()}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := mentions(tc.text)
			if diff := cmp.Diff(tc.want, got, opts...); diff != "" {
				t.Errorf("Scan(%q) mismatch (-want +got):\n%s", tc.text, diff)
			}
		})
	}
}

func TestScanOffsets(t *testing.T) {
	text := "Gaza’s health ministry said more than $45m — roughly 1,200 euros each."
	qs := Scan(text)
	if len(qs) != 2 {
		t.Fatalf("Scan(%q) = %+v, want 2 mentions", text, qs)
	}
	tests := []struct {
		q                   Quantity
		whole, num, qualStr string
	}{
		{qs[0], "more than $45m", "$45m", "more than "},
		{qs[1], "roughly 1,200 euros", "1,200 euros", "roughly "},
	}
	for _, tc := range tests {
		if got := text[tc.q.Start:tc.q.End]; got != tc.whole {
			t.Errorf("mention %q, want %q", got, tc.whole)
		}
		if got := text[tc.q.NumStart:tc.q.End]; got != tc.num {
			t.Errorf("figure %q, want %q", got, tc.num)
		}
		if got := text[tc.q.Start:tc.q.NumStart]; got != tc.qualStr {
			t.Errorf("qualifier text %q, want %q", got, tc.qualStr)
		}
	}
	if qs[1].Currency != "EUR" || !qs[1].Value.Contains(1200) {
		t.Errorf("roughly 1,200 euros = %+v", qs[1])
	}
}

// TestSpecEqualities checks the comparisons the rest of the pipeline relies on.
func TestSpecEqualities(t *testing.T) {
	one := func(text string) Quantity {
		t.Helper()
		qs := Scan(text)
		if len(qs) != 1 {
			t.Fatalf("Scan(%q) = %+v, want one mention", text, qs)
		}
		return qs[0]
	}
	overlap := []struct{ a, b string }{
		{"more than 51,000", "53,977"},
		{"more than 51,000", "more than 50,000"},
		{"32-metre", "105-foot"},
		{"95-metre", "312-foot"},
		{"three hours", "180 minutes"},
		{"two-month", "sixty days"},
		{"about 1,200", "1,150"},
		{"nearly 2,000", "1,900"},
	}
	for _, tc := range overlap {
		if a, b := one(tc.a), one(tc.b); !a.Value.Overlaps(b.Value) || a.Dim != b.Dim {
			t.Errorf("%q (%v %v) should agree with %q (%v %v)", tc.a, a.Dim, a.Value, tc.b, b.Dim, b.Value)
		}
	}
	disjoint := []struct{ a, b string }{
		{"more than 50", "50"},
		{"29", "41"},
		{"at least 52", "41"},
		{"50-day", "60-day"},
		{"fewer than 5", "5"},
		{"$2 million", "$4 million"},
		{"a 28-year-old", "a 25-year-old"},
	}
	for _, tc := range disjoint {
		if a, b := one(tc.a), one(tc.b); a.Value.Overlaps(b.Value) {
			t.Errorf("%q (%v) should contradict %q (%v)", tc.a, a.Value, tc.b, b.Value)
		}
	}
	if a, b := one("$45 million"), one("$45m"); a.Value != b.Value || a.Currency != b.Currency || !a.Value.Contains(45e6) {
		t.Errorf("$45 million = %+v, $45m = %+v", a, b)
	}
	if q := one("about 1,200"); !q.Value.Contains(1150) {
		t.Errorf("about 1,200 = %v does not contain 1,150", q.Value)
	}
	secs, ok := ParseDuration("two-month")
	if !ok || secs != 60*day {
		t.Errorf("ParseDuration(two-month) = %v, %v", secs, ok)
	}
}

func TestParseDuration(t *testing.T) {
	tests := []struct {
		in   string
		want float64
	}{
		{"60-day", 60 * day},
		{"six-week", 42 * day},
		{"two-month", 60 * day},
		{"sixty days", 60 * day},
		{"three hours", 10800},
		{"180 minutes", 10800},
		{"half an hour", 1800},
		{"half day", 12 * 3600},
		{"2 years and 3 months", 2*year + 3*month},
		{"an hour and a half", 5400},
		{"one and a quarter hours", 4500},
		{"one and three quarters of hours", 6300},
		{"1 hour thirty", 5400},
		{"2 hour and 10", 130 * 60},
		{"1 hour fifteen seconds", 3615},
		{"a minute and 30 seconds", 90},
		{"1 year, 2 days, 3 hours and 4 seconds", 31719604},
		{"a fortnight", 14 * day},
		{"a decade", 10 * year},
		{"a century", 100 * year},
		{"3 quarters", 9 * month},
		{"24h", 86400},
		{"1/2h", 1800},
		{"1.5 hrs", 5400},
		{"two additional minutes", 120},
		{"21-year", 21 * year},
		{" 2 days ", 2 * day},
	}
	for _, tc := range tests {
		got, ok := ParseDuration(tc.in)
		if !ok || !peerClose(got, tc.want) {
			t.Errorf("ParseDuration(%q) = %v, %v; want %v", tc.in, got, ok, tc.want)
		}
	}
	for _, in := range []string{
		"", "days", "for months", "in days", "secretary", "minutes", "I second that", "a second",
		"more than three hours", "several days", "two to three weeks", "60", "2 million years",
		"3 hours of talks", "h", "two h", "-5 days", "three quarters of the vote",
	} {
		if got, ok := ParseDuration(in); ok {
			t.Errorf("ParseDuration(%q) = %v, want refusal", in, got)
		}
	}
}

func TestParseDurationParts(t *testing.T) {
	tests := []struct {
		in   string
		want DurationParts
	}{
		{"2 years and 3 months", DurationParts{Years: 2, Months: 3}},
		{"1 year, 2 days, 3 hours and 4 seconds", DurationParts{Years: 1, Seconds: 2*day + 3*3600 + 4}},
		{"a month and a half", DurationParts{Months: 1.5}},
		{"two decades", DurationParts{Years: 20}},
		{"3 quarters", DurationParts{Months: 9}},
		{"seven weeks", DurationParts{Seconds: 49 * day}},
	}
	for _, tc := range tests {
		got, ok := ParseDurationParts(tc.in)
		if !ok || got != tc.want {
			t.Errorf("ParseDurationParts(%q) = %+v, %v; want %+v", tc.in, got, ok, tc.want)
		}
	}
}

func TestDimensionString(t *testing.T) {
	want := map[Dimension]string{
		DimCount: "count", DimDuration: "duration", DimMoney: "money", DimLength: "length",
		DimPercent: "percent", 0: "unknown", 99: "unknown",
	}
	for d, w := range want {
		if got := d.String(); got != w {
			t.Errorf("Dimension(%d).String() = %q, want %q", d, got, w)
		}
	}
}

// TestScanAdversarial checks the invariants of FuzzScan on inputs that are
// hard for a hand-written scanner: huge figures, long runs, broken UTF-8.
func TestScanAdversarial(t *testing.T) {
	inputs := []string{
		strings.Repeat("9", 400),
		strings.Repeat("9,999", 100),
		"$" + strings.Repeat("9", 400) + " trillion",
		strings.Repeat("one ", 1000),
		strings.Repeat("thousand ", 100),
		"one thousand million billion trillion crore lakh",
		strings.Repeat("- ", 500) + "5",
		"\xff\xfe\xfd 5 \xc3",
		strings.Repeat("a ", 2000),
		"more than " + strings.Repeat(" ", 5000) + "5",
		"between 10 and",
		"10 to",
		"1e308 1.7976931348623157e308",
	}
	for _, in := range inputs {
		prev := 0
		for _, q := range Scan(in) {
			if q.Start < prev || q.Start > q.NumStart || q.NumStart > q.End || q.End > len(in) || q.Start == q.End {
				t.Fatalf("bad offsets %+v", q)
			}
			prev = q.End
			if math.IsNaN(q.Value.Low) || math.IsNaN(q.Value.High) || q.Value.Low > q.Value.High {
				t.Fatalf("bad interval %+v", q.Value)
			}
		}
	}
}

func TestScanDoesNotAllocatePerByte(t *testing.T) {
	text := strings.Repeat(benchProse, 4)
	allocs := testing.AllocsPerRun(5, func() { Scan(text) })
	mentions := len(Scan(text))
	// One scanner, plus the growth of the result slice.
	if allocs > float64(2+2*bitsLen(mentions)) {
		t.Errorf("Scan allocated %v times for %d bytes and %d mentions", allocs, len(text), mentions)
	}
}

func bitsLen(n int) int {
	k := 0
	for ; n > 0; n >>= 1 {
		k++
	}
	return k
}

// benchProse is invented news copy with the density of figures of a wire story.
const benchProse = `The coast guard said on Sunday that at least 52 people had died after the ferry capsized
about 12 nautical miles off the coast late on Friday. Another 96 passengers were rescued, and
divers were still searching for dozens of people believed to be trapped inside the 95-metre hull.
The vessel, built in 1998, was licensed to carry 350 passengers but was carrying more than 400
when it left port two hours behind schedule, according to officials. Transport Minister Piet
Lorens promised a full inquiry and said the government would pay $2 million in compensation to
the families of the victims, roughly $40,000 per family. Opposition lawmakers called for a 30-day
investigation and demanded that the ministry publish inspection records covering the past three
years. The crossing normally takes three hours, but survivors said the ship listed for nearly an
hour before it turned over. One survivor, a 28-year-old teacher, said she swam for 45 minutes
before a fishing boat picked her up. Rescue teams from two neighbouring countries joined the
search on Saturday, deploying four helicopters and some 300 personnel. The regional government
declared three days of mourning. Insurance analysts estimated losses at €15m to €20m, and the
operator's shares fell 12 per cent in early trading. The company, which runs a fleet of 14 ships,
said it had spent more than 1.2 million euros on safety upgrades since 2021. Weather services had
warned of winds of up to 60 km/h and waves of between two and three metres in the strait. It was
the deadliest maritime accident in the region in two decades; a similar disaster in 2003 killed 118.
`

func BenchmarkScan(b *testing.B) {
	text := strings.Repeat(benchProse, 3)
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		Scan(text)
	}
}
