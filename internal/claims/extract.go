package claims

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/crosscheck-news/crosscheck/internal/article"
	"github.com/crosscheck-news/crosscheck/internal/normalize"
	"github.com/crosscheck-news/crosscheck/internal/ruleset"
	"github.com/crosscheck-news/crosscheck/internal/segment"
)

// Extractor finds claims in articles using a compiled rule pack. It is safe for concurrent use.
type Extractor struct {
	rules *ruleset.Set
}

// NewExtractor returns an extractor for the given rules.
func NewExtractor(rules *ruleset.Set) *Extractor {
	return &Extractor{rules: rules}
}

// passage is a run of text to read, with a way to place its offsets in the file.
type passage struct {
	text     string
	pos      func(off int) (line, col int)
	headline bool
}

// Extract returns every claim the article makes, in text order. storyDay is the latest
// publication date of the articles read together (zero if none is dated): an undated article is
// taken to be of the same time, so a date it gives without a year ("Monday, April 13") takes
// the story's year. It does not place the undated article's own figures in time.
func (x *Extractor) Extract(a *article.Article, storyDay normalize.Day) []Claim {
	cs, _ := x.ExtractWithAnchors(a, storyDay)
	return cs
}

// ExtractWithAnchors is Extract that also returns the article's anchors: the distinctive names
// it mentions (people in full, named places and things), by which articles are grouped into
// stories. Claims of different stories are never compared.
func (x *Extractor) ExtractWithAnchors(a *article.Article, storyDay normalize.Day) ([]Claim, []string) {
	ref, undated := storyDay, true
	if a.Dated {
		ref, undated = normalize.DayOf(a.Published), false
	}
	doc := &docState{x: x, a: a, ref: ref, undated: undated, people: map[string]*Person{}}
	var passages []passage
	if a.Title != "" && a.TitleOffset() >= 0 {
		title, off := a.Title, a.TitleOffset()
		passages = append(passages, passage{text: title, pos: func(o int) (int, int) { return a.Position(off + o) }, headline: true})
	}
	for _, sp := range segment.Sentences(a.Text) {
		start := sp.Start
		passages = append(passages, passage{text: a.Text[sp.Start:sp.End], pos: func(o int) (int, int) { return a.Position(start + o) }})
	}
	// People first, over the whole article, so that a surname-only mention anywhere can be
	// tied to the full name, and so that kinship words anywhere in the article are seen.
	sents := make([]*sentence, len(passages))
	for i, p := range passages {
		sents[i] = x.newSentence(p)
		doc.findPeople(sents[i])
	}
	doc.sentences = sents
	doc.linkPeople()
	for _, s := range sents {
		doc.extractSentence(s)
	}
	anchors := doc.anchors()
	sort.SliceStable(doc.claims, func(i, j int) bool {
		ci, cj := doc.claims[i], doc.claims[j]
		if ci.Line != cj.Line {
			return ci.Line < cj.Line
		}
		return ci.Column < cj.Column
	})
	return doc.claims, anchors
}

// docState is the state of reading one article.
type docState struct {
	x   *Extractor
	a   *article.Article
	ref normalize.Day
	// undated is set when ref is the story's day rather than the article's own: weekdays and
	// "yesterday" cannot be resolved against it.
	undated bool
	claims  []Claim
	// people maps a folded full name to its first mention; surnames maps a surname core to the
	// full names that carry it in this article.
	people    map[string]*Person
	surnames  map[string][]*Person
	mentions  []*personMention
	sentences []*sentence
	places    map[string]bool // names the article gives as places (see isPlace)
	main      *string         // the article's main incident, once found (see mainIncident)
}

// sentence is one passage split into tokens, with the lookups every rule needs.
type sentence struct {
	p      passage
	toks   []normalize.Token
	words  []string // folded
	raw    []string // cleaned, case kept
	clause []int    // clause number of each token
	qs     []normalize.Quantity
	quote  string // the sentence on one line, made once
	// nameTok marks tokens that can be part of a name (see isNameToken).
	nameTok []bool
	// marks holds, per rule category, where its phrases match (see matches); clauseFrom and
	// clauseTo the bounds of each token's clause (see clauseBounds).
	marks                map[ruleset.Category][]match
	clauseFrom, clauseTo []int
	inDate               []bool // tokens inside date mentions (see dateTokens)
	dates                []normalize.Date
	people               []*personMention
	years                []yearAt // see statedYears
	inPerson             []bool   // see personTokens
}

