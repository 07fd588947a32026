package ruleset

import (
	"errors"
	"fmt"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
)

func TestWords(t *testing.T) {
	cases := []struct {
		in   string
		want []string
	}{
		{"", nil},
		{"   ", nil},
		{"The Death  Toll, rose", []string{"the", "death", "toll", ",", "rose"}},
		{"U.S. officials", []string{"u.s.", "officials"}},
		{"crash-landed", []string{"crash-landed"}},
		{"KAHRAMANMARAŞ", []string{"kahramanmaras"}},
		{"men, women and children", []string{"men", ",", "women", "and", "children"}},
		{"1,200 people", []string{"1,200", "people"}},
	}
	for _, c := range cases {
		if d := cmp.Diff(c.want, Words(c.in), cmpopts.EquateEmpty()); d != "" {
			t.Errorf("Words(%q) (-want +got):\n%s", c.in, d)
		}
	}
}

// TestMatchLongest uses a small pack so each rule index is known: the longest phrase wins even
// when a shorter one belongs to another rule.
func TestMatchLongest(t *testing.T) {
	s := mustCompile(t, "p.yaml", `measures:
  - name: tally
    phrases: [toll]
  - name: killed
    phrases: [killed, "death toll", death]
  - name: arrested
    phrases: ["taken into custody"]
  - name: taken
    phrases: [taken, "taken hostage"]
`)
	cases := []struct {
		text        string
		at          int
		index, n    int
		ok          bool
		description string
	}{
		{"the death toll rose", 1, 1, 2, true, "two words beat one"},
		{"the death toll rose", 2, 0, 1, true, "toll alone"},
		{"the death of", 1, 1, 1, true, "first word of a longer phrase"},
		{"they were taken into custody", 2, 2, 3, true, "longer phrase of another rule"},
		{"they were taken into town", 2, 3, 1, true, "longer phrase cut short"},
		{"they were taken hostage", 2, 3, 2, true, "longer phrase of the same rule"},
		{"the death toll", 0, 0, 0, false, "no phrase at the"},
		{"the death", 5, 0, 0, false, "past the end"},
		{"the death", -1, 0, 0, false, "before the start"},
		{"", 0, 0, 0, false, "no words"},
	}
	for _, c := range cases {
		t.Run(c.description, func(t *testing.T) {
			index, n, ok := s.Match(CatMeasure, Words(c.text), c.at)
			if index != c.index || n != c.n || ok != c.ok {
				t.Errorf("Match(%q, %d) = %d, %d, %v; want %d, %d, %v", c.text, c.at, index, n, ok, c.index, c.n, c.ok)
			}
		})
	}
}

