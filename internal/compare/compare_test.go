package compare_test

import (
	"fmt"
	"math"
	"math/rand"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/crosscheck-news/crosscheck/internal/claims"
	"github.com/crosscheck-news/crosscheck/internal/compare"
	"github.com/crosscheck-news/crosscheck/internal/normalize"
	"github.com/crosscheck-news/crosscheck/internal/pipeline"
	"github.com/crosscheck-news/crosscheck/internal/ruleset"
)

// loadRules compiles the default rule pack once for the whole package.
var loadRules = sync.OnceValues(func() (*ruleset.Set, error) { return pipeline.LoadRules(nil, false) })

func defaultRules(t testing.TB) *ruleset.Set {
	t.Helper()
	rules, err := loadRules()
	if err != nil {
		t.Fatalf("LoadRules: %v", err)
	}
	return rules
}

// option changes one field of a claim under construction.
type option func(*claims.Claim)

// figure builds a static count claim about people killed; options change the rest.
func figure(path string, line int, display string, v normalize.Interval, opts ...option) claims.Claim {
	c := claims.Claim{
		Path:    path,
		Line:    line,
		Column:  1,
		Text:    display,
		Quote:   "The toll stood at " + display + ".",
		Kind:    claims.KindCount,
		Subject: "count|killed",
		Label:   "people killed",
		Value:   v,
		Unit:    "people",
		Display: display,
		Change:  ruleset.Static,
	}
	for _, o := range opts {
		o(&c)
	}
	return c
}

func exact(v float64) normalize.Interval { return normalize.Exact(v) }

func above(v float64) normalize.Interval {
	return normalize.Interval{Low: v, High: math.Inf(1), LowOpen: true}
}

func on(y int, m time.Month, d int) option {
	return func(c *claims.Claim) {
		c.AsOf = normalize.Day{Year: y, Month: m, Day: d}
		c.Dated = true
	}
}

func changing(ch ruleset.Change) option { return func(c *claims.Claim) { c.Change = ch } }

// facets sets name/value pairs: facets("person", "smith").
func facets(kv ...string) option {
	return func(c *claims.Claim) {
		for i := 0; i+1 < len(kv); i += 2 {
			c.Facets = append(c.Facets, claims.Facet{Name: kv[i], Value: kv[i+1]})
		}
	}
}

func implied(c *claims.Claim) { c.Implied = true }

func revised(c *claims.Claim) { c.Revised = true }

func subject(key string) option { return func(c *claims.Claim) { c.Subject = key } }

func column(n int) option { return func(c *claims.Claim) { c.Column = n } }

// person describes a full name the way the extractor folds it.
func person(name string) *claims.Person {
	fields := strings.Fields(strings.ToLower(name))
	surname := fields[len(fields)-1]
	return &claims.Person{
		Name:    name,
		Key:     strings.Join(fields, " "),
		Given:   fields[:len(fields)-1],
		Surname: surname,
		Core:    surname,
	}
}

func ageOf(path string, line int, name string, years float64, opts ...option) claims.Claim {
	p := person(name)
	c := figure(path, line, normalize.Exact(years).String(), exact(years), opts...)
	c.Kind = claims.KindAge
	c.Subject = "age|" + p.Key
	c.Label = "age of " + p.Name
	c.Unit = "years"
	c.Person = p
	return c
}

// decadeAge is an age given by decade ("octogenarian") of the person with the folded key.
func decadeAge(path string, line int, key string, decade float64, opts ...option) claims.Claim {
	display := fmt.Sprintf("%v to %v", decade, decade+9)
	c := figure(path, line, display, normalize.Interval{Low: decade, High: decade + 10, HighOpen: true}, opts...)
	c.Kind = claims.KindAge
	c.Subject = "age|" + key
	c.Unit = "years"
	c.Person = &claims.Person{Name: key, Key: key, Core: key}
	return c
}

func weekday(path string, line int, date normalize.Day, wd time.Weekday, opts ...option) claims.Claim {
	c := figure(path, line, wd.String(), exact(float64(wd)), opts...)
	c.Kind = claims.KindWeekday
	c.Subject = "weekday|" + date.String()
	c.Label = "weekday of " + date.String()
	c.Unit = "weekday"
	c.Timeless = true
	return c
}

// title builds a title as the extractor reads it: folded words, the head noun from the rules.
func title(text, head string, formal bool) *claims.Title {
	words := strings.Fields(strings.ToLower(text))
	former := false
	for _, w := range words {
		if w == "former" {
			former = true
		}
	}
	return &claims.Title{Text: text, Words: words, Head: head, Former: former, Formal: formal}
}

// named returns the name claim of a person, with the title the mention gives, if any.
func named(path string, line int, p *claims.Person, t *claims.Title) claims.Claim {
	q := *p
	q.Title = t
	return claims.Claim{
		Path: path, Line: line, Column: 1, Text: p.Name, Quote: p.Name + " spoke.",
		Kind: claims.KindName, Subject: "name|" + p.Core, Label: "name of " + p.Name,
		Display: p.Name, Person: &q, Change: ruleset.Static,
	}
}

