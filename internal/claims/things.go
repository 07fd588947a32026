package claims

import (
	"fmt"
	"math"
	"strings"

	"github.com/crosscheck-news/crosscheck/internal/normalize"
	"github.com/crosscheck-news/crosscheck/internal/ruleset"
)

// linkWords join a thing to the duration after it: "the crossing takes three hours", "a
// ceasefire of 60 days", "jailed for 10 years".
var linkWords = map[string]bool{
	"last": true, "lasts": true, "lasted": true, "lasting": true, "will": true, "would": true,
	"take": true, "takes": true, "took": true, "taking": true, "of": true, "for": true, "to": true,
	"run": true, "runs": true, "ran": true, "spanning": true, "spans": true, "is": true,
	"was": true, "be": true, "normally": true, "usually": true, "typically": true,
	"scheduled": true, "set": true, "declared": true, "a": true, "an": true, "the": true,
	"lasting for": true, "extends": true, "covering": true, "just": true, "about": true,
}

// notDurationBefore are words before a duration that make it a point or a delay, not the length
// of a thing: "within 48 hours", "after three days", "in two weeks".
var notDurationBefore = map[string]bool{
	"within": true, "after": true, "in": true, "since": true, "ago": true, "past": true,
	"last": true, "next": true, "first": true, "every": true, "each": true, "per": true,
	"over": true, "before": true, "than": true, "later": true, "extended": true, "by": true,
	"additional": true, "another": true, "further": true, "remaining": true,
}

// notDurationAfter are words after a duration that make it a point, a delay or an age.
var notDurationAfter = map[string]bool{
	"ago": true, "late": true, "later": true, "earlier": true, "before": true, "after": true,
	"behind": true, "old": true, "-old": true, "into": true, "overdue": true, "delay": true,
	"delayed": true, "early": true, "left": true, "remaining": true,
}

// durationClaim ties a duration to a named thing.
func (d *docState) durationClaim(s *sentence, q normalize.Quantity, first, last int) {
	r := d.x.rules
	lo, hi := s.spanBounds(first, last)
	if first > 0 && notDurationBefore[s.words[first-1]] {
		// "will last three days" is a length; "the last three days" is not.
		if s.words[first-1] != "last" || first > 1 && (s.words[first-2] == "the" || s.words[first-2] == "past") {
			return
		}
	}
	thing, ok := -1, false
	// "32 seconds after take-off": a thing whose words begin with what would otherwise make
	// the duration a delay.
	if idx, _, found := r.Match(ruleset.CatDuration, s.words, last+1); found && last+1 < hi && notDurationAfter[s.words[last+1]] {
		thing, ok = idx, true
	} else if last+1 < len(s.words) && notDurationAfter[s.words[last+1]] {
		return
	}
	if ok {
		// found above
	} else if q.Adjectival {
		// "a 60-day ceasefire", "45-day temporary ceasefire", "a three-day state visit"
		for j := last + 1; j < hi && j <= last+3; j++ {
			if idx, _, found := r.Match(ruleset.CatDuration, s.words, j); found {
				thing, ok = idx, true
				break
			}
			if !isWord(s.raw[j]) {
				break
			}
		}
	} else {
		// "five days of national mourning", "10 years in prison"
		j := last + 1
		if j < hi && (s.words[j] == "of" || s.words[j] == "in" || s.words[j] == "behind" || s.words[j] == "with" || s.words[j] == "on") {
			for k := j; k < hi && k <= j+3; k++ {
				if idx, _, found := r.Match(ruleset.CatDuration, s.words, k); found {
					thing, ok = idx, true
					break
				}
			}
		}
		if !ok {
			// "the crossing normally takes three hours", "sentenced to 10 years"
			for k := first - 1; k >= lo && k >= first-6; k-- {
				if idx, n, found := r.Match(ruleset.CatDuration, s.words, k); found && k+n <= first {
					if linked(s.words[k+n : first]) {
						thing, ok = idx, true
					}
					break
				}
			}
		}
		if !ok && lastingVerbBefore(s, first) {
			// "the closure order issued on Tuesday by the inspectorate, which runs for 60
			// days": a verb of lasting, and the thing earlier in the clause.
			for k := first - 1; k >= lo && k >= first-14; k-- {
				if idx, _, found := r.Match(ruleset.CatDuration, s.words, k); found {
					thing, ok = idx, true
					break
				}
			}
		}
	}
	if !ok {
		return
	}
	t := r.Durations[thing]
	if t.UntilEvent && !eventOfClause(r, s, first, last, lo, hi) && !lastingVerbBefore(s, first) && !(first > 0 && s.words[first-1] == "for") {
		return
	}
	c := Claim{
		Kind:    KindDuration,
		Subject: "duration|" + t.Name,
		Label:   labelOf(t.Label, t.Name),
		Value:   q.Value,
		Unit:    "seconds",
		Display: describeDuration(q.Value),
		Change:  ruleset.Static,
	}
	// Whose proposal, which phase, whose sentence: facets that keep different things apart.
	if p, ok := d.proposal(s, first); !ok {
		return
	} else if p != "" {
		c.Facets = append(c.Facets, Facet{"proposal", p})
		c.Label += ", " + p + " proposal"
	}
	if ord := ordinalNear(s, lo, hi); ord != "" {
		c.Facets = append(c.Facets, Facet{"which", ord})
		c.Label = ord + " " + c.Label
	}
	if t.PerPerson {
		d.personFacet(s, lo, hi, &c)
	}
	d.emit(s, q.Start, q.End, c)
}