func TestMatchDefault(t *testing.T) {
	s := mustDefault(t)
	cases := []struct {
		cat   Category
		text  string
		at    int
		rule  func(t *testing.T) int // the rule index wanted
		n     int
		ok    bool
		about string
	}{
		{CatMeasure, "the death toll rose to 41", 1, mIdx(s, "killed"), 2, true, `"death toll" over "toll"`},
		{CatMeasure, "the toll rose to 41", 1, mIdx(s, "killed"), 1, true, "toll alone"},
		{CatMeasure, "THE DEATH TOLL", 1, mIdx(s, "killed"), 2, true, "upper case folds"},
		{CatMeasure, "the tolls rose", 1, nil, 0, false, "plural is another word"},
		{CatMeasure, "a tollbooth", 1, nil, 0, false, "prefix of a word"},
		{CatMeasure, "an overkilled plot", 1, nil, 0, false, "phrase inside a word"},
		{CatMeasure, "the death-toll rose", 1, nil, 0, false, "hyphenated compound is one word"},
		{CatMeasure, "people still missing", 1, mIdx(s, "missing"), 2, true, "still missing"},
		{CatMeasure, "20 people unaccounted for", 2, mIdx(s, "missing"), 2, true, "unaccounted for"},
		{CatMeasure, "were taken into custody", 1, mIdx(s, "arrested"), 3, true, "longest across measures"},
		{CatMeasure, "were taken hostage", 1, mIdx(s, "taken"), 2, true, "taken hostage"},
		{CatMeasure, "votes were cast", 0, mIdx(s, "votes"), 1, true, "by-entity measure"},
		{CatMeasure, "the ferry sank", 2, nil, 0, false, "event verb is not a measure"},
		{CatEvent, "the ferry sank", 2, eIdx(s, "sank"), 1, true, "event verb"},
		{CatEvent, "the ferry went down", 2, eIdx(s, "sank"), 2, true, "two-word event verb"},
		{CatDuration, "a hunger strike", 1, dIdx(s, "strike"), 2, true, "hunger strike"},
		{CatDuration, "a 60-day ceasefire", 2, dIdx(s, "ceasefire"), 1, true, "ceasefire"},
		{CatGeneric, "men, women and children", 0, zero, 5, true, "phrase with a comma"},
		{CatRepeatable, "an air strike", 1, zero, 2, true, "marker phrase"},
		{CatCumulative, "the toll rose to 41", 2, zero, 2, true, "rose to"},
		{CatPeriod, "killed on Thursday", 1, zero, 2, true, "period with a capital"},
		{CatTitleHead, "Prime Minister Halloran", 0, zero, 2, true, "title head"},
	}
	for _, c := range cases {
		t.Run(c.about, func(t *testing.T) {
			want := 0
			if c.rule != nil {
				want = c.rule(t)
			}
			index, n, ok := s.Match(c.cat, Words(c.text), c.at)
			if index != want || n != c.n || ok != c.ok {
				t.Errorf("Match(%d, %q, %d) = %d, %d, %v; want %d, %d, %v", c.cat, c.text, c.at, index, n, ok, want, c.n, c.ok)
			}
		})
	}
}

func mIdx(s *Set, name string) func(*testing.T) int {
	return func(t *testing.T) int { return measureIndex(t, s, name) }
}

func eIdx(s *Set, name string) func(*testing.T) int {
	return func(t *testing.T) int { return eventIndex(t, s, name) }
}

func dIdx(s *Set, name string) func(*testing.T) int {
	return func(t *testing.T) int { return durationIndex(t, s, name) }
}

func zero(*testing.T) int { return 0 }

func TestMatchParty(t *testing.T) {
	s := mustDefault(t)
	cases := []struct {
		text  string
		at    int
		party string
		n     int
	}{
		{"the US said", 1, "US", 1},
		{"let us go", 1, "", 0},
		{"LET US GO", 1, "US", 1}, // case is all the index sees
		{"the U.S. said", 1, "US", 1},
		{"the U.S. government said", 1, "US", 2},
		{"the United States of America", 1, "US", 4},
		{"the United States said", 1, "US", 2},
		{"the united states said", 1, "", 0},
		{"an American official", 1, "US", 1},
		{"an american official", 1, "", 0},
		{"the UN Security Council met", 1, "UN", 3},
		{"the Security Council met", 1, "UN", 2},
		{"Saudi Arabia said", 0, "Saudi Arabia", 2},
		{"the Saudi minister", 1, "Saudi Arabia", 1},
		{"the US", 2, "", 0},
		{"the US", -1, "", 0},
	}
	for _, c := range cases {
		raw := rawWords(c.text)
		party, n, ok := s.MatchParty(raw, c.at)
		if party != c.party || n != c.n || ok != (c.party != "") {
			t.Errorf("MatchParty(%q, %d) = %q, %d, %v; want %q, %d, %v", raw, c.at, party, n, ok, c.party, c.n, c.party != "")
		}
	}
}

