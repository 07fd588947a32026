package claims

import (
	"sort"
	"strings"

	"github.com/crosscheck-news/crosscheck/internal/normalize"
	"github.com/crosscheck-news/crosscheck/internal/ruleset"
)

// This file reads the scope of a figure that its measure does not give: the place of the
// population it counts, whether it is about another event brought in for comparison, and
// whether the sentence explains it as a revision. Each reader says "unknown" rather than guess.

// placePrep are the prepositions that put a count in a place: "killed 49 in South Carolina".
// placeWindow is how many tokens either side of a figure its place may stand.
const placeWindow = 25

var placePrep = map[string]bool{"in": true, "across": true, "throughout": true, "inside": true}

// placeOf returns the place of the population a count at tokens [first, last] is about: the
// nearest place the sentence names with a preposition ("in North Carolina"), a possessive
// ("Florida's toll") or a party's name or adjective ("Syrian", "Turkey"), preferring its own
// clause. It returns "" when the sentence names none, and Unknown when the nearest place word
// points back without naming ("in the state").
func (d *docState) placeOf(s *sentence, first, last int) string {
	r := d.x.rules
	lo, hi := s.spanBounds(first, last)
	inPerson := s.personTokens()
	// Only a window around the figure is read, so that a run-on sentence of figures stays
	// linear: a place farther off is not read as this figure's.
	from, to := max(0, first-placeWindow), min(len(s.words), last+1+placeWindow)
	best, bestDist := "", 1<<30
	consider := func(place string, at, end int) {
		dist := first - end
		if at > last {
			dist = at - last
		}
		if at < lo || at >= hi {
			dist += 1000 // another clause of the sentence: only when the figure's own names none
		}
		if dist < bestDist {
			best, bestDist = place, dist
		}
	}
	for i := from; i < to; i++ {
		if i >= first && i <= last {
			continue
		}
		// "in the state", "the county's": a place pointed back at. "the county hospital" is
		// a thing, not a place of people.
		if _, n, ok := r.Match(ruleset.CatAnaphora, s.words, i); ok {
			introduced := i > 0 && placePrep[s.words[i-1]]
			nounAfter := i+n < len(s.words) && isWord(s.raw[i+n]) && !auxiliaries[s.words[i+n]] && !looksVerb(s.words[i+n])
			if (introduced || hasPossessive(s.toks[i+n-1].Text)) && (!nounAfter || hasPossessive(s.toks[i+n-1].Text)) {
				// The place pointed back at is the last one the sentence named before it
				// ("battered western North Carolina … missing in the state").
				consider(d.placeBefore(s, from, i), i, i+n)
			}
			i += n - 1
			continue
		}
		if p, n, ok := r.MatchParty(s.raw, i); ok {
			if !eventPlace(r, s, i, i+n) {
				consider(p, i, i+n)
			}
			i += n - 1
			continue
		}
		// A common capitalized word ("North") may open a place only after a preposition.
		if !isCapitalized(s.raw[i]) || !isWord(s.raw[i]) || inPerson[i] || notNames[s.words[i]] && !(i > 0 && placePrep[s.words[i-1]]) {
			continue
		}
		j := i
		for j < to && isWord(s.raw[j]) && isCapitalized(s.raw[j]) && !inPerson[j] {
			j++
		}
		possessive := j > i && hasPossessive(s.toks[j-1].Text)
		introduced := i > 0 && placePrep[s.words[i-1]]
		name := normalize.Fold(strings.Join(s.raw[i:j], " "))
		// A possessive names a place only when the article names it as one elsewhere:
		// "Helene's toll" is a storm's, "Florida's toll" a state's.
		if possessive && !introduced && !d.isPlace(name) {
			possessive = false
		}
		if (introduced || possessive) && !(i == 0 && !possessive) && !eventPlace(r, s, i, j) {
			consider(name, i, j)
		}
		i = j - 1
	}
	return best
}

// isPlace reports whether the article names a place by this name: after "in", "across" and
// the like, or as a party's form.
func (d *docState) isPlace(name string) bool {
	if d.places == nil {
		d.places = map[string]bool{}
		for _, s := range d.sentences {
			for i := 1; i < len(s.words); i++ {
				if !placePrep[s.words[i-1]] || !isCapitalized(s.raw[i]) || !isWord(s.raw[i]) {
					continue
				}
				j := i
				for j < len(s.words) && j < i+4 && isWord(s.raw[j]) && isCapitalized(s.raw[j]) {
					j++
				}
				if !eventPlace(d.x.rules, s, i, j) {
					d.places[normalize.Fold(strings.Join(s.raw[i:j], " "))] = true
				}
			}
		}
	}
	return d.places[name]
}

