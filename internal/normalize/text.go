package normalize

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// CleanRune maps one rune to its plain form: curly and prime-like quotes
// and apostrophes become ' and ", every dash and hyphen variant becomes '-',
// and non-breaking and other space separators become ' '. Any other rune is
// returned unchanged. Callers that must keep byte offsets apply it rune by
// rune rather than calling CleanText.
func CleanRune(r rune) rune {
	switch r {
	case '\u2018', '\u2019', '\u201A', '\u201B', '\u2032', '\u2035', '\u02BC', '\uFF07':
		return '\''
	case '\u201C', '\u201D', '\u201E', '\u201F', '\u2033', '\u2036', '\u00AB', '\u00BB', '\uFF02':
		return '"'
	case '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2015', '\u2212', '\u2043',
		'\uFE58', '\uFE63', '\uFF0D':
		return '-'
	}
	if r > unicode.MaxLatin1 || r == '\u00A0' {
		if unicode.Is(unicode.Zs, r) {
			return ' '
		}
	}
	return r
}

// CleanText is s in Unicode NFKC with CleanRune applied to every rune.
// Invalid UTF-8 bytes become U+FFFD. Offsets into the result do not match
// offsets into s.
func CleanText(s string) string {
	// ASCII is its own NFKC form and CleanRune leaves it alone: most words need no work.
	ascii := true
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			ascii = false
			break
		}
	}
	if ascii {
		return s
	}
	return strings.Map(CleanRune, norm.NFKC.String(s))
}

// foldLetters spells out letters that carry no combining mark to strip but
// are read as a plain Latin letter in names.
var foldLetters = map[rune]string{
	'ł': "l", 'ø': "o", 'ß': "ss", 'æ': "ae", 'ı': "i", 'đ': "d", 'ð': "d",
	'þ': "th", 'œ': "oe", 'ħ': "h", 'ŧ': "t", 'ŋ': "n", 'ĸ': "k",
}

// Fold is the comparison key of a piece of text: CleanText, lower case,
// diacritics removed (NFD, then combining marks dropped; ł→l, ø→o, ß→ss,
// æ→ae, ı→i and the like), invisible format characters dropped, runs of
// space collapsed to one ' ' and the ends trimmed. "Kahramanmaraş" and
// "KAHRAMANMARAS" fold equal. Fold(Fold(s)) == Fold(s).
func Fold(s string) string {
	if out, ok := foldASCII(s); ok {
		return out
	}
	return foldSlow(s)
}

// foldSlow is Fold for any text: the Unicode path.
func foldSlow(s string) string {
	out := foldOnce(s)
	// Lower-casing and mark removal can, for a few rare characters, leave
	// text that a second pass would change again; settle on the fixed
	// point so the key is stable.
	for k := 0; k < 3; k++ {
		again := foldOnce(out)
		if again == out {
			break
		}
		out = again
	}
	return out
}

func foldOnce(s string) string {
	s = strings.ToLower(CleanText(s))
	s = norm.NFD.String(s)
	var b strings.Builder
	b.Grow(len(s))
	pendingSpace := false
	for _, r := range s {
		if unicode.Is(unicode.Mn, r) || unicode.Is(unicode.Cf, r) {
			continue
		}
		if unicode.IsSpace(r) {
			pendingSpace = b.Len() > 0
			continue
		}
		if pendingSpace {
			b.WriteByte(' ')
			pendingSpace = false
		}
		if rep, ok := foldLetters[r]; ok {
			b.WriteString(rep)
			continue
		}
		b.WriteRune(r)
	}
	return norm.NFC.String(b.String())
}

// nameParticles are the words that belong to a surname rather than to the
// given names when they stand before the last name: "van Beethoven",
// "bin Salman", "da Silva", "Le Pen".
var nameParticles = map[string]bool{
	"al": true, "el": true, "ibn": true, "bin": true, "ben": true, "bint": true, "abu": true,
	"van": true, "von": true, "de": true, "da": true, "di": true, "du": true, "le": true,
	"la": true, "del": true, "della": true, "der": true, "den": true, "dos": true, "das": true,
	"do": true, "des": true, "ter": true, "ten": true, "zu": true, "af": true, "y": true,
}

// nameParticlesNeverGiven are particles that are not also given names, so
// they belong to the surname even at the start of a name: "de Gaulle",
// "bin Laden"; whereas "Ben Smith" and "Van Morrison" start with a given
// name.
var nameParticlesNeverGiven = map[string]bool{
	"al": true, "el": true, "ibn": true, "bin": true, "bint": true, "abu": true, "von": true,
	"de": true, "da": true, "di": true, "du": true, "del": true, "della": true, "der": true,
	"den": true, "dos": true, "das": true, "do": true, "des": true, "ter": true, "ten": true,
	"zu": true, "af": true,
}

// nameSuffixes distinguish people who share a name.
var nameSuffixes = map[string]bool{
	"jr": true, "sr": true, "ii": true, "iii": true, "iv": true, "vi": true, "vii": true, "viii": true,
}

