package ruleset

import (
	"fmt"
	"strings"

	"github.com/crosscheck-news/crosscheck/internal/normalize"
)

// Category is what a phrase in the rules stands for.
type Category uint8

// The categories of phrases a Set can match.
const (
	CatMeasure Category = iota + 1
	CatGeneric
	CatDuration
	CatMoney
	CatDimension
	CatEvent
	CatTitleHead
	CatTitleModifier
	CatFormer
	CatKinship
	CatPartitive
	CatIncrement
	CatProposal
	CatCumulative
	CatPeriod
	CatNotCount
	CatRepeatable
	CatAbove
	CatPercent
	CatRevision
	CatComparison
	CatAnaphora
	CatSubpopulation
	CatShared
	CatIncident
	numCategories
)

// Set is a compiled rule pack: the rules plus indexes for matching them against folded words.
type Set struct {
	Rules
	phrases [numCategories]phraseIndex
	parties phraseIndex // case-kept forms
	// nick maps a folded given name to the ids of the nickname sets it is in.
	nick map[string][]int
	// canon maps a noun to the first word of its synonym set; kinds holds the kind nouns.
	canon map[string]string
	kinds map[string]bool
	// exclusiveWords holds every word of the exclusive title sets.
	exclusiveWords map[string]bool
}

type phrase struct {
	words []string
	index int // into the rule list of its category (measure, thing, event…)
}

// phraseIndex finds the longest phrase starting at a word.
type phraseIndex map[string][]phrase // first word → phrases, longest first

func (ix phraseIndex) add(words []string, index int) {
	if len(words) == 0 {
		return
	}
	list := ix[words[0]]
	for _, p := range list {
		if equalWords(p.words, words) {
			return
		}
	}
	list = append(list, phrase{words: words, index: index})
	// Keep longest first so the first match is the longest.
	for i := len(list) - 1; i > 0 && len(list[i].words) > len(list[i-1].words); i-- {
		list[i], list[i-1] = list[i-1], list[i]
	}
	ix[words[0]] = list
}

func (ix phraseIndex) match(words []string, i int) (index, n int, ok bool) {
	if i < 0 || i >= len(words) {
		return 0, 0, false
	}
	for _, p := range ix[words[i]] {
		if i+len(p.words) <= len(words) && equalWords(p.words, words[i:i+len(p.words)]) {
			return p.index, len(p.words), true
		}
	}
	return 0, 0, false
}

func equalWords(a, b []string) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

// Words splits a phrase or a sentence into the folded words the indexes hold.
func Words(s string) []string {
	toks := normalize.Tokenize(s)
	out := make([]string, len(toks))
	for i, t := range toks {
		out[i] = normalize.Fold(t.Text)
	}
	return out
}

// Compile validates a merged rule pack and builds its indexes.
func Compile(r Rules) (*Set, error) {
	s := &Set{Rules: r, nick: map[string][]int{}, canon: map[string]string{}, kinds: map[string]bool{}, exclusiveWords: map[string]bool{}}
	for _, x := range r.Titles.Exclusive {
		for _, w := range x.Words {
			if w != "" {
				s.exclusiveWords[w] = true
			}
		}
	}
	for _, k := range r.Kinds {
		s.kinds[normalize.Fold(k)] = true
	}
	for _, set := range r.Synonyms {
		if len(set) == 0 {
			continue
		}
		first := normalize.Fold(set[0])
		for _, w := range set {
			if _, seen := s.canon[normalize.Fold(w)]; !seen {
				s.canon[normalize.Fold(w)] = first
			}
		}
	}
	for c := range s.phrases {
		s.phrases[c] = phraseIndex{}
	}
	s.parties = phraseIndex{}
	add := func(c Category, index int, phrases ...string) {
		for _, ph := range phrases {
			s.phrases[c].add(Words(ph), index)
		}
	}
	// Copy the measures: Compile fills in defaults and must not change the caller's rules.
	s.Measures = append([]Measure(nil), r.Measures...)
	for i := range s.Measures {
		if s.Measures[i].Change == "" {
			s.Measures[i].Change = Varying
		}
	}
	names := map[string]Source{}
	for i, m := range r.Measures {
		if prev, dup := names[m.Name]; dup && prev != m.Source {
			return nil, &Error{Path: m.Source.Path, Line: m.Source.Line, Msg: fmt.Sprintf("measure %q already defined at %s:%d", m.Name, prev.Path, prev.Line)}
		}
		names[m.Name] = m.Source
		add(CatMeasure, i, m.Phrases...)
	}
	add(CatGeneric, 0, r.GenericGroups...)
	for i, t := range r.Durations {
		add(CatDuration, i, t.Words...)
	}
	for i, t := range r.Percentages {
		add(CatPercent, i, t.Words...)
	}
	for i, t := range r.Money {
		add(CatMoney, i, t.Words...)
	}
	for i, d := range r.Dimensions {
		add(CatDimension, i, d.Words...)
	}
	for i, e := range r.Events {
		add(CatEvent, i, e.Verbs...)
	}
	add(CatTitleHead, 0, r.Titles.Heads...)
	add(CatTitleModifier, 0, r.Titles.Modifiers...)
	add(CatFormer, 0, r.Titles.Former...)
	add(CatKinship, 0, r.Names.Kinship...)
	for _, l := range r.Markers.lists() {
		add(l.cat, 0, *l.words...)
	}
	for i, p := range r.Parties {
		for _, f := range p.Forms {
			s.parties.add(partyWords(f), i)
		}
	}
	for id, set := range r.Names.Nicknames {
		for _, n := range set {
			k := normalize.Fold(n)
			s.nick[k] = append(s.nick[k], id)
		}
	}
	return s, nil
}

