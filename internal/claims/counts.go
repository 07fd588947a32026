package claims

import (
	"math"
	"strings"

	"github.com/crosscheck-news/crosscheck/internal/normalize"
	"github.com/crosscheck-news/crosscheck/internal/ruleset"
)

// proposalReach is how far from a figure a word like "proposal" or "would" makes it a proposal.
const proposalReach = 12

// auxiliaries may stand between a count and its verb without being the counted noun.
var auxiliaries = map[string]bool{
	"were": true, "was": true, "are": true, "is": true, "have": true, "has": true, "had": true,
	"been": true, "be": true, "being": true, "remain": true, "remained": true, "remains": true,
	"still": true, "now": true, "reportedly": true, "confirmed": true, "believed": true,
	"feared": true, "said": true, "thought": true, "to": true, "of": true, "who": true,
	"that": true, "had been": true, "later": true, "all": true, "also": true, "in": true,
	"at": true, "on": true, "by": true, "from": true, "with": true, "for": true, "and": true,
	"or": true, "the": true, "a": true, "an": true, "as": true, "so": true, "far": true,
}

// irregularPlurals are group nouns that do not end in s.
var irregularPlurals = map[string]bool{
	"people": true, "children": true, "men": true, "women": true, "police": true,
	"personnel": true, "staff": true, "crew": true, "militia": true, "youth": true,
	"infantry": true, "clergy": true, "livestock": true, "cattle": true, "dead": true,
	"injured": true, "wounded": true, "missing": true,
}