// titled returns the title claim of a person.
func titled(path string, line int, p *claims.Person, t *claims.Title) claims.Claim {
	q := *p
	q.Title = t
	return claims.Claim{
		Path: path, Line: line, Column: 1, Text: t.Text + " " + p.Name, Quote: t.Text + " " + p.Name + " spoke.",
		Kind: claims.KindTitle, Subject: "title|" + p.Key, Label: "title of " + p.Name,
		Display: t.Text, Person: &q, Change: ruleset.Static,
	}
}

func withKin(p *claims.Person) *claims.Person {
	q := *p
	q.Kin = true
	return &q
}

// openBug turns a failing check into a skip while the bug it names is open, and into a failure
// once the check passes, so that the note goes with the fix.
func openBug(t *testing.T, bug, diff string) {
	t.Helper()
	if diff == "" {
		t.Errorf("passes now; remove the open-bug note %q", bug)
		return
	}
	t.Skipf("open bug: %s\n%s", bug, diff)
}

// shown is what a finding shows: the display values of its two claims, in order.
func shown(fs []compare.Finding) [][2]string {
	out := [][2]string{}
	for _, f := range fs {
		out = append(out, [2]string{f.Claims[0].Display, f.Claims[1].Display})
	}
	return out
}

func TestCompareValues(t *testing.T) {
	rules := defaultRules(t)
	june12 := normalize.Day{Year: 2026, Month: time.June, Day: 12}
	tests := []struct {
		name   string
		claims []claims.Claim
		want   [][2]string
		bug    string // set while a known bug makes the case fail
	}{
		{
			name: "overlapping intervals agree",
			claims: []claims.Claim{
				figure("a.md", 3, "more than 50,000", above(50000)),
				figure("b.md", 4, "53,977", exact(53977)),
			},
			want: [][2]string{},
		},
		{
			name: "an open bound excludes its own end",
			claims: []claims.Claim{
				figure("a.md", 3, "more than 50,000", above(50000)),
				figure("b.md", 4, "50,000", exact(50000)),
			},
			want: [][2]string{{"more than 50,000", "50,000"}},
		},
		{
			name: "different static values disagree",
			claims: []claims.Claim{
				figure("a.md", 3, "1,200", exact(1200)),
				figure("b.md", 9, "1,300", exact(1300)),
			},
			want: [][2]string{{"1,200", "1,300"}},
		},
		{
			name: "equal static values agree",
			claims: []claims.Claim{
				figure("a.md", 3, "1,200", exact(1200), on(2025, 1, 1)),
				figure("b.md", 9, "1,200", exact(1200), on(2025, 3, 1)),
			},
			want: [][2]string{},
		},
		{
			name: "static values disagree across dates",
			claims: []claims.Claim{
				figure("a.md", 3, "1,200", exact(1200), on(2025, 1, 1)),
				figure("b.md", 9, "1,300", exact(1300), on(2025, 3, 1)),
			},
			want: [][2]string{{"1,200", "1,300"}},
		},
		{
			name: "one pair of values stated again later is one finding",
			claims: []claims.Claim{
				figure("a.md", 3, "1,200", exact(1200), on(2025, 1, 19)),
				figure("b.md", 3, "1,300", exact(1300), on(2025, 1, 20)),
				figure("c.md", 3, "1,200", exact(1200), on(2025, 1, 21)),
				figure("d.md", 3, "1,300", exact(1300), on(2025, 1, 22)),
			},
			want: [][2]string{{"1,200", "1,300"}},
		},
		{
			name: "a running total that rises agrees",
			claims: []claims.Claim{
				figure("a.md", 3, "12", exact(12), changing(ruleset.Cumulative), on(2025, 1, 19)),
				figure("b.md", 3, "15", exact(15), changing(ruleset.Cumulative), on(2025, 1, 20)),
			},
			want: [][2]string{},
		},
		{
			name: "a running total that falls disagrees",
			claims: []claims.Claim{
				figure("a.md", 3, "15", exact(15), changing(ruleset.Cumulative), on(2025, 1, 19)),
				figure("b.md", 3, "12", exact(12), changing(ruleset.Cumulative), on(2025, 1, 20)),
			},
			want: [][2]string{{"15", "12"}},
		},
		{
			name: "a running total that falls disagrees whatever the order of the files",
			claims: []claims.Claim{
				figure("a.md", 3, "12", exact(12), changing(ruleset.Cumulative), on(2025, 1, 20)),
				figure("b.md", 3, "15", exact(15), changing(ruleset.Cumulative), on(2025, 1, 19)),
			},
			want: [][2]string{{"12", "15"}},
		},
		{
			name: "a later open-ended total may stand for the same figure",
			claims: []claims.Claim{
				figure("a.md", 3, "15", exact(15), changing(ruleset.Cumulative), on(2025, 1, 19)),
				figure("b.md", 3, "more than 10", above(10), changing(ruleset.Cumulative), on(2025, 1, 20)),
			},
			want: [][2]string{},
		},
		{
			name: "two running totals on one day disagree",
			claims: []claims.Claim{
				figure("a.md", 3, "12", exact(12), changing(ruleset.Cumulative), on(2025, 1, 19)),
				figure("b.md", 7, "15", exact(15), changing(ruleset.Cumulative), on(2025, 1, 19)),
			},
			want: [][2]string{{"12", "15"}},
		},
		{
			name: "an undated running total could be from any day, so it is not compared with a dated one",
			claims: []claims.Claim{
				figure("a.md", 3, "12", exact(12), changing(ruleset.Cumulative)),
				figure("b.md", 7, "15", exact(15), changing(ruleset.Cumulative), on(2025, 1, 19)),
			},
			want: [][2]string{},
		},
		{
			name: "undated running totals are never compared",
			claims: []claims.Claim{
				figure("a.md", 3, "12", exact(12), changing(ruleset.Cumulative)),
				figure("b.md", 7, "15", exact(15), changing(ruleset.Cumulative)),
			},
			want: [][2]string{},
		},
		{
			name: "two figures in one article are two things the article sets side by side",
			claims: []claims.Claim{
				figure("a.md", 3, "18,991", exact(18991), changing(ruleset.Cumulative), on(2023, 2, 12)),
				figure("a.md", 9, "17,480", exact(17480), changing(ruleset.Cumulative), on(2023, 2, 12)),
			},
			want: [][2]string{},
		},
		{
			name: "a count in a place is not compared with one that names no place",
			claims: []claims.Claim{
				figure("a.md", 3, "115", exact(115), changing(ruleset.Cumulative), on(2024, 10, 11), facets("place", "north carolina")),
				figure("b.md", 3, "95", exact(95), changing(ruleset.Cumulative), on(2024, 10, 15)),
			},
			want: [][2]string{},
		},
		{
			name: "counts in two places are two populations",
			claims: []claims.Claim{
				figure("a.md", 3, "49", exact(49), changing(ruleset.Cumulative), on(2024, 10, 11), facets("place", "south carolina")),
				figure("b.md", 3, "33", exact(33), changing(ruleset.Cumulative), on(2024, 10, 11), facets("place", "georgia")),
			},
			want: [][2]string{},
		},
		{
			name: "a running total that falls in one place disagrees",
			claims: []claims.Claim{
				figure("a.md", 3, "115", exact(115), changing(ruleset.Cumulative), on(2024, 10, 11), facets("place", "north carolina")),
				figure("b.md", 3, "95", exact(95), changing(ruleset.Cumulative), on(2024, 10, 15), facets("place", "north carolina")),
			},
			want: [][2]string{{"115", "95"}},
		},
		{
			name: "a fall the later article explains as a revision is not a contradiction",
			claims: []claims.Claim{
				figure("a.md", 3, "72", exact(72), changing(ruleset.Cumulative), on(2024, 10, 3)),
				figure("b.md", 3, "42", exact(42), changing(ruleset.Cumulative), on(2024, 10, 8), revised),
			},
			want: [][2]string{},
		},
		{
			name: "varying figures of an undated article are never compared",
			claims: []claims.Claim{
				figure("a.md", 3, "40", exact(40), changing(ruleset.Varying)),
				figure("b.md", 3, "10", exact(10), changing(ruleset.Varying)),
			},
			want: [][2]string{},
		},
		{
			name: "one odd figure against three that agree is one finding",
			claims: []claims.Claim{
				figure("a.md", 3, "23", exact(23), changing(ruleset.Static)),
				figure("b.md", 3, "23", exact(23), changing(ruleset.Static)),
				figure("c.md", 3, "23", exact(23), changing(ruleset.Static)),
				figure("d.md", 3, "17", exact(17), changing(ruleset.Static)),
			},
			want: [][2]string{{"23", "17"}},
		},
		{
			name: "three values give at most two findings",
			claims: []claims.Claim{
				figure("a.md", 3, "10", exact(10), changing(ruleset.Static)),
				figure("b.md", 3, "20", exact(20), changing(ruleset.Static)),
				figure("c.md", 3, "30", exact(30), changing(ruleset.Static)),
			},
			want: [][2]string{{"10", "20"}, {"10", "30"}},
		},
		{
			name: "ages by decade that do not meet disagree",
			claims: []claims.Claim{
				decadeAge("a.md", 3, "father of sumeet sabharwal", 80, on(2025, 6, 15)),
				decadeAge("b.md", 3, "father of sumeet sabharwal", 90, on(2025, 6, 16)),
			},
			want: [][2]string{{"80 to 89", "90 to 99"}},
		},
		{
			name: "an age by decade agrees with an age inside it",
			claims: []claims.Claim{
				decadeAge("a.md", 3, "father of sumeet sabharwal", 80, on(2025, 6, 15)),
				ageOf("b.md", 3, "Father Of Sumeet Sabharwal", 84, on(2025, 6, 16)),
			},
			want: [][2]string{},
		},
		{
			name: "varying figures on different days never disagree",
			claims: []claims.Claim{
				figure("a.md", 3, "40", exact(40), changing(ruleset.Varying), on(2025, 1, 19)),
				figure("b.md", 3, "10", exact(10), changing(ruleset.Varying), on(2025, 1, 20)),
				figure("c.md", 3, "70", exact(70), changing(ruleset.Varying), on(2025, 1, 21)),
			},
			want: [][2]string{},
		},
		{
			name: "varying figures on one day disagree",
			claims: []claims.Claim{
				figure("a.md", 3, "40", exact(40), changing(ruleset.Varying), on(2025, 1, 19)),
				figure("b.md", 3, "10", exact(10), changing(ruleset.Varying), on(2025, 1, 19)),
			},
			want: [][2]string{{"40", "10"}},
		},
		{
			name: "claims about different subjects are not compared",
			claims: []claims.Claim{
				figure("a.md", 3, "40", exact(40)),
				figure("b.md", 3, "10", exact(10), subject("count|injured")),
			},
			want: [][2]string{},
		},

		// Facets.
		{
			name: "different facet values are different things",
			claims: []claims.Claim{
				figure("a.md", 3, "5 years", exact(5), facets("person", "ann lee")),
				figure("b.md", 3, "7 years", exact(7), facets("person", "bo chan")),
			},
			want: [][2]string{},
		},
		{
			name: "one facet value compares",
			claims: []claims.Claim{
				figure("a.md", 3, "5 years", exact(5), facets("person", "ann lee")),
				figure("b.md", 3, "7 years", exact(7), facets("person", "ann lee")),
			},
			want: [][2]string{{"5 years", "7 years"}},
		},
		{
			name: "a claim with no facet joins the only value present",
			claims: []claims.Claim{
				figure("a.md", 3, "5 years", exact(5), facets("party", "EU")),
				figure("b.md", 3, "7 years", exact(7)),
			},
			want: [][2]string{{"5 years", "7 years"}},
		},
		{
			name: "the person facet is strict: a sentence of someone unnamed is not a named person's",
			claims: []claims.Claim{
				figure("a.md", 3, "5 years", exact(5), facets("person", "ann lee")),
				figure("b.md", 3, "7 years", exact(7)),
			},
			want: [][2]string{},
		},
		{
			name: "a claim with no facet is left out when two values are present",
			claims: []claims.Claim{
				figure("a.md", 3, "5 years", exact(5), facets("person", "ann lee")),
				figure("b.md", 3, "5 years", exact(5), facets("person", "bo chan")),
				figure("c.md", 3, "7 years", exact(7)),
			},
			want: [][2]string{},
		},
		{
			name: "an unresolved facet value is never compared",
			claims: []claims.Claim{
				figure("a.md", 3, "5 years", exact(5), facets("person", "ann lee")),
				figure("b.md", 3, "7 years", exact(7), facets("person", claims.Unknown)),
				figure("c.md", 3, "9 years", exact(9), facets("person", claims.Unknown)),
			},
			want: [][2]string{},
		},
		{
			name: "an unresolved facet value does not hide a real disagreement",
			claims: []claims.Claim{
				figure("a.md", 3, "5 years", exact(5), facets("party", "EU")),
				figure("b.md", 3, "7 years", exact(7), facets("party", claims.Unknown)),
				figure("c.md", 3, "9 years", exact(9)),
			},
			want: [][2]string{{"5 years", "9 years"}},
		},
		{
			name: "the proposal facet is strict: a stated proposal is not the actual figure",
			claims: []claims.Claim{
				figure("a.md", 3, "42 days", exact(42), facets("proposal", "us")),
				figure("b.md", 3, "60 days", exact(60)),
			},
			want: [][2]string{},
		},
		{
			name: "claims of one proposal compare",
			claims: []claims.Claim{
				figure("a.md", 3, "42 days", exact(42), facets("proposal", "us")),
				figure("b.md", 3, "60 days", exact(60), facets("proposal", "us")),
				figure("c.md", 3, "90 days", exact(90), facets("proposal", "egypt")),
			},
			want: [][2]string{{"42 days", "60 days"}},
		},

		// Ages.
		{
			name: "two ages on one day disagree",
			claims: []claims.Claim{
				ageOf("a.md", 3, "Elena Varga", 47, on(2025, 1, 1)),
				ageOf("b.md", 3, "Elena Varga", 49, on(2025, 1, 1)),
			},
			want: [][2]string{{"47", "49"}},
		},
		{
			name: "an age may grow by one within a year",
			claims: []claims.Claim{
				ageOf("a.md", 3, "Elena Varga", 47, on(2025, 1, 1)),
				ageOf("b.md", 3, "Elena Varga", 48, on(2025, 9, 1)),
			},
			want: [][2]string{},
		},
		{
			name: "an age may not grow by three in eight months",
			claims: []claims.Claim{
				ageOf("a.md", 3, "Elena Varga", 47, on(2025, 1, 1)),
				ageOf("b.md", 3, "Elena Varga", 50, on(2025, 9, 1)),
			},
			want: [][2]string{{"47", "50"}},
		},
		{
			name: "an age may not fall",
			claims: []claims.Claim{
				ageOf("a.md", 3, "Elena Varga", 47, on(2025, 1, 1)),
				ageOf("b.md", 3, "Elena Varga", 46, on(2025, 9, 1)),
			},
			want: [][2]string{{"47", "46"}},
		},
		{
			name: "ages of different people are not compared",
			claims: []claims.Claim{
				ageOf("a.md", 3, "Elena Varga", 47, on(2025, 1, 1)),
				ageOf("b.md", 3, "Anna Varga", 19, on(2025, 1, 1)),
			},
			want: [][2]string{},
		},
		{
			name: "a nickname names the same person's age",
			claims: []claims.Claim{
				ageOf("a.md", 3, "Steve Penrose", 47, on(2025, 1, 1)),
				ageOf("b.md", 3, "Steven Penrose", 49, on(2025, 1, 1)),
			},
			want: [][2]string{{"47", "49"}},
		},

		// Weekdays.
		{
			name: "two weekdays for one date disagree and the stated one is shown",
			claims: []claims.Claim{
				weekday("a.md", 2, june12, time.Thursday),
				weekday("a.md", 2, june12, time.Friday, implied, column(11)),
				weekday("b.md", 5, june12, time.Friday, on(2026, 6, 20)),
			},
			want: [][2]string{{"Thursday", "Friday"}},
		},
		{
			name: "the implied weekday stands when no other is stated",
			claims: []claims.Claim{
				weekday("a.md", 2, june12, time.Thursday),
				weekday("a.md", 2, june12, time.Friday, implied, column(11)),
			},
			want: [][2]string{{"Thursday", "Friday"}},
		},
		{
			name: "one weekday in articles of different dates agrees",
			claims: []claims.Claim{
				weekday("a.md", 2, june12, time.Friday, on(2026, 6, 12)),
				weekday("b.md", 5, june12, time.Friday, on(2026, 6, 20)),
			},
			want: [][2]string{},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := compare.Compare(tc.claims, rules)
			diff := cmp.Diff(tc.want, shown(got))
			if tc.bug != "" {
				openBug(t, tc.bug, diff)
				return
			}
			if diff != "" {
				t.Errorf("findings (-want +got):\n%s", diff)
			}
		})
	}
}