// personFacet adds the person a per-person figure belongs to. A clause that names several
// people, or speaks of someone it does not name ("he"), gets the facet "?": it is not compared.
func (d *docState) personFacet(s *sentence, lo, hi int, c *Claim) {
	// "nearly 10,000 hours of experience combined": several people's figure, no one's.
	if s.has(d.x.rules, ruleset.CatShared, 0, len(s.words)) {
		c.Facets = append(c.Facets, Facet{"person", Unknown})
		return
	}
	if pm := d.personIn(s, lo, hi); pm != nil {
		c.Facets = append(c.Facets, Facet{"person", pm.person.Key})
		c.Label += " of " + pm.display()
		return
	}
	// "A 24-year veteran, Rowe became deputy director": a phrase in apposition before the name
	// it describes; "Rowe, a 24-year veteran,": after it.
	for _, pm := range s.people {
		if pm.person == nil || pm.person.Key == "" || d.notHolder(pm) {
			continue
		}
		before := hi < len(s.words) && s.words[hi] == "," && pm.start == hi+1 && lo == 0
		after := lo > 0 && s.words[lo-1] == "," && pm.end == lo-1 && (hi >= len(s.words) || s.words[hi] == "," || s.words[hi] == ".")
		if before || after {
			c.Facets = append(c.Facets, Facet{"person", pm.person.Key})
			c.Label += " of " + pm.display()
			return
		}
	}
	for _, pm := range s.people {
		if pm.start >= lo && pm.start < hi && !d.notHolder(pm) && !speaker(s, pm) {
			c.Facets = append(c.Facets, Facet{"person", Unknown})
			return
		}
	}
	for i := lo; i < hi; i++ {
		switch s.words[i] {
		case "he", "she", "him", "her", "his", "hers", "himself", "herself", "they", "them", "their":
			c.Facets = append(c.Facets, Facet{"person", Unknown})
			return
		}
	}
}

func linked(between []string) bool {
	for _, w := range between {
		if !linkWords[w] {
			return false
		}
	}
	return true
}

// ordinalNear returns "first", "second"… when the clause names which phase or stage it is.
func ordinalNear(s *sentence, lo, hi int) string {
	for i := lo; i < hi; i++ {
		switch s.words[i] {
		case "first", "second", "third", "fourth", "final", "initial", "next", "new":
			if i+1 < hi && (s.words[i+1] == "phase" || s.words[i+1] == "stage") {
				if s.words[i] == "initial" {
					return "first"
				}
				return s.words[i]
			}
		case "phase", "stage":
			if i+1 < hi {
				switch s.words[i+1] {
				case "one", "1", "i":
					return "first"
				case "two", "2", "ii":
					return "second"
				case "three", "3", "iii":
					return "third"
				}
			}
		}
	}
	return ""
}