// countClaim turns a plain number into a count of people, when the words around it say what
// it counts.
func (d *docState) countClaim(s *sentence, q normalize.Quantity, first, last int) {
	r := d.x.rules
	if q.Ordinal || math.IsNaN(q.Value.Low) {
		return
	}
	lo, hi := s.spanBounds(first, last)
	next := last + 1
	if designator(s, q, first) {
		return
	}
	// "a 220-seat Airbus", "the 120-bed hospital": the capacity of a thing; "a 12-storey
	// block": a compound adjective, not a count of people.
	if strings.HasPrefix(s.p.text[q.End:], "-") && len(s.p.text) > q.End+1 && isWord(s.p.text[q.End+1:]) {
		if unit := capacityUnit(s.p.text[q.End+1:]); unit != "" {
			d.capacityClaim(s, q, unit, d.kindNear(s, first, last, lo, hi))
		}
		return
	}
	// "the 150 beds at the district hospital", "the aircraft, which has 194 seats".
	if next < len(s.words) && capacityUnit(s.words[next]) != "" && (first == 0 || !winningVerbs[s.words[first-1]]) {
		if thing := d.capacityOwner(s, first, next, lo, hi); thing != "" {
			d.capacityClaim(s, q, capacityUnit(s.words[next]), thing)
			return
		}
	}
	// "12 more bodies", "another 5": an increment, not a total.
	if next < len(s.words) && matchAt(r, ruleset.CatIncrement, s.words, next) {
		return
	}
	if first > 0 && matchAt(r, ruleset.CatIncrement, s.words, first-1) {
		return
	}
	// "including 20", "20 of them", "one of the": part of another figure.
	for i := max(lo, first-3); i < first; i++ {
		if _, n, ok := r.Match(ruleset.CatPartitive, s.words, i); ok && i+n >= first-1 {
			return
		}
	}
	if _, _, ok := r.Match(ruleset.CatPartitive, s.words, next); ok {
		return
	}
	// "20 of them", "87 of the 160 seats", "12 out of 20": a part of a whole. "29 of her
	// colleagues had died" counts colleagues: the figure is read with the noun after "of".
	groupFrom := next
	if next < len(s.words) && (s.words[next] == "of" || s.words[next] == "out") && !isVagueQualifier(q) {
		if !ofPeople(s, next) {
			return
		}
		groupFrom = next + 2 // past "of her"
	}
	// "87 of the 160 seats": the whole a part is taken from.
	if first > 1 && (s.words[first-2] == "of" && s.words[first-1] == "the" || s.words[first-1] == "of" && isNumberToken(s.raw[first-2])) {
		return
	}
	// "no one was hurt" says none, not one.
	if first > 0 && s.words[first-1] == "no" {
		return
	}
	// "aged between 24 and 51": ages, not a count.
	for i := max(lo, first-2); i < first; i++ {
		if s.words[i] == "aged" || s.words[i] == "ages" || s.words[i] == "age" {
			return
		}
	}
	// "40 percent", "12 homes": a rate or a count of things.
	if _, _, ok := r.Match(ruleset.CatNotCount, s.words, next); ok {
		return
	}
	if next < len(s.words) && (s.words[next] == "%" || strings.HasPrefix(s.words[next], "-")) {
		return
	}
	// A number glued to a hyphen ("F-16", "Covid-19") or a year with nothing counted.
	if first > 1 && s.words[first-1] == "-" && s.toks[first-1].End == s.toks[first].Start &&
		s.toks[first-2].End == s.toks[first-1].Start && isWord(s.raw[first-2]) {
		return
	}

	// The counted noun: generic ("people"), a party ("Palestinians", "Israeli captives"), or
	// another group ("children", "soldiers").
	group, groupEnd := d.countGroup(s, groupFrom, hi)
	if q.Year && groupEnd == next {
		return // "in 2019" and the like: a year, not a count
	}
	// "about 12,500 taka a month": a singular word after a figure above one names a unit of
	// something, not people.
	if group == "" && next < hi && q.Value.Low > 1 && isWord(s.raw[next]) && !isCapitalized(s.raw[next]) {
		w := s.words[next]
		if !auxiliaries[w] && !strings.HasSuffix(w, "s") && !irregularPlurals[w] && !matchAt(r, ruleset.CatMeasure, s.words, next) && !matchAt(r, ruleset.CatGeneric, s.words, next) && !looksVerb(w) {
			return
		}
	}
	// "a rickshaw driver whose daughter, 19, is among the missing": an age, not a count.
	if first > 1 && s.words[first-1] == "," && next < len(s.words) && s.words[next] == "," &&
		(personNouns[s.words[first-2]] || matchAt(r, ruleset.CatKinship, s.words, first-2)) {
		return
	}

	// The measure: the nearest measure phrase in the clause.
	measure, ok := nearestPhrase(r, ruleset.CatMeasure, s, first, last, lo, hi)
	if !ok && first > 1 && s.words[first-1] == ":" && last+2 >= hi {
		// A fact box: "Workers killed: 9". The label before the colon says what is counted.
		plo, _ := s.clauseBounds(first - 2)
		measure, ok = nearestPhrase(r, ruleset.CatMeasure, s, first-1, first-1, plo, first-1)
		if ok && group == "" {
			group, _ = d.countGroup(s, plo, first-1)
		}
	}
	if !ok {
		return
	}
	m := r.Measures[measure]
	subject := "count|" + m.Name + "|" + group
	label := m.Label
	if group != "" {
		label += " (" + group + ")"
	}
	value := q.Value
	// "the toll passed 200": a lower bound.
	if q.Qualifier == "" && value.IsExact() && endsWithPhrase(r, ruleset.CatAbove, s, first) {
		value = normalize.Interval{Low: value.Low, High: math.Inf(1), LowOpen: true}
	}
	// A figure of another event, brought in to measure this one by, is not the story's.
	if d.otherEvent(s, first, last) {
		return
	}
	c := Claim{
		Kind:    KindCount,
		Value:   value,
		Unit:    "people",
		Display: describeCount(value),
		Change:  m.Change,
		Revised: d.revised(s),
	}
	// The event: a count of one strike is not the war's toll, nor a bus crash's the flood's.
	if ev := d.eventOf(s, first, last); ev != "" {
		c.Facets = append(c.Facets, Facet{"event", ev})
	}
	if sub := d.subpopulation(s, first, last); sub != "" {
		c.Facets = append(c.Facets, Facet{"among", sub})
		label += " " + sub
	}
	// The population's place: "in North Carolina" and "in Georgia" are two populations, and a
	// count that names no place is not one of either.
	if place := d.placeOf(s, first, last); place != "" {
		c.Facets = append(c.Facets, Facet{"place", place})
		if place != Unknown {
			label += " in " + place
		}
	}
	if m.ByEntity {
		e := d.entityIn(s, first, lo, hi)
		if e == "" {
			return
		}
		c.Facets = append(c.Facets, Facet{"entity", e})
		label += " (" + e + ")"
	}
	// Proposals, demands and forecasts are compared only when the text says whose they are.
	if p, ok := d.proposal(s, first); !ok {
		return
	} else if p != "" {
		c.Facets = append(c.Facets, Facet{"proposal", p})
		label += ", " + p + " proposal"
	}
	// The day the count speaks for. A running total is placed at the day its clause names
	// ("rose to 41 on Sunday"); any other count with a date in its sentence is the count of that
	// day or event ("killed on Thursday", "began on 7 October 2023, … killing 1,200").
	cumulative := s.has(r, ruleset.CatCumulative, lo, hi)
	// "it was announced on Thursday", "officials said on Friday": the day of the report is
	// the day the figure speaks for, not the day of an event it counts.
	if day, ok := d.reportDay(s); ok && !cumulative && m.Change != ruleset.Static {
		if _, event := d.sentenceDay(s, 0, len(s.words), false); !event {
			c.AsOf, c.Dated = day.First, true
			cumulative = m.Change == ruleset.Cumulative
		}
	}
	if cumulative {
		// "81 died on a single day, bringing the total toll to 53,977": the nearer word decides.
		pd, pok := markerDistance(r, ruleset.CatPeriod, s, first, last, lo, hi, "on")
		cd, _ := markerDistance(r, ruleset.CatCumulative, s, first, last, lo, hi, "")
		if pok && pd < cd {
			cumulative = false
		}
	}
	if cumulative || m.Change == ruleset.Static {
		if day, ok := d.sentenceDay(s, lo, hi, true); ok {
			c.AsOf, c.Dated = day.First, true
		}
	} else if day, ok := d.sentenceDay(s, 0, len(s.words), false); ok {
		subject += "|on " + day.First.String()
		label += " on " + day.First.String()
	} else if s.has(r, ruleset.CatPeriod, 0, len(s.words)) {
		// A count of one day or period that cannot be placed: nothing to compare it with.
		return
	}
	c.Subject = subject
	c.Label = label
	d.emit(s, q.Start, q.End, c)
}

