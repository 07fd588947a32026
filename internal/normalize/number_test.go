package normalize

import "testing"

func TestParseNumber(t *testing.T) {
	tests := []struct {
		in   string
		want float64
	}{
		{"0", 0},
		{"zero", 0},
		{"nought", 0},
		{"nil", 0},
		{"single", 1},
		{"a pair", 2},
		{"a pair of", 2},
		{"twelve", 12},
		{"Forty-one", 41},
		{"twenty-one", 21},
		{"twenty one", 21},
		{"twentyone", 21},
		{"1,200", 1200},
		{"12,00,000", 1200000},
		{"100,000.0", 100000},
		{"0033", 33},
		{".77", 0.77},
		{"1.10", 1.1},
		{"1.2M", 1200000},
		{"100k", 100000},
		{"3bn", 3e9},
		{".0012G", 1200000},
		{"5 thousand", 5000},
		{"1.2 million", 1200000},
		{"30 lakh", 3000000},
		{"12 lakhs", 1200000},
		{"200 dozens", 2400},
		{"two million", 2e6},
		{"one hundred thousand", 100000},
		{"seven hundred twenty-one thousand and twelve", 721012},
		{"five hundred and four", 504},
		{"nineteen hundred", 1900},
		{"two point two million", 2200000},
		{"three billions", 3e9},
		{"three thousand millions", 3e9},
		{"three crore twelve lakh fifty-six thousand seven hundred twenty-one", 31256721},
		{"three hundred Cr", 3e9},
		{"two and a half million", 2.5e6},
		{"half a million", 500000},
		{"a dozen", 12},
		{"a dozen of", 12},
		{"two dozen", 24},
		{"half a dozen", 6},
		{"a hundred", 100},
		{"a thousand", 1000},
		{"-504", -504},
		{"- 1,200,000", -1200000},
		{"−7", -7},
		{"minus 1,200,000", -1200000},
		{"negative five hundred and four", -504},
		{"-1.2M", -1200000},
		{"1 point 1", 1.1},
		{"point 77", 0.77},
		{"point seven five", 0.75},
		{"forty-five (45)", 45},
		{"45 (forty five)", 45},
		{"twenty—one", 21},
		{"  12  ", 12},
	}
	for _, tc := range tests {
		got, ok := ParseNumber(tc.in)
		if !ok || !peerClose(got, tc.want) {
			t.Errorf("ParseNumber(%q) = %v, %v; want %v", tc.in, got, ok, tc.want)
		}
	}
}

func TestParseNumberRefuses(t *testing.T) {
	for _, in := range []string{
		"", "a", "an", "May", "march", "F-16", "Covid-19", "G7", "stages1", "1,20", "1.2.3",
		"10:30", "9/11", "first", "21st", "twenty-fifth", "one two", "twelve people", "thousand",
		"hundreds", "dozens", "negative", "minus", "someone", "tone", "$45", "45%", "3 hours",
		"forty-five (46)", "point", "1990s", "and", "1e5", "1" + string(make([]byte, 3)),
	} {
		if v, ok := ParseNumber(in); ok {
			t.Errorf("ParseNumber(%q) = %v, want refusal", in, v)
		}
	}
}

func TestNumeralRoundingStep(t *testing.T) {
	// The rounding step decides the tolerance of "about" and of scaled figures.
	tests := []struct {
		in   string
		want float64
	}{
		{"53,977", 1},
		{"1,200", 100},
		{"1,000", 1000},
		{"1.2", 0.1},
		{"1.20", 0.01},
		{"1.2 million", 100000},
		{"two million", 1e6},
		{"twenty-one", 1},
		{"twenty", 10},
		{"two point two million", 100000},
		{"$45m", 1e6},
	}
	for _, tc := range tests {
		sc := qtyScanner{s: tc.in}
		j := 0
		opts := qtyNumOpts(0)
		if tc.in[0] == '$' {
			j, opts = 1, qtyNumMoney
		}
		n, st := sc.numeral(j, opts)
		if st != qtyNumOK || n.end != len(tc.in) {
			t.Errorf("numeral(%q): status %v, end %d", tc.in, st, n.end)
			continue
		}
		if !peerClose(n.step, tc.want) {
			t.Errorf("numeral(%q).step = %v, want %v", tc.in, n.step, tc.want)
		}
	}
}
