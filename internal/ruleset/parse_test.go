package ruleset

import (
	"errors"
	"fmt"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
)

func TestErrorString(t *testing.T) {
	cases := []struct {
		err  Error
		want string
	}{
		{Error{Path: "rules/a.yaml", Line: 3, Msg: "empty word"}, "rules/a.yaml:3: empty word"},
		{Error{Path: "rules", Msg: "no rule files (*.yaml) in folder"}, "rules: no rule files (*.yaml) in folder"},
		{Error{Path: "x.yaml", Line: -1, Msg: "m"}, "x.yaml: m"},
	}
	for _, c := range cases {
		if got := c.err.Error(); got != c.want {
			t.Errorf("%#v.Error() = %q, want %q", c.err, got, c.want)
		}
	}
}

func TestParseErrors(t *testing.T) {
	const path = "user/extra.yaml"
	cases := []struct {
		name string
		data string
		line int
		// msg holds fragments the message after "path:line: " must contain.
		msg []string
		bug string
	}{
		{
			name: "yaml syntax: mapping value inside a value",
			data: "kinds: [hospital]\nmeasures:\n  - name: killed: dead\n    phrases: [killed]\n",
			line: 3,
			msg:  []string{"yaml: mapping values are not allowed in this context"},
		},
		{
			name: "yaml syntax: key without colon",
			data: "kinds: [hospital]\nmarkers\n",
			line: 2,
			msg:  []string{"yaml: could not find expected ':'"},
		},
		{
			name: "yaml syntax: unbalanced brackets",
			data: "kinds: [hospital]\nmeasures:\n  - name: killed\n    phrases: [killed, dead}\n",
			line: 4,
			msg:  []string{"yaml: did not find expected ',' or ']'"},
		},
		{
			name: "yaml syntax: control character",
			data: "kinds: [hospital]\nmeasures:\n  - name: kil\x01led\n    phrases: [killed]\n",
			line: 3,
			msg:  []string{"control characters are not allowed"},
		},
		{
			name: "yaml syntax: unknown anchor",
			data: "kinds: [hospital]\nsynonyms:\n  - [fire, *blaze]\n",
			line: 3,
			msg:  []string{"unknown anchor 'blaze' referenced"},
		},
		{
			name: "top level is a list",
			data: "- killed\n- dead\n",
			line: 1,
			msg:  []string{"a rule file is a mapping of sections", "not a list"},
		},
		{
			name: "top level is a scalar",
			data: "\n\njust some words\n",
			line: 3,
			msg:  []string{"a rule file is a mapping of sections", `not "just some words"`},
		},
		{
			name: "unknown top-level key",
			data: "kinds: [hospital]\nmeasure:\n  - name: killed\n    phrases: [killed]\n",
			line: 2,
			msg: []string{`unknown key "measure" (want one of dimensions, durations, events, ` +
				`generic_groups, kinds, markers, measures, money, names, parties, percentages, synonyms, titles)`},
		},
		{
			name: "a decade that is not a whole number of years ending in 0",
			data: "names:\n  decades:\n    eighty: [octogenarian]\n",
			line: 3,
			msg:  []string{`a decade is a whole number of years ending in 0, not "eighty"`},
		},
		{
			name: "decades as a list",
			data: "names:\n  decades: [octogenarian]\n",
			line: 2,
			msg:  []string{"want a mapping of a decade's first age to its words"},
		},
		{
			name: "unknown key in a measure",
			data: "measures:\n  - name: killed\n    phrase: [killed]\n",
			line: 3,
			msg:  []string{`unknown key "phrase" (want one of by_entity, change, label, name, phrases)`},
		},
		{
			name: "unknown key in an exclusive set",
			data: "titles:\n  exclusive:\n    - heads: [minister]\n      word: [defence, finance]\n",
			line: 4,
			msg:  []string{`unknown key "word" (want one of heads, words)`},
		},
		{
			name: "missing phrases",
			data: "measures:\n  - name: killed\n    label: people killed\n",
			line: 2,
			msg:  []string{`missing key "phrases"`},
		},
		{
			name: "missing name in the second measure",
			data: "measures:\n  - name: killed\n    phrases: [killed]\n  - phrases: [dead]\n",
			line: 4,
			msg:  []string{`missing key "name"`},
		},
		{
			name: "missing party forms",
			data: "parties:\n  - name: US\n",
			line: 2,
			msg:  []string{`missing key "forms"`},
		},
		{
			name: "mapping where a list of words is wanted",
			data: "measures:\n  - name: killed\n    phrases: {killed: true}\n",
			line: 3,
			msg:  []string{"want a list of words, not a mapping"},
		},
		{
			name: "mapping where a list of measures is wanted",
			data: "kinds: [dam]\nmeasures:\n  name: killed\n  phrases: [killed]\n",
			line: 3,
			msg:  []string{"want a list, not a mapping"},
		},
		{
			name: "word where a measure is wanted",
			data: "measures: [killed]\n",
			line: 1,
			msg:  []string{"want a mapping with keys by_entity, change, label, name, phrases, not \"killed\""},
		},
		{
			name: "list where a section mapping is wanted",
			data: "titles: [minister]\n",
			line: 1,
			msg:  []string{"want a mapping with keys exclusive, former, heads, honorifics, modifiers, not_holders, not a list"},
		},
		{
			name: "list where a name is wanted",
			data: "measures:\n  - name: [killed]\n    phrases: [killed]\n",
			line: 2,
			msg:  []string{"want a string, not a list"},
		},
		{
			name: "null where a list is wanted",
			data: "measures:\n  - name: killed\n    phrases:\n",
			line: 3,
			msg:  []string{"want a list of words, not an empty value"},
		},
		{
			name: "list inside a list of words",
			data: "kinds: [hospital,\n  [dam]]\n",
			line: 2,
			msg:  []string{"want a word or phrase, not a list"},
		},
		{
			name: "alias where a list is wanted",
			data: "kinds: &k [dam]\ngeneric_groups: *k\n",
			line: 2,
			msg:  []string{"want a list of words, not an alias"},
		},
		{
			name: "empty word",
			data: "measures:\n  - name: killed\n    phrases: [killed, \"\", dead]\n",
			line: 3,
			msg:  []string{"empty word"},
		},
		{
			name: "blank word",
			data: "generic_groups:\n  - people\n  - \"  \t \"\n",
			line: 3,
			msg:  []string{"empty word"},
		},
		{
			name: "empty name",
			data: "measures:\n  - name: \"  \"\n    phrases: [killed]\n",
			line: 2,
			msg:  []string{"empty value"},
		},
		{
			name: "phrase over 200 bytes",
			data: "kinds: [dam]\ngeneric_groups: [" + strings.Repeat("a", 201) + "]\n",
			line: 2,
			msg:  []string{"phrase longer than 200 bytes"},
		},
		{
			name: "invalid change",
			data: "measures:\n  - name: killed\n    change: rising\n    phrases: [killed]\n",
			line: 2, // the measure's line: the message names the measure
			msg:  []string{`measure "killed": change must be cumulative, static or varying, not "rising"`},
		},
		{
			name: "by_entity maybe",
			data: "measures:\n  - name: seats\n    phrases: [seats]\n    by_entity: maybe\n",
			line: 4,
			msg:  []string{`want true or false, not "maybe"`},
		},
		{
			name: "per_person a list",
			data: "money:\n  - name: fine\n    words: [fine]\n    per_person: [true]\n",
			line: 4,
			msg:  []string{"want true or false, not a list"},
		},
		{
			name: "key given twice",
			data: "measures:\n  - name: killed\n    phrases: [killed]\n    phrases: [dead]\n",
			line: 4,
			msg:  []string{`key "phrases" given twice`},
		},
		{
			name: "section given twice",
			data: "kinds: [dam]\nkinds: [bridge]\n",
			line: 2,
			msg:  []string{`key "kinds" given twice`},
		},
		{
			name: "nickname set with one name",
			data: "names:\n  nicknames:\n    - [steve, steven]\n    - [bob]\n",
			line: 4,
			msg:  []string{"a nickname set needs at least two names"},
		},
		{
			name: "synonym set with one word",
			data: "synonyms:\n  - [fire, blaze]\n  - [dam]\n",
			line: 3,
			msg:  []string{"a synonym set needs at least two words"},
		},
		{
			name: "exclusive set with one word",
			data: "titles:\n  exclusive:\n    - heads: [minister]\n      words: [defence]\n",
			line: 3,
			msg:  []string{"an exclusive set needs at least two words"},
		},
		{
			name: "invalid UTF-8 on line 3",
			data: "kinds: [hospital]\nmeasures:\n  - name: k\xffilled\n    phrases: [killed]\n",
			line: 3,
			msg:  []string{"invalid UTF-8"},
		},
		{
			name: "invalid UTF-8 truncated sequence at the end",
			data: "kinds: [hospital]\n\n\xe2\x82",
			line: 3,
			msg:  []string{"invalid UTF-8"},
		},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			var r Rules
			err := r.Parse(path, []byte(c.data))
			var problems []string
			var perr *Error
			switch {
			case err == nil:
				problems = append(problems, "Parse returned no error")
			case !errors.As(err, &perr):
				problems = append(problems, fmt.Sprintf("error %T %q is not an *Error", err, err))
			default:
				prefix := fmt.Sprintf("%s:%d: ", path, c.line)
				if !strings.HasPrefix(err.Error(), prefix) {
					problems = append(problems, fmt.Sprintf("error %q does not start with %q", err, prefix))
				}
				if perr.Path != path || perr.Line != c.line {
					problems = append(problems, fmt.Sprintf("error at %s:%d, want %s:%d", perr.Path, perr.Line, path, c.line))
				}
				for _, m := range c.msg {
					if !strings.Contains(perr.Msg, m) {
						problems = append(problems, fmt.Sprintf("message %q lacks %q", perr.Msg, m))
					}
				}
			}
			checkCase(t, c.bug, problems)
		})
	}
}