func isVagueQualifier(q normalize.Quantity) bool {
	return q.Qualifier != "" && !q.Value.IsExact() && strings.Contains(q.Qualifier, "of")
}

func matchAt(r *ruleset.Set, c ruleset.Category, words []string, i int) bool {
	_, _, ok := r.Match(c, words, i)
	return ok
}

// countGroup reads the noun counted by a number whose tokens end before i. It returns the
// group ("" for people in general) and the token after the noun phrase.
func (d *docState) countGroup(s *sentence, i, hi int) (group string, end int) {
	r := d.x.rules
	party := ""
	j := i
	for k := 0; k < 3 && j < hi; k++ {
		if _, n, ok := r.Match(ruleset.CatGeneric, s.words, j); ok {
			return party, j + n
		}
		if p, n, ok := r.MatchParty(s.raw, j); ok {
			party = p
			j += n
			continue
		}
		w := s.words[j]
		if auxiliaries[w] || !isWord(s.raw[j]) {
			break
		}
		if _, _, ok := r.Match(ruleset.CatMeasure, s.words, j); ok {
			break
		}
		if isCapitalized(s.raw[j]) {
			break
		}
		if strings.HasSuffix(w, "s") || irregularPlurals[w] {
			g := strings.TrimSuffix(w, "s")
			if irregularPlurals[w] {
				g = w
			}
			if party != "" {
				g = party + " " + g
			}
			return g, j + 1
		}
		// An adjective before the noun ("security prisoners", "foreign nationals"): read on.
		j++
	}
	return party, j
}