// FoldName is the comparison key of a person's name. It is Fold followed by:
// apostrophes dropped ("O'Neill" → "oneill"); periods, commas, hyphens and
// other punctuation turned into word breaks ("J. D." and "J.D." → "j d",
// "Abu-Zuhri" → "abu zuhri"); and the Arabic article joined to the word it
// precedes with a hyphen, whatever its spelling ("Al-Hayya", "al Hayya",
// "el-Hayya" → "al-hayya"). Other particles (van, de, bin…) and the
// suffixes Jr., Sr. and III stay as lower-case words.
func FoldName(s string) string {
	folded := Fold(s)
	words := make([]string, 0, 8)
	var cur strings.Builder
	flush := func() {
		if cur.Len() > 0 {
			words = append(words, cur.String())
			cur.Reset()
		}
	}
	for _, r := range folded {
		switch {
		case r == '\'' || r == '`' || r == '\u00B4':
			// dropped: O'Neill, D'Angelo
		case unicode.IsSpace(r) || unicode.IsPunct(r) || unicode.IsSymbol(r):
			flush()
		default:
			cur.WriteRune(r)
		}
	}
	flush()
	var b strings.Builder
	b.Grow(len(folded))
	for i := 0; i < len(words); i++ {
		if b.Len() > 0 {
			b.WriteByte(' ')
		}
		w := words[i]
		if (w == "al" || w == "el") && i+1 < len(words) {
			b.WriteString("al-")
			b.WriteString(words[i+1])
			i++
			continue
		}
		b.WriteString(w)
	}
	return b.String()
}

// NameParts is a folded name split into its parts.
type NameParts struct {
	Given   []string // given names, in order
	Surname string   // last name with its particles: "al-hayya", "van beethoven"
	Suffix  string   // "jr", "sr", "ii", "iii", "iv"; several are joined by a space
}

// SplitName splits a name folded by FoldName into given names, surname and
// suffix. Particles directly before the last word belong to the surname
// ("ludwig van beethoven" → surname "van beethoven"; "ezz al-din al-haddad"
// → given ["ezz", "al-din"], surname "al-haddad"). The first word is a given
// name unless it is a particle that never is one ("de gaulle" → surname "de
// gaulle"; "van morrison" → given ["van"], surname "morrison"). A name of
// one word is a surname.
func SplitName(folded string) NameParts {
	words := strings.Fields(folded)
	var parts NameParts
	end := len(words)
	for end > 1 && nameSuffixes[words[end-1]] {
		end--
	}
	if end < len(words) {
		parts.Suffix = strings.Join(words[end:], " ")
	}
	words = words[:end]
	if len(words) == 0 {
		return parts
	}
	start := len(words) - 1
	for start > 1 && nameParticles[words[start-1]] {
		start--
	}
	if start == 1 && nameParticlesNeverGiven[words[0]] {
		start = 0
	}
	if start > 0 {
		parts.Given = append([]string(nil), words[:start]...)
	}
	parts.Surname = strings.Join(words[start:], " ")
	return parts
}

// SurnameCore is a surname without its leading particles, the form a
// surname-only mention is matched on: "al-hayya" → "hayya", "van der berg"
// → "berg", "bin salman" → "salman". A surname that is nothing but
// particles is returned as it is.
func SurnameCore(surname string) string {
	words := strings.Fields(surname)
	for len(words) > 1 && nameParticles[words[0]] {
		words = words[1:]
	}
	if len(words) == 0 {
		return ""
	}
	for _, p := range []string{"al-", "el-"} {
		if rest := strings.TrimPrefix(words[0], p); rest != words[0] && rest != "" {
			words[0] = rest
			break
		}
	}
	return strings.Join(words, " ")
}

// EditDistance is the optimal-string-alignment (restricted
// Damerau–Levenshtein) distance between a and b counted in runes: the
// number of insertions, deletions, substitutions and swaps of two adjacent
// runes that turn one into the other.
func EditDistance(a, b string) int {
	ra, rb := []rune(a), []rune(b)
	if len(ra) == 0 {
		return len(rb)
	}
	if len(rb) == 0 {
		return len(ra)
	}
	m := len(rb)
	back2 := make([]int, m+1) // row i-2
	back1 := make([]int, m+1) // row i-1
	cur := make([]int, m+1)
	for j := range back1 {
		back1[j] = j
	}
	for i := 1; i <= len(ra); i++ {
		cur[0] = i
		for j := 1; j <= m; j++ {
			cost := 1
			if ra[i-1] == rb[j-1] {
				cost = 0
			}
			v := min(back1[j]+1, cur[j-1]+1, back1[j-1]+cost)
			if i > 1 && j > 1 && ra[i-1] == rb[j-2] && ra[i-2] == rb[j-1] {
				v = min(v, back2[j-2]+1)
			}
			cur[j] = v
		}
		back2, back1, cur = back1, cur, back2
	}
	return back1[m]
}

