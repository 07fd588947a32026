package claims_test

import (
	"fmt"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/crosscheck-news/crosscheck/internal/article"
	"github.com/crosscheck-news/crosscheck/internal/claims"
	"github.com/crosscheck-news/crosscheck/internal/normalize"
	"github.com/crosscheck-news/crosscheck/internal/pipeline"
	"github.com/crosscheck-news/crosscheck/internal/ruleset"
)

func defaultRules(t testing.TB) *ruleset.Set {
	t.Helper()
	rules, err := pipeline.LoadRules(nil, false)
	if err != nil {
		t.Fatal(err)
	}
	return rules
}

// extract reads one Markdown article dated 2026-07-12 (a Sunday) whose body is text.
func extract(t testing.TB, rules *ruleset.Set, text string) []claims.Claim {
	t.Helper()
	src := "---\ntitle: \"\"\npublished: 2026-07-12\n---\n" + text + "\n"
	a, err := article.Parse("a.md", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	return claims.NewExtractor(rules).Extract(a, normalize.Day{})
}

// brief is a claim as a test states it: kind, subject key, display value and mention text.
type brief struct {
	Kind    claims.Kind
	Subject string
	Display string
	Text    string
}

func briefs(cs []claims.Claim, kinds ...claims.Kind) []brief {
	out := []brief{}
	for _, c := range cs {
		if len(kinds) > 0 && !hasKind(kinds, c.Kind) {
			continue
		}
		out = append(out, brief{c.Kind, c.Subject, c.Display, c.Text})
	}
	return out
}

func hasKind(kinds []claims.Kind, k claims.Kind) bool {
	for _, x := range kinds {
		if x == k {
			return true
		}
	}
	return false
}

// TestExtractFigures checks the claims made by counts, durations, money, lengths and ages, and
// the figures that must not become claims.
func TestExtractFigures(t *testing.T) {
	rules := defaultRules(t)
	kinds := []claims.Kind{claims.KindCount, claims.KindDuration, claims.KindMoney, claims.KindLength, claims.KindAge, claims.KindPercent}
	cases := []struct {
		name string
		text string
		want []brief
	}{
		{"lower bound", "More than 51,000 people have been killed, officials said.",
			[]brief{{claims.KindCount, "count|killed|", "more than 51,000", "More than 51,000"}}},
		{"death toll before the number", "The death toll from the disaster rose to 41 on Sunday.",
			[]brief{{claims.KindCount, "count|killed|", "41", "41"}}},
		{"each figure keeps its verb", "At least 18 people died and 96 were rescued.",
			[]brief{{claims.KindCount, "count|killed|", "at least 18", "At least 18"}, {claims.KindCount, "count|rescued|", "96", "96"}}},
		{"group of people", "At least 12 children were killed.",
			[]brief{{claims.KindCount, "count|killed|children", "at least 12", "At least 12"}}},
		{"party group", "More than 50,000 Palestinians have died.",
			[]brief{{claims.KindCount, "count|killed|Palestine", "more than 50,000", "More than 50,000"}}},
		{"taken and held are different subjects", "Militants took 251 hostages. Some 58 hostages are still held.",
			[]brief{{claims.KindCount, "count|taken|", "251", "251"}, {claims.KindCount, "count|held|", "about 58", "Some 58"}}},
		{"a count of one day is scoped to it", "On Saturday, airstrikes killed 32 people.",
			[]brief{{claims.KindCount, "count|killed||on 2026-07-11", "32", "32"}}},
		{"a day that cannot be placed is dropped", "At least 81 people died on a single day of fighting.", []brief{}},
		{"part of another figure", "Of the 50 hostages, including 20 believed to be alive, most are men.", []brief{}},
		{"an increment", "Divers recovered 12 more bodies.", []brief{}},
		{"seats of a thing, and people on board", "The 220-seat aircraft was carrying 180 passengers.",
			[]brief{{claims.KindCount, "count|capacity|seat", "220", "220"}, {claims.KindCount, "count|aboard|passenger", "180", "180"}}},
		{"beds of a thing after it", "Every one of the 150 beds at the district hospital is taken.",
			[]brief{{claims.KindCount, "count|capacity|bed", "150", "150"}}},
		{"seats won are not seats a thing has", "The Democratic Forum won 87 seats in parliament.",
			[]brief{{claims.KindCount, "count|seats|", "87", "87"}}},
		{"a compound adjective is no count", "A 12-storey block collapsed.", []brief{}},
		{"an age range", "The four rescued men, aged between 24 and 51, were taken to hospital.",
			[]brief{{claims.KindCount, "count|rescued|", "4", "four"}}},
		{"turnout", "Turnout was confirmed at 61.3%.",
			[]brief{{claims.KindPercent, "percent|turnout", "61.3%", "61.3%"}}},
		{"turnout of another vote is left out", "Turnout reached 61 percent this time, well up from the 57 percent recorded at the last election.",
			[]brief{{claims.KindPercent, "percent|turnout", "61%", "61 percent"}}},
		{"duration of a named thing", "The president declared five days of national mourning.",
			[]brief{{claims.KindDuration, "duration|mourning", "5 days", "five days"}}},
		{"adjectival duration", "A 60-day ceasefire took effect.",
			[]brief{{claims.KindDuration, "duration|ceasefire", "60 days", "60-day"}}},
		{"a delay is not a duration", "The ferry left port two hours late.", []brief{}},
		{"crossing time in minutes", "The crossing usually lasts 180 minutes.",
			[]brief{{claims.KindDuration, "duration|crossing", "3 hours", "180 minutes"}}},
		{"an unattributed proposal is dropped", "Hamas accepted a framework calling for a 60-day ceasefire.", []brief{}},
		{"a proposal is its author's", "In April, Israel presented a proposal calling for a 45-day ceasefire.",
			[]brief{{claims.KindDuration, "duration|ceasefire", "45 days", "45-day"}}},
		{"money with scale", "The government announced $2 million in compensation.",
			[]brief{{claims.KindMoney, "money|compensation|USD", "about USD 2,000,000", "$2 million"}}},
		{"money per head", "The company will pay £40,000 to each bereaved family.",
			[]brief{{claims.KindMoney, "money|per family|GBP", "GBP 40,000", "£40,000"}}},
		{"length of a thing", "The 32-metre bridge collapsed.",
			[]brief{{claims.KindLength, "length|bridge", "about 32 m", "32-metre"}}},
		{"age of a thing", "The 28-year-old ferry sank.",
			[]brief{{claims.KindAge, "age|thing:ferry", "28 years", "28"}}},
		{"age of a person", "Commander Elena Varga, 47, said the search would go on.",
			[]brief{{claims.KindAge, "age|elena varga", "47", "47"}}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			got := briefs(extract(t, rules, tc.text), kinds...)
			for i := range got {
				// Only the start of the age-of-thing display is stable across unit wording.
				got[i].Text = strings.TrimSuffix(got[i].Text, "-year")
			}
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("%q (-want +got):\n%s", tc.text, diff)
			}
		})
	}
}