// TestParseValues checks what each section turns into: words lower-cased with runs of space
// folded, party forms keeping their case, the default change, and sources naming the line of
// each entry.
func TestParseValues(t *testing.T) {
	const data = `# A pack touching every section.
measures:
  - name: killed
    label: people killed
    change: cumulative
    phrases: [Killed, "Death   Toll", "  lost their lives "]
  - name: seats
    by_entity: true
    phrases: [seats]
generic_groups: [People, victims]
kinds: [Hospital, dam]
synonyms:
  - [Fire, wildfire]
durations:
  - name: sentence
    label: sentence
    per_person: true
    words: [sentence, "prison  term"]
money:
  - name: aid
    words: [aid]
dimensions:
  - name: height
    words: [high, tall]
events:
  - name: sank
    label: sinking
    verbs: [sank, "went down"]
  - name: ruled
    verbs: [ruled]
    background: true
    subjects: [Court, jury]
titles:
  heads: [Minister, "prime minister"]
  not_holders: [judge]
  honorifics: [Mr]
  modifiers: [senior]
  former: [former]
  exclusive:
    - heads: ["*"]
      words: ["", Deputy]
names:
  nicknames:
    - [Steve, steven]
  kinship: [son]
parties:
  - name: US
    forms: ["U.S.", "United   States", US]
markers:
  partitive: [including]
  increment: [more]
  proposal: [proposal]
  cumulative: [toll]
  period: ["On Monday"]
  not_count: [percent]
  repeatable: [airstrike]
  above: [topped]
`
	const path = "pack.yaml"
	want := Rules{
		Kinds:    []string{"hospital", "dam"},
		Synonyms: [][]string{{"fire", "wildfire"}},
		Measures: []Measure{
			{Name: "killed", Label: "people killed", Change: Cumulative,
				Phrases: []string{"killed", "death toll", "lost their lives"}, Source: Source{path, 3}},
			{Name: "seats", Phrases: []string{"seats"}, ByEntity: true, Source: Source{path, 7}},
		},
		GenericGroups: []string{"people", "victims"},
		Durations: []Thing{{Name: "sentence", Label: "sentence", Words: []string{"sentence", "prison term"},
			PerPerson: true, Source: Source{path, 15}}},
		Money:      []Thing{{Name: "aid", Words: []string{"aid"}, Source: Source{path, 20}}},
		Dimensions: []Dimension{{Name: "height", Words: []string{"high", "tall"}, Source: Source{path, 23}}},
		Events: []Event{
			{Name: "sank", Label: "sinking", Verbs: []string{"sank", "went down"}, Source: Source{path, 26}},
			{Name: "ruled", Verbs: []string{"ruled"}, Background: true, Subjects: []string{"court", "jury"}, Source: Source{path, 29}},
		},
		Titles: Titles{
			NotHolders: []string{"judge"},
			Heads:      []string{"minister", "prime minister"},
			Honorifics: []string{"mr"},
			Modifiers:  []string{"senior"},
			Former:     []string{"former"},
			Exclusive:  []Exclusive{{Heads: []string{"*"}, Words: []string{"", "deputy"}, Source: Source{path, 40}}},
		},
		Names:   Names{Nicknames: [][]string{{"steve", "steven"}}, Kinship: []string{"son"}},
		Parties: []Party{{Name: "US", Forms: []string{"U.S.", "United States", "US"}, Source: Source{path, 47}}},
		Markers: Markers{
			Partitive: []string{"including"}, Increment: []string{"more"}, Proposal: []string{"proposal"},
			Cumulative: []string{"toll"}, Period: []string{"on monday"}, NotCount: []string{"percent"},
			Repeatable: []string{"airstrike"}, Above: []string{"topped"},
		},
	}
	var got Rules
	if err := got.Parse(path, []byte(data)); err != nil {
		t.Fatal(err)
	}
	if d := cmp.Diff(want, got); d != "" {
		t.Errorf("Parse mismatch (-want +got):\n%s", d)
	}
}

