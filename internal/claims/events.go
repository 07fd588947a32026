package claims

import (
	"strings"
	"time"

	"github.com/crosscheck-news/crosscheck/internal/normalize"
	"github.com/crosscheck-news/crosscheck/internal/ruleset"
)

// eventSkip are words between an event's subject and its verb: "the ferry, which was built",
// "the dam had reportedly failed".
var eventSkip = map[string]bool{
	",": true, "which": true, "that": true, "was": true, "were": true, "had": true, "has": true,
	"have": true, "been": true, "is": true, "reportedly": true, "originally": true, "first": true,
	"finally": true, "partially": true, "partly": true, "fully": true, "officially": true,
	"suddenly": true, "apparently": true, "allegedly": true, "also": true, "then": true,
	"later": true, "eventually": true, "only": true, "completely": true, "largely": true,
}

// eventClaims finds "the ferry sank on Friday, July 10" and "the hospital, built in 1974".
func (d *docState) eventClaims(s *sentence) {
	r := d.x.rules
	for i := 0; i < len(s.words); i++ {
		idx, n, ok := r.Match(ruleset.CatEvent, s.words, i)
		if !ok {
			continue
		}
		ev := r.Events[idx]
		noun, nounAt := d.eventSubject(s, i)
		if noun == "" && i == 0 {
			// "Built in 1974, the hospital …": the sentence opens with the event, and its subject
			// follows the comma.
			noun, nounAt = d.openingSubject(s, i+n)
		}
		if noun == "" || len(ev.Subjects) > 0 && !inList(ev.Subjects, noun) {
			i += n - 1
			continue
		}
		lo, hi := s.clauseBounds(i)
		dt, ok := d.eventDate(s, i+n, lo, hi, nounAt)
		if !ok {
			i += n - 1
			continue
		}
		c := Claim{
			Kind:    KindDate,
			Subject: "date|" + ev.Name + "|" + noun,
			Label:   "when " + d.describeSubject(noun) + " " + labelOf(ev.Label, ev.Name),
			Value:   normalize.Interval{Low: dayNumber(dt.First), High: dayNumber(dt.Last)},
			Unit:    "date",
			Display: describeDate(dt),
			Change:  ruleset.Static,
		}
		d.emit(s, dt.Start, dt.End, c)
		i += n - 1
	}
}

// eventSubject returns what the event verb at token i tells of, when it is one thing of the
// story: a definite or named noun ("the ferry sank", "the passenger ferry MV Solenne capsized",
// "the dam, completed in 1987", "Bralin County Hospital, built in 1974", "Aurelia Air, founded
// in 1989") or a person ("Halloran was sworn in"). Synonyms become one noun ("jet", "aircraft").
func (d *docState) eventSubject(s *sentence, i int) (string, int) {
	r := d.x.rules
	k := i - 1
	inDate := s.dateTokens()
	relative := false
	for k >= 0 && (eventSkip[s.words[k]] || inDate[k] || s.words[k] == "on" && k+1 < i && inDate[k+1]) {
		switch s.words[k] {
		case "which", "that", "who":
			relative = true
		}
		// "The aircraft, which has 194 seats, crash-landed": pass over the relative clause.
		if s.words[k] == "," {
			if j := relativeClauseStart(s, k); j >= 0 {
				k = j - 1
				continue
			}
		}
		k--
	}
	// A person: "Halloran was sworn in on Thursday".
	for _, pm := range s.people {
		if pm.end == k+1 && pm.person != nil {
			return "person:" + pm.person.Key, pm.start
		}
	}
	// A name: what kind of thing it is when its last word says so, else the name itself. A
	// place after the subject is passed over: "The Tarvel Dam on the Osk River gave way".
	for tries := 0; tries < 2; tries++ {
		if k >= 0 && isCapitalized(s.raw[k]) && isWord(s.raw[k]) {
			end := k
			for k >= 0 && isCapitalized(s.raw[k]) && isWord(s.raw[k]) {
				k--
			}
			last := singular(s.words[end])
			if r.IsKind(last) || r.IsKind(s.words[end]) {
				return r.Canonical(last), k + 1
			}
			// "The MV Brivrava sank": a ship's prefix says it is a ship.
			first := k + 1
			if s.words[first] == "the" && first < end {
				first++
			}
			if shipPrefixes[s.words[first]] && end > first {
				return r.Canonical("ship"), k + 1
			}
			// "Cyclone Oriane", "Hurricane Ida": the kind comes first.
			if end > k+1 && r.IsKind(s.words[k+1]) {
				return r.Canonical(s.words[k+1]), k + 1
			}
			// "the passenger ferry MV Solenne": the noun before the name says what it is.
			if k >= 0 && isWord(s.raw[k]) && !isCapitalized(s.raw[k]) && r.IsKind(s.words[k]) {
				return r.Canonical(s.words[k]), k
			}
			if k >= 1 && (s.words[k] == "the" || s.words[k] == "a") && placePrepositions[s.words[k-1]] {
				k -= 2
				continue
			}
			// "The hospital in Kraldimar, which was built in 1974": the place is where, not what.
			if k >= 1 && placePrepositions[s.words[k]] {
				k--
				continue
			}
			if name := properName(s, k+1, end+1); name != "" {
				return "name:" + name, k + 1
			}
			return "", -1
		}
		break
	}
	if k < 0 || !isWord(s.raw[k]) {
		return "", -1
	}
	w := s.words[k]
	if auxiliaries[w] || personNouns[w] || irregularPlurals[w] || eventSkip[w] {
		return "", -1
	}
	if matchAt(r, ruleset.CatRepeatable, s.words, k) {
		return "", -1
	}
	// Plural subjects are many events ("airstrikes hit").
	if len(w) > 3 && w[len(w)-1] == 's' && w[len(w)-2] != 's' {
		return "", -1
	}
	// "the second truce of the conflict, which began on …": the relative clause may tell of
	// either noun, so it dates neither.
	if relative && k >= 2 && (s.words[k-1] == "the" || s.words[k-1] == "a") && s.words[k-2] == "of" {
		return "", -1
	}
	// A determiner or an attributive before the noun shows it is a thing in the story.
	for j := k - 1; j >= 0 && j >= k-5; j-- {
		switch s.words[j] {
		case "the", "a", "an", "its", "this", "that":
			return r.Canonical(w), k
		case "another", "second", "one", "other", "each", "every", "some", "several", "many":
			return "", -1
		}
		if !isWord(s.raw[j]) && !isNumberToken(s.raw[j]) {
			break
		}
	}
	return "", -1
}