// TestCompareShowsStatedWeekday checks which claim stands for a weekday that is both implied and
// stated: the finding must point at the text that states it.
func TestCompareShowsStatedWeekday(t *testing.T) {
	rules := defaultRules(t)
	june12 := normalize.Day{Year: 2026, Month: time.June, Day: 12}
	cs := []claims.Claim{
		weekday("a.md", 2, june12, time.Thursday),
		weekday("a.md", 2, june12, time.Friday, implied, column(11)),
		weekday("b.md", 5, june12, time.Friday),
	}
	got := compare.Compare(cs, rules)
	if len(got) != 1 {
		t.Fatalf("got %d findings, want 1: %+v", len(got), got)
	}
	f := got[0]
	if f.Kind != claims.KindWeekday {
		t.Errorf("kind = %q, want %q", f.Kind, claims.KindWeekday)
	}
	for _, c := range f.Claims {
		if c.Implied {
			t.Errorf("finding shows the implied claim %s:%d:%d %q", c.Path, c.Line, c.Column, c.Display)
		}
	}
	if f.Claims[1].Path != "b.md" || f.Claims[1].Display != "Friday" {
		t.Errorf("second claim = %s %q, want b.md \"Friday\"", f.Claims[1].Path, f.Claims[1].Display)
	}
}