func TestParseAddsNothing(t *testing.T) {
	cases := []struct {
		name string
		data string
	}{
		{"empty", ""},
		{"blank lines", "\n\n  \n"},
		{"comment only", "# nothing here yet\n"},
		{"empty mapping", "{}\n"},
		{"empty sections", "kinds: []\nmeasures: []\nmarkers: {}\ntitles: {}\nnames: {}\n"},
		{"byte order mark", "\ufeff# rules\n"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			var r Rules
			if err := r.Parse("empty.yaml", []byte(c.data)); err != nil {
				t.Fatalf("Parse: %v", err)
			}
			if d := cmp.Diff(Rules{}, r, cmpopts.EquateEmpty()); d != "" {
				t.Errorf("Parse added rules (-want +got):\n%s", d)
			}
		})
	}
}

// TestParseErrorAddsNothing checks that a file with an error leaves the rules as they were, even
// when sections before the error were valid.
func TestParseErrorAddsNothing(t *testing.T) {
	const base = "measures:\n  - name: killed\n    change: cumulative\n    phrases: [killed]\nparties:\n  - name: US\n    forms: [US]\n"
	bad := []string{
		"measures:\n  - name: killed\n    change: cumulative\n    phrases: [slain]\nkinds: [dam, \"\"]\n",
		"parties:\n  - name: US\n    forms: [American]\nnames:\n  nicknames:\n    - [bob]\n",
		"kinds: [dam]\nmeasures:\n  - name: new\n    phrases: [new]\n  - name: broken\n",
	}
	for i, data := range bad {
		t.Run(fmt.Sprint(i), func(t *testing.T) {
			var want, got Rules
			if err := want.Parse("base.yaml", []byte(base)); err != nil {
				t.Fatal(err)
			}
			if err := got.Parse("base.yaml", []byte(base)); err != nil {
				t.Fatal(err)
			}
			if err := got.Parse("bad.yaml", []byte(data)); err == nil {
				t.Fatal("Parse accepted a bad file")
			}
			if d := cmp.Diff(want, got); d != "" {
				t.Errorf("failed Parse changed the rules (-want +got):\n%s", d)
			}
		})
	}
}