// Token is one word or punctuation mark of text, with its byte offsets.
type Token struct {
	Text       string
	Start, End int
}

// Tokenize splits s into words and punctuation. A word is a run of letters,
// digits and combining marks that also keeps apostrophes and hyphens
// between two of them ("O'Neill", "al-Hayya"), separators inside numbers
// ("1,200", "3.5") and the periods of dotted abbreviations ("U.S.",
// "J.D."). Every other non-space rune is a token of its own; space is
// dropped. Text is always s[Start:End].
func Tokenize(s string) []Token {
	toks := make([]Token, 0, len(s)/5+1)
	i := 0
	for i < len(s) {
		if c := s[i]; c < utf8.RuneSelf && asciiClass[c] == asciiSpace {
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if unicode.IsSpace(r) {
			i += size
			continue
		}
		if !tokenWordRune(r) {
			toks = append(toks, Token{Text: s[i : i+size], Start: i, End: i + size})
			i += size
			continue
		}
		start := i
		i = tokenWordEnd(s, i)
		toks = append(toks, Token{Text: s[start:i], Start: start, End: i})
	}
	return toks
}

const (
	asciiOther = iota
	asciiLetter
	asciiDigit
	asciiSpace
)

// asciiClass classes the ASCII bytes as unicode.IsLetter, IsDigit and IsSpace would.
var asciiClass = func() (t [utf8.RuneSelf]uint8) {
	for c := range t {
		switch r := rune(c); {
		case unicode.IsLetter(r):
			t[c] = asciiLetter
		case unicode.IsDigit(r):
			t[c] = asciiDigit
		case unicode.IsSpace(r):
			t[c] = asciiSpace
		}
	}
	return t
}()

func tokenWordRune(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.In(r, unicode.Mn, unicode.Mc)
}

func tokenApostrophe(r rune) bool {
	return r == '\'' || r == '\u2019' || r == '\u02BC'
}

func tokenHyphen(r rune) bool {
	return r == '-' || r == '\u2010' || r == '\u2011'
}

// tokenWordEnd returns the end of the word that starts at i.
func tokenWordEnd(s string, i int) int {
	segLetters := 0 // letters since the word start or the last period
	dotted := false // the word already holds an abbreviation period
	var prev rune   // last rune taken into the word
	for i < len(s) {
		// Most of English news is ASCII: letters and digits are taken without decoding.
		if c := s[i]; c < utf8.RuneSelf {
			switch asciiClass[c] {
			case asciiLetter:
				segLetters++
				prev = rune(c)
				i++
				continue
			case asciiDigit:
				segLetters = 2
				prev = rune(c)
				i++
				continue
			}
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if tokenWordRune(r) {
			if unicode.IsLetter(r) {
				segLetters++
			} else if !unicode.In(r, unicode.Mn, unicode.Mc) {
				segLetters = 2 // a digit: not an initial
			}
			prev = r
			i += size
			continue
		}
		next, nsize := utf8.DecodeRuneInString(s[i+size:])
		hasNext := i+size < len(s)
		switch {
		case (tokenApostrophe(r) || tokenHyphen(r)) && hasNext && tokenWordRune(next) && tokenWordRune(prev):
			segLetters = 0
			prev = r
			i += size
			continue
		case (r == ',' || r == '.') && unicode.IsDigit(prev) && hasNext && unicode.IsDigit(next):
			prev = r
			i += size
			continue
		case r == '.' && segLetters == 1 && unicode.IsLetter(prev):
			if hasNext && unicode.IsLetter(next) && !tokenWordRune(tokenPeek(s, i+size+nsize)) {
				// "U.S": the next letter is a single initial too.
				dotted = true
				segLetters = 0
				prev = r
				i += size
				continue
			}
			if dotted {
				return i + size // the closing period of "U.S."
			}
		}
		return i
	}
	return i
}

// tokenPeek is the rune at byte offset i of s, or 0 past the end.
func tokenPeek(s string, i int) rune {
	if i >= len(s) {
		return 0
	}
	r, _ := utf8.DecodeRuneInString(s[i:])
	return r
}

// foldASCII is Fold for plain ASCII text, which most words of English news are: lower case and
// single spaces, without the Unicode tables. It returns ok=false for anything else.
func foldASCII(s string) (string, bool) {
	clean := true // s is already lower-case, single-spaced and trimmed
	prevSpace := true
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c >= 0x80 || c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\v' && c != '\f' || c == 0x7f:
			return "", false
		case 'A' <= c && c <= 'Z':
			clean = false
		case c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f':
			if prevSpace || c != ' ' {
				clean = false
			}
			prevSpace = true
			continue
		}
		prevSpace = false
	}
	if prevSpace && len(s) > 0 {
		clean = false
	}
	if clean {
		return s, true
	}
	b := make([]byte, 0, len(s))
	pending := false
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f' {
			pending = len(b) > 0
			continue
		}
		if pending {
			b = append(b, ' ')
			pending = false
		}
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		b = append(b, c)
	}
	return string(b), true
}