// TestExtractPeople checks names, titles and what is not a person.
func TestExtractPeople(t *testing.T) {
	rules := defaultRules(t)
	cases := []struct {
		name string
		text string
		want []brief
	}{
		{"title before the name", "Deputy Transport Minister Piet Lorens visited the port.",
			[]brief{{claims.KindTitle, "title|piet lorens", "Deputy Transport Minister", "Deputy Transport Minister Piet Lorens"}, {claims.KindName, "name|lorens", "Piet Lorens", "Piet Lorens"}}},
		{"title in apposition", "Steve Witkoff, the US Middle East envoy, met mediators.",
			[]brief{{claims.KindName, "name|witkoff", "Steve Witkoff", "Steve Witkoff"}, {claims.KindTitle, "title|steve witkoff", "US Middle East envoy", "Steve Witkoff, the US Middle East envoy"}}},
		{"a particle surname", "Khalil Al-Hayya, Hamas's Gaza chief, spoke.",
			[]brief{{claims.KindName, "name|hayya", "Khalil Al-Hayya", "Khalil Al-Hayya"}, {claims.KindTitle, "title|khalil al-hayya", "Hamas's Gaza chief", "Khalil Al-Hayya, Hamas's Gaza chief"}}},
		{"an organisation owned by a place is no person", "The leader of Valdoria's Democratic Forum spoke.", []brief{}},
		{"a capitalised phrase with no sign of a person", "The Careth Strait is busy.", []brief{}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			got := briefs(extract(t, rules, tc.text), claims.KindName, claims.KindTitle)
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("%q (-want +got):\n%s", tc.text, diff)
			}
		})
	}
}