func TestMerge(t *testing.T) {
	cases := []struct {
		name  string
		files []string // name, content pairs, parsed in order
		want  Rules
		bug   string
	}{
		{
			name: "second file extends a measure by name",
			files: []string{
				"a.yaml", "measures:\n  - name: killed\n    label: people killed\n    change: cumulative\n    phrases: [killed, dead]\n",
				"b.yaml", "measures:\n  - name: killed\n    change: cumulative\n    phrases: [slain]\n",
			},
			want: Rules{Measures: []Measure{{Name: "killed", Label: "people killed", Change: Cumulative,
				Phrases: []string{"killed", "dead", "slain"}, Source: Source{"a.yaml", 2}}}},
		},
		{
			name: "later label replaces, by_entity is kept",
			files: []string{
				"a.yaml", "measures:\n  - name: votes\n    label: votes\n    by_entity: true\n    change: cumulative\n    phrases: [votes]\n",
				"b.yaml", "measures:\n  - name: votes\n    label: ballots cast\n    change: cumulative\n    phrases: [ballots]\n",
			},
			want: Rules{Measures: []Measure{{Name: "votes", Label: "ballots cast", Change: Cumulative,
				Phrases: []string{"votes", "ballots"}, ByEntity: true, Source: Source{"a.yaml", 2}}}},
		},
		{
			name: "one name twice in one file is one measure",
			files: []string{
				"a.yaml", "measures:\n  - name: killed\n    phrases: [killed]\n  - name: missing\n    phrases: [missing]\n  - name: killed\n    phrases: [dead]\n",
			},
			want: Rules{Measures: []Measure{
				{Name: "killed", Phrases: []string{"killed", "dead"}, Source: Source{"a.yaml", 2}},
				{Name: "missing", Phrases: []string{"missing"}, Source: Source{"a.yaml", 4}},
			}},
		},
		{
			name: "new measures follow the earlier ones",
			files: []string{
				"a.yaml", "measures:\n  - name: killed\n    phrases: [killed]\n",
				"b.yaml", "measures:\n  - name: trapped\n    phrases: [trapped]\n  - name: killed\n    phrases: [dead]\n",
			},
			want: Rules{Measures: []Measure{
				{Name: "killed", Phrases: []string{"killed", "dead"}, Source: Source{"a.yaml", 2}},
				{Name: "trapped", Phrases: []string{"trapped"}, Source: Source{"b.yaml", 2}},
			}},
		},
		{
			name: "a later file without change keeps the measure's change",
			files: []string{
				"a.yaml", "measures:\n  - name: killed\n    change: cumulative\n    phrases: [killed]\n",
				"b.yaml", "measures:\n  - name: killed\n    phrases: [slain]\n",
			},
			want: Rules{Measures: []Measure{{Name: "killed", Change: Cumulative,
				Phrases: []string{"killed", "slain"}, Source: Source{"a.yaml", 2}}}},
		},
		{
			name: "a later event adds its subjects and background",
			files: []string{
				"a.yaml", "events:\n  - name: ruled\n    verbs: [ruled]\n    subjects: [court]\n",
				"b.yaml", "events:\n  - name: ruled\n    background: true\n    verbs: [decided]\n    subjects: [tribunal]\n",
			},
			want: Rules{Events: []Event{{Name: "ruled", Verbs: []string{"ruled", "decided"}, Background: true,
				Subjects: []string{"court", "tribunal"}, Source: Source{"a.yaml", 2}}}},
		},
		{
			name: "parties merge by name",
			files: []string{
				"a.yaml", "parties:\n  - name: US\n    forms: [US, \"U.S.\"]\n  - name: UK\n    forms: [UK]\n",
				"b.yaml", "parties:\n  - name: EU\n    forms: [EU]\n  - name: US\n    forms: [American]\n",
			},
			want: Rules{Parties: []Party{
				{Name: "US", Forms: []string{"US", "U.S.", "American"}, Source: Source{"a.yaml", 2}},
				{Name: "UK", Forms: []string{"UK"}, Source: Source{"a.yaml", 4}},
				{Name: "EU", Forms: []string{"EU"}, Source: Source{"b.yaml", 2}},
			}},
		},
		{
			name: "events, durations and money merge by name",
			files: []string{
				"a.yaml", "events:\n  - name: sank\n    verbs: [sank]\ndurations:\n  - name: sentence\n    words: [sentence]\nmoney:\n  - name: fine\n    words: [fine]\n",
				"b.yaml", "events:\n  - name: sank\n    verbs: [capsized]\ndurations:\n  - name: sentence\n    per_person: true\n    words: [jailed]\nmoney:\n  - name: fine\n    words: [penalty]\n  - name: aid\n    words: [aid]\n",
			},
			want: Rules{
				Events:    []Event{{Name: "sank", Verbs: []string{"sank", "capsized"}, Source: Source{"a.yaml", 2}}},
				Durations: []Thing{{Name: "sentence", Words: []string{"sentence", "jailed"}, PerPerson: true, Source: Source{"a.yaml", 5}}},
				Money: []Thing{
					{Name: "fine", Words: []string{"fine", "penalty"}, Source: Source{"a.yaml", 8}},
					{Name: "aid", Words: []string{"aid"}, Source: Source{"b.yaml", 11}},
				},
			},
		},
		{
			name: "word lists append in file order",
			files: []string{
				"a.yaml", "kinds: [dam]\ngeneric_groups: [people]\nsynonyms:\n  - [fire, blaze]\nnames:\n  nicknames:\n    - [bob, robert]\n  kinship: [son]\ntitles:\n  heads: [minister]\nmarkers:\n  above: [topped]\n",
				"b.yaml", "kinds: [bridge]\ngeneric_groups: [victims]\nsynonyms:\n  - [dam, barrage]\nnames:\n  nicknames:\n    - [jim, james]\n  kinship: [wife]\ntitles:\n  heads: [envoy]\nmarkers:\n  above: [exceeded]\n",
			},
			want: Rules{
				Kinds:         []string{"dam", "bridge"},
				GenericGroups: []string{"people", "victims"},
				Synonyms:      [][]string{{"fire", "blaze"}, {"dam", "barrage"}},
				Names:         Names{Nicknames: [][]string{{"bob", "robert"}, {"jim", "james"}}, Kinship: []string{"son", "wife"}},
				Titles:        Titles{Heads: []string{"minister", "envoy"}},
				Markers:       Markers{Above: []string{"topped", "exceeded"}},
			},
		},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			var got Rules
			for i := 0; i+1 < len(c.files); i += 2 {
				if err := got.Parse(c.files[i], []byte(c.files[i+1])); err != nil {
					t.Fatalf("parse %s: %v", c.files[i], err)
				}
			}
			var problems []string
			if d := cmp.Diff(c.want, got, cmpopts.EquateEmpty()); d != "" {
				problems = append(problems, fmt.Sprintf("merged rules mismatch (-want +got):\n%s", d))
			}
			if _, err := Compile(got); err != nil {
				problems = append(problems, fmt.Sprintf("Compile: %v", err))
			}
			checkCase(t, c.bug, problems)
		})
	}
}