// nearestPhrase finds the phrase of category c nearest to the number at tokens [first, last],
// within the clause [lo, hi). Two different rules at the same distance are ambiguous.
func nearestPhrase(r *ruleset.Set, c ruleset.Category, s *sentence, first, last, lo, hi int) (index int, ok bool) {
	const window = 10
	best, bestDist, tie := -1, 1<<30, false
	consider := func(idx, dist int) {
		switch {
		case dist < bestDist:
			best, bestDist, tie = idx, dist, false
		case dist == bestDist && idx != best:
			tie = true
		}
	}
	// Another figure between a number and a phrase claims the phrase first: in "trade 10
	// hostages for 200 prisoners", "prisoners" is not what 10 counts.
	inDate := s.dateTokens()
	for i := last + 1; i < hi && i-last <= window; i++ {
		if isCountNumber(s.raw[i]) && !inDate[i] {
			break
		}
		if idx, _, found := r.Match(c, s.words, i); found {
			consider(idx, i-last-1)
		}
	}
	// "The number of people confirmed dead in the avalanche that struck … rose to six": the
	// subject of "rose to" may stand far before the figure.
	back := window
	if first > 1 && s.words[first-1] == "to" && risingVerbs[s.words[first-2]] {
		back = 2 * window
	}
	for i := first - 1; i >= lo && first-i <= back; i-- {
		if isCountNumber(s.raw[i]) && !inDate[i] {
			break
		}
		if idx, n, found := r.Match(c, s.words, i); found && i+n <= first {
			// Before the number counts a little further: "the death toll rose to 41".
			consider(idx, first-(i+n)+1)
		}
	}
	if best < 0 || tie {
		return 0, false
	}
	return best, true
}

// proposal says whether the figure at token first is part of a proposal, demand or forecast,
// and whose: party is "" when it is not a proposal; ok is false when it is one of no named
// party, which cannot be compared with anything.
func (d *docState) proposal(s *sentence, first int) (party string, ok bool) {
	if !s.near(d.x.rules, ruleset.CatProposal, first, proposalReach) {
		return "", true
	}
	p := d.proposer(s, first)
	return p, p != ""
}

// proposer returns the party whose proposal the figure at token at belongs to: a party right
// before a proposal word in the sentence ("Israel presented a proposal", "the US proposal", "a
// US-mediated plan") or after it ("a proposal by Egypt"). The party that accepts or rejects a
// proposal is not its author, so a party farther from the word does not count.
func (d *docState) proposer(s *sentence, at int) string {
	r := d.x.rules
	found, bestDist := "", 1<<30
	for _, m := range s.matches(r, ruleset.CatProposal) {
		i, n := m.at, m.n
		p := partyNear(r, s, i, i+n)
		if p == "" {
			continue
		}
		dist := at - i
		if dist < 0 {
			dist = -dist
		}
		if dist < bestDist {
			found, bestDist = p, dist
		}
	}
	return found
}

// authorLink are the words that may stand between a party and its proposal: "Israel presented
// a proposal", "the US's latest plan". A verb such as "accepted" makes the party a reader of the
// proposal, not its author.
var authorLink = map[string]bool{
	"the": true, "a": true, "an": true, "its": true, "their": true, "own": true, "new": true,
	"latest": true, "revised": true, "initial": true, "fresh": true, "earlier": true,
	"presented": true, "offered": true, "put": true, "forward": true, "tabled": true,
	"submitted": true, "made": true, "unveiled": true, "drafted": true, "floated": true,
	"sent": true, "has": true, "had": true, "'s": true, "s": true,
}