func TestComparePeople(t *testing.T) {
	rules := defaultRules(t)
	varga, vargas := person("Elena Varga"), person("Elena Vargas")
	dale, dan := person("Dale Whitcombe"), person("Dan Whitcombe")
	steve, steven := person("Steve Whitcombe"), person("Steven Whitcombe")
	chief := title("Chief", "chief", true)
	mr := title("Mr", "mr", true)
	okafor := person("Grace Okafor")
	transport := title("Transport Minister", "minister", true)
	deputy := title("Deputy Transport Minister", "minister", true)
	minister := title("Minister", "minister", true)
	interior := title("Interior Minister", "minister", true)
	defence := title("Defence Minister", "minister", true)
	formerInterior := title("former Interior Minister", "minister", true)
	looseTransport := title("Transport Minister", "minister", false)
	looseMinister := title("minister", "minister", false)

	tests := []struct {
		name   string
		claims []claims.Claim
		want   [][2]string
		kind   claims.Kind
	}{
		{
			name: "a surname one edit apart is one person spelled two ways",
			claims: []claims.Claim{
				named("a.md", 3, varga, nil),
				named("b.md", 4, vargas, nil),
			},
			want: [][2]string{{"Elena Varga", "Elena Vargas"}},
			kind: claims.KindName,
		},
		{
			name: "a first name one letter apart under the same middle name and surname is one person",
			claims: []claims.Claim{
				named("a.md", 3, person("Vishwas Kumar Ramesh"), nil),
				named("b.md", 4, person("Vishwash Kumar Ramesh"), nil),
			},
			want: [][2]string{{"Vishwas Kumar Ramesh", "Vishwash Kumar Ramesh"}},
			kind: claims.KindName,
		},
		{
			name: "brothers with one middle name and surname are two people",
			claims: []claims.Claim{
				named("a.md", 3, person("Vishwas Kumar Ramesh"), nil),
				named("b.md", 4, person("Ajay Kumar Ramesh"), nil),
			},
			want: [][2]string{},
			kind: claims.KindName,
		},
		{
			name: "given names with and without a space under close surnames are one person",
			claims: []claims.Claim{
				named("a.md", 3, person("Kamilcan Agdas"), nil),
				named("b.md", 4, person("Kamil Can Agas"), nil),
			},
			want: [][2]string{{"Kamilcan Agdas", "Kamil Can Agas"}},
			kind: claims.KindName,
		},
		{
			name: "surnames one edit apart with different first names are different people",
			claims: []claims.Claim{
				named("a.md", 3, varga, nil),
				named("b.md", 4, person("Anna Vargas"), nil),
			},
			want: [][2]string{},
		},
		{
			name: "one surname and role with two first names",
			claims: []claims.Claim{
				named("a.md", 3, dale, chief),
				titled("a.md", 3, dale, chief),
				named("b.md", 4, dan, chief),
				titled("b.md", 4, dan, chief),
			},
			want: [][2]string{{"Dale Whitcombe", "Dan Whitcombe"}},
			kind: claims.KindName,
		},
		{
			name: "one surname and role, but one is spoken of as family",
			claims: []claims.Claim{
				named("a.md", 3, dale, chief),
				titled("a.md", 3, dale, chief),
				named("b.md", 4, withKin(dan), chief),
				titled("b.md", 4, withKin(dan), chief),
			},
			want: [][2]string{},
		},
		{
			name: "one surname with no shared role",
			claims: []claims.Claim{
				named("a.md", 3, dale, chief),
				titled("a.md", 3, dale, chief),
				named("b.md", 4, dan, nil),
			},
			want: [][2]string{},
		},
		{
			name: "one surname sharing only an honorific",
			claims: []claims.Claim{
				named("a.md", 3, dale, mr),
				titled("a.md", 3, dale, mr),
				named("b.md", 4, dan, mr),
				titled("b.md", 4, dan, mr),
			},
			want: [][2]string{},
		},
		{
			name: "a nickname is the same first name",
			claims: []claims.Claim{
				named("a.md", 3, steve, chief),
				titled("a.md", 3, steve, chief),
				named("b.md", 4, steven, chief),
				titled("b.md", 4, steven, chief),
			},
			want: [][2]string{},
		},
		{
			name: "a minister is not the deputy minister",
			claims: []claims.Claim{
				titled("a.md", 3, okafor, transport),
				titled("b.md", 4, okafor, deputy),
			},
			want: [][2]string{{"Transport Minister", "Deputy Transport Minister"}},
			kind: claims.KindTitle,
		},
		{
			name: "no rank word is read only from a formal title",
			claims: []claims.Claim{
				titled("a.md", 3, okafor, looseTransport),
				titled("b.md", 4, okafor, deputy),
			},
			want: [][2]string{},
		},
		{
			name: "a bare head agrees with a fuller title",
			claims: []claims.Claim{
				titled("a.md", 3, okafor, minister),
				titled("b.md", 4, okafor, transport),
			},
			want: [][2]string{},
		},
		{
			name: "a lower-case head agrees with a fuller title",
			claims: []claims.Claim{
				titled("a.md", 3, okafor, looseMinister),
				titled("b.md", 4, okafor, transport),
			},
			want: [][2]string{},
		},
		{
			name: "two ministries exclude each other",
			claims: []claims.Claim{
				titled("a.md", 3, okafor, interior),
				titled("b.md", 4, okafor, defence),
			},
			want: [][2]string{{"Interior Minister", "Defence Minister"}},
			kind: claims.KindTitle,
		},
		{
			name: "a former office is no contradiction",
			claims: []claims.Claim{
				titled("a.md", 3, okafor, formerInterior),
				titled("b.md", 4, okafor, defence),
			},
			want: [][2]string{},
		},
		{
			name: "titles of different people are not compared",
			claims: []claims.Claim{
				titled("a.md", 3, okafor, interior),
				titled("b.md", 4, person("Ruth Adeyemi"), defence),
			},
			want: [][2]string{},
		},
		{
			name: "one pair of titles written many times is one finding",
			claims: []claims.Claim{
				titled("a.md", 3, okafor, interior),
				titled("a.md", 9, okafor, interior),
				titled("b.md", 4, okafor, defence),
				titled("c.md", 4, okafor, defence),
			},
			want: [][2]string{{"Interior Minister", "Defence Minister"}},
			kind: claims.KindTitle,
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := compare.Compare(tc.claims, rules)
			if diff := cmp.Diff(tc.want, shown(got)); diff != "" {
				t.Fatalf("findings (-want +got):\n%s", diff)
			}
			for _, f := range got {
				if f.Kind != tc.kind {
					t.Errorf("kind = %q, want %q", f.Kind, tc.kind)
				}
				if f.Message == "" || f.Fingerprint == "" || !f.New {
					t.Errorf("incomplete finding: %+v", f)
				}
			}
		})
	}
}