func (x *Extractor) newSentence(p passage) *sentence {
	s := &sentence{p: p}
	s.toks = normalize.Tokenize(p.text)
	s.words = make([]string, len(s.toks))
	s.raw = make([]string, len(s.toks))
	for i, t := range s.toks {
		// Possessives read as their noun: "Hamas's" names Hamas, "Witkoff's trip" Witkoff.
		text := stripFootnote(stripPossessive(t.Text))
		s.raw[i] = normalize.CleanText(text)
		s.words[i] = normalize.Fold(text)
	}
	s.clause = clauses(s.words, s.raw)
	return s
}

// clauses numbers the clauses of a sentence. A clause ends at ; : ( ) and dashes, and at
// "and", "but", "while", "whereas" when a new figure or subject follows, so that "18 people died
// and 96 were rescued" keeps each figure with its own verb.
func clauses(words, raw []string) []int {
	out := make([]int, len(words))
	n := 0
	for i, w := range words {
		switch w {
		case ";", ":", "(", ")", "-", "--", "[", "]":
			// A minus sign glued to a number ("-504") is part of it, not a dash.
			if w == "-" && i+1 < len(words) && isNumberToken(raw[i+1]) && (i == 0 || words[i-1] != "-") {
				break
			}
			n++
			out[i] = n
			n++
			continue
		case "and", "but", "while", "whereas", "as", "after", "when", "before", "although", "though", "because":
			if i+1 < len(words) && (startsNewClause(words, raw, i+1) || i > 0 && words[i-1] == ",") {
				n++
			}
		}
		out[i] = n
	}
	return out
}

// startsNewClause reports whether the words at i begin a new statement: a number, a
// determiner, a pronoun or a capitalised word.
func startsNewClause(words, raw []string, i int) bool {
	w := words[i]
	if w == "" {
		return false
	}
	r, _ := utf8.DecodeRuneInString(raw[i])
	if unicode.IsDigit(r) || unicode.IsUpper(r) {
		return true
	}
	switch w {
	case "the", "a", "an", "his", "her", "its", "their", "he", "she", "it", "they", "we", "i",
		"officials", "police", "authorities", "at", "more", "some", "about", "nearly", "over",
		"another", "dozens", "hundreds", "thousands", "one", "two", "three", "four", "five", "six",
		"seven", "eight", "nine", "ten", "most", "many", "several":
		return true
	}
	return false
}

// tokenRange returns the tokens covering byte offsets [start, end) of the sentence.
func (s *sentence) tokenRange(start, end int) (first, last int) {
	first, last = -1, -1
	// Tokens are in text order: the first that ends after start is found by halving.
	from := sort.Search(len(s.toks), func(i int) bool { return s.toks[i].End > start })
	for i := from; i < len(s.toks); i++ {
		t := s.toks[i]
		if t.Start >= end {
			break
		}
		if first < 0 {
			first = i
		}
		last = i
	}
	return first, last
}

// find returns the token index of the first phrase of category c in the token range [from, to),
// with its rule index and length.
func (s *sentence) find(r *ruleset.Set, c ruleset.Category, from, to int) (at, index, n int, ok bool) {
	if from < 0 {
		from = 0
	}
	if to > len(s.words) {
		to = len(s.words)
	}
	// The places each category matches are found once per sentence; a long run-on sentence
	// with thousands of figures would otherwise be scanned again for every one of them.
	m := s.matches(r, c)
	k := sort.Search(len(m), func(k int) bool { return m[k].at >= from })
	if k < len(m) && m[k].at < to {
		return m[k].at, m[k].index, m[k].n, true
	}
	return -1, 0, 0, false
}

// match is one place a phrase of some category stands in a sentence.
type match struct{ at, index, n int }

// matches returns every place a phrase of category c starts in the sentence, in order.
func (s *sentence) matches(r *ruleset.Set, c ruleset.Category) []match {
	if s.marks == nil {
		s.marks = map[ruleset.Category][]match{}
	}
	if m, ok := s.marks[c]; ok {
		return m
	}
	var m []match
	for i := range s.words {
		if idx, n, ok := r.Match(c, s.words, i); ok {
			m = append(m, match{i, idx, n})
		}
	}
	s.marks[c] = m
	return m
}