func TestPartyOf(t *testing.T) {
	s := mustDefault(t)
	cases := []struct {
		text, want string
	}{
		{"U.S.", "US"},
		{"US", "US"},
		{"USA", "US"},
		{"U.S.A.", "US"},
		{"American", "US"},
		{"Americans", "US"},
		{"United States", "US"},
		{"United  States", "US"},
		{"United\u00a0States", "US"}, // a no-break space is a space
		{"us", ""},
		{"american", ""},
		{"American officials", ""}, // the whole text must be the form
		{"United", ""},
		{"", ""},
		{"British", "UK"},
		{"Israeli", "Israel"},
		{"Élysée", "France"},
		{"Türkiye", "Turkey"},
		{"Hamas", "Hamas"},
	}
	for _, c := range cases {
		if got := s.PartyOf(c.text); got != c.want {
			t.Errorf("PartyOf(%q) = %q, want %q", c.text, got, c.want)
		}
	}
	// The forms of one party are one party, whichever is used.
	for _, pair := range [][2]string{{"U.S.", "American"}, {"American", "United States"}, {"UK", "Britain"}} {
		if a, b := s.PartyOf(pair[0]), s.PartyOf(pair[1]); a == "" || a != b {
			t.Errorf("PartyOf(%q) = %q, PartyOf(%q) = %q; want one party", pair[0], a, pair[1], b)
		}
	}
}

func TestSameGivenName(t *testing.T) {
	s := mustDefault(t)
	cases := []struct {
		a, b string
		want bool
		bug  string
	}{
		{"steve", "steven", true, ""},
		{"steven", "stephen", true, ""},
		{"stevie", "steve", true, ""},
		{"bill", "william", true, ""},
		{"jim", "james", true, ""},
		{"mo", "muhammad", true, ""},
		{"j", "john", true, ""},
		{"john", "j", true, ""},
		{"j.", "john", true, ""},
		{"j", "jim", true, ""},
		{"j", "j.", true, ""},
		{"k", "john", false, ""},
		{"jo", "john", false, ""}, // two letters are not an initial
		{"maria", "maria", true, ""},
		{"", "", true, ""},
		{"", "john", false, ""},
		{"john", "james", false, ""},
		{"steve", "stephanie", false, ""},
		{"maria", "mario", false, ""},
		{"chris", "christopher", true, ""},
		{"chris", "christine", true, ""},
		{"christopher", "christine", false, ""}, // "chris" is in two sets; the sets stay apart
		{"joe", "yusuf", false, ""},             // "joseph" is in two sets
		{"steve", "bill", false, ""},
		{"alexander", "alexandra", false, ""},
		{"samuel", "samantha", false, ""},
		{"patrick", "patricia", false, ""},
		{"edward", "edmund", false, ""},
	}
	for _, c := range cases {
		t.Run(c.a+" "+c.b, func(t *testing.T) {
			var problems []string
			if got := s.SameGivenName(c.a, c.b); got != c.want {
				problems = append(problems, fmt.Sprintf("SameGivenName(%q, %q) = %v, want %v", c.a, c.b, got, c.want))
			}
			if got := s.SameGivenName(c.b, c.a); got != c.want {
				problems = append(problems, fmt.Sprintf("SameGivenName(%q, %q) = %v, want %v", c.b, c.a, got, c.want))
			}
			checkCase(t, c.bug, problems)
		})
	}
}

func TestCanonicalAndIsKind(t *testing.T) {
	s := mustDefault(t)
	canonical := []struct{ noun, want string }{
		{"wildfire", "fire"},
		{"blaze", "fire"},
		{"bushfire", "fire"},
		{"forest fire", "fire"},
		{"fire", "fire"},
		{"quake", "earthquake"},
		{"temblor", "earthquake"},
		{"hurricane", "storm"},
		{"boat", "ferry"},
		{"airliner", "plane"},
		{"truce", "ceasefire"},
		{"barrage", "dam"},
		{"bridge", "bridge"}, // in no set
		{"unheard-of", "unheard-of"},
		{"", ""},
	}
	for _, c := range canonical {
		if got := s.Canonical(c.noun); got != c.want {
			t.Errorf("Canonical(%q) = %q, want %q", c.noun, got, c.want)
		}
	}
	kinds := []struct {
		noun string
		want bool
	}{
		{"hospital", true},
		{"dam", true},
		{"fire", true},
		{"wildfire", true},
		{"ceasefire", true},
		{"festival", true},
		{"people", false},
		{"minister", false},
		{"killed", false},
		{"", false},
	}
	for _, c := range kinds {
		if got := s.IsKind(c.noun); got != c.want {
			t.Errorf("IsKind(%q) = %v, want %v", c.noun, got, c.want)
		}
	}
}