// moneyClaim ties an amount to what it is for.
func (d *docState) moneyClaim(s *sentence, q normalize.Quantity, first, last int) {
	r := d.x.rules
	lo, hi := s.spanBounds(first, last)
	// An amount of money is stated more exactly than a crowd is counted: "$2 million" is
	// $2 million give or take 5 %, not anything from 1.5 to 2.5 million, so that a pledge of
	// "A$2 million" stands against one of "A$2.5 million".
	if q.Qualifier == "" && !q.Value.IsExact() && !math.IsInf(q.Value.High, 0) {
		mid := (q.Value.Low + q.Value.High) / 2
		if half := 0.05 * mid; half < (q.Value.High-q.Value.Low)/2 {
			q.Value = normalize.Interval{Low: mid - half, High: mid + half}
		}
	}
	if first > 0 && matchAt(r, ruleset.CatIncrement, s.words, first-1) {
		return
	}
	if last+1 < len(s.words) && matchAt(r, ruleset.CatIncrement, s.words, last+1) {
		return
	}
	// "£50,000 to each bereaved family", "$500 per person": an amount per head.
	if unit := perUnit(s, last+1, hi); unit != "" {
		d.emit(s, q.Start, q.End, Claim{
			Kind:    KindMoney,
			Subject: "money|per " + unit + "|" + q.Currency,
			Label:   "payment per " + unit + " (" + q.Currency + ")",
			Value:   q.Value,
			Unit:    q.Currency,
			Display: describeMoney(q.Value, q.Currency),
			Change:  ruleset.Static,
		})
		return
	}
	for i := max(lo, first-3); i < first; i++ {
		if _, n, ok := r.Match(ruleset.CatPartitive, s.words, i); ok && i+n >= first-1 {
			return
		}
	}
	if _, _, ok := r.Match(ruleset.CatPartitive, s.words, last+1); ok {
		return
	}
	idx, ok := nearestPhrase(r, ruleset.CatMoney, s, first, last, lo, hi)
	if !ok {
		// "Relief funds were pledged by two governments: ¥50 million from Japan and A$2
		// million from Australia": the list after the colon is of what came before it.
		for k := lo - 1; k > 0; k-- {
			if s.words[k] == ":" {
				plo, _ := s.clauseBounds(k - 1)
				idx, ok = nearestPhrase(r, ruleset.CatMoney, s, k, k, plo, k)
				break
			}
			if s.words[k] == ";" || s.words[k] == "." {
				break
			}
		}
	}
	if !ok {
		return
	}
	t := r.Money[idx]
	c := Claim{
		Kind:    KindMoney,
		Subject: "money|" + t.Name + "|" + q.Currency,
		Label:   labelOf(t.Label, t.Name) + " (" + q.Currency + ")",
		Value:   q.Value,
		Unit:    q.Currency,
		Display: describeMoney(q.Value, q.Currency),
		Change:  ruleset.Static,
	}
	if p, ok := d.proposal(s, first); !ok {
		return
	} else if p != "" {
		c.Facets = append(c.Facets, Facet{"proposal", p})
	}
	// "fined $850,000 in 2019" and "a $1.8m penalty in 2022" are two fines.
	if y := d.clauseYear(s, lo, hi); y != "" {
		c.Facets = append(c.Facets, Facet{"year", y})
	}
	if t.PerPerson {
		d.personFacet(s, lo, hi, &c)
	} else if p := donor(r, s, lo, hi, first, last); p != "" {
		c.Facets = append(c.Facets, Facet{"party", p})
		c.Label += " from " + p
	}
	d.emit(s, q.Start, q.End, c)
}

// donor returns the party an amount comes from: a party named before it in the clause ("The
// European Union pledged €5 million"), or after "by"/"from" ("€2.5 million pledged by the
// European Union", "5 million euros from the EU").
func donor(r *ruleset.Set, s *sentence, lo, hi, first, last int) string {
	for j := lo; j < first; j++ {
		if p, _, ok := r.MatchParty(s.raw, j); ok {
			return p
		}
	}
	for j := last + 1; j < hi && j <= last+5; j++ {
		if s.words[j] != "by" && s.words[j] != "from" {
			continue
		}
		k := j + 1
		if k < hi && s.words[k] == "the" {
			k++
		}
		if p, _, ok := r.MatchParty(s.raw, k); ok {
			return p
		}
	}
	return ""
}

