package normalize

import (
	"math"
	"math/bits"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
)

// qMention is the part of a Quantity a test states, with the mention text in
// place of offsets.
type qMention struct {
	Text      string
	Dim       Dimension
	Value     Interval
	Qualifier string
	Currency  string
	Adj       bool
	Ord       bool
	Year      bool
}

// qMentions scans text and keeps what the tests compare.
func qMentions(text string) []qMention {
	var out []qMention
	for _, q := range Scan(text) {
		out = append(out, qMention{
			Text: text[q.Start:q.End], Dim: q.Dim, Value: q.Value, Qualifier: q.Qualifier,
			Currency: q.Currency, Adj: q.Adjectival, Ord: q.Ordinal, Year: q.Year,
		})
	}
	return out
}

const (
	qDay   = 86400.0
	qMonth = 30 * qDay
	qYear  = 365 * qDay
	qFoot  = 0.3048
)

func qCount(text string, v float64) qMention {
	return qMention{Text: text, Dim: DimCount, Value: Exact(v)}
}

func qSpan(lo, hi float64) Interval { return Interval{Low: lo, High: hi} }

func TestScan(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []qMention
	}{
		{"plain counts", "At least 18 people died and 96 were rescued from the 412 on board.", []qMention{
			{Text: "At least 18", Dim: DimCount, Value: Interval{Low: 18, High: qInf}, Qualifier: "at least"},
			qCount("96", 96), qCount("412", 412),
		}},
		{"more than", "Since then, more than 51,000 Palestinians have been killed.", []qMention{
			{Text: "more than 51,000", Dim: DimCount, Value: Interval{Low: 51000, High: qInf, LowOpen: true}, Qualifier: "more than"},
		}},
		{"about: 5% beats half the step", "about 1,200 people", []qMention{
			{Text: "about 1,200", Dim: DimCount, Value: qSpan(1140, 1260), Qualifier: "about"},
		}},
		{"about: half the step beats 5%", "some 300 people", []qMention{
			{Text: "some 300", Dim: DimCount, Value: qSpan(250, 350), Qualifier: "some"},
		}},
		{"approximately", "approximately 170 aid trucks", []qMention{
			{Text: "approximately 170", Dim: DimCount, Value: qSpan(161.5, 178.5), Qualifier: "approximately"},
		}},
		{"an estimated", "an estimated 1,500 homes", []qMention{
			{Text: "an estimated 1,500", Dim: DimCount, Value: qSpan(1425, 1575), Qualifier: "an estimated"},
		}},
		{"nearly", "nearly 2,000 and almost 50", []qMention{
			{Text: "nearly 2,000", Dim: DimCount, Value: Interval{Low: 1600, High: 2000, HighOpen: true}, Qualifier: "nearly"},
			{Text: "almost 50", Dim: DimCount, Value: Interval{Low: 40, High: 50, HighOpen: true}, Qualifier: "almost"},
		}},
		{"upper bounds", "up to 10, fewer than 5, as many as 7, no more than 9", []qMention{
			{Text: "up to 10", Dim: DimCount, Value: qSpan(0, 10), Qualifier: "up to"},
			{Text: "fewer than 5", Dim: DimCount, Value: Interval{Low: 0, High: 5, HighOpen: true}, Qualifier: "fewer than"},
			{Text: "as many as 7", Dim: DimCount, Value: qSpan(0, 7), Qualifier: "as many as"},
			{Text: "no more than 9", Dim: DimCount, Value: qSpan(0, 9), Qualifier: "no more than"},
		}},
		{"lower bounds", "no fewer than 5, a minimum of 3, over 50, upwards of 20, exceeding 4", []qMention{
			{Text: "no fewer than 5", Dim: DimCount, Value: Interval{Low: 5, High: qInf}, Qualifier: "no fewer than"},
			{Text: "a minimum of 3", Dim: DimCount, Value: Interval{Low: 3, High: qInf}, Qualifier: "a minimum of"},
			{Text: "over 50", Dim: DimCount, Value: Interval{Low: 50, High: qInf, LowOpen: true}, Qualifier: "over"},
			{Text: "upwards of 20", Dim: DimCount, Value: Interval{Low: 20, High: qInf, LowOpen: true}, Qualifier: "upwards of"},
			{Text: "exceeding 4", Dim: DimCount, Value: Interval{Low: 4, High: qInf, LowOpen: true}, Qualifier: "exceeding"},
		}},
		{"just over", "just over 100", []qMention{
			{Text: "just over 100", Dim: DimCount, Value: Interval{Low: 100, High: 120, LowOpen: true}, Qualifier: "just over"},
		}},
		{"trailing qualifiers", "100 or so, 50 or more, 40-odd, 50+", []qMention{
			{Text: "100 or so", Dim: DimCount, Value: qSpan(75, 125), Qualifier: "or so"},
			{Text: "50 or more", Dim: DimCount, Value: Interval{Low: 50, High: qInf}, Qualifier: "or more"},
			{Text: "40-odd", Dim: DimCount, Value: qSpan(35, 45), Qualifier: "odd"},
			{Text: "50+", Dim: DimCount, Value: Interval{Low: 50, High: qInf}, Qualifier: "+"},
		}},
		{"scaled words carry half a step", "two million residents and 1.2 million voters", []qMention{
			{Text: "two million", Dim: DimCount, Value: qSpan(1.5e6, 2.5e6)},
			{Text: "1.2 million", Dim: DimCount, Value: qSpan(1.15e6, 1.25e6)},
		}},
		{"spelled numbers", "twelve officials, Forty-one ships, seven hundred twenty-one thousand and twelve votes", []qMention{
			qCount("twelve", 12), qCount("Forty-one", 41), qCount("seven hundred twenty-one thousand and twelve", 721012),
		}},
		{"a dozen", "a dozen people and two dozen boats", []qMention{qCount("a dozen", 12), qCount("two dozen", 24)}},
		{"restatement", "forty-five (45) people", []qMention{qCount("forty-five (45)", 45)}},
		{"ranges", "between 10 and 12 people, 10-12 days, 10 to 12 million, two or three days", []qMention{
			{Text: "between 10 and 12", Dim: DimCount, Value: qSpan(10, 12), Qualifier: "between"},
			{Text: "10-12 days", Dim: DimDuration, Value: qSpan(10*qDay, 12*qDay)},
			{Text: "10 to 12 million", Dim: DimCount, Value: qSpan(10e6, 12e6)},
			{Text: "two or three days", Dim: DimDuration, Value: qSpan(2*qDay, 3*qDay)},
		}},
		{"a change is not a range", "The toll rose from 29 to 41.", []qMention{qCount("29", 29), qCount("41", 41)}},
		{"vague counts", "dozens of people, scores of homes, hundreds, thousands, tens of thousands, hundreds of thousands, millions, a handful, several", []qMention{
			{Text: "dozens", Dim: DimCount, Value: qSpan(24, 99)},
			{Text: "scores", Dim: DimCount, Value: qSpan(40, 199)},
			{Text: "hundreds", Dim: DimCount, Value: qSpan(200, 999)},
			{Text: "thousands", Dim: DimCount, Value: qSpan(2000, 99999)},
			{Text: "tens of thousands", Dim: DimCount, Value: qSpan(20000, 99999)},
			{Text: "hundreds of thousands", Dim: DimCount, Value: qSpan(200000, 999999)},
			{Text: "millions", Dim: DimCount, Value: Interval{Low: 2e6, High: 1e9, HighOpen: true}},
			{Text: "a handful", Dim: DimCount, Value: qSpan(2, 6)},
			{Text: "several", Dim: DimCount, Value: qSpan(3, 9)},
		}},
		{"vague with unit", "several days and several hundred people", []qMention{
			{Text: "several days", Dim: DimDuration, Value: qSpan(3*qDay, 9*qDay)},
			{Text: "several hundred", Dim: DimCount, Value: qSpan(300, 900)},
		}},
		{"durations", "a 60-day ceasefire, sixty days, three hours, 180 minutes, a six-week pause", []qMention{
			{Text: "60-day", Dim: DimDuration, Value: Exact(60 * qDay), Adj: true},
			{Text: "sixty days", Dim: DimDuration, Value: Exact(60 * qDay)},
			{Text: "three hours", Dim: DimDuration, Value: Exact(10800)},
			{Text: "180 minutes", Dim: DimDuration, Value: Exact(10800)},
			{Text: "six-week", Dim: DimDuration, Value: Exact(42 * qDay), Adj: true},
		}},
		{"age stays visible", "a 21-year-old man", []qMention{
			{Text: "21-year", Dim: DimDuration, Value: Exact(21 * qYear), Adj: true},
		}},
		{"fractional durations", "half an hour, an hour and a half, a month and a half, 5 and a half minutes, 1/2 hour", []qMention{
			{Text: "half an hour", Dim: DimDuration, Value: Exact(1800)},
			{Text: "an hour and a half", Dim: DimDuration, Value: Exact(5400)},
			{Text: "a month and a half", Dim: DimDuration, Value: Exact(45 * qDay)},
			{Text: "5 and a half minutes", Dim: DimDuration, Value: Exact(330)},
			{Text: "1/2 hour", Dim: DimDuration, Value: Exact(1800)},
		}},
		{"compound durations", "2 years and 3 months; 1 hour thirty.", []qMention{
			{Text: "2 years and 3 months", Dim: DimDuration, Value: Exact(2*qYear + 3*qMonth)},
			{Text: "1 hour thirty", Dim: DimDuration, Value: Exact(5400)},
		}},
		{"implied minutes need the clause to end", "after 2 hours ten people died", []qMention{
			{Text: "2 hours", Dim: DimDuration, Value: Exact(7200)}, qCount("ten", 10),
		}},
		{"qualified durations", "more than three hours, over two days, about an hour", []qMention{
			{Text: "more than three hours", Dim: DimDuration, Value: Interval{Low: 10800, High: qInf, LowOpen: true}, Qualifier: "more than"},
			{Text: "over two days", Dim: DimDuration, Value: Interval{Low: 2 * qDay, High: qInf}, Qualifier: "over"},
			{Text: "about an hour", Dim: DimDuration, Value: qSpan(2700, 4500), Qualifier: "about"},
		}},
		{"decades and fillers", "two decades, 2 more minutes, three consecutive days", []qMention{
			{Text: "two decades", Dim: DimDuration, Value: Exact(20 * qYear)},
			{Text: "2 more minutes", Dim: DimDuration, Value: Exact(120)},
			{Text: "three consecutive days", Dim: DimDuration, Value: Exact(3 * qDay)},
		}},
		{"quarters", "3 quarters, three quarters of the vote, three quarters of an hour", []qMention{
			{Text: "3 quarters", Dim: DimDuration, Value: Exact(9 * qMonth)},
			{Text: "three quarters", Dim: DimPercent, Value: qSpan(70, 80)},
			{Text: "three quarters of an hour", Dim: DimDuration, Value: Exact(2700)},
		}},
		{"money", "$45 million, $45m, US$4.7 billion, €3bn, £2.5 billion, 2 million euros", []qMention{
			{Text: "$45 million", Dim: DimMoney, Value: qSpan(44.5e6, 45.5e6), Currency: "USD"},
			{Text: "$45m", Dim: DimMoney, Value: qSpan(44.5e6, 45.5e6), Currency: "USD"},
			{Text: "US$4.7 billion", Dim: DimMoney, Value: qSpan(4.65e9, 4.75e9), Currency: "USD"},
			{Text: "€3bn", Dim: DimMoney, Value: qSpan(2.5e9, 3.5e9), Currency: "EUR"},
			{Text: "£2.5 billion", Dim: DimMoney, Value: qSpan(2.45e9, 2.55e9), Currency: "GBP"},
			{Text: "2 million euros", Dim: DimMoney, Value: qSpan(1.5e6, 2.5e6), Currency: "EUR"},
		}},
		{"more money", "Rs 500 crore, ₹500, ¥1,000, 45 cents, 45 million dollars, USD 45, A$3m, 20 Egyptian pounds", []qMention{
			{Text: "Rs 500 crore", Dim: DimMoney, Value: qSpan(4.5e9, 5.5e9), Currency: "INR"},
			{Text: "₹500", Dim: DimMoney, Value: Exact(500), Currency: "INR"},
			{Text: "¥1,000", Dim: DimMoney, Value: Exact(1000), Currency: "JPY"},
			{Text: "45 cents", Dim: DimMoney, Value: Exact(0.45), Currency: "USD"},
			{Text: "45 million dollars", Dim: DimMoney, Value: qSpan(44.5e6, 45.5e6), Currency: "USD"},
			{Text: "USD 45", Dim: DimMoney, Value: Exact(45), Currency: "USD"},
			{Text: "A$3m", Dim: DimMoney, Value: qSpan(2.5e6, 3.5e6), Currency: "AUD"},
			{Text: "20 Egyptian pounds", Dim: DimMoney, Value: Exact(20), Currency: "EGP"},
		}},
		{"money ranges and cents", "$10-20 million, between $10 and $20 million, $20 and 43c", []qMention{
			{Text: "$10-20 million", Dim: DimMoney, Value: qSpan(10e6, 20e6), Currency: "USD"},
			{Text: "between $10 and $20 million", Dim: DimMoney, Value: qSpan(10e6, 20e6), Currency: "USD", Qualifier: "between"},
			{Text: "$20 and 43c", Dim: DimMoney, Value: Exact(20.43), Currency: "USD"},
		}},
		{"pounds of meat are not money", "two pounds of meat and a 200-pound bomb", []qMention{qCount("two", 2), qCount("200", 200)}},
		{"lengths carry 2%", "a 32-metre boat, a 105-foot boat, 3 nautical miles, 10km", []qMention{
			{Text: "32-metre", Dim: DimLength, Value: qSpan(32*0.98, 32*1.02), Adj: true},
			{Text: "105-foot", Dim: DimLength, Value: qSpan(105*qFoot*0.98, 105*qFoot*1.02), Adj: true},
			{Text: "3 nautical miles", Dim: DimLength, Value: qSpan(3*1852*0.98, 3*1852*1.02)},
			{Text: "10km", Dim: DimLength, Value: qSpan(9800, 10200)},
		}},
		{"areas and speeds are not lengths", "50 square metres, 10 km2, 30 km/h, 60 mph", nil},
		{"percent", "40%, 40 per cent, 40 percent, two-thirds of voters", []qMention{
			{Text: "40%", Dim: DimPercent, Value: Exact(40)},
			{Text: "40 per cent", Dim: DimPercent, Value: Exact(40)},
			{Text: "40 percent", Dim: DimPercent, Value: Exact(40)},
			{Text: "two-thirds", Dim: DimPercent, Value: qSpan(200.0/3-5, 200.0/3+5)},
		}},
		{"years", "The ferry, built in 1998, carried 2,000 people in 2025.", []qMention{
			{Text: "1998", Dim: DimCount, Value: Exact(1998), Year: true},
			qCount("2,000", 2000),
			{Text: "2025", Dim: DimCount, Value: Exact(2025), Year: true},
		}},
		{"qualified year-like figure is not a year", "more than 1500 people", []qMention{
			{Text: "more than 1500", Dim: DimCount, Value: Interval{Low: 1500, High: qInf, LowOpen: true}, Qualifier: "more than"},
		}},
		{"year ranges", "in 2019-2021", []qMention{{Text: "2019-2021", Dim: DimCount, Value: qSpan(2019, 2021), Year: true}}},
		{"ordinals", "the first phase, the 21st century, the twenty-fifth day, I second that", []qMention{
			{Text: "first", Dim: DimCount, Value: Exact(1), Ord: true},
			{Text: "21st", Dim: DimCount, Value: Exact(21), Ord: true},
			{Text: "twenty-fifth", Dim: DimCount, Value: Exact(25), Ord: true},
			{Text: "second", Dim: DimCount, Value: Exact(2), Ord: true},
		}},
		{"glued to letters", "F-16 jets, Covid-19, the G7, stages1, MH17, day one1", nil},
		{"model names may stay", "served in Unit 8200", []qMention{qCount("8200", 8200)}},
		{"dates, times, scores", "on 11.07.2025 at 10:30, 3pm, 3 pm, 10 a.m., 9/11, 24/7, the 1990s, a 2-1 win, the 2023-24 season, 5G", nil},
		{"words that are not numbers", "May they march with someone to a tone of money; a single nil pair.", nil},
		{"one of", "one of the victims", []qMention{qCount("one", 1)}},
		{"spelled decimal needs a scale or unit", "At one point two officers fired; two point five percent", []qMention{
			qCount("one", 1), qCount("two", 2), {Text: "two point five percent", Dim: DimPercent, Value: Exact(2.5)},
		}},
		{"negatives", "minus 3 and -4", []qMention{qCount("minus 3", -3), qCount("-4", -4)}},
		{"footnote markers", "“a million red lines”3. He said.[4]", []qMention{
			{Text: "a million", Dim: DimCount, Value: qSpan(750000, 1250000)},
		}},
	}
	opts := []cmp.Option{cmpopts.EquateApprox(1e-12, 1e-6), cmpopts.EquateEmpty()}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := qMentions(tc.text)
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
	if !ok || secs != 60*qDay {
		t.Errorf("ParseDuration(two-month) = %v, %v", secs, ok)
	}
}