// partyNear returns the party named within three words before the phrase at [i, j), or after
// "by"/"from" right after it.
func partyNear(r *ruleset.Set, s *sentence, i, j int) string {
	for k := i - 1; k >= 0 && k >= i-3; k-- {
		if p, _, ok := r.MatchParty(s.raw, k); ok {
			return p
		}
		// "US-mediated", "Egyptian-brokered"
		if h := strings.IndexByte(s.raw[k], '-'); h > 0 {
			if p := r.PartyOf(s.raw[k][:h]); p != "" {
				return p
			}
		}
		if !authorLink[s.words[k]] {
			break
		}
	}
	if j+1 < len(s.words) && (s.words[j] == "by" || s.words[j] == "from") {
		k := j + 1
		if s.words[k] == "the" && k+1 < len(s.words) {
			k++
		}
		if p, _, ok := r.MatchParty(s.raw, k); ok {
			return p
		}
	}
	return ""
}

// sentenceDay returns the date a figure in tokens [lo, hi) is placed at. "since" and "until"
// dates bound a period rather than place a figure, so they are passed over. With dayOnly, only a
// date that names one whole day counts.
func (d *docState) sentenceDay(s *sentence, lo, hi int, dayOnly bool) (normalize.Date, bool) {
	for _, dt := range s.dates {
		f, _ := s.tokenRange(dt.Start, dt.End)
		if f < lo || f >= hi || f < 0 {
			continue
		}
		if bounding(s.words, f) || d.backgroundDate(s, f) || reporting(s, f) {
			continue
		}
		// "41 people have died since the dam gave way on Tuesday": the day of an event is not
		// the day a running total speaks for.
		if dayOnly && d.datesEvent(s, f) {
			continue
		}
		if dayOnly && (dt.Precision != "day" || !dt.First.Complete()) {
			continue
		}
		if dt.First.Year == 0 {
			continue
		}
		return dt, true
	}
	return normalize.Date{}, false
}

// bounding reports whether the date at token f starts or ends a period ("since 2021", "since the
// war began on 7 October", "until March").
func bounding(words []string, f int) bool {
	for j := f - 1; j >= 0 && j >= f-8; j-- {
		switch words[j] {
		case "since", "until", "till", "from", "through", "between":
			return true
		case ",", ";", ".":
			return false
		}
	}
	return false
}

// markerDistance returns the distance in tokens from the figure at [first, last] to the nearest
// phrase of category c in the clause [lo, hi).
//
// Phrases starting with skip are passed over: "on Monday" can date a running total ("the toll
// stood at 12 on Monday") as well as a day's count, so only unambiguous ones ("on a single day")
// may outweigh a word like "toll".
func markerDistance(r *ruleset.Set, c ruleset.Category, s *sentence, first, last, lo, hi int, skip string) (int, bool) {
	best, ok := 1<<30, false
	for _, m := range s.matches(r, c) {
		i, n := m.at, m.n
		if i < lo || i >= hi || skip != "" && s.words[i] == skip {
			continue
		}
		d := 0
		switch {
		case i > last:
			d = i - last
		case i+n <= first:
			d = first - (i + n) + 1
		}
		if d < best {
			best, ok = d, true
		}
	}
	return best, ok
}

// endsWithPhrase reports whether a phrase of category c ends right before token at.
func endsWithPhrase(r *ruleset.Set, c ruleset.Category, s *sentence, at int) bool {
	for i := max(0, at-3); i < at; i++ {
		if _, n, ok := r.Match(c, s.words, i); ok && i+n == at {
			return true
		}
	}
	return false
}