// lengthClaim ties a length to the thing it measures: "the 32-metre bridge", "the dam, 62
// metres high".
func (d *docState) lengthClaim(s *sentence, q normalize.Quantity, first, last int) {
	r := d.x.rules
	lo, hi := s.spanBounds(first, last)
	dim := ""
	if last+1 < hi {
		if idx, _, ok := r.Match(ruleset.CatDimension, s.words, last+1); ok {
			dim = r.Dimensions[idx].Name
		} else if last+2 < hi && (s.words[last+1] == "-" || s.words[last+1] == "in") {
			if idx, _, ok := r.Match(ruleset.CatDimension, s.words, last+2); ok {
				dim = r.Dimensions[idx].Name
			}
		}
	}
	thing := ""
	if q.Adjectival {
		thing = d.nounAfter(s, last+1, hi)
	} else if dim != "" {
		thing = nounBefore(s, first-1, lo)
	}
	if thing == "" {
		return
	}
	if first > 0 && notDurationBefore[s.words[first-1]] && s.words[first-1] != "over" {
		return
	}
	c := Claim{
		Kind:    KindLength,
		Subject: "length|" + thing,
		Label:   "size of the " + thing,
		Value:   q.Value,
		Unit:    "metres",
		Display: describeLength(q.Value),
		Change:  ruleset.Static,
	}
	if dim != "" {
		c.Facets = append(c.Facets, Facet{"dimension", dim})
		c.Label = dim + " of the " + thing
	}
	d.emit(s, q.Start, q.End, c)
}

// nounAfter reads the noun an attributive figure describes: "the 312-foot ferry", "a 95-metre
// steel hull". A noun the rules know as a kind of thing wins; a verb, a name or punctuation ends
// the search.
func (d *docState) nounAfter(s *sentence, i, hi int) string {
	r := d.x.rules
	last := ""
	for j := i; j < hi && j < i+3; j++ {
		w := s.words[j]
		if !isWord(s.raw[j]) || isCapitalized(s.raw[j]) || auxiliaries[w] || prepositions[w] || looksVerb(w) && last != "" {
			break
		}
		if kind := kindOf(r, w); kind != "" {
			return kind
		}
		last = w
	}
	if last == "" {
		return ""
	}
	return singular(last)
}

// looksVerb reports whether a word after a noun is likely its verb ("collapsed", "sank").
func looksVerb(w string) bool {
	switch w {
	case "sank", "fell", "burst", "broke", "hit", "struck", "went", "came", "gave", "took", "ran", "was", "is", "has", "had":
		return true
	}
	return strings.HasSuffix(w, "ed")
}

// nounBefore reads the noun a predicative figure describes: "the dam, 62 metres high", "the
// tower is 105 feet tall".
func nounBefore(s *sentence, i, lo int) string {
	for j := i; j >= lo && j > i-4; j-- {
		w := s.words[j]
		if w == "," || w == "is" || w == "was" || w == "stands" || w == "stood" || w == "measures" || w == "measured" || w == "about" || w == "some" || w == "nearly" || w == "roughly" || w == "almost" || w == "over" {
			continue
		}
		if !isWord(s.raw[j]) || isCapitalized(s.raw[j]) {
			return ""
		}
		if j > 0 && (s.words[j-1] == "the" || s.words[j-1] == "its" || s.words[j-1] == "a" || s.words[j-1] == "this") {
			return singular(w)
		}
		return ""
	}
	return ""
}

func singular(w string) string {
	switch {
	case strings.HasSuffix(w, "ies") && len(w) > 4:
		return w[:len(w)-3] + "y"
	case strings.HasSuffix(w, "ss"):
		return w
	case strings.HasSuffix(w, "s") && len(w) > 3:
		return w[:len(w)-1]
	}
	return w
}

func labelOf(label, name string) string {
	if label != "" {
		return label
	}
	return name
}

// perUnit reads "to each bereaved family", "per person", "for every victim" after an amount and
// returns the noun ("family"), or "".
func perUnit(s *sentence, i, hi int) string {
	if i < hi && (s.words[i] == "to" || s.words[i] == "for") {
		i++
	}
	if i >= hi {
		return ""
	}
	switch s.words[i] {
	case "each", "per", "every":
	default:
		return ""
	}
	for j := i + 1; j < hi && j <= i+3; j++ {
		if !isWord(s.raw[j]) || auxiliaries[s.words[j]] {
			return ""
		}
		if j+1 >= hi || !isWord(s.raw[j+1]) || auxiliaries[s.words[j+1]] || j == i+3 {
			return singular(s.words[j])
		}
	}
	return ""
}

// clauseYear returns the year a clause places its figure in, from a date that is not the start
// or end of a period.
func (d *docState) clauseYear(s *sentence, lo, hi int) string {
	for _, dt := range s.dates {
		f, _ := s.tokenRange(dt.Start, dt.End)
		if f < lo || f >= hi || f < 0 || boundsDirectly(s.words, f) || dt.First.Year == 0 {
			continue
		}
		return fmt.Sprint(dt.First.Year)
	}
	return ""
}