// placeBefore returns the last place named in tokens [from, at) of the sentence, or Unknown.
func (d *docState) placeBefore(s *sentence, from, at int) string {
	found := Unknown
	for i := from; i < at; i++ {
		if p, n, ok := d.x.rules.MatchParty(s.raw, i); ok {
			found = p
			i += n - 1
			continue
		}
		if !isCapitalized(s.raw[i]) || !isWord(s.raw[i]) {
			continue
		}
		j := i
		for j < at && isWord(s.raw[j]) && isCapitalized(s.raw[j]) {
			j++
		}
		// The longest known place ending the run: "Gov. Roy Cooper" is none, "western North
		// Carolina" is "north carolina".
		for k := i; k < j; k++ {
			if name := normalize.Fold(strings.Join(s.raw[k:j], " ")); d.isPlace(name) {
				found = name
				break
			}
		}
		i = j - 1
	}
	return found
}

// eventPlace reports whether the place at tokens [i, j) says where the event happened rather
// than whose people are counted: "the earthquake in Velesk province", "the Ahmedabad crash".
// Such a place is the whole event's, so it does not mark off a population.
func eventPlace(r *ruleset.Set, s *sentence, i, j int) bool {
	if j < len(s.words) && r.IsKind(r.Canonical(s.words[j])) {
		return true
	}
	return i >= 2 && placePrep[s.words[i-1]] && r.IsKind(r.Canonical(s.words[i-2]))
}

func hasPossessive(w string) bool {
	return stripPossessive(w) != w
}

// otherEvent reports whether the figure at token first is about an event other than the
// story's: one brought in for comparison ("the deadliest since a 1931 flood that drowned 140",
// "compared with 17,480 in 1999"). The signs are a comparison word before the figure in its
// sentence, or a year in its clause earlier than the article's own.
func (d *docState) otherEvent(s *sentence, first, last int) bool {
	r := d.x.rules
	if at, _, _, ok := s.find(r, ruleset.CatComparison, 0, first); ok && at < first {
		return true
	}
	_, hi := s.spanBounds(first, last)
	years := s.statedYears()
	// A past year anywhere before the figure in its sentence, or in its own clause: "Hurricane
	// Camille in 1969 brought floods; 259 deaths are attributed to it".
	from := max(0, first-yearWindow)
	k := sort.Search(len(years), func(k int) bool { return years[k].at >= from })
	for ; k < len(years) && years[k].at < hi; k++ {
		if d.ref.Year == 0 || years[k].year < d.ref.Year-1 {
			return true
		}
	}
	return false
}

// yearWindow is how far before a figure a past year makes it another event's.
const yearWindow = 40

// yearAt is a year the text states, at a token.
type yearAt struct{ at, year int }

// statedYears lists, once per sentence and in token order, the years it states: bare years
// ("in 1999") and the years of dates ("August 17, 1999").
func (s *sentence) statedYears() []yearAt {
	if s.years != nil {
		return s.years
	}
	s.years = []yearAt{}
	for _, q := range s.qs {
		if q.Year {
			if f, _ := s.tokenRange(q.Start, q.End); f >= 0 {
				s.years = append(s.years, yearAt{f, int(q.Value.Low)})
			}
		}
	}
	for _, dt := range s.dates {
		if dt.YearStated {
			if f, _ := s.tokenRange(dt.Start, dt.End); f >= 0 {
				s.years = append(s.years, yearAt{f, dt.Last.Year})
			}
		}
	}
	sort.Slice(s.years, func(i, j int) bool { return s.years[i].at < s.years[j].at })
	return s.years
}

// revised reports whether the sentence explains a figure as a revision ("lowered to 42 after
// double-counting was found").
func (d *docState) revised(s *sentence) bool {
	return s.has(d.x.rules, ruleset.CatRevision, 0, len(s.words))
}

// subpopulationWindow is how far after a figure a phrase like "on the ground" may stand.
const subpopulationWindow = 6

