package benchcorpus

import (
	"regexp"
	"strconv"
	"strings"
	"testing"
)

// worlds builds n stories as Generate does.
func worlds(t testing.TB, seed uint64, n int) ([]*story, *registry) {
	t.Helper()
	master := newRNG(seed, seed)
	reg := newRegistry()
	var out []*story
	for i := range n {
		s, err := newStory(i+1, kinds[i%len(kinds)], master.split(), reg)
		if err != nil {
			t.Fatal(err)
		}
		out = append(out, s)
	}
	return out, reg
}

func TestNamesAreFarApart(t *testing.T) {
	stories, _ := worlds(t, 1, 150)
	var names []string
	owner := map[string]int{}
	for _, s := range stories {
		for _, p := range s.people {
			names = append(names, strings.ToLower(p.surname))
			owner[strings.ToLower(p.surname)] = s.num
		}
		for _, k := range []string{"town", "region", "capital", "river", "country"} {
			names = append(names, strings.ToLower(s.str[k]))
		}
	}
	for i := range names {
		for j := i + 1; j < len(names); j++ {
			if d := editDistance(names[i], names[j]); d < 3 {
				t.Fatalf("%q and %q are %d edits apart", names[i], names[j], d)
			}
		}
	}
	if len(owner) < 700 {
		t.Errorf("only %d surnames in 150 stories", len(owner))
	}
}

func TestEditDistance(t *testing.T) {
	for _, c := range []struct {
		a, b string
		want int
	}{
		{"", "", 0}, {"kovacs", "kovacs", 0}, {"kovacs", "kovacz", 1}, {"kovacs", "kovac", 1},
		{"varga", "vagra", 2}, {"ilies", "", 5}, {"şerban", "serban", 1}, {"abc", "xyz", 3},
	} {
		if got := editDistance(c.a, c.b); got != c.want {
			t.Errorf("editDistance(%q, %q) = %d, want %d", c.a, c.b, got, c.want)
		}
	}
}

func TestSeries(t *testing.T) {
	stories, _ := worlds(t, 3, 70)
	for _, s := range stories {
		for key, v := range s.series {
			if len(v) != s.span+1 {
				t.Fatalf("story %d: %s has %d days, span %d", s.num, key, len(v), s.span)
			}
			for d := 1; d < len(v); d++ {
				falls := key == "missing" || key == "held"
				if v[d] < 0 || !falls && v[d] < v[d-1] || falls && v[d] > v[d-1] {
					t.Fatalf("story %d (%s): %s goes %d → %d on day %d", s.num, s.spec.name, key, v[d-1], v[d], d)
				}
			}
		}
		if aboard, ok := s.nums["aboard"]; ok {
			for d := range s.series["killed"] {
				if s.series["killed"][d]+s.series["rescued"][d]+s.series["missing"][d] != aboard {
					t.Fatalf("story %d: the dead, rescued and missing of day %d do not add up to %d", s.num, d, aboard)
				}
			}
		}
		if s.hasToll && s.series["killed"][0] < 8 {
			t.Errorf("story %d: first toll %d is too low to plant a lower one", s.num, s.series["killed"][0])
		}
	}
}

