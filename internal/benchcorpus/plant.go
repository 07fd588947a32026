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
	kind   plantKind
	key    string // the figure changed
	person int    // the person renamed or retitled
}

// choosePlant picks a contradiction the story can carry on day.
func (s *story) choosePlant(g *rng, day int, reg *registry) plant {
	var options []plant
	if s.hasToll && day > 0 {
		options = append(options, plant{kind: plantToll, key: "killed"})
	}
	if _, ok := s.wrong["built"]; ok {
		options = append(options, plant{kind: plantBuilt, key: "built"})
	}
	for _, k := range s.durations {
		options = append(options, plant{kind: plantDuration, key: k})
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
		if _, ok := s.misspelt[pl.person]; !ok {
			m, ok := reg.misspell(g, s.people[pl.person].surname)
			if !ok {
				return plant{}
			}
			s.misspelt[pl.person] = m
		}
	}
	return pl
}

// apply changes the article and returns the key it must state.
func (pl plant) apply(a *article) string {
	switch pl.kind {
	case plantToll, plantBuilt, plantDuration:
		a.nums[pl.key] = a.s.wrong[pl.key]
		if pl.kind == plantToll {
			a.exact[pl.key] = true
		}
		return pl.key
	case plantSurname:
		a.people[pl.person].surname = a.s.misspelt[pl.person]
		return "p" + strconv.Itoa(pl.person)
	case plantDeputy:
		a.people[pl.person].title = "Deputy " + a.people[pl.person].title
		return "p" + strconv.Itoa(pl.person)
	}
	return ""
}