// TestMergeCompiles checks that phrases and forms added by a second file are matched as the
// rule they extend.
func TestMergeCompiles(t *testing.T) {
	s := mustCompile(t,
		"a.yaml", "measures:\n  - name: missing\n    phrases: [missing]\n  - name: killed\n    change: cumulative\n    phrases: [killed]\nparties:\n  - name: US\n    forms: [US]\n",
		"b.yaml", "measures:\n  - name: killed\n    change: cumulative\n    phrases: [slain, \"lost their lives\"]\nparties:\n  - name: US\n    forms: [American]\n",
	)
	if len(s.Measures) != 2 {
		t.Fatalf("got %d measures, want 2", len(s.Measures))
	}
	killed := measureIndex(t, s, "killed")
	for _, text := range []string{"slain", "killed", "lost their lives"} {
		idx, n, ok := s.Match(CatMeasure, Words(text), 0)
		if !ok || idx != killed || n != len(Words(text)) {
			t.Errorf("Match(%q) = %d, %d, %v; want %d, %d, true", text, idx, n, ok, killed, len(Words(text)))
		}
	}
	for _, form := range []string{"US", "American"} {
		if got := s.PartyOf(form); got != "US" {
			t.Errorf("PartyOf(%q) = %q, want US", form, got)
		}
	}
}