// TestPlantsShowInText renders each plant a story can carry and looks for the change.
func TestPlantsShowInText(t *testing.T) {
	stories, reg := worlds(t, 9, len(kinds))
	g := newRNG(5, 5)
	for _, s := range stories {
		day := s.span
		first, err := s.render(g.split(), 0, 0, plant{})
		if err != nil {
			t.Fatal(err)
		}
		for _, k := range s.requiredKeys() {
			if !strings.Contains(strings.ToLower(string(first)), strings.ToLower(s.keyText(k))) {
				t.Errorf("story %d (%s): the first article does not state %s (%q)", s.num, s.spec.name, k, s.keyText(k))
			}
		}
		kindsSeen := map[plantKind]bool{}
		for range 200 {
			pl := s.choosePlant(g, day, reg)
			if pl.kind == plantNone {
				t.Fatalf("story %d: no plant", s.num)
			}
			kindsSeen[pl.kind] = true
			data, err := s.render(g.split(), day, 5, pl)
			if err != nil {
				t.Fatal(err)
			}
			text := string(data)
			var want string
			switch pl.kind {
			case plantToll:
				if pl.value >= lowBound(s.series["killed"][0]) {
					t.Errorf("story %d: planted toll %d is not below the first day's %d", s.num, pl.value, s.series["killed"][0])
				}
				want = countText("killed", pl.value)
				if regexp.MustCompile(`(?i)(at least|more than) ` + want + `\b`).MatchString(text) {
					t.Errorf("story %d: planted toll qualified: %s", s.num, text)
				}
			case plantBuilt:
				want = strconv.Itoa(pl.value)
				if pl.value == s.nums["built"] {
					t.Errorf("story %d: planted year is the real one", s.num)
				}
			case plantDuration:
				want = spelled(pl.value)
				if pl.value == s.nums[pl.key] {
					t.Errorf("story %d: planted %s is the real one", s.num, pl.key)
				}
			case plantSurname:
				p := s.people[pl.person]
				want = p.given + " " + pl.surname
				if d := editDistance(p.surname, pl.surname); d != 1 {
					t.Errorf("story %d: %s misspelt as %s, %d edits", s.num, p.surname, pl.surname, d)
				}
				if strings.Contains(text, p.surname) {
					t.Errorf("story %d: the right spelling %s still appears", s.num, p.surname)
				}
			case plantDeputy:
				p := s.people[pl.person]
				want = "Deputy " + p.title + " " + p.given + " " + p.surname
			}
			if !strings.Contains(strings.ToLower(text), strings.ToLower(want)) {
				t.Fatalf("story %d (%s): plant %+v: %q not in\n%s", s.num, s.spec.name, pl, want, text)
			}
		}
		if s.hasToll && !kindsSeen[plantToll] || !kindsSeen[plantSurname] || !kindsSeen[plantBuilt] {
			t.Errorf("story %d (%s): plants seen %v", s.num, s.spec.name, kindsSeen)
		}
	}
}

// keyText is how a required key shows in an article: a person's full name with title.
func (s *story) keyText(k string) string {
	if idx, _, ok := personKey(k); ok {
		p := s.people[idx]
		full := p.given + " " + p.surname
		if p.title != "" {
			full = p.title + " " + full
		}
		return strings.ToUpper(full[:1]) + full[1:]
	}
	if k == "built" {
		return strconv.Itoa(s.nums[k])
	}
	if k == "killed" {
		return countText(k, s.series[k][0])
	}
	return spelled(s.nums[k])
}

func TestEveryTemplateResolves(t *testing.T) {
	stories, _ := worlds(t, 4, len(kinds))
	for _, s := range stories {
		a := s.newArticle(s.span, newRNG(1, 2))
		for _, list := range [][]fact{s.spec.headlines, s.spec.ledes, s.spec.facts} {
			for _, f := range list {
				for _, alt := range f.alts {
					for range 5 { // every [a|b] branch, most likely
						if out := a.fill(alt); strings.ContainsAny(out, "{}[]") {
							t.Errorf("%s: %q left %q", s.spec.name, alt, out)
						}
					}
				}
			}
		}
		for _, frame := range append(append(append([]string(nil), commonFiller...), disasterFiller...), s.spec.filler...) {
			if out := a.fill(frame); strings.ContainsAny(out, "{}[]0123456789") {
				t.Errorf("%s: filler %q gave %q", s.spec.name, frame, out)
			}
		}
		if a.err != nil {
			t.Errorf("%s: %v", s.spec.name, a.err)
		}
	}
}