// has reports whether any phrase of category c stands in the token range [from, to).
func (s *sentence) has(r *ruleset.Set, c ruleset.Category, from, to int) bool {
	_, _, _, ok := s.find(r, c, from, to)
	return ok
}

// spanBounds returns the token range of the clauses holding tokens first to last: a mention
// may run over a bracket ("forty-five (45) people").
func (s *sentence) spanBounds(first, last int) (from, to int) {
	from, _ = s.clauseBounds(first)
	_, to = s.clauseBounds(last)
	if s.words[last] == ")" && last+1 < len(s.words) {
		_, to = s.clauseBounds(last + 1)
	}
	return from, to
}

// clauseBounds returns the token range of the clause holding token i.
func (s *sentence) clauseBounds(i int) (from, to int) {
	if s.clauseFrom == nil {
		// Worked out once: clause numbers only grow along the sentence.
		n := len(s.clause)
		s.clauseFrom, s.clauseTo = make([]int, n), make([]int, n)
		for k := 0; k < n; k++ {
			if k > 0 && s.clause[k-1] == s.clause[k] {
				s.clauseFrom[k] = s.clauseFrom[k-1]
			} else {
				s.clauseFrom[k] = k
			}
		}
		for k := n - 1; k >= 0; k-- {
			if k+1 < n && s.clause[k+1] == s.clause[k] {
				s.clauseTo[k] = s.clauseTo[k+1]
			} else {
				s.clauseTo[k] = k + 1
			}
		}
	}
	return s.clauseFrom[i], s.clauseTo[i]
}

// emit places a claim covering bytes [start, end) of the sentence and records it.
func (d *docState) emit(s *sentence, start, end int, c Claim) {
	if start < 0 || end > len(s.p.text) || start >= end {
		return
	}
	c.Path = d.a.Path
	c.Headline = s.p.headline
	c.Line, c.Column = s.p.pos(start)
	c.Text = strings.TrimSpace(s.p.text[start:end])
	// A mention that runs over a line break is quoted up to the break: the quote must stand on
	// the line it is placed on.
	if i := strings.IndexAny(c.Text, "\r\n"); i >= 0 {
		c.Text = strings.TrimSpace(c.Text[:i])
	}
	if s.quote == "" {
		s.quote = oneLine(s.p.text)
	}
	c.Quote = s.quote
	if c.AsOf == (normalize.Day{}) && d.a.Dated && !c.Timeless {
		c.AsOf = d.ref
		c.Dated = true
	}
	d.claims = append(d.claims, c)
}

func oneLine(s string) string {
	return strings.Join(strings.Fields(s), " ")
}

// isCapitalized reports whether a raw token starts with an upper-case letter.
func isCapitalized(raw string) bool {
	r, _ := utf8.DecodeRuneInString(raw)
	return unicode.IsUpper(r)
}

func isWord(raw string) bool {
	r, _ := utf8.DecodeRuneInString(raw)
	return unicode.IsLetter(r)
}

func isNumberToken(raw string) bool {
	r, _ := utf8.DecodeRuneInString(raw)
	return unicode.IsDigit(r)
}

func stripPossessive(w string) string {
	for _, suf := range []string{"'s", "\u2019s", "'S", "\u2019S"} {
		if len(w) > len(suf) && strings.HasSuffix(w, suf) {
			return w[:len(w)-len(suf)]
		}
	}
	return w
}

// near reports whether a phrase of category c stands in the clause of token at, within dist
// tokens of it.
func (s *sentence) near(r *ruleset.Set, c ruleset.Category, at, dist int) bool {
	lo, hi := s.clauseBounds(at)
	return s.has(r, c, max(lo, at-dist), min(hi, at+dist+1))
}

// stripFootnote drops a footnote number glued to a word ("injured1", "stages2"): web copy often
// keeps reference marks that way.
func stripFootnote(w string) string {
	i := len(w)
	for i > 0 && w[i-1] >= '0' && w[i-1] <= '9' {
		i--
	}
	if i == len(w) || len(w)-i > 2 || i < 3 {
		return w
	}
	for _, r := range w[:i] {
		if !unicode.IsLower(r) {
			return w
		}
	}
	return w[:i]
}