// partyWords splits a party form into words keeping case, so "US" does not match "us".
func partyWords(s string) []string {
	if plainWord(s) {
		return []string{s} // what tokenizing would give, without the work
	}
	toks := normalize.Tokenize(normalize.CleanText(s))
	out := make([]string, len(toks))
	for i, t := range toks {
		out[i] = t.Text
	}
	return out
}

// plainWord reports whether s is one word of ASCII letters.
func plainWord(s string) bool {
	if s == "" {
		return false
	}
	for i := 0; i < len(s); i++ {
		if c := s[i] | 0x20; c < 'a' || c > 'z' {
			return false
		}
	}
	return true
}

// Match returns the longest phrase of category c that starts at words[i]: the index of its rule
// and its length in words.
func (s *Set) Match(c Category, words []string, i int) (index, n int, ok bool) {
	if int(c) >= len(s.phrases) {
		return 0, 0, false
	}
	return s.phrases[c].match(words, i)
}

// MatchParty returns the party named by the case-kept words starting at raw[i].
func (s *Set) MatchParty(raw []string, i int) (party string, n int, ok bool) {
	index, n, ok := s.parties.match(raw, i)
	if !ok {
		return "", 0, false
	}
	return s.Parties[index].Name, n, true
}

// PartyOf returns the party a single word or phrase names ("American" → "US"), or "".
func (s *Set) PartyOf(text string) string {
	w := partyWords(text)
	if idx, n, ok := s.parties.match(w, 0); ok && n == len(w) {
		return s.Parties[idx].Name
	}
	return ""
}

// SameGivenName reports whether two folded given names are the same name: equal, one an initial
// of the other, or in one nickname set.
func (s *Set) SameGivenName(a, b string) bool {
	a, b = strings.TrimSuffix(a, "."), strings.TrimSuffix(b, ".")
	if a == b {
		return true
	}
	if (len(a) == 1 && strings.HasPrefix(b, a)) || (len(b) == 1 && strings.HasPrefix(a, b)) {
		return true
	}
	for _, x := range s.nick[a] {
		for _, y := range s.nick[b] {
			if x == y {
				return true
			}
		}
	}
	return false
}

// Canonical returns the word that stands for a noun's synonym set ("wildfire" → "fire"), or the
// noun itself.
func (s *Set) Canonical(noun string) string {
	if c, ok := s.canon[noun]; ok {
		return c
	}
	return noun
}

// IsKind reports whether a noun says what kind of thing a name is ("hospital", "fire").
func (s *Set) IsKind(noun string) bool { return s.kinds[noun] }

// IsExclusiveWord reports whether a word belongs to a set of titles that exclude each other
// ("deputy", "interior", "captain").
func (s *Set) IsExclusiveWord(w string) bool { return s.exclusiveWords[w] }

// GivenNameGroup returns a key shared by every form of a given name that SameGivenName would
// join through one nickname set ("steve", "steven" → the same key); names in no set are their
// own key. A name in two sets ("chris") takes the first.
func (s *Set) GivenNameGroup(name string) string {
	if ids := s.nick[name]; len(ids) > 0 {
		return fmt.Sprintf("#%d", ids[0])
	}
	return name
}
