package normalize

import (
	"math"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Dimension is what a figure measures.
type Dimension uint8

const (
	DimCount    Dimension = iota + 1 // plain numeral: "51,000", "twelve", "a dozen", "dozens"
	DimDuration                      // seconds
	DimMoney                         // amount in Currency units
	DimLength                        // metres
	DimPercent                       // "40%", "40 percent", "two-thirds" (found so that it is not read as a count)
)

// String names the dimension.
func (d Dimension) String() string {
	switch d {
	case DimCount:
		return "count"
	case DimDuration:
		return "duration"
	case DimMoney:
		return "money"
	case DimLength:
		return "length"
	case DimPercent:
		return "percent"
	}
	return "unknown"
}

// Quantity is one numeric mention found in text.
type Quantity struct {
	Start, End int // byte offsets of the whole mention (qualifier included) in the scanned text
	// NumStart is where the figure starts after any leading qualifier and the
	// blanks after it, so text[Start:NumStart] is the qualifier. A currency
	// sign belongs to the figure ("$45m"), and so does an article standing for
	// one ("a month").
	NumStart   int
	Dim        Dimension
	Value      Interval // in base units: count, seconds, metres, or currency units
	Currency   string   // ISO 4217 code for money ("USD", "EUR", "GBP", "JPY", "INR", ...); "" otherwise
	Qualifier  string   // canonical qualifier word(s) as found, lower-cased: "more than", "at least", "about", "" ...
	Adjectival bool     // hyphenated/attributive form: "60-day", "32-metre", "six-week", "21-year"
	Ordinal    bool     // "first", "21st" (Dim is DimCount, Value its number) — callers skip these
	Year       bool     // a bare 4-digit number 1000..2199 with no qualifier/unit (probably a year)
}

// DurationParts is a duration kept in the grains it was written in, so that
// calendar units convert the way a reader expects: "2 years and 3 months" is
// 27 months, while "1 year, 2 days" is 367 days.
type DurationParts struct {
	Years, Months float64
	Seconds       float64 // everything below a month: weeks, days, hours, minutes, seconds
}

// Duration grains: a month is 30 days and a year 365 days.
const (
	qtySecondsPerDay   = 86400
	qtySecondsPerMonth = 30 * qtySecondsPerDay
	qtySecondsPerYear  = 365 * qtySecondsPerDay
)

// InSeconds converts the parts to seconds with month = 30 days and year = 365 days.
func (p DurationParts) InSeconds() float64 {
	return p.Years*qtySecondsPerYear + p.Months*qtySecondsPerMonth + p.Seconds
}

func (p *DurationParts) add(count float64, u qtyDurUnit) {
	switch {
	case u.years > 0:
		p.Years += count * u.years
	case u.months > 0:
		p.Months += count * u.months
	default:
		p.Seconds += count * u.secs
	}
}

// Scan finds every numeric mention in text, left to right, non-overlapping,
// longest match first. Figures glued to letters ("F-16", "Covid-19", "G7"),
// dates and times written with separators ("11.07.2025", "10:30", "9/11") and
// decades ("1990s") are skipped.
func Scan(text string) []Quantity {
	sc := qtyScanner{s: text}
	var out []Quantity
	s := text
	i := 0
	for i < len(s) {
		c := s[i]
		switch {
		case qtyIsLetter(c):
			e := i
			for e < len(s) && qtyIsLetter(s[e]) {
				e++
			}
			if e < len(s) && s[e] >= utf8.RuneSelf && sc.alnumAt(e) {
				i = sc.tokenEnd(e)
				continue
			}
			if role := sc.wordRole(i, e); role != 0 {
				if q, end, emit := sc.match(i, role); end > i {
					if emit {
						out = append(out, q)
					}
					i = end
					continue
				}
			}
			i = e
		case qtyIsDigit(c):
			if sc.figureBoundary(i) {
				if q, end, emit := sc.match(i, qtyRoleFigure); end > i {
					if emit {
						out = append(out, q)
					}
					i = end
					continue
				}
			}
			i = sc.tokenEnd(i)
		case c == '.' || c == '-' || c == '$' || c == '~' || c == '<' || c == '>' || c >= utf8.RuneSelf:
			size := 1
			if c >= utf8.RuneSelf {
				r, sz := utf8.DecodeRuneInString(s[i:])
				size = sz
				if unicode.IsLetter(r) || unicode.IsDigit(r) {
					i = sc.tokenEnd(i)
					continue
				}
				if !qtySymbolMayStart(r) {
					i += size
					continue
				}
			}
			if sc.figureBoundary(i) {
				if q, end, emit := sc.match(i, qtyRoleFigure|qtyRoleQualifier); end > i {
					if emit {
						out = append(out, q)
					}
					i = end
					continue
				}
			}
			i += size
		default:
			i++
		}
	}
	return out
}

// qtySymbolMayStart reports whether a mention can begin with the non-ASCII rune r.
func qtySymbolMayStart(r rune) bool {
	switch r {
	case '€', '£', '¥', '₹', '₪', '₩', '₽', '₺', '₦', '−', '≥', '≤':
		return true
	}
	return false
}

// figureBoundary reports whether a figure may start at i: not glued to a
// letter or digit before it, directly or across a dash ("F-16", "Covid-19").
func (sc *qtyScanner) figureBoundary(i int) bool {
	if sc.alnumBefore(i) {
		return false
	}
	if d := sc.dashBefore(i); d > 0 && sc.alnumBefore(i-d) {
		return false
	}
	if i >= 1 && strings.IndexByte("./:,+_", sc.s[i-1]) >= 0 && sc.alnumBefore(i-1) {
		return false
	}
	// Footnote markers glued after closing punctuation: 'red lines”3', 'said.[4]'.
	if r, size := utf8.DecodeLastRuneInString(sc.s[:i]); size > 0 && i > size && qtyIsDigit(sc.s[i]) {
		prev, _ := utf8.DecodeLastRuneInString(sc.s[:i-size])
		switch r {
		case '”', '’', '"', ')', ']', '.', ';', '!', '?':
			if !unicode.IsSpace(prev) && prev != '(' && prev != '[' {
				return false
			}
		case '[', '(':
			if !unicode.IsSpace(prev) && prev != '(' && prev != '[' && prev != '"' && prev != '“' {
				return false
			}
		}
	}
	return true
}

// wordRole reports what the word s[i:e] can begin: a figure, a qualifier
// phrase, both or neither. It is the cheap filter that keeps Scan fast over
// ordinary prose: most words are rejected by a bit table of three-letter
// prefixes before any map lookup.
func (sc *qtyScanner) wordRole(i, e int) uint8 {
	s := sc.s
	role := uint8(0)
	switch {
	case e < len(s) && s[e] == '$':
		role = qtyRoleFigure // "US$", "HK$"
	case e-i <= 3 && s[i] <= 'Z' && e < len(s) && (qtyIsDigit(s[e]) || s[e] == ' ' || s[e] == '.') &&
		(qtyISOCodes[s[i:e]] || s[i:e] == "Rs" || s[i:e] == "RS" || s[i:e] == "RM"):
		role = qtyRoleFigure // currency codes before an amount: "USD3.14", "EUR 20", "Rs. 20", "RM42"
	case e-i > 16 || !qtyPrefixFilter.has(s[i:e]) || !qtyShapeFilter.has(s[i:e]):
		return 0
	default:
		w, _ := sc.word(i)
		if w == nil {
			return 0
		}
		isArticle := string(w) == "a" || string(w) == "an"
		role = qtyWordRoles[string(w)]
		if isArticle && !sc.articleMayStart(e) {
			return 0
		}
		if role == 0 {
			if _, ok := qtySplitTens(w); !ok {
				return 0
			}
			role = qtyRoleFigure
		}
	}
	if !sc.figureBoundary(i) {
		return 0
	}
	return role
}

// articleMayStart reports whether the word after an article ending at e can
// make "a"/"an" part of a mention ("a dozen", "a month", "a minimum of",
// "an estimated"); most articles are followed by plain nouns.
func (sc *qtyScanner) articleMayStart(e int) bool {
	p := sc.skipSpace(e)
	if p == e || p >= len(sc.s) {
		return false
	}
	if sc.s[p] == 'U' || sc.s[p] == '$' {
		return true // "a US$4.7 billion"
	}
	w, _ := sc.word(p)
	return w != nil && qtyAfterArticle[string(w)]
}

// qtyAfterArticle holds the words that can follow "a"/"an" in a mention.
var qtyAfterArticle = qtyBuildAfterArticle()

func qtyBuildAfterArticle() map[string]bool {
	set := map[string]bool{}
	for w, u := range qtyDurUnits {
		if !u.plural {
			set[w] = true
		}
	}
	for w, u := range qtyLenUnits {
		if u.article {
			set[w] = true
		}
	}
	for w, info := range qtyNumWords {
		if !info.plural && !info.ordinal && (info.kind == qwHundred || info.kind == qwScale || info.kind == qwDozen) {
			set[w] = true
		}
	}
	for w, d := range qtyDenominators {
		if !d.plural {
			set[w] = true
		}
	}
	for _, entries := range [][]qtyQualEntry{qtyQualifiers["a"], qtyQualifiers["an"]} {
		for _, ent := range entries {
			set[ent.rest[0]] = true
		}
	}
	for _, w := range []string{"handful", "half", "dollar", "euro"} {
		set[w] = true
	}
	return set
}

const (
	qtyRoleFigure    uint8 = 1 << iota // a numeral, an article, a vague count, a currency
	qtyRoleQualifier                   // the first word of a qualifier phrase
)

// qtyWordRoles holds every word that can begin a mention; qtyPrefixFilter
// the three-letter prefixes of those words and qtyShapeFilter their shapes
// (length, first and last letter).
var qtyWordRoles, qtyPrefixFilter, qtyShapeFilter = qtyBuildWordRoles()

// qtyShapeBits is a bit table over (length up to 16, first letter, last letter).
type qtyShapeBits [17*27*27/64 + 1]uint64

func qtyShapeKey(w string) int {
	if len(w) == 0 || len(w) > 16 {
		return 0
	}
	return (len(w)*27+qtyLetterCode(w[0]))*27 + qtyLetterCode(w[len(w)-1])
}

func (b *qtyShapeBits) add(w string) { k := qtyShapeKey(w); b[k/64] |= 1 << (k % 64) }

func (b *qtyShapeBits) has(w string) bool { k := qtyShapeKey(w); return b[k/64]&(1<<(k%64)) != 0 }

// qtyPrefixBits is a bit table over the first three letters of a word
// (27 symbols each: a-z and "no letter"); a set bit means some word in
// qtyWordRoles starts that way.
type qtyPrefixBits [27*27*27/64 + 1]uint64

func qtyPrefixKey(w string) int {
	k := 0
	switch {
	case len(w) >= 3:
		k = qtyLetterCode(w[2])
		fallthrough
	case len(w) == 2:
		k += 27 * qtyLetterCode(w[1])
		fallthrough
	case len(w) == 1:
		k += 729 * qtyLetterCode(w[0])
	}
	return k
}

// qtyLetterCode numbers the letters 1..26 regardless of case, anything else 0.
func qtyLetterCode(c byte) int {
	c |= 0x20
	if c < 'a' || c > 'z' {
		return 0
	}
	return int(c-'a') + 1
}

func (b *qtyPrefixBits) add(w string) { k := qtyPrefixKey(w); b[k/64] |= 1 << (k % 64) }

func (b *qtyPrefixBits) has(w string) bool { k := qtyPrefixKey(w); return b[k/64]&(1<<(k%64)) != 0 }

func qtyBuildWordRoles() (map[string]uint8, *qtyPrefixBits, *qtyShapeBits) {
	roles := map[string]uint8{}
	for _, w := range []string{
		"a", "an", "half", "minus", "negative",
		"dozens", "scores", "hundreds", "thousands", "tens", "millions", "billions", "several",
	} {
		roles[w] |= qtyRoleFigure
	}
	for w := range qtyNumWords {
		roles[w] |= qtyRoleFigure
	}
	for first := range qtyQualifiers {
		roles[first] |= qtyRoleQualifier
	}
	prefixes, shapes := new(qtyPrefixBits), new(qtyShapeBits)
	for w := range roles {
		prefixes.add(w)
		shapes.add(w)
	}
	// Tens run together with a unit ("twentyfive", "fortysecond") are read
	// by qtySplitTens rather than listed.
	for _, tens := range qtyTensNames {
		for w, info := range qtyNumWords {
			if info.kind == qwUnit {
				shapes.add(tens + w)
			}
		}
	}
	return roles, prefixes, shapes
}

// Qualifiers.

type qtyQual uint8

const (
	qualNone     qtyQual = iota
	qualMore             // (v, +Inf)
	qualOver             // "over": (v, +Inf), but [v, +Inf) for durations ("over two days" also means "across")
	qualAtLeast          // [v, +Inf)
	qualUpTo             // [0, v]
	qualLess             // [0, v)
	qualNearly           // [v-t, v)
	qualAbout            // [v-t, v+t]
	qualJustOver         // (v, v+t]
	qualExact            // the figure as written
	qualBetween          // "between X and Y"
)

type qtyQualEntry struct {
	rest []string // words after the first
	kind qtyQual
	text string
}

// qtyQualifiers maps the first word of each qualifier phrase to the phrases,
// longest first.
var qtyQualifiers = qtyBuildQualifiers()

func qtyBuildQualifiers() map[string][]qtyQualEntry {
	quals := map[string][]qtyQualEntry{}
	phrases := []struct {
		kind  qtyQual
		texts []string
	}{
		{qualMore, []string{"more than", "above", "upwards of", "in excess of", "exceeding", "greater than", "higher than", "well over", "well above", "over"}},
		{qualAtLeast, []string{"at least", "no fewer than", "no less than", "not less than", "not fewer than", "a minimum of", "minimum of"}},
		{qualUpTo, []string{"up to", "as many as", "no more than", "not more than", "at most", "a maximum of", "maximum of", "as much as", "as high as"}},
		{qualLess, []string{"fewer than", "less than", "under", "below", "lower than", "well under", "well below"}},
		{qualNearly, []string{"nearly", "almost", "just under", "close to", "just shy of", "just below", "slightly less than", "slightly fewer than", "a little under", "a little less than", "not quite"}},
		{qualAbout, []string{"about", "around", "approximately", "roughly", "some", "an estimated", "estimated", "approx", "circa", "in the region of", "an average of", "on average"}},
		{qualJustOver, []string{"just over", "just above", "slightly more than", "slightly over", "a little over", "a little more than", "little more than"}},
		{qualExact, []string{"exactly", "precisely"}},
		{qualBetween, []string{"between"}},
	}
	for _, ph := range phrases {
		for _, text := range ph.texts {
			words := strings.Fields(text)
			kind := ph.kind
			if text == "over" {
				kind = qualOver
			}
			quals[words[0]] = append(quals[words[0]], qtyQualEntry{rest: words[1:], kind: kind, text: text})
		}
	}
	for first, entries := range quals {
		// longest phrase first
		for a := 1; a < len(entries); a++ {
			for b := a; b > 0 && len(entries[b].rest) > len(entries[b-1].rest); b-- {
				entries[b], entries[b-1] = entries[b-1], entries[b]
			}
		}
		quals[first] = entries
	}
	return quals
}

// qualifier reads a qualifier phrase at i.
func (sc *qtyScanner) qualifier(i int) (qtyQual, string, int) {
	s := sc.s
	switch {
	case s[i] == '~':
		return qualAbout, "~", i + 1
	case s[i] == '<':
		return qualLess, "<", i + 1
	case s[i] == '>':
		return qualMore, ">", i + 1
	case strings.HasPrefix(s[i:], "≥"):
		return qualAtLeast, "≥", i + len("≥")
	case strings.HasPrefix(s[i:], "≤"):
		return qualUpTo, "≤", i + len("≤")
	}
	w, e := sc.word(i)
	if w == nil {
		return qualNone, "", i
	}
	entries := qtyQualifiers[string(w)]
	for _, ent := range entries {
		p := e
		ok := true
		for _, next := range ent.rest {
			if p, ok = sc.nextWord(p, next); !ok {
				break
			}
		}
		if ok {
			if ent.text == "approx" && p < len(s) && s[p] == '.' {
				p++
			}
			return ent.kind, ent.text, p
		}
	}
	return qualNone, "", i
}

// match reads the mention starting at i. end > i when text was consumed;
// emit is false when the consumed text is a figure that must not be reported
// (a date, a score, a time, a model name).
func (sc *qtyScanner) match(i int, role uint8) (Quantity, int, bool) {
	if role&qtyRoleQualifier != 0 {
		if kind, text, qe := sc.qualifier(i); kind != qualNone {
			j := sc.skipSpace(qe)
			symbol := qe == i+1 || text == "≥" || text == "≤"
			if j > qe || symbol {
				if f, ok := sc.figure(j, kind == qualBetween, i, false); ok && !f.suppress && !f.ordinal {
					return sc.finish(f, kind, text, i), f.end, true
				}
			}
		}
	}
	if role&qtyRoleFigure == 0 {
		return Quantity{}, i, false
	}
	f, ok := sc.figure(i, false, i, true)
	if !ok {
		return Quantity{}, i, false
	}
	if f.suppress {
		return Quantity{}, f.end, false
	}
	return sc.finish(f, qualNone, "", i), f.end, true
}

// qtyFigure is a figure with its unit, before a leading qualifier is applied.
type qtyFigure struct {
	start, end int
	dim        Dimension
	currency   string
	low, high  float64 // nominal bounds in base units; equal for a point
	highOpen   bool
	point      bool    // one figure (not a range or a vague count)
	nominal    float64 // the number as written, before the unit factor
	factor     float64 // base units per written unit
	step       float64 // rounding step in base units (points only)
	numScale   float64 // scale word multiplier of the numeral
	scaled     bool    // written with a scale word: carries half its step as tolerance
	hasUnit    bool
	prefixed   bool // currency sign before the number
	compound   bool // several parts ("2 years and 3 months")
	adjectival bool
	ordinal    bool
	year       bool
	parts      DurationParts
	trail      qtyQual // trailing qualifier ("or so", "or more")
	trailText  string
	suppress   bool
}

// figure reads a figure at j, with a range ("10-12", "10 to 12",
// "between 10 and 12") and, when trail is set, a trailing qualifier.
func (sc *qtyScanner) figure(j int, between bool, mentionStart int, trail bool) (qtyFigure, bool) {
	f, ok := sc.single(j, 0)
	if !ok || f.suppress {
		return f, ok
	}
	rangeable := f.point && !f.ordinal && !f.adjectival && !f.compound
	if rangeable {
		r, ok, suppress := sc.rangeAfter(f, between, mentionStart)
		switch {
		case suppress:
			return qtyFigure{start: j, end: sc.tokenEnd(j), suppress: true}, true
		case ok:
			f = r
		case between:
			return qtyFigure{}, false
		}
	} else if between {
		return qtyFigure{}, false
	}
	if trail && !f.ordinal && !between {
		sc.trailing(&f)
	}
	return f, true
}

// qtyTrailingOr lists the qualifiers that follow a figure after "or".
var qtyTrailingOr = []struct {
	word, text string
	kind       qtyQual
}{
	{"so", "or so", qualAbout}, {"more", "or more", qualAtLeast}, {"over", "or over", qualAtLeast},
	{"above", "or above", qualAtLeast}, {"fewer", "or fewer", qualUpTo}, {"less", "or less", qualUpTo},
}

// trailing reads a qualifier after the figure: "or so", "or more", "40-odd", "50-plus", "50+".
func (sc *qtyScanner) trailing(f *qtyFigure) {
	s := sc.s
	p := f.end
	if e, ok := sc.nextWord(p, "or"); ok {
		q := sc.skipSpace(e)
		w, we := sc.word(q)
		if q > e && w != nil && !sc.alnumAt(we) {
			for _, t := range qtyTrailingOr {
				if string(w) == t.word {
					f.trail, f.trailText, f.end = t.kind, t.text, we
					return
				}
			}
		}
	}
	if !f.point || f.dim != DimCount && f.dim != DimMoney {
		return
	}
	if d := sc.dashAt(p); d > 0 {
		if e, ok := sc.isWord(p+d, "odd"); ok {
			f.trail, f.trailText, f.end = qualAbout, "odd", e
			return
		}
		if e, ok := sc.isWord(p+d, "plus"); ok {
			f.trail, f.trailText, f.end = qualAtLeast, "plus", e
			return
		}
	}
	if p < len(s) && s[p] == '+' && !sc.alnumAt(p+1) && p > 0 && qtyIsDigit(s[p-1]) {
		f.trail, f.trailText, f.end = qualAtLeast, "+", p+1
	}
}

// rangeAfter reads the second half of a range after the point figure f1.
// suppress is true for digit pairs joined by a dash that cannot be a range
// ("2-1", "2025-07-11", "2023-24"): scores, dates and seasons.
func (sc *qtyScanner) rangeAfter(f1 qtyFigure, between bool, mentionStart int) (r qtyFigure, ok, suppress bool) {
	s := sc.s
	p := f1.end
	var q int
	glued := false
	if between {
		e, ok := sc.nextWord(p, "and")
		if !ok {
			return r, false, false
		}
		q = sc.skipSpace(e)
		if q == e {
			return r, false, false
		}
	} else {
		q0 := sc.skipSpace(p)
		if d := sc.dashAt(q0); d > 0 {
			glued = q0 == p && sc.skipSpace(q0+d) == q0+d
			q = sc.skipSpace(q0 + d)
			if !glued && q == q0+d {
				return r, false, false // "10 -12"
			}
		} else if q0 > p {
			w, e := sc.word(q0)
			isTo, isOr := string(w) == "to", string(w) == "or"
			if w == nil || !isTo && !isOr {
				return r, false, false
			}
			if isTo && sc.prevWordIs(mentionStart, "from") {
				return r, false, false // "rose from 29 to 41" is a change, not a range
			}
			q = sc.skipSpace(e)
			if q == e {
				return r, false, false
			}
		} else {
			return r, false, false
		}
	}
	if q >= len(s) {
		return r, false, false
	}
	opts := qtyNumOpts(0)
	if f1.dim == DimMoney {
		opts = qtyNumMoney
	}
	f2, ok2 := sc.single(q, opts)
	bothDigits := glued && f2.start == q && q < len(s) && qtyIsDigit(s[q]) && p > 0 && qtyIsDigit(s[p-1])
	if !ok2 || f2.suppress || !f2.point || f2.ordinal || f2.compound || f2.adjectival {
		if bothDigits && f2.suppress {
			return r, false, true
		}
		return r, false, false
	}
	a, b := f1, f2
	switch {
	case b.hasUnit && a.hasUnit:
		if a.dim != b.dim || a.currency != b.currency || a.factor != b.factor && a.dim == DimMoney {
			return r, false, false
		}
		if a.numScale == 1 && b.numScale > 1 && a.nominal*b.numScale <= b.nominal {
			// "between $10 and $20 million"
			a.nominal *= b.numScale
			a.step *= b.numScale
			a.numScale = b.numScale
			a.low = a.nominal * a.factor
			a.high = a.low
		}
	case b.hasUnit:
		if a.numScale == 1 && b.numScale > 1 && a.nominal*b.numScale <= b.nominal {
			a.nominal *= b.numScale
			a.step *= b.numScale
			a.numScale = b.numScale
		}
		a.dim, a.currency, a.factor, a.hasUnit = b.dim, b.currency, b.factor, true
		a.low = a.nominal * a.factor
		a.high = a.low
		a.year = false
	case a.hasUnit:
		if !a.prefixed {
			return r, false, false
		}
		if a.numScale == 1 && b.numScale > 1 && a.nominal*b.numScale <= b.nominal {
			a.nominal *= b.numScale
			a.low = a.nominal * a.factor
			a.high = a.low
		}
		b.dim, b.currency, b.factor = a.dim, a.currency, a.factor
		b.low = b.nominal * b.factor
		b.high = b.low
	default:
		if a.numScale == 1 && b.numScale > 1 && a.nominal*b.numScale <= b.nominal {
			a.nominal *= b.numScale
			a.low = a.nominal
			a.high = a.low
			a.year = false
		}
	}
	if !(a.low < b.high) || math.IsInf(a.low, 0) || math.IsInf(b.high, 0) {
		if bothDigits {
			return r, false, true
		}
		return r, false, false
	}
	r = a
	r.point = false
	r.end = b.end
	r.high = b.high
	r.highOpen = false
	r.year = a.year && b.year && r.dim == DimCount
	r.scaled = a.scaled || b.scaled
	return r, true, false
}

// prevWordIs reports whether the word just before i (across blanks) is w.
func (sc *qtyScanner) prevWordIs(i int, w string) bool {
	s := sc.s
	p := i
	for p > 0 && (s[p-1] == ' ' || s[p-1] == '\t' || s[p-1] == '\n') {
		p--
	}
	if p == i || p < len(w) {
		return false
	}
	start := p - len(w)
	if !strings.EqualFold(s[start:p], w) {
		return false
	}
	return !sc.alnumBefore(start)
}

// single reads one figure at j: a number with the unit that follows it, or a
// currency-prefixed amount, an article standing for one ("a month"), "half
// an hour", or a vague count ("dozens", "tens of thousands").
func (sc *qtyScanner) single(j int, opts qtyNumOpts) (qtyFigure, bool) {
	s := sc.s
	if j >= len(s) {
		return qtyFigure{}, false
	}
	if f, ok := sc.moneyPrefixed(j); ok {
		return f, true
	}
	if qtyIsLetter(s[j]) {
		w, _ := sc.word(j)
		switch {
		case w == nil:
			return qtyFigure{}, false
		case string(w) == "a" || string(w) == "an":
			if f, ok := sc.articleFigure(j); ok {
				return f, true
			}
		case string(w) == "half":
			if f, ok := sc.halfFigure(j); ok {
				return f, true
			}
		default:
			if f, ok := sc.vague(j); ok {
				return f, true
			}
		}
	}
	n, st := sc.numeral(j, opts)
	switch st {
	case qtyNumNone:
		return qtyFigure{}, false
	case qtyNumJunk:
		return qtyFigure{start: j, end: n.end, suppress: true}, true
	}
	f := sc.afterNumeral(n)
	if n.wordPoint && !f.hasUnit && n.scale == 1 {
		// "at one point two officers" is not 1.2: a spelled decimal must carry a scale or unit.
		m, st2 := sc.numeral(j, opts|qtyNumNoPoint)
		if st2 != qtyNumOK {
			return qtyFigure{}, false
		}
		f = sc.afterNumeral(m)
	}
	return f, true
}

// afterNumeral attaches the unit that follows numeral n.
func (sc *qtyScanner) afterNumeral(n qtyNumeral) qtyFigure {
	s := sc.s
	f := qtyFigure{
		start: n.start, end: n.end, dim: DimCount, low: n.value, high: n.value, point: true,
		nominal: n.value, factor: 1, step: n.step, numScale: n.scale, scaled: n.rounded(),
	}
	if n.ordinal {
		f.ordinal = true
		f.scaled = false
		return f
	}
	e := n.end
	if sc.plainAfter(e) {
		f.year = n.yearLike
		return f
	}
	if n.digits && e+1 < len(s) && s[e] == '/' && qtyIsDigit(s[e+1]) {
		if g, ok := sc.slashFraction(n); ok {
			return g
		}
		return qtyFigure{start: n.start, end: sc.tokenEnd(n.start), suppress: true}
	}
	if g, ok := sc.percentAfter(f, n); ok {
		return g
	}
	if g, ok := sc.fractionAfter(n); ok {
		return g
	}
	if g, ok := sc.moneySuffix(f, n); ok {
		return g
	}
	if g, ok := sc.durationAfter(n); ok {
		return g
	}
	if g, ok, suppress := sc.lengthAfter(n); ok || suppress {
		if suppress {
			return qtyFigure{start: n.start, end: g.end, suppress: true}
		}
		return g
	}
	// Letters glued to digits that no unit took: "3pm", "1990s", "5G", "4x4".
	if n.digits && e < len(s) && (qtyIsLetter(s[e]) || sc.alnumAt(e)) {
		return qtyFigure{start: n.start, end: sc.tokenEnd(n.start), suppress: true}
	}
	// Clock times: "3 pm", "10 a.m."
	if p := sc.skipSpace(e); p > e && n.digits {
		w, we := sc.word(p)
		if w != nil && (string(w) == "am" || string(w) == "pm") && !sc.alnumAt(we) {
			return qtyFigure{start: n.start, end: we, suppress: true}
		}
		if (strings.HasPrefix(s[p:], "a.m.") || strings.HasPrefix(s[p:], "p.m.")) && !sc.alnumAt(p+4) {
			return qtyFigure{start: n.start, end: p + 4, suppress: true}
		}
	}
	f.year = n.yearLike
	return f
}

// plainAfter reports whether what follows a numeral ending at e certainly
// carries no unit, so afterNumeral can skip its unit readers: end of text,
// closing punctuation, or a lower-case word that starts no unit phrase
// ("51,000 Palestinians").
func (sc *qtyScanner) plainAfter(e int) bool {
	s := sc.s
	if e >= len(s) {
		return true
	}
	switch s[e] {
	case ',', ';', ')', '!', '?', '"', '.':
		return true
	case ' ':
	default:
		return false
	}
	p := sc.skipSpace(e)
	if p >= len(s) {
		return true
	}
	if s[p] < 'a' || s[p] > 'z' {
		return false
	}
	w, _ := sc.word(p)
	return w != nil && !qtyUnitStarters[string(w)]
}

// qtyUnitStarters holds the lower-case words that can follow a numeral as
// (the start of) its unit or a phrase afterNumeral reads.
var qtyUnitStarters = qtyBuildUnitStarters()

func qtyBuildUnitStarters() map[string]bool {
	set := map[string]bool{}
	for w := range qtyDurUnits {
		set[w] = true
	}
	for w := range qtyDurFillers {
		set[w] = true
	}
	for w := range qtyLenUnits {
		set[w] = true
	}
	for w := range qtyCurrencyWords {
		set[w] = true
	}
	for w := range qtyCurrencyAdj {
		set[w] = true
	}
	for w := range qtyCentWords {
		set[w] = true
	}
	for w := range qtyDenominators {
		set[w] = true
	}
	for _, w := range []string{
		"and", "nautical", "square", "sq", "cubic", "mph", "kph", "kmh", "knots",
		"percent", "per", "pct", "percentage", "am", "pm", "a", "p", "u",
	} {
		set[w] = true
	}
	return set
}

// Units.

type qtyDurUnit struct {
	secs   float64 // length in seconds (month = 30 days, year = 365 days)
	months float64 // calendar months in the unit, for month-based units
	years  float64 // calendar years in the unit, for year-based units
	rank   int     // larger units rank higher; the parts of a compound go down
	digits bool    // only right after digits ("24h")
	plural bool
}

var qtyDurUnits = qtyBuildDurUnits()

// qtyRankMinute and qtyRankHour let "1 hour thirty" imply minutes.
const (
	qtyRankSecond = 1
	qtyRankMinute = 2
	qtyRankHour   = 3
)

func qtyBuildDurUnits() map[string]qtyDurUnit {
	units := map[string]qtyDurUnit{}
	type unitDef struct {
		singular, plural []string
		u                qtyDurUnit
	}
	defs := []unitDef{
		{[]string{"second", "sec"}, []string{"seconds", "secs"}, qtyDurUnit{secs: 1, rank: qtyRankSecond}},
		{[]string{"minute", "min"}, []string{"minutes", "mins"}, qtyDurUnit{secs: 60, rank: qtyRankMinute}},
		{[]string{"hour", "hr"}, []string{"hours", "hrs"}, qtyDurUnit{secs: 3600, rank: qtyRankHour}},
		{[]string{"day"}, []string{"days"}, qtyDurUnit{secs: qtySecondsPerDay, rank: 4}},
		{[]string{"week"}, []string{"weeks"}, qtyDurUnit{secs: 7 * qtySecondsPerDay, rank: 5}},
		{[]string{"fortnight"}, []string{"fortnights"}, qtyDurUnit{secs: 14 * qtySecondsPerDay, rank: 6}},
		{[]string{"month"}, []string{"months"}, qtyDurUnit{secs: qtySecondsPerMonth, months: 1, rank: 7}},
		{[]string{"quarter"}, []string{"quarters"}, qtyDurUnit{secs: 3 * qtySecondsPerMonth, months: 3, rank: 8}},
		{[]string{"year", "yr"}, []string{"years", "yrs"}, qtyDurUnit{secs: qtySecondsPerYear, years: 1, rank: 9}},
		{[]string{"decade"}, []string{"decades"}, qtyDurUnit{secs: 10 * qtySecondsPerYear, years: 10, rank: 10}},
		{[]string{"century"}, []string{"centuries"}, qtyDurUnit{secs: 100 * qtySecondsPerYear, years: 100, rank: 11}},
	}
	for _, d := range defs {
		for _, w := range d.singular {
			units[w] = d.u
		}
		p := d.u
		p.plural = true
		for _, w := range d.plural {
			units[w] = p
		}
	}
	units["h"] = qtyDurUnit{secs: 3600, rank: qtyRankHour, digits: true}
	return units
}

// durUnitAt reads a duration unit word at p. afterDigits says whether the
// number before it was written with digits (only then is "h" an hour).
func (sc *qtyScanner) durUnitAt(p int, afterDigits bool) (qtyDurUnit, int, bool) {
	w, e := sc.word(p)
	if w == nil {
		return qtyDurUnit{}, p, false
	}
	u, ok := qtyDurUnits[string(w)]
	if !ok || (u.digits && !afterDigits) || sc.alnumAt(e) {
		return qtyDurUnit{}, p, false
	}
	if u.months == 3 {
		// "three quarters of the vote" is a share, not nine months.
		if _, of := sc.nextWord(e, "of"); of {
			return qtyDurUnit{}, p, false
		}
	}
	return u, e, true
}

// qtyDurFillers may stand between a number and its unit: "2 more minutes",
// "three consecutive days".
var qtyDurFillers = map[string]bool{
	"more": true, "additional": true, "extra": true, "less": true, "fewer": true, "further": true,
	"full": true, "straight": true, "consecutive": true, "whole": true, "long": true, "other": true,
}

// durationAfter reads a duration unit after numeral n: "60-day", "sixty
// days", "2 more minutes", "5 and a half minutes", "1.5 hrs", "24h".
func (sc *qtyScanner) durationAfter(n qtyNumeral) (qtyFigure, bool) {
	s := sc.s
	e := n.end
	if n.wordPoint && n.scale > 1 || n.value < 0 {
		return qtyFigure{}, false
	}
	if d := sc.dashAt(e); d > 0 {
		if u, ue, ok := sc.durUnitAt(e+d, n.digits); ok {
			return sc.durationFrom(n.start, n.value, n.step, u, ue, true, n.rounded()), true
		}
		return qtyFigure{}, false
	}
	if n.digits && e < len(s) && qtyIsLetter(s[e]) {
		if u, ue, ok := sc.durUnitAt(e, true); ok {
			return sc.durationFrom(n.start, n.value, n.step, u, ue, false, n.rounded()), true
		}
		return qtyFigure{}, false
	}
	p := sc.skipSpace(e)
	if p == e {
		return qtyFigure{}, false
	}
	if w, we := sc.word(p); w != nil && qtyDurFillers[string(w)] {
		if q := sc.skipSpace(we); q > we {
			if _, _, ok := sc.durUnitAt(q, n.digits); ok {
				p = q
			}
		}
	}
	value, step := n.value, n.step
	if frac, fe := sc.andFraction(p); frac > 0 {
		q := sc.skipSpace(fe)
		if oe, ok := sc.isWord(q, "of"); ok && q > fe {
			if r := sc.skipSpace(oe); r > oe {
				q = r
			}
		}
		if q == fe {
			return qtyFigure{}, false
		}
		value += frac
		step = frac
		p = q
	}
	u, ue, ok := sc.durUnitAt(p, n.digits)
	if !ok {
		return qtyFigure{}, false
	}
	return sc.durationFrom(n.start, value, step, u, ue, false, n.rounded()), true
}

// durationFrom builds a duration whose first part, count units u, starts at
// start and whose unit ends at ue; it reads "and a half" and further parts
// ("2 years and 3 months", "1 hour thirty") unless the form is adjectival.
func (sc *qtyScanner) durationFrom(start int, count, countStep float64, u qtyDurUnit, ue int, adjectival, scaled bool) qtyFigure {
	s := sc.s
	var parts DurationParts
	parts.add(count, u)
	end := ue
	step := countStep * u.secs
	compound := false
	if !adjectival {
		p := sc.skipSpace(end)
		if frac, fe := sc.andFraction(p); p > end && frac > 0 && count == math.Trunc(count) && !sc.alnumAt(fe) {
			// "an hour and a half": the fraction is of the unit just read
			if q := sc.skipSpace(fe); q == fe || !sc.unitWordAt(q) {
				parts.add(frac, u)
				end = fe
				step = frac * u.secs
			}
		}
		last := u
		// In running text a comma-joined part counts only when the series
		// ends with "and" ("1 year, 2 days and 3 hours"): "sixty days, three
		// hours" is more often a list than one duration.
		type state struct {
			parts    DurationParts
			end      int
			step     float64
			compound bool
		}
		var beforeComma *state
		lastAnd := false
		for !scaled {
			p := end
			comma := false
			if p < len(s) && s[p] == ',' {
				p++
				comma = true
			}
			q := sc.skipSpace(p)
			if q == p {
				break
			}
			and := false
			if ae, ok := sc.isWord(q, "and"); ok {
				r := sc.skipSpace(ae)
				if r == ae {
					break
				}
				q, and = r, true
			}
			var c float64
			var ce int
			article, digits := false, false
			if ae, ok := sc.isWord(q, "a"); ok {
				c, ce, article = 1, ae, true
			} else if ae, ok := sc.isWord(q, "an"); ok {
				c, ce, article = 1, ae, true
			} else {
				m, st := sc.numeral(q, qtyNumBare|qtyNumNoPoint)
				if st != qtyNumOK || m.ordinal || m.value < 0 {
					break
				}
				c, ce, digits = m.value, m.end, m.digits
			}
			r := sc.skipSpace(ce)
			var u2 qtyDurUnit
			var ue2 int
			ok := false
			if r > ce {
				u2, ue2, ok = sc.durUnitAt(r, digits)
			} else if digits && ce < len(s) && qtyIsLetter(s[ce]) {
				u2, ue2, ok = sc.durUnitAt(ce, true)
			}
			if ok && u2.rank < last.rank && (!article || !u2.plural) && c*u2.secs < last.secs {
				if comma && beforeComma == nil {
					beforeComma = &state{parts, end, step, compound}
				}
				parts.add(c, u2)
				end, last, step, compound, lastAnd = ue2, u2, u2.secs, true, and
				continue
			}
			// "1 hour thirty", "2 hour and 10": minutes after hours, seconds after minutes,
			// only when nothing follows that could be the figure's noun.
			if !ok && !article && !comma && (last.rank == qtyRankHour || last.rank == qtyRankMinute) &&
				c >= 1 && c < 60 && c == math.Trunc(c) && sc.phraseEndsAt(ce) {
				implied := qtyDurUnits["minute"]
				if last.rank == qtyRankMinute {
					implied = qtyDurUnits["second"]
				}
				parts.add(c, implied)
				end, step, compound, lastAnd = ce, implied.secs, true, and
			}
			break
		}
		if beforeComma != nil && !lastAnd && !sc.loose {
			parts, end, step, compound = beforeComma.parts, beforeComma.end, beforeComma.step, beforeComma.compound
		}
	}
	v := parts.InSeconds()
	return qtyFigure{
		start: start, end: end, dim: DimDuration, low: v, high: v, point: true,
		nominal: count, factor: u.secs, step: step, numScale: 1, scaled: scaled,
		hasUnit: true, compound: compound, adjectival: adjectival, parts: parts,
	}
}

// unitWordAt reports whether a unit word of any kind starts at p.
func (sc *qtyScanner) unitWordAt(p int) bool {
	w, _ := sc.word(p)
	if w == nil {
		return false
	}
	if _, ok := qtyDurUnits[string(w)]; ok {
		return true
	}
	_, ok := qtyLenUnits[string(w)]
	return ok
}

// phraseEndsAt reports whether no word or figure follows i in the same
// clause: the end of the text or punctuation other than a hyphen.
func (sc *qtyScanner) phraseEndsAt(i int) bool {
	s := sc.s
	p := sc.skipSpace(i)
	if p >= len(s) {
		return true
	}
	if sc.alnumAt(p) || sc.dashAt(p) > 0 {
		return false
	}
	switch s[p] {
	case '$', '%', '(', '&', '#', '@', '+':
		return false
	}
	return true
}

// slashFraction reads "1/2 hour", "1/2h", "1/2 day"; other slashed digits are dates or scores.
func (sc *qtyScanner) slashFraction(n qtyNumeral) (qtyFigure, bool) {
	s := sc.s
	if n.scale != 1 || n.value != math.Trunc(n.value) {
		return qtyFigure{}, false
	}
	k := n.end + 1
	d := 0.0
	q := k
	for q < len(s) && qtyIsDigit(s[q]) && q-k < 3 {
		d = d*10 + float64(s[q]-'0')
		q++
	}
	if d == 0 || q < len(s) && (qtyIsDigit(s[q]) || s[q] == '/' || s[q] == '.' && q+1 < len(s) && qtyIsDigit(s[q+1])) {
		return qtyFigure{}, false
	}
	value := n.value / d
	if value >= 1 {
		return qtyFigure{}, false
	}
	p := q
	if r := sc.skipSpace(q); r > q {
		p = r
	}
	u, ue, ok := sc.durUnitAt(p, true)
	if !ok {
		return qtyFigure{}, false
	}
	return sc.durationFrom(n.start, value, value, u, ue, false, false), true
}

type qtyLenUnit struct {
	metres  float64
	digits  bool // only right after digits ("45m", "45 m")
	article bool // may follow "a" ("a mile")
}

var qtyLenUnits = map[string]qtyLenUnit{
	"metre": {1, false, true}, "metres": {1, false, false}, "meter": {1, false, true}, "meters": {1, false, false},
	"m":         {1, true, false},
	"kilometre": {1000, false, true}, "kilometres": {1000, false, false}, "kilometer": {1000, false, true},
	"kilometers": {1000, false, false}, "km": {1000, true, false}, "kms": {1000, true, false},
	"centimetre": {0.01, false, false}, "centimetres": {0.01, false, false}, "centimeter": {0.01, false, false},
	"centimeters": {0.01, false, false}, "cm": {0.01, true, false},
	"millimetre": {0.001, false, false}, "millimetres": {0.001, false, false}, "millimeter": {0.001, false, false},
	"millimeters": {0.001, false, false}, "mm": {0.001, true, false},
	"foot": {0.3048, false, false}, "feet": {0.3048, false, false}, "ft": {0.3048, true, false},
	"inch": {0.0254, false, false}, "inches": {0.0254, false, false},
	"mile": {1609.344, false, true}, "miles": {1609.344, false, false},
	"yard": {0.9144, false, false}, "yards": {0.9144, false, false},
}

const qtyNauticalMile = 1852

// lenUnitAt reads a length unit at p. suppress reports an area, volume or
// speed ("10 km2", "30 km/h", "50 square metres") that must not be read as
// a length.
func (sc *qtyScanner) lenUnitAt(p int, afterDigits bool) (u qtyLenUnit, end int, ok, suppress bool) {
	s := sc.s
	w, e := sc.word(p)
	if w == nil {
		// "10 km2", "50m3": a unit glued to a power is an area or a volume.
		k := p
		for k < len(s) && qtyIsLetter(s[k]) && k-p < 3 {
			k++
		}
		if k > p && k < len(s) && (s[k] == '2' || s[k] == '3') && !sc.alnumAt(k+1) {
			if _, isLen := qtyLenUnits[strings.ToLower(s[p:k])]; isLen {
				return u, k + 1, false, true
			}
		}
		return u, p, false, false
	}
	switch string(w) {
	case "nautical":
		if me, ok := sc.nextWord(e, "mile"); ok {
			return qtyLenUnit{metres: qtyNauticalMile}, me, true, false
		}
		if me, ok := sc.nextWord(e, "miles"); ok {
			return qtyLenUnit{metres: qtyNauticalMile}, me, true, false
		}
		return u, p, false, false
	case "square", "sq", "cubic":
		return u, e, false, true
	case "mph", "kph", "kmh", "knots":
		return u, e, false, true
	}
	u, ok = qtyLenUnits[string(w)]
	if !ok || u.digits && !afterDigits {
		return u, p, false, false
	}
	if e < len(s) && (strings.HasPrefix(s[e:], "²") || strings.HasPrefix(s[e:], "³") || s[e] == '/') {
		return u, sc.tokenEnd(e), false, true
	}
	if sc.alnumAt(e) {
		return u, p, false, false
	}
	if pe, ok := sc.nextWord(e, "per"); ok {
		return u, pe, false, true
	}
	return u, e, true, false
}

// lengthAfter reads a length unit after numeral n: "32-metre", "105-foot", "10km", "3 miles".
func (sc *qtyScanner) lengthAfter(n qtyNumeral) (qtyFigure, bool, bool) {
	s := sc.s
	e := n.end
	adjectival := false
	var u qtyLenUnit
	var ue int
	var ok, suppress bool
	value, step := n.value, n.step
	if value < 0 {
		return qtyFigure{}, false, false
	}
	switch {
	case sc.dashAt(e) > 0:
		u, ue, ok, suppress = sc.lenUnitAt(e+sc.dashAt(e), n.digits)
		adjectival = ok
	case n.digits && e < len(s) && qtyIsLetter(s[e]):
		u, ue, ok, suppress = sc.lenUnitAt(e, true)
	default:
		p := sc.skipSpace(e)
		if p == e {
			return qtyFigure{}, false, false
		}
		if frac, fe := sc.andFraction(p); frac > 0 {
			if q := sc.skipSpace(fe); q > fe {
				if u2, ue2, ok2, _ := sc.lenUnitAt(q, n.digits); ok2 {
					u, ue, ok = u2, ue2, true
					value += frac
					step = frac
					break
				}
			}
		}
		u, ue, ok, suppress = sc.lenUnitAt(p, n.digits)
	}
	if suppress {
		return qtyFigure{end: ue}, false, true
	}
	if !ok {
		return qtyFigure{}, false, false
	}
	v := value * u.metres
	return qtyFigure{
		start: n.start, end: ue, dim: DimLength, low: v, high: v, point: true, nominal: value,
		factor: u.metres, step: step * u.metres, numScale: n.scale, scaled: n.rounded(),
		hasUnit: true, adjectival: adjectival,
	}, true, false
}

// percentAfter reads "40%", "40 %", "40 per cent", "40 percent", "40pc",
// "3 percentage points".
func (sc *qtyScanner) percentAfter(f qtyFigure, n qtyNumeral) (qtyFigure, bool) {
	s := sc.s
	e := n.end
	end := -1
	switch {
	case e < len(s) && s[e] == '%':
		end = e + 1
	case n.digits && e < len(s) && qtyIsLetter(s[e]):
		w, we := sc.word(e)
		if w != nil && (string(w) == "pc" || string(w) == "pct") && !sc.alnumAt(we) {
			end = we
		}
	default:
		p := sc.skipSpace(e)
		if p == e || p >= len(s) {
			break
		}
		if s[p] == '%' && n.digits {
			end = p + 1
			break
		}
		w, we := sc.word(p)
		switch {
		case w == nil:
		case string(w) == "percent" || string(w) == "pct":
			end = we
		case string(w) == "per":
			if ce, ok := sc.nextWord(we, "cent"); ok {
				end = ce
			}
		case string(w) == "percentage":
			if pe, ok := sc.nextWord(we, "points"); ok {
				end = pe
			} else if pe, ok := sc.nextWord(we, "point"); ok {
				end = pe
			}
		}
	}
	if end < 0 {
		return qtyFigure{}, false
	}
	f.dim, f.end, f.hasUnit = DimPercent, end, true
	return f, true
}

// qtyDenominators are the fraction words: "two-thirds", "a quarter of".
var qtyDenominators = map[string]struct {
	den    float64
	plural bool
}{
	"half": {2, false}, "halves": {2, true}, "third": {3, false}, "thirds": {3, true},
	"quarter": {4, false}, "quarters": {4, true}, "fourth": {4, false}, "fourths": {4, true},
	"fifth": {5, false}, "fifths": {5, true}, "sixth": {6, false}, "sixths": {6, true},
	"seventh": {7, false}, "sevenths": {7, true}, "eighth": {8, false}, "eighths": {8, true},
	"ninth": {9, false}, "ninths": {9, true}, "tenth": {10, false}, "tenths": {10, true},
}

// fractionAfter reads a spelled fraction after a one-word numeral:
// "two-thirds", "two thirds", "three quarters of", "one-third" — a share,
// reported as a percentage — or "three quarters of an hour", a duration.
func (sc *qtyScanner) fractionAfter(n qtyNumeral) (qtyFigure, bool) {
	if n.digits || n.words != 1 || n.value < 1 || n.value > 9 || n.scale != 1 || n.wordPoint {
		return qtyFigure{}, false
	}
	return sc.fractionFrom(n.start, n.end, n.value)
}

// fractionFrom reads the denominator after a numerator num that ends at e.
func (sc *qtyScanner) fractionFrom(start, e int, num float64) (qtyFigure, bool) {
	p := e
	hyphen := false
	if d := sc.dashAt(p); d > 0 {
		p += d
		hyphen = true
	} else if q := sc.skipSpace(p); q > p {
		p = q
	} else {
		return qtyFigure{}, false
	}
	w, we := sc.word(p)
	if w == nil || sc.alnumAt(we) {
		return qtyFigure{}, false
	}
	den, ok := qtyDenominators[string(w)]
	if !ok || den.plural != (num > 1) {
		return qtyFigure{}, false
	}
	oe, of := sc.nextWord(we, "of")
	if !hyphen && !of && (num == 1 || den.den == 4) {
		// "one third" alone may be a rank; "three quarters" alone is nine months.
		return qtyFigure{}, false
	}
	if of {
		// "three quarters of an hour", "a quarter of a century"
		q := sc.skipSpace(oe)
		if ae, ok := sc.isWord(q, "a"); ok && q > oe {
			q = sc.skipSpace(ae)
		} else if ae, ok := sc.isWord(q, "an"); ok && q > oe {
			q = sc.skipSpace(ae)
		}
		if u, ue, ok := sc.durUnitAt(q, false); ok && q > oe && !u.plural {
			return sc.durationFrom(start, num/den.den, 1/den.den, u, ue, false, false), true
		}
	}
	v := num / den.den * 100
	return qtyFigure{
		start: start, end: we, dim: DimPercent, low: v, high: v, point: true, nominal: v,
		factor: 1, step: 10, numScale: 1, scaled: true, hasUnit: true,
	}, true
}

// articleFigure reads "a month", "an hour and a half", "a mile", "a dollar",
// "a handful", "a quarter of", "a half-hour".
func (sc *qtyScanner) articleFigure(j int) (qtyFigure, bool) {
	_, e := sc.word(j)
	p := sc.skipSpace(e)
	if p == e {
		return qtyFigure{}, false
	}
	w, we := sc.word(p)
	if w == nil || sc.alnumAt(we) {
		return qtyFigure{}, false
	}
	word := string(w)
	if word == "half" {
		// "a half-hour", "a half hour"
		if f, ok := sc.halfFigure(p); ok {
			f.start = j
			return f, true
		}
		return qtyFigure{}, false
	}
	if word == "handful" {
		return qtyFigure{start: j, end: we, dim: DimCount, low: 2, high: 6, factor: 1}, true
	}
	if u, ok := qtyDurUnits[word]; ok && !u.plural && !u.digits && u.rank != qtyRankSecond && u.months != 3 && word != "hr" && word != "min" && word != "yr" {
		return sc.durationFrom(j, 1, 1, u, we, false, false), true
	}
	if u, ok := qtyLenUnits[word]; ok && u.article {
		if _, pe := sc.nextWord(we, "per"); pe {
			return qtyFigure{}, false
		}
		return qtyFigure{
			start: j, end: we, dim: DimLength, low: u.metres, high: u.metres, point: true,
			nominal: 1, factor: u.metres, step: u.metres, numScale: 1, hasUnit: true,
		}, true
	}
	if word == "dollar" || word == "euro" {
		code := "USD"
		if word == "euro" {
			code = "EUR"
		}
		f := qtyFigure{
			start: j, end: we, dim: DimMoney, currency: code, low: 1, high: 1, point: true,
			nominal: 1, factor: 1, step: 1, numScale: 1, hasUnit: true,
		}
		sc.cents(&f)
		return f, true
	}
	if den, ok := qtyDenominators[word]; ok && !den.plural {
		if _, of := sc.nextWord(we, "of"); of {
			return sc.fractionFrom(j, e, 1)
		}
	}
	return qtyFigure{}, false
}

// halfFigure reads "half an hour", "half a day", "half hour", "half-hour".
func (sc *qtyScanner) halfFigure(j int) (qtyFigure, bool) {
	_, e := sc.word(j)
	var p int
	adjectival := false
	if d := sc.dashAt(e); d > 0 {
		p = e + d
		adjectival = true
	} else {
		p = sc.skipSpace(e)
		if p == e {
			return qtyFigure{}, false
		}
		if ae, ok := sc.isWord(p, "a"); ok {
			p = sc.skipSpace(ae)
		} else if ae, ok := sc.isWord(p, "an"); ok {
			p = sc.skipSpace(ae)
		}
	}
	u, ue, ok := sc.durUnitAt(p, false)
	if !ok || u.plural || u.months == 3 {
		return qtyFigure{}, false
	}
	return sc.durationFrom(j, 0.5, 0.5, u, ue, adjectival, false), true
}

// vague reads "dozens", "scores of", "hundreds", "thousands", "tens of
// thousands", "hundreds of thousands", "millions", "several", "several
// hundred", with an optional unit: "several days", "millions of dollars".
func (sc *qtyScanner) vague(j int) (qtyFigure, bool) {
	w, e := sc.word(j)
	if w == nil || sc.alnumAt(e) {
		return qtyFigure{}, false
	}
	var lo, hi float64
	highOpen := false
	end := e
	// ofScale reads "of thousands" / "of millions" after "tens"/"hundreds".
	ofScale := func() float64 {
		oe, ok := sc.nextWord(e, "of")
		if !ok {
			return 0
		}
		if se, ok := sc.nextWord(oe, "thousands"); ok {
			end = se
			return 1e3
		}
		if se, ok := sc.nextWord(oe, "millions"); ok {
			end = se
			return 1e6
		}
		return 0
	}
	switch string(w) {
	case "dozens":
		lo, hi = 24, 99
	case "scores":
		if _, ok := sc.nextWord(e, "of"); !ok {
			return qtyFigure{}, false
		}
		lo, hi = 40, 199
	case "hundreds":
		switch ofScale() {
		case 1e3:
			lo, hi = 2e5, 999999
		case 1e6:
			lo, hi, highOpen = 2e8, 1e9, true
		default:
			lo, hi = 200, 999
		}
	case "thousands":
		lo, hi = 2000, 99999
	case "tens":
		switch ofScale() {
		case 1e3:
			lo, hi = 2e4, 99999
		case 1e6:
			lo, hi, highOpen = 2e7, 1e8, true
		default:
			return qtyFigure{}, false
		}
	case "millions":
		lo, hi, highOpen = 2e6, 1e9, true
	case "billions":
		lo, hi, highOpen = 2e9, 1e12, true
	case "several":
		lo, hi = 3, 9
		p := sc.skipSpace(e)
		if w2, e2 := sc.word(p); p > e && w2 != nil {
			if info, ok := qtyNumWords[string(w2)]; ok && !info.plural && !info.ordinal && !info.abbrev &&
				(info.kind == qwHundred || info.kind == qwScale || info.kind == qwDozen) {
				lo, hi, end = 3*info.val, 9*info.val, e2
			}
		}
	default:
		return qtyFigure{}, false
	}
	f := qtyFigure{start: j, end: end, dim: DimCount, low: lo, high: hi, highOpen: highOpen, factor: 1}
	// A unit after the vague count: "several days", "millions of dollars".
	p := sc.skipSpace(end)
	if p == end {
		return f, true
	}
	if oe, ok := sc.isWord(p, "of"); ok {
		if q := sc.skipSpace(oe); q > oe {
			p = q
		}
	}
	if u, ue, ok := sc.durUnitAt(p, false); ok && u.plural {
		f.dim, f.low, f.high, f.end, f.hasUnit = DimDuration, lo*u.secs, hi*u.secs, ue, true
		return f, true
	}
	if code, ce, ok := sc.currencyWord(p); ok {
		f.dim, f.currency, f.end, f.hasUnit = DimMoney, code, ce, true
	}
	return f, true
}

// Money.

var qtyISOCodes = qtyBuildISOCodes()

func qtyBuildISOCodes() map[string]bool {
	codes := map[string]bool{}
	for _, c := range strings.Fields(`USD EUR GBP JPY INR CNY CAD AUD CHF HKD NZD SGD KWD LBP EGP QAR SAR
		BGN MYR ILS UAH MNT RUB TRY ZAR BRL MXN SEK NOK DKK PLN KRW IDR PKR NGN KES AED IRR IQD JOD
		SYP OMR BHD THB PHP TWD CZK HUF RON ARS COP CLP VND BDT LKR NPR AFN SDG YER MAD TND DZD LYD
		ETB GHS UGX TZS XOF XAF`) {
		codes[c] = true
	}
	return codes
}

// qtyDollarPrefixes are the letters before "$" that name a dollar.
var qtyDollarPrefixes = map[string]string{
	"US": "USD", "A": "AUD", "AU": "AUD", "C": "CAD", "CA": "CAD", "HK": "HKD", "NZ": "NZD",
	"S": "SGD", "R": "BRL", "NT": "TWD",
}

var qtyCurrencySigns = []struct{ sign, code string }{
	{"€", "EUR"}, {"£", "GBP"}, {"¥", "JPY"}, {"₹", "INR"}, {"₪", "ILS"}, {"₩", "KRW"},
	{"₽", "RUB"}, {"₺", "TRY"}, {"₦", "NGN"},
}

// currencyPrefix reads a currency sign or code before an amount: "$", "US$",
// "€", "Rs.", "USD", "RM". It returns the code and the index after it.
func (sc *qtyScanner) currencyPrefix(j int) (string, int) {
	s := sc.s
	c := s[j]
	switch {
	case c == '$':
		return "USD", j + 1
	case qtyIsLetter(c):
		e := j
		for e < len(s) && qtyIsLetter(s[e]) {
			e++
		}
		w := s[j:e]
		if e < len(s) && s[e] == '$' {
			if code, ok := qtyDollarPrefixes[w]; ok {
				return code, e + 1
			}
			return "", j
		}
		switch w {
		case "Rs", "RS":
			if e < len(s) && s[e] == '.' {
				e++
			}
			return "INR", e
		case "RM":
			return "MYR", e
		}
		if qtyISOCodes[w] {
			return w, e
		}
	case c >= utf8.RuneSelf:
		for _, cs := range qtyCurrencySigns {
			if strings.HasPrefix(s[j:], cs.sign) {
				return cs.code, j + len(cs.sign)
			}
		}
	}
	return "", j
}

// moneyPrefixed reads "$45 million", "$45m", "US$4.7 billion", "€3bn",
// "Rs 500 crore", "USD3.14", "$20 and 43c".
func (sc *qtyScanner) moneyPrefixed(j int) (qtyFigure, bool) {
	s := sc.s
	code, e := sc.currencyPrefix(j)
	if code == "" {
		return qtyFigure{}, false
	}
	p := e
	if q := sc.skipSpace(e); q > e && q-e <= 2 {
		p = q
	}
	if p >= len(s) || !(qtyIsDigit(s[p]) || s[p] == '.' && p+1 < len(s) && qtyIsDigit(s[p+1])) {
		return qtyFigure{}, false
	}
	n, st := sc.digitNumeral(p, qtyNumMoney)
	switch {
	case st == qtyNumJunk:
		return qtyFigure{start: j, end: n.end, suppress: true}, true
	case st != qtyNumOK || n.ordinal:
		return qtyFigure{}, false
	}
	if n.end < len(s) && sc.alnumAt(n.end) {
		return qtyFigure{start: j, end: sc.tokenEnd(n.end), suppress: true}, true
	}
	f := qtyFigure{
		start: j, end: n.end, dim: DimMoney, currency: code, low: n.value, high: n.value, point: true,
		nominal: n.value, factor: 1, step: n.step, numScale: n.scale, scaled: n.rounded(),
		hasUnit: true, prefixed: true,
	}
	if n.scale == 1 {
		sc.cents(&f)
	}
	return f, true
}

// cents adds "and 43c", "43 cents" after a whole amount of money.
func (sc *qtyScanner) cents(f *qtyFigure) {
	s := sc.s
	if f.nominal != math.Trunc(f.nominal) || f.factor != 1 {
		return
	}
	p := sc.skipSpace(f.end)
	if p == f.end {
		return
	}
	if ae, ok := sc.isWord(p, "and"); ok {
		q := sc.skipSpace(ae)
		if q == ae {
			return
		}
		p = q
	}
	m, st := sc.numeral(p, qtyNumBare|qtyNumNoPoint)
	if st != qtyNumOK || m.ordinal || m.value < 0 || m.value >= 100 || m.value != math.Trunc(m.value) {
		return
	}
	end := -1
	e := m.end
	if m.digits && e < len(s) && (s[e] == 'c' || s[e] == 'p') && !sc.alnumAt(e+1) {
		end = e + 1
	} else if strings.HasPrefix(s[e:], "¢") {
		end = e + len("¢")
	} else if q := sc.skipSpace(e); q > e {
		if w, we := sc.word(q); w != nil && qtyCentWords[string(w)] != "" {
			end = we
		}
	}
	if end < 0 {
		return
	}
	f.low += m.value / 100
	f.high = f.low
	f.nominal = f.low
	f.step = 0.01
	f.end = end
}

// qtyCentWords name hundredths of a currency unit, with the currency they
// imply when they stand alone.
var qtyCentWords = map[string]string{
	"cent": "USD", "cents": "USD", "penny": "USD", "pennies": "USD", "pence": "GBP",
	"sen": "MYR", "sens": "MYR", "kopiyka": "UAH", "kopiykas": "UAH", "kopecks": "RUB",
}

// qtyCurrencyWords maps currency names to a family; qtyCurrencyDefault gives
// the currency a family means without a nationality.
var qtyCurrencyWords = map[string]string{
	"dollar": "dollar", "dollars": "dollar", "buck": "dollar", "bucks": "dollar",
	"euro": "euro", "euros": "euro",
	"pound": "pound", "pounds": "pound", "quid": "pound", "sterling": "sterling",
	"yen": "yen", "yuan": "yuan", "renminbi": "yuan",
	"rupee": "rupee", "rupees": "rupee",
	"shekel": "shekel", "shekels": "shekel",
	"ringgit": "ringgit", "ringgits": "ringgit",
	"rouble": "rouble", "roubles": "rouble", "ruble": "rouble", "rubles": "rouble",
	"hryvnia": "hryvnia", "hryvnias": "hryvnia", "naira": "naira",
	"lira": "lira", "liras": "lira", "lire": "lira",
	"tugrik": "tugrik", "tugriks": "tugrik", "baht": "baht", "rupiah": "rupiah",
	"afghani": "afghani", "afghanis": "afghani",
	"riyal": "riyal", "riyals": "riyal", "rial": "rial", "rials": "rial",
	"dinar": "dinar", "dinars": "dinar", "dirham": "dirham", "dirhams": "dirham",
	"peso": "peso", "pesos": "peso", "franc": "franc", "francs": "franc",
	"won": "won", "rand": "rand", "shilling": "shilling", "shillings": "shilling",
}

var qtyCurrencyDefault = map[string]string{
	"dollar": "USD", "euro": "EUR", "pound": "GBP", "sterling": "GBP", "yen": "JPY", "yuan": "CNY",
	"rupee": "INR", "shekel": "ILS", "ringgit": "MYR", "rouble": "RUB", "hryvnia": "UAH",
	"naira": "NGN", "lira": "TRY", "tugrik": "MNT", "baht": "THB", "rupiah": "IDR", "afghani": "AFN",
}

// qtyCurrencyAdj names currencies by nationality: the first word, further
// words, the family and the code ("Hong Kong dollars", "Qatari riyals").
var qtyCurrencyAdj = qtyBuildCurrencyAdj()

type qtyCurAdj struct {
	rest         []string
	family, code string
}

func qtyBuildCurrencyAdj() map[string][]qtyCurAdj {
	adj := map[string][]qtyCurAdj{}
	for _, d := range []struct{ adj, family, code string }{
		{"us", "dollar", "USD"}, {"american", "dollar", "USD"}, {"australian", "dollar", "AUD"},
		{"canadian", "dollar", "CAD"}, {"hong kong", "dollar", "HKD"}, {"new zealand", "dollar", "NZD"},
		{"singapore", "dollar", "SGD"}, {"singaporean", "dollar", "SGD"}, {"taiwan", "dollar", "TWD"},
		{"new taiwan", "dollar", "TWD"}, {"zimbabwean", "dollar", "ZWL"},
		{"british", "pound", "GBP"}, {"egyptian", "pound", "EGP"}, {"lebanese", "pound", "LBP"},
		{"syrian", "pound", "SYP"}, {"sudanese", "pound", "SDG"}, {"south sudanese", "pound", "SSP"},
		{"qatari", "riyal", "QAR"}, {"saudi", "riyal", "SAR"}, {"omani", "rial", "OMR"},
		{"yemeni", "rial", "YER"}, {"iranian", "rial", "IRR"},
		{"kuwaiti", "dinar", "KWD"}, {"iraqi", "dinar", "IQD"}, {"jordanian", "dinar", "JOD"},
		{"bahraini", "dinar", "BHD"}, {"libyan", "dinar", "LYD"}, {"tunisian", "dinar", "TND"},
		{"algerian", "dinar", "DZD"}, {"serbian", "dinar", "RSD"},
		{"mexican", "peso", "MXN"}, {"argentine", "peso", "ARS"}, {"argentinian", "peso", "ARS"},
		{"colombian", "peso", "COP"}, {"chilean", "peso", "CLP"}, {"philippine", "peso", "PHP"},
		{"cuban", "peso", "CUP"}, {"swiss", "franc", "CHF"}, {"south african", "rand", "ZAR"},
		{"korean", "won", "KRW"}, {"south korean", "won", "KRW"}, {"north korean", "won", "KPW"},
		{"turkish", "lira", "TRY"}, {"malaysia", "ringgit", "MYR"}, {"malaysian", "ringgit", "MYR"},
		{"indian", "rupee", "INR"}, {"pakistani", "rupee", "PKR"}, {"sri lankan", "rupee", "LKR"},
		{"nepali", "rupee", "NPR"}, {"nepalese", "rupee", "NPR"}, {"moroccan", "dirham", "MAD"},
		{"emirati", "dirham", "AED"}, {"uae", "dirham", "AED"}, {"russian", "rouble", "RUB"},
		{"ukrainian", "hryvnia", "UAH"}, {"chinese", "yuan", "CNY"}, {"japanese", "yen", "JPY"},
		{"nigerian", "naira", "NGN"}, {"kenyan", "shilling", "KES"}, {"ugandan", "shilling", "UGX"},
		{"tanzanian", "shilling", "TZS"}, {"somali", "shilling", "SOS"}, {"thai", "baht", "THB"},
		{"indonesian", "rupiah", "IDR"}, {"afghan", "afghani", "AFN"}, {"israeli", "shekel", "ILS"},
		{"new israeli", "shekel", "ILS"},
	} {
		words := strings.Fields(d.adj)
		adj[words[0]] = append(adj[words[0]], qtyCurAdj{words[1:], d.family, d.code})
	}
	return adj
}

// currencyWord reads a currency name at p, with an optional nationality:
// "dollars", "euros", "pounds sterling", "Australian dollars", "Qatari riyals".
// A bare "pounds of" is a weight.
func (sc *qtyScanner) currencyWord(p int) (string, int, bool) {
	s := sc.s
	if strings.HasPrefix(s[p:], "U.S. ") || strings.HasPrefix(s[p:], "US ") {
		q := sc.skipSpace(p + strings.IndexByte(s[p:], ' '))
		if w, we := sc.word(q); w != nil && qtyCurrencyWords[string(w)] == "dollar" && !sc.alnumAt(we) {
			return "USD", we, true
		}
		return "", p, false
	}
	w, we := sc.word(p)
	if w == nil || sc.alnumAt(we) {
		return "", p, false
	}
	if fam, ok := qtyCurrencyWords[string(w)]; ok {
		code := qtyCurrencyDefault[fam]
		if code == "" {
			return "", p, false
		}
		if fam == "pound" {
			if _, of := sc.nextWord(we, "of"); of {
				return "", p, false
			}
			if se, ok := sc.nextWord(we, "sterling"); ok {
				we = se
			}
		}
		return code, we, true
	}
	entries := qtyCurrencyAdj[string(w)]
	for _, ent := range entries {
		q := we
		ok := true
		for _, next := range ent.rest {
			if q, ok = sc.nextWord(q, next); !ok {
				break
			}
		}
		if !ok {
			continue
		}
		r := sc.skipSpace(q)
		if r == q {
			continue
		}
		w2, e2 := sc.word(r)
		if w2 != nil && qtyCurrencyWords[string(w2)] == ent.family && !sc.alnumAt(e2) {
			return ent.code, e2, true
		}
	}
	return "", p, false
}

// moneySuffix reads a currency after numeral n: "45 million dollars",
// "20 euros", "10$", "20€", "42 KWD", "20Rs", "45 cents", "50p".
func (sc *qtyScanner) moneySuffix(f qtyFigure, n qtyNumeral) (qtyFigure, bool) {
	s := sc.s
	e := n.end
	if n.value < 0 {
		return qtyFigure{}, false
	}
	code, end := "", -1
	cents := false
	// Glued signs and codes: "10$", "3.14US$", "20€", "10¢", "42MYR", "20Rs", "43c", "50p".
	if e < len(s) {
		switch {
		case s[e] == '$':
			code, end = "USD", e+1
		case strings.HasPrefix(s[e:], "US$"):
			code, end = "USD", e+3
		case strings.HasPrefix(s[e:], "¢"):
			code, end, cents = "USD", e+len("¢"), true
		case n.digits && qtyIsLetter(s[e]):
			k := e
			for k < len(s) && qtyIsLetter(s[k]) {
				k++
			}
			if !sc.alnumAt(k) {
				switch w := s[e:k]; {
				case qtyISOCodes[w]:
					code, end = w, k
				case w == "Rs":
					code, end = "INR", k
				case w == "RM":
					code, end = "MYR", k
				case w == "c" && n.scale == 1:
					code, end, cents = "USD", k, true
				case w == "p" && n.scale == 1:
					code, end, cents = "GBP", k, true
				}
			}
		case s[e] >= utf8.RuneSelf:
			for _, cs := range qtyCurrencySigns {
				if strings.HasPrefix(s[e:], cs.sign) {
					code, end = cs.code, e+len(cs.sign)
					if cs.code == "EUR" && end+1 < len(s) && s[end] == 'u' && s[end+1] == 'r' && !sc.alnumAt(end+2) {
						end += 2
					}
					break
				}
			}
		}
	}
	if code == "" {
		p := sc.skipSpace(e)
		if p == e || p >= len(s) {
			return qtyFigure{}, false
		}
		for _, cs := range qtyCurrencySigns {
			if s[p] < utf8.RuneSelf {
				break
			}
			if strings.HasPrefix(s[p:], cs.sign) {
				code, end = cs.code, p+len(cs.sign)
				if cs.code == "EUR" && end+1 < len(s) && s[end] == 'u' && s[end+1] == 'r' && !sc.alnumAt(end+2) {
					end += 2
				}
				break
			}
		}
		if code == "" && qtyIsLetter(s[p]) {
			k := p
			for k < len(s) && qtyIsLetter(s[k]) {
				k++
			}
			w := s[p:k]
			switch {
			case sc.alnumAt(k):
			case qtyISOCodes[w]:
				code, end = w, k
			case w == "Rs" || w == "RM":
				code, end = "INR", k
				if w == "RM" {
					code = "MYR"
				}
			}
		}
		if code == "" {
			if w, we := sc.word(p); w != nil && n.scale == 1 && qtyCentWords[string(w)] != "" && !sc.alnumAt(we) {
				code, end, cents = qtyCentWords[string(w)], we, true
			}
		}
		if code == "" {
			if c, ce, ok := sc.currencyWord(p); ok {
				code, end = c, ce
			}
		}
	}
	if code == "" {
		return qtyFigure{}, false
	}
	f.dim, f.currency, f.end, f.hasUnit = DimMoney, code, end, true
	if cents {
		f.factor = 0.01
		f.low, f.high = n.value/100, n.value/100
		f.step = n.step / 100
		return f, true
	}
	if n.scale == 1 {
		sc.cents(&f)
	}
	return f, true
}

// finish applies the leading qualifier and builds the Quantity.
func (sc *qtyScanner) finish(f qtyFigure, q qtyQual, qtext string, mentionStart int) Quantity {
	if q == qualNone && f.trail != qualNone {
		q, qtext = f.trail, f.trailText
	}
	start := f.start
	if q != qualNone && mentionStart < start {
		start = mentionStart
	}
	var iv Interval
	if f.point {
		iv = qtyPointInterval(f, q)
	} else {
		iv = qtySpanInterval(f, q)
	}
	if f.dim == DimLength {
		// Lengths are often converted between units and rounded in prose
		// ("32-metre", "105-foot"), so they carry 2% either way.
		if !math.IsInf(iv.Low, 0) {
			iv.Low -= 0.02 * math.Abs(iv.Low)
		}
		if !math.IsInf(iv.High, 0) {
			iv.High += 0.02 * math.Abs(iv.High)
		}
	}
	return Quantity{
		Start:      start,
		End:        f.end,
		NumStart:   f.start,
		Dim:        f.dim,
		Value:      iv,
		Currency:   f.currency,
		Qualifier:  qtext,
		Adjectival: f.adjectival,
		Ordinal:    f.ordinal,
		Year:       f.year && (q == qualNone || q == qualBetween) && f.dim == DimCount && !f.scaled,
	}
}

// qtyPointInterval turns one figure and its qualifier into an interval.
func qtyPointInterval(f qtyFigure, q qtyQual) Interval {
	v := f.low
	av := math.Abs(v)
	step := f.step
	if step <= 0 || math.IsNaN(step) || math.IsInf(step, 0) {
		step = 1
	}
	inf := math.Inf(1)
	floor := 0.0
	if v <= 0 {
		floor = math.Inf(-1)
	}
	switch q {
	case qualMore:
		return Interval{Low: v, High: inf, LowOpen: true}
	case qualOver:
		if f.dim == DimDuration {
			return Interval{Low: v, High: inf}
		}
		return Interval{Low: v, High: inf, LowOpen: true}
	case qualAtLeast:
		return Interval{Low: v, High: inf}
	case qualUpTo:
		return Interval{Low: floor, High: v}
	case qualLess:
		return Interval{Low: floor, High: v, HighOpen: true}
	case qualNearly:
		t := math.Max(0.1*av, math.Min(step, 0.2*av))
		if t == 0 {
			t = step
		}
		return Interval{Low: v - t, High: v, HighOpen: true}
	case qualJustOver:
		t := math.Max(0.1*av, math.Min(step, 0.2*av))
		if t == 0 {
			t = step
		}
		return Interval{Low: v, High: v + t, LowOpen: true}
	case qualAbout:
		t := math.Max(0.05*av, math.Min(step/2, av/4))
		if t == 0 {
			t = step / 2
		}
		return Interval{Low: v - t, High: v + t}
	}
	if f.scaled && q == qualNone {
		h := math.Min(step/2, av/4)
		return Interval{Low: v - h, High: v + h}
	}
	return Exact(v)
}

// qtySpanInterval turns a range or vague count and its qualifier into an interval.
func qtySpanInterval(f qtyFigure, q qtyQual) Interval {
	lo, hi := f.low, f.high
	inf := math.Inf(1)
	switch q {
	case qualMore, qualOver:
		return Interval{Low: lo, High: inf, LowOpen: true}
	case qualAtLeast:
		return Interval{Low: lo, High: inf}
	case qualUpTo:
		return Interval{Low: math.Min(0, lo), High: hi, HighOpen: f.highOpen}
	case qualLess:
		return Interval{Low: math.Min(0, lo), High: hi, HighOpen: true}
	case qualNearly:
		return Interval{Low: lo - 0.1*math.Abs(lo), High: hi, HighOpen: true}
	case qualJustOver:
		return Interval{Low: lo, High: hi + 0.1*math.Abs(hi), LowOpen: true}
	case qualAbout:
		return Interval{Low: lo - 0.05*math.Abs(lo), High: hi + 0.05*math.Abs(hi), HighOpen: f.highOpen}
	}
	return Interval{Low: lo, High: hi, HighOpen: f.highOpen}
}

// ParseDuration reads a whole string as one duration and returns it in
// seconds ("60-day", "six-week", "two-month", "sixty days", "three hours",
// "180 minutes", "half an hour", "2 years and 3 months", "an hour and a
// half"). Month = 30 days, year = 365 days, quarter = 3 months, week = 7
// days. Qualified, vague or ranged durations ("more than three hours",
// "several days", "two to three weeks") are refused.
func ParseDuration(s string) (seconds float64, ok bool) {
	p, ok := ParseDurationParts(s)
	if !ok {
		return 0, false
	}
	return p.InSeconds(), true
}

// ParseDurationParts is ParseDuration keeping calendar grains apart, so a
// caller can compare "2 years and 3 months" as 27 months.
func ParseDurationParts(s string) (DurationParts, bool) {
	t := strings.TrimSpace(s)
	if t == "" {
		return DurationParts{}, false
	}
	sc := qtyScanner{s: t, loose: true}
	f, ok := sc.figure(0, false, 0, true)
	if !ok || f.suppress || f.dim != DimDuration || !f.point || f.trail != qualNone || f.scaled {
		return DurationParts{}, false
	}
	if sc.skipSpace(f.end) != len(t) {
		return DurationParts{}, false
	}
	return f.parts, true
}
