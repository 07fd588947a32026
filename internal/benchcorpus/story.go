package benchcorpus

import (
	"errors"
	"strconv"
	"strings"
	"time"
)

// fact is one statement an article may make, in several wordings. A late fact is made only from
// the story's late day on (final results, a verdict).
type fact struct {
	late     bool
	firstDay bool // only on day 0
	alts     []string

	keys    []string // every key any wording uses, without forms
	allKeys []string // the keys every wording uses
}

// kindSpec is a kind of story: its templates and how to build its world.
type kindSpec struct {
	name      string
	event     string // the noun for the story's event
	disaster  bool
	headlines []fact
	ledes     []fact
	facts     []fact
	words     map[string][]string
	filler    []string
	build     func(s *story, g *rng, reg *registry) error
}

// person is someone a story quotes or names.
type person struct {
	given, surname string
	title          string // formal title before the name; "" for none
	age            int    // 0 when the articles do not give it
	minister       bool   // a title that the Deputy plant may change
}

// story is the world of one running story: places, people and every figure by day.
type story struct {
	num     int
	spec    *kindSpec
	start   time.Time // day 0, the day of the event
	span    int       // days from the first article to the last
	lateDay int

	str    map[string]string
	nums   map[string]int   // figures that do not change
	series map[string][]int // figures by day
	money  map[string]money
	people []person

	durations []string         // keys of named durations, for the duration plant
	hasToll   bool             // the death toll rises from day to day
	misspelt  map[int][]string // planted spellings of surnames so far, by person
}

var kinds = []*kindSpec{quake, flood, ferry, election, trial, wildfire, ceasefire}

var errNames = errors.New("benchcorpus: ran out of distinct names")

func newStory(num int, spec *kindSpec, g *rng, reg *registry) (*story, error) {
	s := &story{
		num:      num,
		spec:     spec,
		str:      map[string]string{},
		nums:     map[string]int{},
		series:   map[string][]int{},
		money:    map[string]money{},
		misspelt: map[int][]string{},
	}
	s.span = g.between(12, 45)
	s.start = time.Date(2026, time.January, 1, 0, 0, 0, 0, time.UTC).AddDate(0, 0, g.between(8, 300))
	s.lateDay = s.span / 3
	for _, k := range []string{"town", "region", "capital", "river", "country"} {
		name, ok := reg.place(g)
		if !ok {
			return nil, errNames
		}
		s.str[k] = name
	}
	s.str["dateline"] = strings.ToUpper(s.str["town"]) + ", " + s.str["region"] + " —"
	if err := spec.build(s, g, reg); err != nil {
		return nil, err
	}
	s.str["eventDate"] = longDate(s.start, s.start)
	if b, ok := s.nums["built"]; ok {
		s.nums["thingAge"] = 2026 - b
	}
	return s, nil
}

// durationChoices are the lengths a named duration may have, in its unit.
var durationChoices = map[string][]int{
	"mourning":  {2, 3, 5, 7},
	"emergency": {15, 30, 45, 60, 90},
	"ceasefire": {30, 42, 60, 90},
	"phase":     {14, 21, 28, 42},
	"crossing":  {2, 3, 4, 5, 6, 7, 8},
}

func pickDuration(g *rng, key string) int {
	c := durationChoices[key]
	return c[g.intn(len(c))]
}

func wrongDuration(g *rng, key string, right int) int {
	var others []int
	for _, v := range durationChoices[key] {
		if v != right {
			others = append(others, v)
		}
	}
	return others[g.intn(len(others))]
}

// addPerson gives the story a new person with a surname no other story uses.
func (s *story) addPerson(g *rng, reg *registry, title string, ageLo, ageHi int, female bool) error {
	sn, ok := reg.surname(g)
	if !ok {
		return errNames
	}
	names := maleNames
	if female {
		names = femaleNames
	}
	p := person{given: g.pick(names), surname: sn, title: title,
		minister: strings.HasSuffix(title, "Minister")}
	if ageHi > 0 {
		p.age = g.between(ageLo, ageHi)
	}
	s.people = append(s.people, p)
	return nil
}

// addPeople adds people by title; an age range of 0 means the age is not given.
func (s *story) addPeople(g *rng, reg *registry, roles ...role) error {
	for _, r := range roles {
		female := g.chance(1, 2)
		title := r.title
		if female && r.femaleTitle != "" {
			title = r.femaleTitle
		}
		if r.male {
			female = false
			title = r.title
		}
		if err := s.addPerson(g, reg, title, r.ageLo, r.ageHi, female); err != nil {
			return err
		}
	}
	return nil
}

type role struct {
	title, femaleTitle string
	ageLo, ageHi       int
	male               bool
}