func TestParseDuration(t *testing.T) {
	tests := []struct {
		in   string
		want float64
	}{
		{"60-day", 60 * qDay},
		{"six-week", 42 * qDay},
		{"two-month", 60 * qDay},
		{"sixty days", 60 * qDay},
		{"three hours", 10800},
		{"180 minutes", 10800},
		{"half an hour", 1800},
		{"half day", 12 * 3600},
		{"2 years and 3 months", 2*qYear + 3*qMonth},
		{"an hour and a half", 5400},
		{"one and a quarter hours", 4500},
		{"one and three quarters of hours", 6300},
		{"1 hour thirty", 5400},
		{"2 hour and 10", 130 * 60},
		{"1 hour fifteen seconds", 3615},
		{"a minute and 30 seconds", 90},
		{"1 year, 2 days, 3 hours and 4 seconds", 31719604},
		{"a fortnight", 14 * qDay},
		{"a decade", 10 * qYear},
		{"a century", 100 * qYear},
		{"3 quarters", 9 * qMonth},
		{"24h", 86400},
		{"1/2h", 1800},
		{"1.5 hrs", 5400},
		{"two additional minutes", 120},
		{"21-year", 21 * qYear},
		{" 2 days ", 2 * qDay},
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
		{"1 year, 2 days, 3 hours and 4 seconds", DurationParts{Years: 1, Seconds: 2*qDay + 3*3600 + 4}},
		{"a month and a half", DurationParts{Months: 1.5}},
		{"two decades", DurationParts{Years: 20}},
		{"3 quarters", DurationParts{Months: 9}},
		{"seven weeks", DurationParts{Seconds: 49 * qDay}},
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
	text := strings.Repeat(qBenchProse, 4)
	allocs := testing.AllocsPerRun(5, func() { Scan(text) })
	found := len(Scan(text))
	// One scanner, plus the doublings of the result slice.
	if limit := 2 + 2*bits.Len(uint(found)); allocs > float64(limit) {
		t.Errorf("Scan allocated %v times for %d bytes and %d mentions (limit %d)", allocs, len(text), found, limit)
	}
}

// qBenchProse is invented news copy with the density of figures of a wire story.
const qBenchProse = `The coast guard said on Sunday that at least 52 people had died after the ferry capsized
about 12 nautical miles off the coast late on Friday. Another 96 passengers were rescued, and
divers were still searching for dozens of people believed to be trapped inside the 95-metre hull.
The vessel, built in 1998, was licensed to carry 350 passengers but was carrying more than 400
when it left port two hours behind schedule, according to officials. Transport Minister Piet
Lorens promised a full inquiry and said the government would pay $2 million in compensation to
the families of the victims, roughly $40,000 per family. Opposition lawmakers called for a 30-qDay
investigation and demanded that the ministry publish inspection records covering the past three
years. The crossing normally takes three hours, but survivors said the ship listed for nearly an
hour before it turned over. One survivor, a 28-qYear-old teacher, said she swam for 45 minutes
before a fishing boat picked her up. Rescue teams from two neighbouring countries joined the
search on Saturday, deploying four helicopters and some 300 personnel. The regional government
declared three days of mourning. Insurance analysts estimated losses at €15m to €20m, and the
operator's shares fell 12 per cent in early trading. The company, which runs a fleet of 14 ships,
said it had spent more than 1.2 million euros on safety upgrades since 2021. Weather services had
warned of winds of up to 60 km/h and waves of between two and three metres in the strait. It was
the deadliest maritime accident in the region in two decades; a similar disaster in 2003 killed 118.
`

func BenchmarkScan(b *testing.B) {
	text := strings.Repeat(qBenchProse, 3)
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		Scan(text)
	}
}

// BenchmarkScanCorpus runs Scan over the evaluation articles next to the
// project, when they are present: real copy has fewer figures than qBenchProse.
func BenchmarkScanCorpus(b *testing.B) {
	var text strings.Builder
	for _, dir := range []string{"seeds", "dev"} {
		files, _ := filepath.Glob(filepath.Join("..", "..", "..", "shared", "eval", dir, "*"))
		for _, f := range files {
			if strings.HasSuffix(f, ".json") {
				continue
			}
			data, err := os.ReadFile(f)
			if err == nil {
				text.Write(data)
				text.WriteByte('\n')
			}
		}
	}
	if text.Len() == 0 {
		b.Skip("evaluation corpus not present")
	}
	s := text.String()
	b.SetBytes(int64(len(s)))
	b.ReportAllocs()
	for b.Loop() {
		Scan(s)
	}
}