// TestCanonicalFromFile checks how kinds and synonyms are folded and which set a noun in two sets
// belongs to.
func TestCanonicalFromFile(t *testing.T) {
	s := mustCompile(t,
		"a.yaml", "kinds: [Hospital, \"Power  Plant\"]\nsynonyms:\n  - [Fire, Blaze]\n  - [blaze, flame]\n",
		"b.yaml", "kinds: [Barrage]\nsynonyms:\n  - [dam, barrage]\n  - [flame, flare]\n",
	)
	canonical := []struct{ noun, want string }{
		{"blaze", "fire"}, // the first set it is in
		{"fire", "fire"},
		{"flame", "blaze"},
		{"flare", "flame"},
		{"barrage", "dam"},
		{"Blaze", "Blaze"}, // nouns are looked up as given: callers fold
	}
	for _, c := range canonical {
		if got := s.Canonical(c.noun); got != c.want {
			t.Errorf("Canonical(%q) = %q, want %q", c.noun, got, c.want)
		}
	}
	kinds := []struct {
		noun string
		want bool
	}{
		{"hospital", true},
		{"power plant", true},
		{"barrage", true},
		{"Hospital", false},
		{"dam", false},
	}
	for _, c := range kinds {
		if got := s.IsKind(c.noun); got != c.want {
			t.Errorf("IsKind(%q) = %v, want %v", c.noun, got, c.want)
		}
	}
}

func TestCompileDuplicateMeasure(t *testing.T) {
	r := Rules{Measures: []Measure{
		{Name: "killed", Phrases: []string{"killed"}, Source: Source{"a.yaml", 2}},
		{Name: "killed", Phrases: []string{"dead"}, Source: Source{"b.yaml", 7}},
	}}
	_, err := Compile(r)
	var perr *Error
	if !errors.As(err, &perr) {
		t.Fatalf("Compile error = %v, want an *Error", err)
	}
	if want := `b.yaml:7: measure "killed" already defined at a.yaml:2`; err.Error() != want {
		t.Errorf("Compile error = %q, want %q", err, want)
	}
}

// TestSetTotal checks that the compiled set's functions return rather than panic on any
// arguments, including rules built in code rather than parsed.
func TestSetTotal(t *testing.T) {
	s := mustDefault(t)
	words := Words("the death toll")
	cases := []struct {
		name string
		call func()
		bug  string
	}{
		{"Match category 0", func() { s.Match(0, words, 0) }, ""},
		{"Match last category", func() { s.Match(CatAbove, words, 0) }, ""},
		{"Match category past the last", func() { s.Match(CatAbove+1, words, 0) }, ""},
		{"Match category 255", func() { s.Match(Category(255), words, 0) }, ""},
		{"Match nil words", func() { s.Match(CatMeasure, nil, 0) }, ""},
		{"zero Set", func() {
			var z Set
			z.Match(CatMeasure, words, 0)
			z.MatchParty([]string{"US"}, 0)
			z.PartyOf("US")
			z.SameGivenName("steve", "steven")
			z.Canonical("fire")
			z.IsKind("fire")
		}, ""},
		{"Compile empty synonym set", func() { _, _ = Compile(Rules{Synonyms: [][]string{{}}}) }, ""},
		{"Compile empty rules", func() { _, _ = Compile(Rules{}) }, ""},
		{"Compile empty words", func() {
			_, _ = Compile(Rules{Measures: []Measure{{Name: "x", Phrases: []string{"", " "}}},
				Parties: []Party{{Name: "P", Forms: []string{""}}}, Names: Names{Nicknames: [][]string{{}}}})
		}, ""},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			var problems []string
			func() {
				defer func() {
					if p := recover(); p != nil {
						problems = append(problems, fmt.Sprintf("panic: %v", p))
					}
				}()
				c.call()
			}()
			checkCase(t, c.bug, problems)
		})
	}
}