// risingSeries is a running total by day: large steps at first, then fewer.
func risingSeries(g *rng, days, start, growth int) []int {
	out := make([]int, days+1)
	v := start
	for d := range out {
		if d > 0 {
			v += g.intn(growth/d + 2)
		}
		out[d] = v
	}
	return out
}

// fallingSeries is a figure that shrinks day by day, as the missing are found.
func fallingSeries(g *rng, days, start int) []int {
	out := make([]int, days+1)
	v := start
	for d := range out {
		if d > 0 && v > 0 {
			v -= g.intn(v/4 + 2)
			v = max(v, 0)
		}
		out[d] = v
	}
	return out
}

// startingAt is a running total that is zero before day from.
func startingAt(g *rng, days, from, start, growth int) []int {
	out := make([]int, days+1)
	v := 0
	for d := range out {
		switch {
		case d == from:
			v = start
		case d > from:
			v += g.intn(growth/(d-from) + 2)
		}
		out[d] = v
	}
	return out
}

func pickCurrency(g *rng) string {
	return []string{"$", "€", "€", "$", "£"}[g.intn(5)]
}

func millions(g *rng, cur string, lo, hi int) money {
	return money{symbol: cur, amount: int64(g.between(lo, hi)) * 100_000}
}

func (s *story) place(g *rng, reg *registry) (string, error) {
	name, ok := reg.place(g)
	if !ok {
		return "", errNames
	}
	return name, nil
}

func buildQuake(s *story, g *rng, reg *registry) error {
	s.str["dateline"] = strings.ToUpper(s.str["town"]) + ", " + s.str["region"] + " province —"
	s.str["hospital"] = s.str["town"] + " County Hospital"
	s.str["bridge"] = s.str["river"] + " Bridge"
	s.str["magnitude"] = strconv.Itoa(g.between(5, 7)) + "." + strconv.Itoa(g.between(1, 9))
	s.hasToll = true
	k0 := g.between(12, 90)
	s.series["killed"] = risingSeries(g, s.span, k0, k0)
	i0 := k0 * g.between(3, 7)
	s.series["injured"] = risingSeries(g, s.span, i0, i0/2)
	s.series["missing"] = fallingSeries(g, s.span, g.between(15, 120))
	s.series["rescued"] = risingSeries(g, s.span, g.between(10, 60), 30)
	d0 := g.between(3000, 25000)
	s.series["displaced"] = risingSeries(g, s.span, d0, d0/8)
	s.nums["population"] = g.between(8, 90) * 1000
	s.nums["depth"] = g.between(5, 40)
	s.nums["distance"] = g.between(6, 40)
	s.nums["rescuers"] = g.between(12, 50) * 50
	s.nums["built"] = g.between(1952, 1992)
	s.nums["length"] = g.between(60, 480)
	s.nums["emergency"] = pickDuration(g, "emergency")
	s.nums["mourning"] = pickDuration(g, "mourning")
	s.durations = []string{"emergency", "mourning"}
	s.money["aid"] = millions(g, pickCurrency(g), 15, 150)
	return s.addPeople(g, reg,
		role{title: "Interior Minister"},
		role{title: "Governor"},
		role{title: "Colonel", ageLo: 44, ageHi: 60},
		role{title: "Dr."},
		role{ageLo: 24, ageHi: 84},
	)
}

func buildFlood(s *story, g *rng, reg *registry) error {
	name, err := s.place(g, reg)
	if err != nil {
		return err
	}
	s.str["dam"] = name + " Dam"
	s.hasToll = true
	k0 := g.between(8, 40)
	s.series["killed"] = risingSeries(g, s.span, k0, k0)
	s.series["missing"] = fallingSeries(g, s.span, g.between(20, 150))
	e0 := g.between(5000, 40000)
	s.series["evacuated"] = risingSeries(g, s.span, e0, e0/6)
	s.series["rescued"] = risingSeries(g, s.span, g.between(20, 200), 60)
	s.nums["population"] = g.between(6, 60) * 1000
	s.nums["built"] = g.between(1955, 1995)
	s.nums["length"] = g.between(38, 140)
	s.nums["emergency"] = pickDuration(g, "emergency")
	s.nums["mourning"] = pickDuration(g, "mourning")
	s.durations = []string{"emergency", "mourning"}
	cur := pickCurrency(g)
	s.money["aid"] = millions(g, cur, 20, 200)
	s.money["compensation"] = millions(g, cur, 5, 60)
	return s.addPeople(g, reg,
		role{title: "Environment Minister"},
		role{title: "Governor"},
		role{title: "Mayor"},
		role{title: "Commander", ageLo: 40, ageHi: 58},
		role{ageLo: 24, ageHi: 84},
	)
}