var lastingVerbs = map[string]bool{
	"last": true, "lasts": true, "lasted": true, "lasting": true, "run": true, "runs": true,
	"ran": true, "running": true, "span": true, "spans": true, "spanned": true, "take": true,
	"takes": true, "took": true, "taking": true,
}

// lastingVerbBefore reports whether a verb of lasting stands just before the duration at first
// ("runs for 60 days", "will last about three hours").
func lastingVerbBefore(s *sentence, first int) bool {
	for k := first - 1; k >= 0 && k >= first-3; k-- {
		w := s.words[k]
		if lastingVerbs[w] {
			return true
		}
		switch w {
		case "for", "about", "around", "nearly", "almost", "some", "just", "up", "to":
			continue
		}
		return false
	}
	return false
}

var prepositions = map[string]bool{
	"next": true, "near": true, "beside": true, "behind": true, "outside": true, "inside": true,
	"above": true, "below": true, "across": true, "over": true, "under": true, "after": true,
	"before": true, "into": true, "onto": true, "off": true, "along": true, "through": true,
	"during": true, "since": true, "until": true, "where": true, "when": true, "which": true,
}

// otherTime are words that place a percentage at another time than the story's: "the 48 per
// cent recorded at the last referendum", "42 percent by noon".
var otherTime = map[string]bool{
	"last": true, "previous": true, "earlier": true, "former": true, "prior": true, "by": true,
	"noon": true, "midday": true, "morning": true, "afternoon": true, "evening": true,
	"pm": true, "am": true, "ago": true, "then": true, "compared": true, "forecast": true,
	"expected": true, "projected": true, "poll": true, "polls": true, "survey": true,
}

// percentClaim ties a percentage to what it measures ("turnout was 61.4 per cent").
func (d *docState) percentClaim(s *sentence, q normalize.Quantity, first, last int) {
	r := d.x.rules
	lo, hi := s.spanBounds(first, last)
	idx, ok := nearestPhrase(r, ruleset.CatPercent, s, first, last, lo, hi)
	if !ok {
		return
	}
	for i := max(lo, first-8); i < min(hi, last+8); i++ {
		if otherTime[s.words[i]] {
			return
		}
	}
	for _, dt := range s.dates {
		if f, _ := s.tokenRange(dt.Start, dt.End); f >= lo && f < hi && dt.Precision == "year" {
			return // "in 2009": another vote
		}
	}
	if s.near(r, ruleset.CatProposal, first, proposalReach) {
		return
	}
	v := q.Value
	// "about 61 per cent" is 61 give or take a point, not five per cent of 61.
	if !v.IsExact() && !math.IsInf(v.High, 0) && !math.IsInf(v.Low, 0) && q.Qualifier != "" {
		mid := (v.Low + v.High) / 2
		v = normalize.Interval{Low: mid - 1, High: mid + 1}
	}
	t := r.Percentages[idx]
	d.emit(s, q.Start, q.End, Claim{
		Kind:    KindPercent,
		Subject: "percent|" + t.Name,
		Label:   labelOf(t.Label, t.Name),
		Value:   v,
		Unit:    "percent",
		Display: describeInterval(v, func(x float64) string { return formatNumber(math.Round(x*100)/100) + "%" }),
		Change:  ruleset.Static,
	})
}

// kindOf returns the kind of thing a word names, singular and canonical ("jets" → "plane"), or
// "" when it names no kind the rules know.
func kindOf(r *ruleset.Set, w string) string {
	if one := singular(w); r.IsKind(one) || r.IsKind(w) {
		return r.Canonical(one)
	}
	return ""
}

// eventOfClause reports whether the clause of a figure names the event it times: a verb
// before it ("went down just 32 seconds after take-off"), or after it with nothing that starts
// a later event between ("34 seconds after leaving the airport, the aircraft crashed", but not
// "a loud noise thirty seconds after take-off and then the plane crashed").
func eventOfClause(r *ruleset.Set, s *sentence, first, last, lo, hi int) bool {
	if s.has(r, ruleset.CatEvent, lo, first) {
		return true
	}
	for k := last + 1; k < hi; k++ {
		switch s.words[k] {
		case "and", "then", "before", "until", "when":
			return false
		}
		if matchAt(r, ruleset.CatEvent, s.words, k) {
			return true
		}
	}
	return false
}