// relativeClauseStart returns the token of the comma that opens a relative clause ending at the
// comma at k (", which has 194 seats,"), or -1.
func relativeClauseStart(s *sentence, k int) int {
	for j := k - 1; j > 0 && j >= k-12; j-- {
		if s.words[j] == "," {
			if j+1 < k {
				switch s.words[j+1] {
				case "which", "who", "that", "whose", "where":
					return j
				}
			}
			return -1
		}
	}
	return -1
}

// properName returns the folded name in tokens [from, to) when it can name a thing of the story:
// not a person, not only common words, not a lone sentence opener.
func properName(s *sentence, from, to int) string {
	if from == 0 && to-from == 1 {
		return ""
	}
	for _, pm := range s.people {
		if pm.start < to && pm.end > from {
			return ""
		}
	}
	common := true
	for k := from; k < to; k++ {
		if !notNames[s.words[k]] {
			common = false
		}
	}
	if common {
		return ""
	}
	return strings.Join(s.words[from:to], " ")
}

// eventDate finds the date of the event: after the verb in its clause, or before the subject in
// the clause ("On Tuesday, the quake struck").
func (d *docState) eventDate(s *sentence, after, lo, hi, nounAt int) (normalize.Date, bool) {
	var before *normalize.Date
	for i := range s.dates {
		dt := s.dates[i]
		f, _ := s.tokenRange(dt.Start, dt.End)
		if f < 0 || f < lo || f >= hi || boundsDirectly(s.words, f) {
			continue
		}
		if dt.First.Year == 0 {
			continue
		}
		if f >= after && f <= after+10 {
			return dt, true
		}
		// "On Tuesday, the quake struck"; "The High Court on Thursday, June 4, rejected".
		if f < after && f != nounAt && before == nil {
			before = &s.dates[i]
		}
	}
	if before != nil {
		return *before, true
	}
	return normalize.Date{}, false
}

// dayNumber is the number of days since 1970-01-01.
func dayNumber(d normalize.Day) float64 {
	if d.Year == 0 {
		return 0
	}
	m, day := d.Month, d.Day
	if m == 0 {
		m = 1
	}
	if day == 0 {
		day = 1
	}
	return float64(time.Date(d.Year, m, day, 0, 0, 0, 0, time.UTC).Unix() / 86400)
}

func describeDate(dt normalize.Date) string {
	if dt.First == dt.Last {
		return dt.First.String()
	}
	switch dt.Precision {
	case "year":
		return dt.First.String()[:4]
	case "month":
		if dt.First.Month == dt.Last.Month {
			return dt.First.String()[:7]
		}
	}
	return dt.First.String() + ".." + dt.Last.String()
}