// entityIn returns the named body nearest to token at in the clause [lo, hi): a run of
// capitalised words that names no person ("the National Renewal Party").
func (d *docState) entityIn(s *sentence, at, lo, hi int) string {
	best, bestDist := "", 1<<30
	inPerson := s.personTokens()
	for i := lo; i < hi; {
		if !isCapitalized(s.raw[i]) || !isWord(s.raw[i]) || inPerson[i] {
			i++
			continue
		}
		j := i
		for j < hi && isWord(s.raw[j]) && isCapitalized(s.raw[j]) && !inPerson[j] {
			j++
		}
		person := false
		onlyCommon := true
		for k := i; k < j; k++ {
			if !notNames[s.words[k]] {
				onlyCommon = false
			}
		}
		if !person && !onlyCommon && !(i == 0 && j-i == 1) {
			dist := at - j
			if i > at {
				dist = i - at
			}
			if dist < bestDist {
				from := i
				if s.words[from] == "the" && j-from > 1 {
					from++ // "The Democratic Forum" is the Democratic Forum
				}
				best, bestDist = strings.Join(s.words[from:j], " "), dist
			}
		}
		i = j
	}
	return best
}

// isCountNumber reports whether a token is a number that is not a year.
func isCountNumber(raw string) bool {
	if !isNumberToken(raw) {
		return false
	}
	if len(raw) == 4 && (strings.HasPrefix(raw, "19") || strings.HasPrefix(raw, "20")) {
		return false
	}
	return !strings.ContainsAny(raw, "-")
}

// backgroundDate reports whether the date at token f belongs to a background event ("the
// bridge, opened in 1968"), which says nothing of the day a figure is about.
func (d *docState) backgroundDate(s *sentence, f int) bool {
	ev, ok := d.eventBefore(s, f, 3)
	return ok && ev.Background
}

// eventBefore returns the event whose verb ends within reach tokens before token f.
func (d *docState) eventBefore(s *sentence, f, reach int) (ruleset.Event, bool) {
	r := d.x.rules
	for i := max(0, f-reach); i < f; i++ {
		if idx, n, ok := r.Match(ruleset.CatEvent, s.words, i); ok && i+n <= f {
			return r.Events[idx], true
		}
	}
	return ruleset.Event{}, false
}

// reportDay returns the day a sentence's report was made ("said on Friday"), if it gives one.
func (d *docState) reportDay(s *sentence) (normalize.Date, bool) {
	for _, dt := range s.dates {
		f, _ := s.tokenRange(dt.Start, dt.End)
		if f >= 0 && reporting(s, f) && dt.Precision == "day" && dt.First.Complete() {
			return dt, true
		}
	}
	return normalize.Date{}, false
}

// reporting reports whether the date at token f is when something was said: "said on Friday",
// "it was announced on Thursday", "told reporters on Monday".
func reporting(s *sentence, f int) bool {
	words := s.words
	// "confirmed dead by Saturday": the day a running total had reached.
	if f > 0 && words[f-1] == "by" {
		return true
	}
	// "numbers released by Gov. Roy Cooper on Tuesday": the speaker's name and title may
	// stand between the verb and the day.
	names := 0
	for j := f - 1; j >= 0 && j >= f-4-names; j-- {
		if speechVerbs[words[j]] || words[j] == "reported" || words[j] == "released" {
			return true
		}
		switch words[j] {
		case "on", "late", "early", "by", "reporters", "journalists", "parliament", "the", "a", "press":
			continue
		}
		if names < 4 && (isCapitalized(s.raw[j]) && isWord(s.raw[j]) || words[j] == ".") {
			names++
			continue
		}
		return false
	}
	return false
}

// datesEvent reports whether the date at token f dates an event verb just before it ("gave way
// on Tuesday", "struck on April 14").
func (d *docState) datesEvent(s *sentence, f int) bool {
	_, ok := d.eventBefore(s, f, 4)
	return ok
}

// capacityUnit returns the unit of capacity a word starts with ("beds", "seat"), or "".
func capacityUnit(w string) string {
	for _, u := range []string{"bed", "seat", "berth", "cot"} {
		if strings.HasPrefix(strings.ToLower(w), u) {
			rest := strings.ToLower(w)[len(u):]
			if rest == "" || rest == "s" || rest == "er" || !isWord(rest) {
				return u
			}
		}
	}
	return ""
}

