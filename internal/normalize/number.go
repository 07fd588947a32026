package normalize

import (
	"math"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// qtyScanner reads numerals, units and qualifiers out of one string. All
// positions are byte offsets into s. It never allocates per byte: words are
// lower-cased into buf and looked up in the tables below.
type qtyScanner struct {
	s string
	// loose admits forms that are fine for a string known to be one numeral
	// but too noisy in running prose ("single", "nil", "a pair", "5G",
	// "point 77", "- 1,200").
	loose bool
	buf   [24]byte
	// The last word read, kept because several readers look at the same
	// word in turn: wordAt is its position plus one (0 when none).
	wordAt, wordLen, wordEnd int
}

func qtyIsDigit(c byte) bool  { return '0' <= c && c <= '9' }
func qtyIsLetter(c byte) bool { c |= 0x20; return 'a' <= c && c <= 'z' }

// alnumAt reports whether a letter or digit of any script starts at i.
func (sc *qtyScanner) alnumAt(i int) bool {
	if i < 0 || i >= len(sc.s) {
		return false
	}
	c := sc.s[i]
	if c < utf8.RuneSelf {
		return qtyIsDigit(c) || qtyIsLetter(c)
	}
	r, _ := utf8.DecodeRuneInString(sc.s[i:])
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

// alnumBefore reports whether a letter or digit of any script ends at i.
func (sc *qtyScanner) alnumBefore(i int) bool {
	if i <= 0 || i > len(sc.s) {
		return false
	}
	c := sc.s[i-1]
	if c < utf8.RuneSelf {
		return qtyIsDigit(c) || qtyIsLetter(c)
	}
	r, _ := utf8.DecodeLastRuneInString(sc.s[:i])
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

// dashAt returns the byte length of a hyphen, dash or minus sign at i, or 0.
// Inside word numerals every dash acts as a hyphen ("twenty—fifth").
func (sc *qtyScanner) dashAt(i int) int {
	s := sc.s
	if i < 0 || i >= len(s) {
		return 0
	}
	if s[i] == '-' {
		return 1
	}
	if s[i] == 0xE2 && i+2 < len(s) {
		if s[i+1] == 0x80 && s[i+2] >= 0x90 && s[i+2] <= 0x94 { // U+2010..U+2014
			return 3
		}
		if s[i+1] == 0x88 && s[i+2] == 0x92 { // U+2212 minus sign
			return 3
		}
	}
	return 0
}

// dashBefore returns the byte length of a dash that ends at i, or 0.
func (sc *qtyScanner) dashBefore(i int) int {
	if i >= 1 && sc.s[i-1] == '-' {
		return 1
	}
	if i >= 3 && sc.dashAt(i-3) == 3 {
		return 3
	}
	return 0
}

// skipSpace returns the index after the blanks at i: spaces, tabs, no-break
// and thin spaces, and at most one line break (a blank line ends a phrase).
func (sc *qtyScanner) skipSpace(i int) int {
	s := sc.s
	breaks := 0
	for i < len(s) {
		c := s[i]
		switch {
		case c == ' ' || c == '\t' || c == '\r':
			i++
		case c == '\n':
			breaks++
			if breaks > 1 {
				return i
			}
			i++
		case c == 0xC2 && i+1 < len(s) && s[i+1] == 0xA0: // no-break space
			i += 2
		case c == 0xE2 && i+2 < len(s) && s[i+1] == 0x80 && (s[i+2] == 0x89 || s[i+2] == 0xAF): // thin, narrow no-break
			i += 3
		default:
			return i
		}
	}
	return i
}

// word returns the lower-cased ASCII word starting at i and the index after
// it. The slice aliases sc.buf and is only valid until the next call. A word
// that is too long for the tables or runs on into a digit or a letter of
// another script yields nil (with its end, so callers can skip it).
func (sc *qtyScanner) word(i int) ([]byte, int) {
	if sc.wordAt == i+1 {
		if sc.wordLen < 0 {
			return nil, sc.wordEnd
		}
		return sc.buf[:sc.wordLen], sc.wordEnd
	}
	w, e := sc.readWord(i)
	sc.wordAt, sc.wordLen, sc.wordEnd = i+1, len(w), e
	if w == nil {
		sc.wordLen = -1
	}
	return w, e
}

func (sc *qtyScanner) readWord(i int) ([]byte, int) {
	s := sc.s
	j := i
	for j < len(s) && qtyIsLetter(s[j]) {
		j++
	}
	if j == i || j-i > len(sc.buf) {
		return nil, j
	}
	if j < len(s) && (qtyIsDigit(s[j]) || s[j] >= utf8.RuneSelf && sc.alnumAt(j)) {
		return nil, j // "stages1", "one1": glued to a digit or another script
	}
	for k := i; k < j; k++ {
		sc.buf[k-i] = s[k] | 0x20
	}
	return sc.buf[:j-i], j
}

// isWord reports whether the word at i is w (lower-case) and returns its end.
func (sc *qtyScanner) isWord(i int, w string) (int, bool) {
	got, e := sc.word(i)
	if got == nil || string(got) != w {
		return i, false
	}
	return e, true
}

// nextWord skips blanks after i (requiring at least one) and reports whether
// the word there is w.
func (sc *qtyScanner) nextWord(i int, w string) (int, bool) {
	p := sc.skipSpace(i)
	if p == i {
		return i, false
	}
	return sc.isWord(p, w)
}

// tokenEnd returns the end of the run of letters and digits at k, including
// separators glued between them ("11.07.2025", "10:30", "F-16", "24/7").
func (sc *qtyScanner) tokenEnd(k int) int {
	s := sc.s
	for k < len(s) {
		c := s[k]
		switch {
		case qtyIsDigit(c) || qtyIsLetter(c):
			k++
		case (c == '.' || c == ',' || c == ':' || c == '/' || c == '-') && k+1 < len(s) &&
			(qtyIsDigit(s[k+1]) || qtyIsLetter(s[k+1])):
			k++
		case c >= utf8.RuneSelf && sc.alnumAt(k):
			_, size := utf8.DecodeRuneInString(s[k:])
			k += size
		default:
			return k
		}
	}
	return k
}

// Number words.

type qtyWordKind uint8

const (
	qwNone qtyWordKind = iota
	qwZero
	qwUnit    // one..nine
	qwTeen    // ten..nineteen
	qwTens    // twenty..ninety
	qwHundred // hundred
	qwScale   // thousand, lakh, million, crore, billion, trillion
	qwDozen
	qwPoint // internal: after a spelled decimal point
)

type qtyNumWord struct {
	kind    qtyWordKind
	val     float64
	ordinal bool // "first", "twentieth", "hundredth"
	plural  bool // "billions", "dozens": ends a numeral, or stands alone as a vague count
	abbrev  bool // "cr", "kr": Indian scale abbreviations, only after spelled numbers
}

var qtyNumWords = qtyBuildNumWords()

// qtyTensNames lists the tens in order, for "twentyfive"/"twentyfifth" run together.
var qtyTensNames = [...]string{"twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"}

func qtyBuildNumWords() map[string]qtyNumWord {
	words := map[string]qtyNumWord{}
	add := func(kind qtyWordKind, val float64, list ...string) {
		for _, w := range list {
			words[w] = qtyNumWord{kind: kind, val: val}
		}
	}
	addOrd := func(kind qtyWordKind, val float64, w string) {
		words[w] = qtyNumWord{kind: kind, val: val, ordinal: true}
	}
	add(qwZero, 0, "zero", "naught", "nought")
	units := []string{"one", "two", "three", "four", "five", "six", "seven", "eight", "nine"}
	unitOrds := []string{"first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth"}
	for k := range units {
		add(qwUnit, float64(k+1), units[k])
		addOrd(qwUnit, float64(k+1), unitOrds[k])
	}
	teens := []string{"ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"}
	teenOrds := []string{"tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth"}
	for k := range teens {
		add(qwTeen, float64(k+10), teens[k])
		addOrd(qwTeen, float64(k+10), teenOrds[k])
	}
	tensOrds := []string{"twentieth", "thirtieth", "fortieth", "fiftieth", "sixtieth", "seventieth", "eightieth", "ninetieth"}
	for k, w := range qtyTensNames {
		add(qwTens, float64(20+10*k), w)
		addOrd(qwTens, float64(20+10*k), tensOrds[k])
	}
	add(qwHundred, 100, "hundred")
	words["hundreds"] = qtyNumWord{kind: qwHundred, val: 100, plural: true}
	addOrd(qwHundred, 100, "hundredth")
	scales := []struct {
		val     float64
		words   []string
		plurals []string
		abbrevs []string
		ordinal string
	}{
		{1e3, []string{"thousand"}, []string{"thousands"}, nil, "thousandth"},
		{1e5, []string{"lakh", "lac", "lkh"}, []string{"lakhs", "lacs", "lkhs"}, nil, ""},
		{1e6, []string{"million"}, []string{"millions"}, nil, "millionth"},
		{1e7, []string{"crore", "koti", "krore"}, []string{"crores", "krores"}, []string{"cr", "kr"}, ""},
		{1e9, []string{"billion"}, []string{"billions"}, nil, "billionth"},
		{1e12, []string{"trillion"}, []string{"trillions"}, nil, ""},
	}
	for _, sc := range scales {
		add(qwScale, sc.val, sc.words...)
		for _, w := range sc.plurals {
			words[w] = qtyNumWord{kind: qwScale, val: sc.val, plural: true}
		}
		for _, w := range sc.abbrevs {
			words[w] = qtyNumWord{kind: qwScale, val: sc.val, abbrev: true}
		}
		if sc.ordinal != "" {
			addOrd(qwScale, sc.val, sc.ordinal)
		}
	}
	add(qwDozen, 12, "dozen")
	words["dozens"] = qtyNumWord{kind: qwDozen, val: 12, plural: true}
	return words
}

// qtySplitTens reads a tens word run together with a unit ("twentyfive",
// "fortysecond") and returns the combined word.
func qtySplitTens(w []byte) (qtyNumWord, bool) {
	if len(w) < 8 {
		return qtyNumWord{}, false
	}
	for k, name := range qtyTensNames {
		if len(w) > len(name) && string(w[:len(name)]) == name {
			u, ok := qtyNumWords[string(w[len(name):])]
			if ok && u.kind == qwUnit {
				return qtyNumWord{kind: qwTens, val: float64(20+10*k) + u.val, ordinal: u.ordinal}, true
			}
		}
	}
	return qtyNumWord{}, false
}

// qtyNumeral is one numeral as written.
type qtyNumeral struct {
	start, end int
	value      float64
	step       float64 // rounding step of the written form: "1,200" → 100, "1.2 million" → 100000
	scale      float64 // multiplier of a scale word or suffix ("million", "k"); 1 if none
	digits     bool    // written with digits
	yearLike   bool    // a bare four-digit integer 1000..2199
	ordinal    bool
	wordPoint  bool // spelled decimal point ("two point two")
	article    bool // "a"/"an" stands for one ("a dozen")
	dozen      bool // ends with "dozen"
	words      int  // number words read
}

// rounded reports whether the numeral was written rounded with a scale word
// or suffix ("two million", "1.2M", "$45m"): such a figure stands for a
// range half its rounding step wide on either side.
func (n qtyNumeral) rounded() bool { return n.scale >= 1000 && n.step > 1 }

type qtyNumStatus uint8

const (
	qtyNumNone qtyNumStatus = iota // no numeral here
	qtyNumOK
	qtyNumJunk // digits that are part of something else (a date, time, version); skip to end
)

type qtyNumOpts uint8

const (
	qtyNumMoney   qtyNumOpts = 1 << iota // after a currency: "m", "b", "mn", "tn", "cr" are scales
	qtyNumNoPoint                        // do not read spelled decimals
	qtyNumBare                           // no scale words, signs or restatements
)

// numeral reads a numeral starting exactly at i, with an optional sign.
func (sc *qtyScanner) numeral(i int, opts qtyNumOpts) (qtyNumeral, qtyNumStatus) {
	s := sc.s
	if i >= len(s) {
		return qtyNumeral{}, qtyNumNone
	}
	j := i
	neg := false
	if opts&qtyNumBare == 0 {
		if d := sc.dashAt(j); d == 1 || (d == 3 && s[j+1] == 0x88) {
			k := j + d
			if sc.loose {
				k = sc.skipSpace(k)
			}
			if k < len(s) && (qtyIsDigit(s[k]) || s[k] == '.' && k+1 < len(s) && qtyIsDigit(s[k+1])) {
				neg, j = true, k
			} else {
				return qtyNumeral{}, qtyNumNone
			}
		} else if w, e := sc.word(j); w != nil && (string(w) == "minus" || string(w) == "negative") {
			k := sc.skipSpace(e)
			if k == e {
				return qtyNumeral{}, qtyNumNone
			}
			neg, j = true, k
		}
	}
	n, st := sc.unsigned(j, opts)
	if st != qtyNumOK {
		if neg && st == qtyNumNone {
			return qtyNumeral{}, qtyNumNone
		}
		return n, st
	}
	if neg {
		if n.ordinal {
			return qtyNumeral{}, qtyNumNone
		}
		n.value = -n.value
		n.yearLike = false
	}
	n.start = i
	return n, qtyNumOK
}

// unsigned reads a numeral without sign: digits or words, then a
// parenthesised restatement of the same value ("forty-five (45)").
func (sc *qtyScanner) unsigned(j int, opts qtyNumOpts) (qtyNumeral, qtyNumStatus) {
	s := sc.s
	if j >= len(s) {
		return qtyNumeral{}, qtyNumNone
	}
	var n qtyNumeral
	var st qtyNumStatus
	c := s[j]
	switch {
	case qtyIsDigit(c) || c == '.' && j+1 < len(s) && qtyIsDigit(s[j+1]):
		n, st = sc.digitNumeral(j, opts)
	case qtyIsLetter(c):
		n, st = sc.wordNumeral(j, opts)
	default:
		return qtyNumeral{}, qtyNumNone
	}
	if st == qtyNumOK && !n.ordinal && opts&qtyNumBare == 0 {
		sc.restatement(&n)
	}
	return n, st
}

// restatement extends n over "(45)" or "(forty five)" when it repeats n's value.
func (sc *qtyScanner) restatement(n *qtyNumeral) {
	s := sc.s
	p := sc.skipSpace(n.end)
	if p >= len(s) || s[p] != '(' {
		return
	}
	q := sc.skipSpace(p + 1)
	m, st := sc.unsigned(q, qtyNumBare)
	if st != qtyNumOK || m.ordinal || m.value != n.value {
		return
	}
	r := sc.skipSpace(m.end)
	if r < len(s) && s[r] == ')' {
		n.end = r + 1
	}
}

// digitNumeral reads "1,200", "0033", ".77", "100,000.0", "1.2M", "3000K",
// "30 lakh", "21st"; dates, times and versions glued by separators are junk.
func (sc *qtyScanner) digitNumeral(j int, opts qtyNumOpts) (qtyNumeral, qtyNumStatus) {
	s := sc.s
	n := qtyNumeral{start: j, digits: true, scale: 1}
	junk := func() (qtyNumeral, qtyNumStatus) {
		return qtyNumeral{start: j, end: sc.tokenEnd(j)}, qtyNumJunk
	}
	k := j
	for k < len(s) && qtyIsDigit(s[k]) {
		k++
	}
	nInt := k - j
	intEnd := k
	commas := false
	if nInt > 0 && k+1 < len(s) && s[k] == ',' && qtyIsDigit(s[k+1]) {
		// Western grouping (1,200,000) or Indian lakh grouping (12,00,000).
		groups, lastLen := 0, 0
		allThree, twosBeforeLast := true, true
		for k+1 < len(s) && s[k] == ',' && qtyIsDigit(s[k+1]) {
			g := k + 1
			for g < len(s) && qtyIsDigit(s[g]) {
				g++
			}
			if groups > 0 && lastLen != 2 {
				twosBeforeLast = false
			}
			l := g - k - 1
			if l != 3 {
				allThree = false
			}
			lastLen = l
			groups++
			k = g
		}
		western := nInt <= 3 && allThree
		indian := nInt <= 2 && groups >= 2 && twosBeforeLast && lastLen == 3
		if !western && !indian {
			return junk()
		}
		commas = true
		intEnd = k
	}
	dec := 0
	if k+1 < len(s) && s[k] == '.' && qtyIsDigit(s[k+1]) {
		k++
		for k < len(s) && qtyIsDigit(s[k]) {
			k++
			dec++
		}
	}
	if nInt == 0 && dec == 0 {
		return qtyNumeral{}, qtyNumNone
	}
	if k+1 < len(s) && (s[k] == '.' || s[k] == ',' || s[k] == ':') && qtyIsDigit(s[k+1]) {
		return junk()
	}
	var v float64
	if !commas {
		f, err := strconv.ParseFloat(s[j:k], 64)
		if err != nil {
			return junk()
		}
		v = f
	} else {
		for p := j; p < intEnd; p++ {
			if qtyIsDigit(s[p]) {
				v = v*10 + float64(s[p]-'0')
			}
		}
		if dec > 0 {
			f, err := strconv.ParseFloat(s[intEnd:k], 64)
			if err != nil {
				return junk()
			}
			v += f
		}
	}
	if math.IsInf(v, 0) || math.IsNaN(v) {
		return junk()
	}
	step := 1.0
	if dec > 0 {
		step = math.Pow10(-dec)
	} else if v != 0 {
		for p := intEnd - 1; p >= j && (s[p] == '0' || s[p] == ','); p-- {
			if s[p] == '0' {
				step *= 10
			}
		}
	}
	n.yearLike = !commas && dec == 0 && nInt == 4 && s[j] != '0' && v >= 1000 && v <= 2199
	n.end = k

	// Letters glued to the digits: an ordinal suffix or a scale suffix.
	// Anything else (a unit, "pm", "s") is left for the caller.
	if k < len(s) && qtyIsLetter(s[k]) {
		e := k
		for e < len(s) && qtyIsLetter(s[e]) {
			e++
		}
		if !sc.alnumAt(e) {
			suffix := s[k:e]
			if dec == 0 && len(suffix) == 2 && qtyOrdinalSuffix(suffix) {
				n.value, n.step, n.ordinal, n.end, n.yearLike = v, 1, true, e, false
				return n, qtyNumOK
			}
			if mult := sc.scaleSuffix(suffix, dec > 0, opts); mult > 0 {
				v *= mult
				step *= mult
				n.scale = mult
				n.end = e
				n.yearLike = false
			}
		}
	}
	// A scale word after a space: "5 thousand", "1.2 million", "30 lakh", "200 dozens".
	if n.scale == 1 && opts&qtyNumBare == 0 && n.end == k {
		p := sc.skipSpace(k)
		if p > k {
			w, e := sc.word(p)
			if info, ok := qtyNumWords[string(w)]; ok && w != nil && !info.ordinal &&
				(info.kind == qwScale || info.kind == qwHundred || info.kind == qwDozen) &&
				(!info.abbrev || opts&qtyNumMoney != 0 || sc.loose) &&
				// "in 2024 thousands fled": plural thousands/millions after digits are a new phrase.
				(!info.plural || info.kind == qwDozen || info.val == 1e5 || info.val == 1e7) {
				v *= info.val
				step *= info.val
				n.scale = info.val
				n.end = e
				n.yearLike = false
				n.dozen = info.kind == qwDozen
			} else if opts&qtyNumMoney != 0 && w != nil {
				if mult := qtyMoneyScaleWord(w); mult > 0 {
					v *= mult
					step *= mult
					n.scale = mult
					n.end = e
					n.yearLike = false
				}
			} else if sc.loose && w != nil && string(w) == "point" && dec == 0 && !commas {
				// "1 point 1"
				q := sc.skipSpace(e)
				if q > e && q < len(s) && qtyIsDigit(s[q]) {
					r := q
					for r < len(s) && qtyIsDigit(s[r]) {
						r++
					}
					if f, err := strconv.ParseFloat("0."+s[q:r], 64); err == nil && !sc.alnumAt(r) {
						v += f
						step = math.Pow10(-(r - q))
						n.end = r
						n.yearLike = false
					}
				}
			}
		}
	}
	if math.IsInf(v, 0) {
		return junk()
	}
	n.value, n.step = v, step
	return n, qtyNumOK
}

func qtyOrdinalSuffix(w string) bool {
	switch strings.ToLower(w) {
	case "st", "nd", "rd", "th":
		return true
	}
	return false
}

// scaleSuffix returns the multiplier of a suffix glued to digits ("100K",
// "1.2M", "3bn"), or 0. "m" and "b" mean million and billion only after a
// currency ("$45m"); elsewhere "45m" is a length. "G" only follows a decimal
// figure (".0012G"), so that "5G" stays a network name.
func (sc *qtyScanner) scaleSuffix(w string, decimal bool, opts qtyNumOpts) float64 {
	switch w {
	case "k", "K":
		return 1e3
	case "M":
		return 1e6
	case "bn", "Bn", "BN":
		return 1e9
	case "G":
		if decimal || sc.loose {
			return 1e9
		}
	}
	if opts&qtyNumMoney != 0 {
		switch w {
		case "m", "mn", "Mn", "MN", "mln":
			return 1e6
		case "b", "B", "bln":
			return 1e9
		case "tn", "Tn", "trn", "TN":
			return 1e12
		case "cr", "Cr":
			return 1e7
		}
	}
	return 0
}

// qtyMoneyScaleWord is a spaced scale abbreviation after a currency amount ("$45 mn").
func qtyMoneyScaleWord(w []byte) float64 {
	switch string(w) {
	case "mn", "mln":
		return 1e6
	case "bn", "bln":
		return 1e9
	case "tn", "trn":
		return 1e12
	}
	return 0
}

// wordNumeral reads a spelled numeral: "twelve", "Forty-one", "a dozen",
// "seven hundred twenty-one thousand and twelve", "two point two million",
// "three thousand millions", "three crore twelve lakh", "twenty—fifth".
func (sc *qtyScanner) wordNumeral(j int, opts qtyNumOpts) (qtyNumeral, qtyNumStatus) {
	s := sc.s
	n := qtyNumeral{start: j, scale: 1}
	var total, current float64
	last := qwNone
	lastScale := math.Inf(1)
	maxScale := 1.0
	// A spelled decimal is kept as digits until a scale applies, so that
	// "two point two million" is exactly 2200000.
	pointDigits, pointCount := 0.0, 0
	pointScale := 1.0
	decimals := 0 // places of the spelled decimal, kept for the rounding step
	pos := j

	w, e := sc.word(pos)
	if w == nil {
		return qtyNumeral{}, qtyNumNone
	}
	isArticle := string(w) == "a" || string(w) == "an"
	isHalf := string(w) == "half"
	if isArticle || isHalf {
		// "a dozen", "a hundred", "a million"; "half a million", "half a dozen".
		p := sc.skipSpace(e)
		if p == e {
			return qtyNumeral{}, qtyNumNone
		}
		if isHalf {
			q, ok := sc.isWord(p, "a")
			if !ok {
				return qtyNumeral{}, qtyNumNone
			}
			p = sc.skipSpace(q)
			if p == q {
				return qtyNumeral{}, qtyNumNone
			}
		}
		w2, _ := sc.word(p)
		info, ok := qtyNumWords[string(w2)]
		if w2 == nil || !ok || info.ordinal || info.plural || info.abbrev ||
			(info.kind != qwHundred && info.kind != qwScale && info.kind != qwDozen) {
			return qtyNumeral{}, qtyNumNone
		}
		current, last, pos, n.article = 1, qwUnit, p, true
		if isHalf {
			current = 0.5
		}
	}
	resolve := func(mult float64) float64 {
		if pointCount == 0 {
			return current * mult
		}
		p := math.Pow10(pointCount)
		return (current*p + pointDigits) * mult / p
	}
	for {
		w, e := sc.word(pos)
		if w == nil {
			break
		}
		info, ok := qtyNumWords[string(w)]
		if !ok {
			info, ok = qtySplitTens(w)
		}
		if !ok {
			isAnd, isPoint := string(w) == "and", string(w) == "point"
			if isAnd && n.words > 0 && (last == qwHundred || last == qwScale) {
				// "five hundred and four", "seven hundred twenty-one thousand and twelve"
				p := sc.skipSpace(e)
				if p > e {
					w2, _ := sc.word(p)
					i2, ok2 := qtyNumWords[string(w2)]
					if !ok2 {
						i2, ok2 = qtySplitTens(w2)
					}
					if w2 != nil && ok2 && !i2.plural && (i2.kind == qwUnit || i2.kind == qwTeen || i2.kind == qwTens) {
						pos = p
						continue
					}
				}
			}
			if isAnd && n.words > 0 && total == 0 && pointCount == 0 &&
				(last == qwUnit || last == qwTeen || last == qwTens) {
				// "two and a half million"
				if frac, fe := sc.andFraction(pos); frac > 0 {
					p := sc.skipSpace(fe)
					w2, _ := sc.word(p)
					if i2, ok2 := qtyNumWords[string(w2)]; p > fe && w2 != nil && ok2 && i2.kind == qwScale && !i2.ordinal && !i2.abbrev {
						current += frac
						pos = p
						continue
					}
				}
			}
			if isPoint && opts&qtyNumNoPoint == 0 && pointCount == 0 && n.words > 0 &&
				(last == qwUnit || last == qwTeen || last == qwTens || last == qwZero) {
				if d, cnt, pe := sc.spelledDecimals(e); cnt > 0 {
					pointDigits, pointCount, decimals = d, cnt, cnt
					n.wordPoint = true
					n.end = pe
					last = qwPoint
					p := sc.skipSpace(pe)
					if p == pe {
						break
					}
					pos = p
					continue
				}
			}
			break
		}
		accept := false
		switch info.kind {
		case qwZero:
			accept = n.words == 0 && !n.article
		case qwUnit:
			accept = !(n.article && n.words == 0) &&
				(last == qwNone || last == qwTens || last == qwHundred || last == qwScale)
		case qwTeen, qwTens:
			accept = !(n.article && n.words == 0) && (last == qwNone || last == qwHundred || last == qwScale)
		case qwHundred:
			if info.ordinal && last == qwNone {
				current, accept = 1, true
			} else {
				accept = (last == qwUnit || last == qwTeen || last == qwTens) && current > 0 &&
					!(info.plural && n.words == 0 && !n.article)
			}
		case qwScale:
			switch {
			case last == qwScale && current == 0 && info.val > lastScale:
				accept = true
			case last == qwUnit || last == qwTeen || last == qwTens || last == qwHundred || last == qwPoint:
				accept = info.val < lastScale
			}
			if info.ordinal && last == qwNone {
				accept = false
			}
		case qwDozen:
			accept = last == qwUnit || last == qwTeen || last == qwTens || last == qwHundred || last == qwScale
		}
		if !accept {
			break
		}
		switch info.kind {
		case qwZero:
			current = 0
		case qwUnit, qwTeen, qwTens:
			current += info.val
		case qwHundred:
			current *= 100
		case qwScale:
			if last == qwScale && current == 0 {
				total *= info.val
			} else {
				if last == qwPoint {
					pointScale = info.val
				}
				total += resolve(info.val)
				current, pointDigits, pointCount = 0, 0, 0
			}
			lastScale = info.val
			maxScale = math.Max(maxScale, info.val)
		case qwDozen:
			total = (total + resolve(1)) * 12
			current, pointDigits, pointCount = 0, 0, 0
			n.dozen = true
		}
		n.words++
		n.end = e
		last = info.kind
		if info.ordinal {
			n.ordinal = true
			break
		}
		if info.plural || info.kind == qwDozen {
			break
		}
		p := e
		if d := sc.dashAt(p); d > 0 && p+d < len(s) && qtyIsLetter(s[p+d]) {
			p += d
		} else {
			q := sc.skipSpace(p)
			if q == p {
				break
			}
			p = q
		}
		pos = p
	}
	if n.words == 0 {
		return qtyNumeral{}, qtyNumNone
	}
	v := total + resolve(1)
	if math.IsInf(v, 0) || math.IsNaN(v) {
		return qtyNumeral{start: j, end: n.end}, qtyNumJunk
	}
	n.value = v
	n.scale = maxScale
	switch {
	case n.wordPoint:
		n.step = math.Pow10(-decimals) * pointScale
	case v == math.Trunc(v) && v != 0:
		n.step = 1
		for x := math.Abs(v); x >= 10 && math.Mod(x, 10) == 0 && n.step < 1e15; x /= 10 {
			n.step *= 10
		}
	default:
		n.step = 1
	}
	return n, qtyNumOK
}

// spelledDecimals reads the digits after "point": "two", "seven seven", "77".
func (sc *qtyScanner) spelledDecimals(i int) (digits float64, count, end int) {
	s := sc.s
	p := sc.skipSpace(i)
	if p == i {
		return 0, 0, i
	}
	if p < len(s) && qtyIsDigit(s[p]) {
		q := p
		for q < len(s) && qtyIsDigit(s[q]) && q-p < 15 {
			digits = digits*10 + float64(s[q]-'0')
			q++
		}
		if sc.alnumAt(q) || q < len(s) && (s[q] == '.' || s[q] == ',') && sc.alnumAt(q+1) {
			return 0, 0, i
		}
		return digits, q - p, q
	}
	end = i
	for count < 15 {
		w, e := sc.word(p)
		info, ok := qtyNumWords[string(w)]
		if w == nil || !ok || info.ordinal || !(info.kind == qwZero || info.kind == qwUnit) {
			break
		}
		digits = digits*10 + info.val
		count++
		end = e
		q := sc.skipSpace(e)
		if q == e {
			break
		}
		p = q
	}
	return digits, count, end
}

// andFraction reads "and a half", "and half", "and an half", "and a quarter",
// "and one quarter", "and two quarters", "and three quarter" at i (which must
// be the word "and") and returns the fraction and the end of the phrase.
func (sc *qtyScanner) andFraction(i int) (float64, int) {
	e, ok := sc.isWord(i, "and")
	if !ok {
		return 0, i
	}
	p := sc.skipSpace(e)
	if p == e {
		return 0, i
	}
	count := 1.0
	w, we := sc.word(p)
	if w == nil {
		return 0, i
	}
	switch string(w) {
	case "a", "an", "one":
		p = sc.skipSpace(we)
		if p == we {
			return 0, i
		}
	case "two":
		count = 2
		p = sc.skipSpace(we)
		if p == we {
			return 0, i
		}
	case "three":
		count = 3
		p = sc.skipSpace(we)
		if p == we {
			return 0, i
		}
	}
	w, we = sc.word(p)
	if w == nil {
		return 0, i
	}
	switch string(w) {
	case "half":
		if count == 1 {
			return 0.5, we
		}
	case "quarter", "quarters":
		return count / 4, we
	}
	return 0, i
}

// ParseNumber reads a whole string as one numeral ("1,200", "twelve", "two
// million", "1.2M", "a dozen", "Forty-one", "minus 1,200,000", "30 lakh",
// "forty-five (45)"). ok is false if the whole string is not one cardinal
// numeral; ordinals ("first", "21st") are not numerals here.
func ParseNumber(s string) (v float64, ok bool) {
	t := strings.TrimSpace(s)
	switch {
	case strings.EqualFold(t, "single"):
		return 1, true
	case strings.EqualFold(t, "nil"):
		return 0, true
	}
	sc := qtyScanner{s: t, loose: true}
	if e, ok := sc.isWord(0, "a"); ok {
		// "a pair", "a pair of"
		if e2, ok := sc.nextWord(e, "pair"); ok {
			if e3, ok := sc.nextWord(e2, "of"); ok {
				e2 = e3
			}
			if sc.skipSpace(e2) == len(t) {
				return 2, true
			}
		}
	}
	if e, ok := sc.isWord(0, "point"); ok {
		// "point 77", "point seven seven"
		if d, cnt, pe := sc.spelledDecimals(e); cnt > 0 && sc.skipSpace(pe) == len(t) {
			return d / math.Pow10(cnt), true
		}
		return 0, false
	}
	n, st := sc.numeral(0, 0)
	if st != qtyNumOK || n.ordinal {
		return 0, false
	}
	end := n.end
	if n.dozen {
		// "a dozen of"
		if e, ok := sc.nextWord(end, "of"); ok {
			end = e
		}
	}
	if sc.skipSpace(end) != len(t) {
		return 0, false
	}
	return n.value, true
}