// weekdayClaims records the weekday each full date is given with ("Friday, June 12"). All
// mentions of one date must name one weekday; a weekday that does not fall on its date also
// stands against the date itself, so a lone "Thursday, June 12, 2026" is found too.
func (d *docState) weekdayClaims(s *sentence) {
	for _, dt := range s.dates {
		// A weekday alone ("on Thursday") was turned into its date, so it cannot disagree with it.
		if !dt.HasWeekday || dt.Relative || !dt.First.Complete() || dt.First != dt.Last {
			continue
		}
		subject := "weekday|" + dt.First.String()
		label := "weekday of " + dt.First.String()
		d.emit(s, dt.Start, dt.End, Claim{
			Kind: KindWeekday, Subject: subject, Label: label,
			Value: normalize.Exact(float64(dt.Weekday)), Unit: "weekday", Display: dt.Weekday.String(),
			Change: ruleset.Static, Timeless: true,
		})
		if !dt.WeekdayMismatch() {
			continue
		}
		f, l := s.tokenRange(dt.Start, dt.End)
		if f < 0 {
			continue
		}
		// The date without its weekday: "June 12, 2026".
		rest := f + 1
		for rest <= l && !isWord(s.raw[rest]) && !isNumberToken(s.raw[rest]) {
			rest++
		}
		if rest > l {
			continue
		}
		actual := dt.First.Time().Weekday()
		d.emit(s, s.toks[rest].Start, dt.End, Claim{
			Kind: KindWeekday, Subject: subject, Label: label,
			Value: normalize.Exact(float64(actual)), Unit: "weekday", Display: actual.String(),
			Change: ruleset.Static, Timeless: true, Implied: true,
		})
	}
}

var placePrepositions = map[string]bool{"on": true, "in": true, "at": true, "near": true, "over": true, "across": true, "outside": true}

// boundsDirectly reports whether the date at token f is the start or end of a period ("since
// 2021", "until early March"), not the date of the event before it ("since it opened in 1958"
// dates the opening).
func boundsDirectly(words []string, f int) bool {
	for j := f - 1; j >= 0 && j >= f-3; j-- {
		switch words[j] {
		case "since", "until", "till", "through", "from", "between", "by":
			return true
		case "in", "the", "early", "late", "mid", "on", "of":
			continue
		}
		return false
	}
	return false
}

// describeSubject writes an event's subject for a person to read.
func (d *docState) describeSubject(noun string) string {
	switch {
	case strings.HasPrefix(noun, "person:"):
		if p := d.people[strings.TrimPrefix(noun, "person:")]; p != nil {
			return p.Name
		}
		return strings.TrimPrefix(noun, "person:")
	case strings.HasPrefix(noun, "name:"):
		return strings.TrimPrefix(noun, "name:")
	}
	return "the " + noun
}

// dateTokens marks the tokens that belong to date mentions, worked out once per sentence.
func (s *sentence) dateTokens() []bool {
	if s.inDate != nil {
		return s.inDate
	}
	in := make([]bool, len(s.toks))
	s.inDate = in
	for _, dt := range s.dates {
		f, l := s.tokenRange(dt.Start, dt.End)
		for k := f; k >= 0 && k <= l; k++ {
			in[k] = true
		}
	}
	return in
}

func inList(list []string, w string) bool {
	for _, x := range list {
		if x == w {
			return true
		}
	}
	return false
}

var shipPrefixes = map[string]bool{"mv": true, "ms": true, "ss": true, "hms": true, "uss": true, "rms": true, "mt": true, "fv": true}

// openingSubject reads the subject after an opening participle clause: "Built in 1974, the
// hospital", "Founded in 1989, Aurelia Air". It returns the noun as eventSubject would, or "".
func (d *docState) openingSubject(s *sentence, from int) (string, int) {
	r := d.x.rules
	comma := -1
	for k := from; k < len(s.words) && k < from+8; k++ {
		if s.words[k] == "," {
			comma = k
			break
		}
	}
	if comma < 0 || comma+2 >= len(s.words) {
		return "", -1
	}
	k := comma + 1
	if s.words[k] == "the" || s.words[k] == "its" {
		k++
	}
	// "the 40-year-old ferry": read over figures and adjectives to the noun.
	for j := k; j < len(s.words) && j < k+4; j++ {
		w := s.words[j]
		if kind := kindOf(r, w); kind != "" {
			return kind, j
		}
	}
	return "", -1
}