// subpopulation returns the part of an event's people a count at tokens [first, last] is
// limited to ("33 were killed on the ground"), or "".
func (d *docState) subpopulation(s *sentence, first, last int) string {
	_, hi := s.spanBounds(first, last)
	at, _, n, ok := s.find(d.x.rules, ruleset.CatSubpopulation, last+1, min(hi, last+1+subpopulationWindow))
	if !ok {
		return ""
	}
	// "killing 275, among them passengers and people on the ground": a list of what the
	// whole is made of, not a part.
	if s.has(d.x.rules, ruleset.CatPartitive, last+1, at) {
		return ""
	}
	return strings.Join(s.words[at:at+n], " ")
}

// designator reports whether a number names a thing rather than counting: "Flight 171",
// "Boeing 787", "Route 66" — a bare figure right after a capitalized word inside a sentence.
func designator(s *sentence, q normalize.Quantity, first int) bool {
	if q.Qualifier != "" || first < 2 {
		return false
	}
	prev := s.raw[first-1]
	return isWord(prev) && isCapitalized(prev) && s.toks[first-1].End < s.toks[first].Start
}

// datelineReach is how many tokens into an article's first sentence its dateline may end.
const datelineReach = 12

// dropDateline takes the dateline's date out of the article's first sentence ("NAIROBI, May 9
// (Reuters) -", "Oct. 15 (UPI) --"): it is the day of the report, which the article's own date
// already gives, not the day of anything the sentence tells of.
func (d *docState) dropDateline(s *sentence) {
	if s.p.headline || len(s.dates) == 0 || len(d.sentences) == 0 || !d.firstBody(s) {
		return
	}
	dt := s.dates[0]
	f, l := s.tokenRange(dt.Start, dt.End)
	if f < 0 || f > 3 {
		return
	}
	for k := l + 1; k < len(s.words) && k <= datelineReach; k++ {
		switch s.words[k] {
		case "(", "-", "--", "\u2014", "\u2013", ":":
			s.dates = s.dates[1:]
			return
		}
		if !isCapitalized(s.raw[k]) && s.words[k] != ")" && s.words[k] != "," {
			return
		}
	}
}

// firstBody reports whether s is the article's first sentence after its headline.
func (d *docState) firstBody(s *sentence) bool {
	for _, t := range d.sentences {
		if !t.p.headline {
			return t == s
		}
	}
	return false
}

// eventWindow is how far from a count, within its clause, the event it belongs to may be named.
const eventWindow = 12

// eventOf returns the incident a count at tokens [first, last] belongs to: the one its clause
// names near it ("an air strike on a school killed 50", "the bus crash killed 12"), else the
// one its article is about, else "". A strike's dead are not the war's toll.
func (d *docState) eventOf(s *sentence, first, last int) string {
	r := d.x.rules
	lo, hi := s.spanBounds(first, last)
	best, bestDist := "", 1<<30
	for i := max(lo, first-eventWindow); i < min(hi, last+1+eventWindow); i++ {
		if i >= first && i <= last {
			continue
		}
		_, n, ok := r.Match(ruleset.CatIncident, s.words, i)
		if !ok {
			continue
		}
		dist := first - (i + n)
		if i > last {
			dist = i - last
		}
		if dist < bestDist {
			best, bestDist = r.Canonical(s.words[i+n-1]), dist
		}
		i += n - 1
	}
	// A count naming no incident is about the one the article is about, if it is about one:
	// "50 people died" under "Air strike on school kills 50" is the strike's toll.
	if best == "" {
		return d.mainIncident()
	}
	return best
}

// mainIncident is the first incident the headline names, else the first body sentence ("Air
// India crash toll rises to 270": the crash), or "" for an article on no one incident.
func (d *docState) mainIncident() string {
	if d.main != nil {
		return *d.main
	}
	r := d.x.rules
	found := ""
	body := 0
	for _, s := range d.sentences {
		if !s.p.headline {
			if body++; body > 1 {
				break
			}
		}
		for i := 0; i < len(s.words) && found == ""; i++ {
			if _, n, ok := r.Match(ruleset.CatIncident, s.words, i); ok {
				found = r.Canonical(s.words[i+n-1])
			}
		}
		if found != "" {
			break
		}
	}
	d.main = &found
	return found
}

// personTokens marks, once per sentence, the tokens of the names of people in it: a sentence of
// many figures would otherwise mark them again for every one.
func (s *sentence) personTokens() []bool {
	if s.inPerson == nil {
		s.inPerson = make([]bool, len(s.words))
		for _, pm := range s.people {
			for k := pm.start; k < pm.end && k < len(s.inPerson); k++ {
				s.inPerson[k] = true
			}
		}
	}
	return s.inPerson
}
