package benchcorpus

import (
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"
)

// commas writes n with thousands separators: 15237 → "15,237".
func commas(n int) string {
	s := strconv.Itoa(n)
	if n < 0 || len(s) <= 3 {
		return s
	}
	var b strings.Builder
	head := len(s) % 3
	b.WriteString(s[:head])
	for i := head; i < len(s); i += 3 {
		if i > 0 {
			b.WriteByte(',')
		}
		b.WriteString(s[i : i+3])
	}
	return b.String()
}

var smallNumbers = []string{"zero", "one", "two", "three", "four", "five", "six", "seven",
	"eight", "nine", "ten"}

// spelled writes numbers up to ten in words, as wire style does, and larger ones in figures.
func spelled(n int) string {
	if n >= 0 && n < len(smallNumbers) {
		return smallNumbers[n]
	}
	return commas(n)
}

// below returns a round number under n, for "more than …": 87 → 80, 1,437 → 1,400.
func below(n int) int {
	step := 10
	switch {
	case n > 20000:
		step = 1000
	case n > 2000:
		step = 100
	}
	return (n - 1) / step * step
}

// lowBound is the lowest value any wording of count n may state: "more than" uses below(n).
func lowBound(n int) int {
	if n >= 20 {
		return below(n)
	}
	return n
}

// money is an amount in whole units of a currency.
type money struct {
	symbol string // "$", "€" or "£"
	amount int64
}

var currencyWords = map[string]string{"$": "dollars", "€": "euros", "£": "pounds"}

// render writes the amount in one of the forms wire copy uses: "$4.5 million", "€4.5m",
// "4.5 million euros", "$250,000".
func (m money) render(g *rng) string {
	if m.amount >= 1_000_000 && m.amount%100_000 == 0 {
		millions := strconv.FormatInt(m.amount/1_000_000, 10)
		if tenth := m.amount / 100_000 % 10; tenth != 0 {
			millions += "." + strconv.FormatInt(tenth, 10)
		}
		switch g.intn(4) {
		case 0:
			return m.symbol + millions + "m"
		case 1:
			return millions + " million " + currencyWords[m.symbol]
		}
		return m.symbol + millions + " million"
	}
	return m.symbol + commas(int(m.amount))
}

// longDate writes "Tuesday, April 14", with the year when it is not the year of now.
func longDate(t, now time.Time) string {
	s := t.Weekday().String() + ", " + t.Month().String() + " " + strconv.Itoa(t.Day())
	if t.Year() != now.Year() {
		s += ", " + strconv.Itoa(t.Year())
	}
	return s
}

// indefinite returns "a" or "an" for a number as written: "an 80-metre", "an 11-day", "an
// eight-day", "a 62-metre".
func indefinite(number string) string {
	switch {
	case strings.HasPrefix(number, "8"), strings.HasPrefix(number, "eight"),
		number == "11", number == "18", strings.HasPrefix(number, "11,"), strings.HasPrefix(number, "18,"):
		return "an"
	}
	return "a"
}

// capitalize upper-cases the first letter of s.
func capitalize(s string) string {
	r, n := utf8.DecodeRuneInString(s)
	if n == 0 || unicode.IsUpper(r) {
		return s
	}
	return string(unicode.ToUpper(r)) + s[n:]
}

// yamlQuote writes s as a YAML double-quoted scalar.
func yamlQuote(s string) string {
	var b strings.Builder
	b.WriteByte('"')
	for _, r := range s {
		switch r {
		case '"', '\\':
			b.WriteByte('\\')
			b.WriteRune(r)
		case '\n':
			b.WriteString(`\n`)
		default:
			b.WriteRune(r)
		}
	}
	b.WriteByte('"')
	return b.String()
}

// wordCount counts the whitespace-separated words of s.
func wordCount(s string) int {
	n, in := 0, false
	for i := 0; i < len(s); {
		c := s[i]
		var space bool
		if c < utf8.RuneSelf {
			space = c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\v' || c == '\f'
			i++
		} else {
			r, size := utf8.DecodeRuneInString(s[i:])
			space = unicode.IsSpace(r)
			i += size
		}
		if space {
			in = false
		} else if !in {
			in = true
			n++
		}
	}
	return n
}