// story is a mixed set of claims that yields findings of several kinds.
func story() []claims.Claim {
	okafor := person("Grace Okafor")
	june12 := normalize.Day{Year: 2026, Month: time.June, Day: 12}
	return []claims.Claim{
		figure("a.md", 3, "12", exact(12), changing(ruleset.Cumulative), on(2025, 1, 19)),
		figure("a.md", 8, "1,200", exact(1200), subject("count|capacity")),
		figure("b.md", 3, "9", exact(9), changing(ruleset.Cumulative), on(2025, 1, 20)),
		figure("b.md", 6, "1,300", exact(1300), subject("count|capacity")),
		figure("c.md", 2, "more than 10", above(10), changing(ruleset.Cumulative), on(2025, 1, 20)),
		figure("c.md", 5, "5 years", exact(5), subject("duration|sentence"), facets("person", "ann lee")),
		figure("c.md", 6, "7 years", exact(7), subject("duration|sentence")),
		figure("c.md", 7, "40", exact(40), subject("count|missing"), changing(ruleset.Varying), on(2025, 1, 20)),
		figure("d.md", 7, "10", exact(10), subject("count|missing"), changing(ruleset.Varying), on(2025, 1, 20)),
		ageOf("a.md", 5, "Elena Varga", 47, on(2025, 1, 19)),
		ageOf("d.md", 5, "Elena Varga", 49, on(2025, 1, 19)),
		weekday("a.md", 2, june12, time.Thursday),
		weekday("b.md", 2, june12, time.Friday),
		named("a.md", 4, person("Elena Varga"), nil),
		named("b.md", 4, person("Elena Vargas"), nil),
		titled("a.md", 6, okafor, title("Interior Minister", "minister", true)),
		titled("b.md", 9, okafor, title("Defence Minister", "minister", true)),
		titled("c.md", 9, okafor, title("Minister", "minister", true)),
	}
}