// TestExtractDates checks event dates and weekdays.
func TestExtractDates(t *testing.T) {
	rules := defaultRules(t)
	cases := []struct {
		name string
		text string
		want []brief
	}{
		{"event with weekday", "The ferry sank on Friday, July 10, after leaving port.",
			[]brief{{claims.KindDate, "date|sank|ferry", "2026-07-10", "Friday, July 10"}, {claims.KindWeekday, "weekday|2026-07-10", "Friday", "Friday, July 10"}}},
		{"named thing", "Bralin County Hospital, built in 1974, partly collapsed.",
			[]brief{{claims.KindDate, "date|built|hospital", "1974", "1974"}}},
		{"relative clause between subject and verb", "The aircraft, which has 194 seats, crash-landed on Friday, July 10.",
			[]brief{{claims.KindDate, "date|crashed|plane", "2026-07-10", "Friday, July 10"}, {claims.KindWeekday, "weekday|2026-07-10", "Friday", "Friday, July 10"}}},
		{"a tenure is not an event", "She has led the coast guard since 2021.", []brief{}},
		{"a wrong weekday stands against its date", "The verdict came on Thursday, June 12, 2026.",
			[]brief{{claims.KindWeekday, "weekday|2026-06-12", "Thursday", "Thursday, June 12, 2026"}, {claims.KindWeekday, "weekday|2026-06-12", "Friday", "June 12, 2026"}}},
		{"an opening participle clause", "Built in 1974, the hospital had never been reinforced.",
			[]brief{{claims.KindDate, "date|built|hospital", "1974", "1974"}}},
		{"repeated events have no single date", "An airstrike hit the camp on Tuesday, July 7.",
			[]brief{{claims.KindWeekday, "weekday|2026-07-07", "Tuesday", "Tuesday, July 7"}}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			got := briefs(extract(t, rules, tc.text), claims.KindDate, claims.KindWeekday)
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("%q (-want +got):\n%s", tc.text, diff)
			}
		})
	}
}

// TestClaimPositions checks that every claim's text stands on its line at its column.
func TestClaimPositions(t *testing.T) {
	rules := defaultRules(t)
	src := "---\ntitle: \"Toll rises to 41\"\npublished: 2026-07-12\n---\nThe death toll rose to 41.\n\nCommander Elena Varga, 47, said the 60-day ceasefire\nwould hold. Dozens of people were injured.\n"
	a, err := article.Parse("a.md", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	cs := claims.NewExtractor(rules).Extract(a, normalize.Day{})
	if len(cs) < 4 {
		t.Fatalf("want at least 4 claims, got %d", len(cs))
	}
	lines := strings.Split(src, "\n")
	for _, c := range cs {
		line := []rune(lines[c.Line-1])
		col := c.Column - 1
		text := []rune(c.Text)
		if col+len(text) > len(line) || string(line[col:col+len(text)]) != c.Text {
			t.Errorf("%s claim %q at %d:%d does not stand there (line %q)", c.Kind, c.Text, c.Line, c.Column, lines[c.Line-1])
		}
	}
	if cs[0].Line != 2 {
		t.Errorf("the headline's claim is on line %d, want 2", cs[0].Line)
	}
}

// FuzzExtract feeds any text to the extractor: it must not panic, and every claim must point
// into the text.
func FuzzExtract(f *testing.F) {
	for _, s := range []string{
		"At least 18 people died and 96 were rescued.",
		"Steve Witkoff, the US Middle East envoy, said the 60-day ceasefire began on Tuesday, March 3.",
		"Officials said - 1,200,000 people (forty-five (45)) were injured: 9",
		"The Tarvel Dam, which opened in 1962, burst on Sunday, March 8, 2026; $45m in aid.",
		"Workers killed: 9\n- Injured: 31\n",
		"\x00\xff\xfe",
	} {
		f.Add(s)
	}
	rules := defaultRules(f)
	x := claims.NewExtractor(rules)
	f.Fuzz(func(t *testing.T, text string) {
		a, err := article.Parse("f.txt", []byte(text))
		if err != nil {
			return
		}
		lines := strings.Split(text, "\n")
		for _, c := range x.Extract(a, normalize.Day{Year: 2026, Month: 7, Day: 12}) {
			if c.Line < 1 || c.Line > len(lines) || c.Column < 1 {
				t.Fatalf("claim %q at %d:%d outside the text", c.Text, c.Line, c.Column)
			}
			if c.Value.Low > c.Value.High {
				t.Fatalf("claim %q has low %v > high %v", c.Text, c.Value.Low, c.Value.High)
			}
			if c.Subject == "" {
				t.Fatalf("claim %q has no subject", c.Text)
			}
		}
	})
}

func Example() {
	rules, _ := pipeline.LoadRules(nil, false)
	a, _ := article.Parse("a.txt", []byte("The death toll rose to 41 on Sunday."))
	for _, c := range claims.NewExtractor(rules).Extract(a, normalize.Day{}) {
		fmt.Println(c.Kind, c.Label, c.Display)
	}
	// Output: count people killed 41
}
