package ruleset

import (
	"bytes"
	"io/fs"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"

	"github.com/crosscheck-news/crosscheck/rules"
)

// lineBreaks counts what YAML or the UTF-8 check may take as a line break, bounding the line
// an error can name.
func lineBreaks(data []byte) int {
	n := bytes.Count(data, []byte("\n")) + bytes.Count(data, []byte("\r"))
	for _, r := range []string{"\u0085", "\u2028", "\u2029"} {
		n += bytes.Count(data, []byte(r))
	}
	return n
}

func FuzzParse(f *testing.F) {
	entries, err := fs.ReadDir(rules.Default, ".")
	if err != nil {
		f.Fatal(err)
	}
	for _, e := range entries {
		data, err := fs.ReadFile(rules.Default, e.Name())
		if err != nil {
			f.Fatal(err)
		}
		f.Add(data)
	}
	for _, s := range []string{
		"",
		"# comment\n",
		"{}",
		"- a\n- b\n",
		"kinds: [hospital]\nmarkers\n",
		"measures:\n  - name: killed: dead\n",
		"measures:\n  - name: killed\n    phrases: [killed, dead}\n",
		"measures:\n  - name: killed\n    change: rising\n    phrases: [killed]\n",
		"measures:\n  - name: seats\n    by_entity: maybe\n    phrases: [seats]\n",
		"measures:\n  - name: killed\n    phrases: {killed: true}\n",
		"names:\n  nicknames:\n    - [bob]\n",
		"titles:\n  exclusive:\n    - heads: [\"*\"]\n      words: [\"\", deputy]\n",
		"parties:\n  - name: US\n    forms: [\"U.S.\", US]\n",
		"kinds: &k [dam]\ngeneric_groups: *k\n",
		"synonyms:\n  - [fire, *blaze]\n",
		"kinds: [a]\r\nmarkers\r\n",
		"a: \x01\n",
		"kinds: [\xff]\n",
		"kinds: [a]\n---\nkinds: [b]\n",
		"measures:\n- name: x\n  phrases: [\"a\u00a0\u00a0b\", \" \t c  d \"]\n",
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(checkParse)
}

// checkParse asserts what Parse promises for any input: no panic, an *Error naming the file and
// a line inside it, nothing added on error, and rules that compile and match in range otherwise.
func checkParse(t *testing.T, data []byte) {
	var r Rules
	err := r.Parse("f.yaml", data)
	if err != nil {
		perr, ok := err.(*Error)
		if !ok {
			t.Fatalf("error %T %q is not an *Error", err, err)
		}
		if !strings.HasPrefix(err.Error(), "f.yaml") || perr.Path != "f.yaml" {
			t.Fatalf("error %q does not name f.yaml", err)
		}
		if perr.Line < 0 || perr.Line > lineBreaks(data)+1 {
			t.Fatalf("error %q names a line outside the file", err)
		}
		if perr.Msg == "" {
			t.Fatalf("error %q has no message", err)
		}
		if !cmp.Equal(Rules{}, r, cmpopts.EquateEmpty()) {
			t.Fatalf("failed Parse added rules: %+v", r)
		}
		var again Rules
		if err2 := again.Parse("f.yaml", data); err2 == nil || err2.Error() != err.Error() {
			t.Fatalf("Parse is not repeatable: %v, then %v", err, err2)
		}
		return
	}
	checkParsed(t, &r)
	s, err := Compile(r)
	if err != nil {
		t.Fatalf("Compile of parsed rules: %v", err)
	}
	words := Words(string(data))
	if len(words) > 200 {
		words = words[:200]
	}
	for i := range words {
		for c := CatMeasure; c <= CatAbove; c++ {
			if idx, n, ok := s.Match(c, words, i); ok && (n < 1 || i+n > len(words) || idx < 0) {
				t.Fatalf("Match(%d, %d) = %d, %d out of range", c, i, idx, n)
			}
		}
	}
}

// checkParsed asserts what Parse promises about rules it accepts.
func checkParsed(t *testing.T, r *Rules) {
	t.Helper()
	word := func(where, w string, lower bool) {
		if w == "" || w != strings.TrimSpace(w) || strings.ContainsAny(w, "\t\n\r") || strings.Contains(w, "  ") {
			t.Fatalf("%s: word %q not trimmed and folded", where, w)
		}
		if lower && strings.ToLower(w) != w {
			t.Fatalf("%s: word %q not lower case", where, w)
		}
	}
	for _, m := range r.Measures {
		if m.Name == "" || len(m.Phrases) == 0 || m.Source.Line < 1 {
			t.Fatalf("measure %+v incomplete", m)
		}
		switch m.Change {
		case "", Cumulative, Static, Varying: // unstated until Compile
		default:
			t.Fatalf("measure %q: change %q", m.Name, m.Change)
		}
		for _, w := range m.Phrases {
			word("measure "+m.Name, w, true)
		}
	}
	for _, p := range r.Parties {
		if p.Name == "" || len(p.Forms) == 0 {
			t.Fatalf("party %+v incomplete", p)
		}
		for _, w := range p.Forms {
			word("party "+p.Name, w, false)
		}
	}
	for _, set := range r.Synonyms {
		if len(set) < 2 {
			t.Fatalf("synonym set %q too small", set)
		}
	}
	for _, set := range r.Names.Nicknames {
		if len(set) < 2 {
			t.Fatalf("nickname set %q too small", set)
		}
	}
	for _, x := range r.Titles.Exclusive {
		if len(x.Words) < 2 {
			t.Fatalf("exclusive set %q too small", x.Words)
		}
	}
	for _, list := range [][]string{r.Kinds, r.GenericGroups, r.Titles.Heads, r.Names.Kinship, r.Markers.Partitive, r.Markers.Above} {
		for _, w := range list {
			word("list", w, true)
		}
	}
}

// FuzzSetLookups feeds any text and names to the compiled default pack: lookups stay in range
// and agree with each other.
func FuzzSetLookups(f *testing.F) {
	for _, s := range [][3]string{
		{"the death toll rose to 41 on Sunday", "steve", "steven"},
		{"the U.S. government and the United States of America", "j.", "john"},
		{"let us go; LET US GO", "christopher", "christine"},
		{"were taken into custody by the UN Security Council", "", "a"},
		{"Élysée Türkiye KAHRAMANMARAŞ", "ł", "l"},
		{"\xff\xfe 1,200 U.S.A. 60-day", "j", "j."},
	} {
		f.Add(s[0], s[1], s[2])
	}
	s := mustDefault(f)
	parties := map[string]bool{}
	for _, p := range s.Parties {
		parties[p.Name] = true
	}
	f.Fuzz(func(t *testing.T, text, a, b string) {
		words, raw := Words(text), rawWords(text)
		if len(words) != len(raw) {
			t.Fatalf("Words gives %d words, Tokenize %d", len(words), len(raw))
		}
		if len(words) > 200 {
			words, raw = words[:200], raw[:200]
		}
		for i := -1; i <= len(words); i++ {
			for c := Category(0); c <= CatAbove; c++ {
				idx, n, ok := s.Match(c, words, i)
				if ok && (i < 0 || n < 1 || i+n > len(words) || idx < 0) {
					t.Fatalf("Match(%d, %d) = %d, %d out of range", c, i, idx, n)
				}
				if !ok && (idx != 0 || n != 0) {
					t.Fatalf("Match(%d, %d) = %d, %d with no match", c, i, idx, n)
				}
			}
			p, n, ok := s.MatchParty(raw, i)
			if ok != (p != "") || (ok && (!parties[p] || i < 0 || n < 1 || i+n > len(raw))) {
				t.Fatalf("MatchParty(%d) = %q, %d, %v", i, p, n, ok)
			}
		}
		if p := s.PartyOf(text); p != "" && !parties[p] {
			t.Fatalf("PartyOf(%q) = unknown party %q", text, p)
		}
		if s.SameGivenName(a, b) != s.SameGivenName(b, a) {
			t.Fatalf("SameGivenName(%q, %q) is not symmetric", a, b)
		}
		if !s.SameGivenName(a, a) {
			t.Fatalf("SameGivenName(%q, %q) = false", a, a)
		}
		if c := s.Canonical(a); s.Canonical(c) != c {
			t.Fatalf("Canonical(%q) = %q, but Canonical(%q) = %q", a, c, c, s.Canonical(c))
		}
	})
}