func buildFerry(s *story, g *rng, reg *registry) error {
	vessel, err := s.place(g, reg)
	if err != nil {
		return err
	}
	island, err := s.place(g, reg)
	if err != nil {
		return err
	}
	s.str["vesselName"] = vessel
	s.str["vessel"] = "MV " + vessel
	s.str["island"] = island
	s.str["dateline"] = strings.ToUpper(s.str["town"]) + " —"
	s.hasToll = true
	aboard := g.between(180, 650)
	s.nums["aboard"] = aboard
	s.nums["capacity"] = aboard - g.between(30, aboard/3)
	// Everyone aboard is dead, rescued or missing; the dead and the rescued only rise, so
	// the missing only fall.
	killed := risingSeries(g, s.span, g.between(8, 40), aboard/10)
	for d := range killed {
		killed[d] = min(killed[d], aboard*6/10)
	}
	most := aboard - killed[len(killed)-1] - g.between(0, 10)
	rescued := risingSeries(g, s.span, aboard*g.between(25, 40)/100, 20)
	missing := make([]int, len(killed))
	for d := range killed {
		rescued[d] = min(rescued[d], most)
		missing[d] = aboard - killed[d] - rescued[d]
	}
	s.series["killed"], s.series["rescued"], s.series["missing"] = killed, rescued, missing
	s.series["arrested"] = startingAt(g, s.span, g.between(1, 4), g.between(1, 3), 3)
	s.nums["built"] = g.between(1975, 2005)
	s.nums["length"] = g.between(60, 140)
	s.nums["crossing"] = pickDuration(g, "crossing")
	s.nums["mourning"] = pickDuration(g, "mourning")
	s.durations = []string{"crossing", "mourning"}
	s.money["compensation"] = millions(g, pickCurrency(g), 5, 60)
	return s.addPeople(g, reg,
		role{title: "Transport Minister"},
		role{title: "Commander", ageLo: 38, ageHi: 57},
		role{title: "Captain", ageLo: 45, ageHi: 66},
		role{title: "Mayor"},
		role{ageLo: 19, ageHi: 78},
	)
}

func buildWildfire(s *story, g *rng, reg *registry) error {
	fire, err := s.place(g, reg)
	if err != nil {
		return err
	}
	hotel, err := s.place(g, reg)
	if err != nil {
		return err
	}
	tunnel, err := s.place(g, reg)
	if err != nil {
		return err
	}
	s.str["fire"] = fire + " Fire"
	s.str["hotel"] = "Hotel " + hotel
	s.str["tunnel"] = tunnel + " Tunnel"
	s.hasToll = true
	k0 := g.between(8, 40)
	s.series["killed"] = risingSeries(g, s.span, k0, k0)
	i0 := k0 * g.between(2, 5)
	s.series["injured"] = risingSeries(g, s.span, i0, i0/2)
	s.series["missing"] = fallingSeries(g, s.span, g.between(10, 80))
	e0 := g.between(4000, 60000)
	s.series["evacuated"] = risingSeries(g, s.span, e0, e0/4)
	h0 := g.between(20, 200) * 100
	s.series["hectares"] = risingSeries(g, s.span, h0, h0/2)
	s.series["arrested"] = startingAt(g, s.span, g.between(1, 5), g.between(1, 3), 3)
	s.nums["built"] = g.between(1890, 1970)
	s.nums["length"] = g.between(2, 9)
	s.nums["emergency"] = pickDuration(g, "emergency")
	s.nums["mourning"] = pickDuration(g, "mourning")
	s.durations = []string{"emergency", "mourning"}
	s.money["aid"] = millions(g, pickCurrency(g), 20, 200)
	return s.addPeople(g, reg,
		role{title: "Agriculture Minister"},
		role{title: "Governor"},
		role{title: "Fire Chief", ageLo: 42, ageHi: 60},
		role{title: "Colonel"},
		role{ageLo: 24, ageHi: 84},
	)
}

var (
	partyAdjectives = []string{"National", "Democratic", "Civic", "Progressive", "United",
		"Social", "Liberal", "Popular", "Green", "Patriotic"}
	partyNouns = []string{"Renewal", "Union", "Forum", "Movement", "Alliance", "Front",
		"Platform", "Party", "Coalition", "Bloc"}
)

func partyName(g *rng) string {
	n := g.pick(partyNouns)
	if n == "Party" {
		return "the " + g.pick(partyAdjectives) + " Party"
	}
	return "the " + g.pick(partyAdjectives) + " " + n + " Party"
}

