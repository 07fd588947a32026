package benchcorpus

import "strconv"

// plantKind is the kind of contradiction planted in an article.
type plantKind int

const (
	plantNone     plantKind = iota
	plantToll               // a death toll lower than an earlier day's
	plantBuilt              // a different construction year
	plantSurname            // a surname with one letter changed
	plantDeputy             // "Deputy" before a minister's title
	plantDuration           // a different length of a named duration
)

// plant is one planted contradiction.
type plant struct {
	kind    plantKind
	key     string // the figure changed
	value   int    // its wrong value
	person  int    // the person renamed or retitled
	surname string // the misspelt surname
}

// choosePlant picks a contradiction the story can carry on day, with its wrong value. Each
// plant draws its own value, so that two plants in one story are two findings.
func (s *story) choosePlant(g *rng, day int, reg *registry) plant {
	var options []plant
	if s.hasToll && day > 0 {
		// Below every wording of the first day's toll ("more than 80" for 87), so below
		// every later one too.
		lb := lowBound(s.series["killed"][0])
		options = append(options, plant{kind: plantToll, key: "killed", value: max(1, g.between(lb/2, lb-1))})
	}
	if b, ok := s.nums["built"]; ok {
		w := b + g.between(3, 12)
		if g.chance(1, 2) || w > 2025 {
			w = b - g.between(3, 12)
		}
		options = append(options, plant{kind: plantBuilt, key: "built", value: w})
	}
	for _, k := range s.durations {
		options = append(options, plant{kind: plantDuration, key: k, value: wrongDuration(g, k, s.nums[k])})
	}
	people := len(s.people)
	if people > 0 {
		options = append(options, plant{kind: plantSurname, person: g.intn(people)})
	}
	for i, p := range s.people {
		if p.minister {
			options = append(options, plant{kind: plantDeputy, person: i})
		}
	}
	if len(options) == 0 {
		return plant{}
	}
	pl := options[g.intn(len(options))]
	if pl.kind == plantSurname {
		m, ok := reg.misspell(g, s.people[pl.person].surname, s.misspelt[pl.person])
		if !ok {
			return plant{}
		}
		s.misspelt[pl.person] = append(s.misspelt[pl.person], m)
		pl.surname = m
	}
	return pl
}

// apply changes the article and returns the key it must state.
func (pl plant) apply(a *article) string {
	switch pl.kind {
	case plantToll, plantBuilt, plantDuration:
		a.nums[pl.key] = pl.value
		if pl.kind == plantToll {
			a.exact[pl.key] = true
		}
		return pl.key
	case plantSurname:
		a.people[pl.person].surname = pl.surname
		return "p" + strconv.Itoa(pl.person)
	case plantDeputy:
		a.people[pl.person].title = "Deputy " + a.people[pl.person].title
		return "p" + strconv.Itoa(pl.person)
	}
	return ""
}