func TestFill(t *testing.T) {
	stories, _ := worlds(t, 4, 1)
	s := stories[0]
	for _, c := range []struct {
		tpl, want string
	}{
		{"plain", "plain"},
		{"[a]", "a"},
		{"[[x]|[x]]", "x"},
		{"{town}", s.str["town"]},
		{"In {country}.", "In " + s.str["country"] + "."},
		{"{groups}", ""}, // a list: any word, checked below
	} {
		a := s.newArticle(0, newRNG(1, 1))
		got := a.fill(c.tpl)
		if c.want != "" && got != c.want {
			t.Errorf("fill(%q) = %q, want %q", c.tpl, got, c.want)
		}
		if a.err != nil {
			t.Errorf("fill(%q): %v", c.tpl, a.err)
		}
	}
	a := s.newArticle(0, newRNG(1, 1))
	if a.fill("{nosuchkey}"); a.err == nil {
		t.Error("an unknown key was not reported")
	}
	a = s.newArticle(0, newRNG(1, 1))
	if a.fill("[open"); a.err == nil {
		t.Error("an unbalanced bracket was not reported")
	}
	a = s.newArticle(0, newRNG(1, 1))
	first, again := a.fill("{p0,}"), a.fill("{p0}")
	p := s.people[0]
	if !strings.HasPrefix(first, p.title+" "+p.given+" "+p.surname) || again != p.surname {
		t.Errorf("first and second mention: %q, %q", first, again)
	}
}

func TestNumberFormats(t *testing.T) {
	for _, c := range []struct {
		n    int
		want string
	}{{0, "0"}, {999, "999"}, {1000, "1,000"}, {15237, "15,237"}, {1234567, "1,234,567"}, {-5, "-5"}} {
		if got := commas(c.n); got != c.want {
			t.Errorf("commas(%d) = %q, want %q", c.n, got, c.want)
		}
	}
	for _, n := range []int{1, 9, 19, 20, 87, 100, 1437, 2001, 20001, 54321} {
		b := below(n)
		if b >= n || b < 0 || lowBound(n) > n {
			t.Errorf("below(%d) = %d, lowBound %d", n, b, lowBound(n))
		}
	}
	for number, want := range map[string]string{"62": "a", "80": "an", "8": "an", "eight": "an",
		"11": "an", "18": "an", "110": "a", "11,000": "an", "30": "a", "three": "a"} {
		if got := indefinite(number); got != want {
			t.Errorf("indefinite(%q) = %q, want %q", number, got, want)
		}
	}
	g := newRNG(1, 1)
	for _, c := range []struct {
		m    money
		want []string
	}{
		{money{"$", 45_000_000}, []string{"$45 million", "$45m", "45 million dollars"}},
		{money{"€", 2_500_000}, []string{"€2.5 million", "€2.5m", "2.5 million euros"}},
		{money{"£", 250_000}, []string{"£250,000"}},
	} {
		for range 20 {
			if got := c.m.render(g); !contains(c.want, got) {
				t.Errorf("render(%v) = %q, want one of %q", c.m, got, c.want)
			}
		}
	}
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

func TestRNGBounds(t *testing.T) {
	g := newRNG(7, 7)
	counts := make([]int, 7)
	for range 7000 {
		v := g.intn(7)
		if v < 0 || v >= 7 {
			t.Fatalf("intn(7) = %d", v)
		}
		counts[v]++
	}
	for i, c := range counts {
		if c < 800 || c > 1200 {
			t.Errorf("value %d drawn %d times in 7000", i, c)
		}
	}
	if g.intn(0) != 0 || g.intn(-3) != 0 || g.between(5, 2) != 5 {
		t.Error("degenerate bounds")
	}
	p := g.perm(10)
	seen := map[int]bool{}
	for _, v := range p {
		seen[v] = true
	}
	if len(seen) != 10 {
		t.Errorf("perm(10) = %v", p)
	}
}

func TestAlternatives(t *testing.T) {
	for _, c := range []struct {
		s    string
		want []string
	}{
		{"a", []string{"a"}},
		{"a|b", []string{"a", "b"}},
		{"a|[b|c] d|", []string{"a", "[b|c] d", ""}},
	} {
		if n := countAlts(c.s); n != len(c.want) {
			t.Errorf("countAlts(%q) = %d", c.s, n)
		}
		for k, w := range c.want {
			if got := nthAlt(c.s, k); got != w {
				t.Errorf("nthAlt(%q, %d) = %q, want %q", c.s, k, got, w)
			}
		}
	}
	for _, c := range []struct {
		s    string
		want int
	}{{"", 0}, {"one", 1}, {" a  b\n\nc ", 3}, {"“Whole villages,” — said\u00a0X", 5}} {
		if got := wordCount(c.s); got != c.want {
			t.Errorf("wordCount(%q) = %d, want %d", c.s, got, c.want)
		}
	}
}