func TestCompareStory(t *testing.T) {
	got := compare.Compare(story(), defaultRules(t))
	kinds := map[claims.Kind]int{}
	for _, f := range got {
		kinds[f.Kind]++
	}
	want := map[claims.Kind]int{
		// One odd total, 9, against 12 the day before and more than 10 the same day (one
		// finding, not two); two capacities; two figures missing on one day. The unnamed
		// 7-year sentence is not Ann Lee's.
		claims.KindCount:   3,
		claims.KindAge:     1,
		claims.KindWeekday: 1,
		claims.KindName:    1,
		claims.KindTitle:   1,
	}
	if diff := cmp.Diff(want, kinds); diff != "" {
		t.Errorf("findings by kind (-want +got):\n%s\nfindings: %v", diff, shown(got))
	}
}

func TestCompareIsDeterministic(t *testing.T) {
	rules := defaultRules(t)
	okafor := person("Grace Okafor")
	interior := title("Interior Minister", "minister", true)
	defence := title("Defence Minister", "minister", true)
	var values []claims.Claim
	for _, c := range story() {
		if c.Kind != claims.KindName && c.Kind != claims.KindTitle {
			values = append(values, c)
		}
	}
	inputs := map[string]struct {
		claims []claims.Claim
		bug    string
	}{
		"figures, ages and weekdays": {claims: values},
		// Figures stated again in later articles: the same pair of values must be shown by the
		// same claims whatever the input order.
		"repeated figures": {claims: []claims.Claim{
			figure("a.md", 3, "1,200", exact(1200), on(2025, 1, 19)),
			figure("b.md", 3, "1,300", exact(1300), on(2025, 1, 20)),
			figure("c.md", 3, "1,200", exact(1200), on(2025, 1, 21)),
			figure("d.md", 3, "1,300", exact(1300), on(2025, 1, 22)),
		}},
		"story": {claims: story()},
		"repeated titles": {claims: []claims.Claim{
			titled("a.md", 6, okafor, interior),
			titled("b.md", 9, okafor, defence),
			titled("c.md", 2, okafor, interior),
			titled("d.md", 4, okafor, defence),
		}},
		"repeated names": {claims: []claims.Claim{
			named("a.md", 4, person("Elena Varga"), nil),
			named("b.md", 4, person("Elena Vargas"), nil),
			named("c.md", 1, person("Elena Varga"), nil),
			named("d.md", 8, person("Elena Vargas"), nil),
		}},
	}
	for name, in := range inputs {
		t.Run(name, func(t *testing.T) {
			want := compare.Compare(append([]claims.Claim(nil), in.claims...), rules)
			if len(want) == 0 {
				t.Fatal("no findings to compare")
			}
			rng := rand.New(rand.NewSource(1))
			diff := ""
			for i := 0; i < 50 && diff == ""; i++ {
				shuffled := append([]claims.Claim(nil), in.claims...)
				rng.Shuffle(len(shuffled), func(a, b int) { shuffled[a], shuffled[b] = shuffled[b], shuffled[a] })
				if d := cmp.Diff(want, compare.Compare(shuffled, rules)); d != "" {
					diff = fmt.Sprintf("shuffle %d changed the findings (-in order +shuffled):\n%s", i, d)
				}
			}
			if in.bug != "" {
				openBug(t, in.bug, diff)
				return
			}
			if diff != "" {
				t.Fatal(diff)
			}
		})
	}
}