// capacityOwner finds the thing whose beds or seats a plain count gives: "the 150 beds at the
// district hospital" (a kind noun after "at"/"in"/"on"), or "the aircraft, which has 194 seats"
// (the subject the relative clause hangs on).
func (d *docState) capacityOwner(s *sentence, first, unitAt, lo, hi int) string {
	r := d.x.rules
	for j := unitAt + 1; j < hi && j <= unitAt+6; j++ {
		if kind := kindOf(r, s.words[j]); kind != "" {
			return kind
		}
	}
	// "the train's 560 seats"
	if first > 0 && stripPossessive(s.toks[first-1].Text) != s.toks[first-1].Text {
		if kind := kindOf(r, s.words[first-1]); kind != "" {
			return kind
		}
	}
	if first > 1 && (s.words[first-1] == "has" || s.words[first-1] == "had" || s.words[first-1] == "with") {
		if k := relativeClauseStart(s, first+1); k < 0 {
			for j := first - 2; j >= lo && j >= first-8; j-- {
				if s.words[j] == "," {
					if noun, _ := d.eventSubject(s, j+1); noun != "" && !strings.Contains(noun, ":") {
						return noun
					}
					break
				}
			}
		}
		for j := first - 2; j >= 0 && j >= first-8; j-- {
			if kind := kindOf(r, s.words[j]); kind != "" {
				return kind
			}
		}
	}
	return ""
}

// capacityClaim records how many beds or seats a thing has.
func (d *docState) capacityClaim(s *sentence, q normalize.Quantity, unit, thing string) {
	if thing == "" || !q.Value.IsExact() {
		return
	}
	d.emit(s, q.Start, q.End, Claim{
		Kind:    KindCount,
		Subject: "count|capacity|" + unit,
		Label:   unit + "s of the " + thing,
		Facets:  []Facet{{"thing", thing}},
		Value:   q.Value,
		Unit:    unit + "s",
		Display: describeCount(q.Value),
		Change:  ruleset.Static,
	})
}

// kindNear returns the kind of thing named nearest to a figure in its clause, after it first
// ("the 120-bed Lubanza District Hospital") and then before it ("the aircraft, a 220-seat
// Airbus A321").
func (d *docState) kindNear(s *sentence, first, last, lo, hi int) string {
	r := d.x.rules
	for j := last + 1; j < hi && j <= last+5; j++ {
		if kind := kindOf(r, s.words[j]); kind != "" {
			return kind
		}
	}
	for j := first - 1; j >= lo && j >= first-8; j-- {
		if kind := kindOf(r, s.words[j]); kind != "" {
			return kind
		}
	}
	return ""
}

// winningVerbs before "N seats" make them seats won, not seats a thing has.
var winningVerbs = map[string]bool{
	"won": true, "win": true, "wins": true, "winning": true, "holds": true, "hold": true,
	"held": true, "holding": true, "took": true, "take": true, "takes": true, "gained": true,
	"gains": true, "lost": true, "loses": true, "secured": true, "secures": true, "of": true,
	"retained": true, "kept": true, "for": true, "against": true, "to": true, "with": false,
}

// risingVerbs say a running total reached a figure: "rose to", "climbed to".
var risingVerbs = map[string]bool{
	"rose": true, "risen": true, "rising": true, "rises": true, "climbed": true, "climbs": true,
	"climbing": true, "increased": true, "jumped": true, "grew": true, "reached": true,
	"fell": true, "dropped": true, "revised": true, "stands": true, "stood": true,
}

// ofPeople reports whether "N of …" at token of names the people counted ("29 of her
// colleagues") rather than a whole the figure is part of ("20 of them", "87 of the 160 seats").
func ofPeople(s *sentence, of int) bool {
	if s.words[of] != "of" || of+2 >= len(s.words) {
		return false
	}
	switch s.words[of+1] {
	case "her", "his", "their", "its", "our":
	default:
		return false
	}
	w := s.words[of+2]
	return isWord(s.raw[of+2]) && (strings.HasSuffix(w, "s") || irregularPlurals[w])
}