func buildElection(s *story, g *rng, reg *registry) error {
	// Elections are held on Sundays.
	s.start = s.start.AddDate(0, 0, (7-int(s.start.Weekday()))%7)
	s.lateDay = min(2, s.span)
	s.str["dateline"] = strings.ToUpper(s.str["capital"]) + " —"
	s.str["party1"] = partyName(g)
	for s.str["party2"] = partyName(g); s.str["party2"] == s.str["party1"]; s.str["party2"] = partyName(g) {
	}
	total := g.between(120, 400)
	s.nums["seatsTotal"] = total
	s.nums["seats1"] = total * g.between(38, 56) / 100
	s.nums["seats2"] = total * g.between(18, 34) / 100
	s.nums["turnout"] = g.between(41, 78)
	s.series["arrested"] = startingAt(g, s.span, 1, g.between(8, 60), 40)
	s.series["injured"] = startingAt(g, s.span, 1, g.between(5, 40), 20)
	s.nums["built"] = g.between(1880, 1960)
	s.nums["length"] = g.between(40, 90)
	s.nums["emergency"] = pickDuration(g, "emergency")
	s.durations = []string{"emergency"}
	s.money["cost"] = money{symbol: pickCurrency(g), amount: int64(g.between(20, 120)) * 1_000_000}
	return s.addPeople(g, reg,
		role{title: "Interior Minister"},
		role{title: "President", ageLo: 52, ageHi: 72},
		role{title: "opposition leader", ageLo: 40, ageHi: 60},
		role{title: "Electoral Commission Chairman", femaleTitle: "Electoral Commission Chairwoman"},
		role{title: "political analyst"},
		role{ageLo: 19, ageHi: 84},
	)
}

func buildTrial(s *story, g *rng, reg *registry) error {
	// Trials open on a weekday.
	if wd := s.start.Weekday(); wd == time.Saturday || wd == time.Sunday {
		s.start = s.start.AddDate(0, 0, 2)
	}
	s.lateDay = s.span * 2 / 3
	s.str["dateline"] = strings.ToUpper(s.str["town"]) + " —"
	bridge, err := s.place(g, reg)
	if err != nil {
		return err
	}
	s.str["bridge"] = bridge + " Bridge"
	collapse := time.Date(g.between(2023, 2025), time.January, 1, 0, 0, 0, 0, time.UTC).AddDate(0, 0, g.between(0, 364))
	s.str["collapseDate"] = longDate(collapse, s.start)
	k := g.between(12, 60)
	s.nums["killed"] = k
	s.nums["injured"] = k * g.between(2, 5)
	s.nums["charged"] = g.between(4, 12)
	s.nums["built"] = g.between(1998, 2015)
	s.nums["length"] = g.between(60, 220)
	s.nums["sentence"] = g.between(6, 18)
	s.nums["mourning"] = pickDuration(g, "mourning")
	s.durations = []string{"mourning"}
	cur := pickCurrency(g)
	s.money["embezzled"] = millions(g, cur, 30, 250)
	s.money["bail"] = money{symbol: cur, amount: int64(g.between(2, 30)) * 50_000}
	s.money["compensation"] = millions(g, cur, 5, 60)
	return s.addPeople(g, reg,
		role{title: "Justice Minister"},
		role{title: "Judge"},
		role{title: "Chief Prosecutor"},
		role{title: "businessman", ageLo: 48, ageHi: 70, male: true},
		role{title: "defence lawyer"},
		role{ageLo: 35, ageHi: 80},
	)
}

func buildCeasefire(s *story, g *rng, reg *registry) error {
	var names [4]string
	for i := range names {
		n, err := s.place(g, reg)
		if err != nil {
			return err
		}
		names[i] = n
	}
	s.str["front"] = names[0] + " Liberation Front"
	s.str["mediator"] = names[1]
	s.str["talkCity"] = names[2]
	s.str["bridge"] = names[3] + " Bridge"
	s.str["dateline"] = strings.ToUpper(names[2]) + " —"
	s.hasToll = true
	k0 := g.between(8, 60) * 1000
	s.series["killed"] = risingSeries(g, s.span, k0+g.between(0, 999), 40)
	h0 := g.between(40, 250)
	released := startingAt(g, s.span, g.between(1, 3), g.between(4, 12), 8)
	held := make([]int, len(released))
	for d := range released {
		released[d] = min(released[d], h0-5)
		held[d] = h0 - released[d]
	}
	s.series["released"], s.series["held"] = released, held
	s.nums["ceasefire"] = pickDuration(g, "ceasefire")
	s.nums["phase"] = pickDuration(g, "phase")
	s.durations = []string{"ceasefire", "phase"}
	s.nums["built"] = g.between(1950, 1995)
	s.nums["length"] = g.between(5, 20)
	s.money["aid"] = money{symbol: pickCurrency(g), amount: int64(g.between(20, 900)) * 1_000_000}
	return s.addPeople(g, reg,
		role{title: "Foreign Minister"},
		role{title: "Special Envoy"},
		role{title: "General", ageLo: 45, ageHi: 65},
		role{title: "Chief Negotiator"},
		role{title: "army spokesman", femaleTitle: "army spokeswoman"},
		role{ageLo: 24, ageHi: 80},
	)
}