// TestCompareDoesNotChangeInput checks that the caller's slice keeps its order and values.
func TestCompareDoesNotChangeInput(t *testing.T) {
	in := story()
	before := append([]claims.Claim(nil), in...)
	compare.Compare(in, defaultRules(t))
	if diff := cmp.Diff(before, in); diff != "" {
		t.Errorf("Compare changed its input (-before +after):\n%s", diff)
	}
}

func TestFingerprint(t *testing.T) {
	rules := defaultRules(t)
	fingerprint := func(cs []claims.Claim) string {
		t.Helper()
		fs := compare.Compare(cs, rules)
		if len(fs) != 1 {
			t.Fatalf("got %d findings, want 1", len(fs))
		}
		return fs[0].Fingerprint
	}
	pair := func(lineA, colA, lineB, colB int, displayB string) []claims.Claim {
		a := figure("a.md", lineA, "1,200", exact(1200))
		a.Column = colA
		b := figure("b.md", lineB, displayB, exact(1300))
		b.Column = colB
		b.Quote = "The toll stood at 1,300."
		return []claims.Claim{a, b}
	}
	base := fingerprint(pair(3, 1, 9, 1, "1,300"))
	if moved := fingerprint(pair(30, 7, 2, 14, "1,300")); moved != base {
		t.Errorf("moving the claims changed the fingerprint: %s, then %s", base, moved)
	}
	if swapped := fingerprint([]claims.Claim{pair(3, 1, 9, 1, "1,300")[1], pair(3, 1, 9, 1, "1,300")[0]}); swapped != base {
		t.Errorf("the order of the input changed the fingerprint: %s, then %s", base, swapped)
	}
	if changed := fingerprint(pair(3, 1, 9, 1, "1,301")); changed == base {
		t.Errorf("a changed value kept the fingerprint %s", base)
	}

	// Names and titles have their own fingerprints, with the same rules.
	names := func(lineA, lineB int, b string) string {
		return fingerprint([]claims.Claim{named("a.md", lineA, person("Elena Varga"), nil), named("b.md", lineB, person(b), nil)})
	}
	if names(3, 4, "Elena Vargas") != names(40, 1, "Elena Vargas") {
		t.Error("moving name claims changed the fingerprint")
	}
	if names(3, 4, "Elena Vargas") == names(3, 4, "Elena Vargo") {
		t.Error("a changed name kept the fingerprint")
	}
}

// TestCompareNoFindings covers inputs too small or too empty to disagree.
func TestCompareNoFindings(t *testing.T) {
	rules := defaultRules(t)
	for name, cs := range map[string][]claims.Claim{
		"nil":       nil,
		"one claim": {figure("a.md", 1, "3", exact(3))},
		"name without a person": {
			{Kind: claims.KindName, Display: "A"},
			{Kind: claims.KindTitle, Display: "B"},
		},
		"age without a key": {
			{Kind: claims.KindAge, Person: &claims.Person{Core: "x"}, Value: exact(3)},
			{Kind: claims.KindAge, Person: &claims.Person{Core: "x"}, Value: exact(4)},
		},
	} {
		if got := compare.Compare(cs, rules); len(got) != 0 {
			t.Errorf("%s: got %d findings, want none: %v", name, len(got), shown(got))
		}
	}
}
