package ruleset

import (
	"strings"
	"sync"
	"testing"

	"github.com/crosscheck-news/crosscheck/internal/normalize"
)

// checkCase reports the problems a case found. A case with a bug note is a known defect: while
// it still fails it is skipped with the note, and once it passes the test fails so the note is
// removed and the case guards the fix.
func checkCase(t *testing.T, bug string, problems []string) {
	t.Helper()
	switch {
	case bug == "" && len(problems) > 0:
		t.Error(strings.Join(problems, "\n"))
	case bug != "" && len(problems) > 0:
		t.Skipf("known bug: %s\n%s", bug, strings.Join(problems, "\n"))
	case bug != "" && len(problems) == 0:
		t.Errorf("case passes; remove its bug note %q", bug)
	}
}

var defaultSet = sync.OnceValues(func() (*Set, error) {
	r, err := Default()
	if err != nil {
		return nil, err
	}
	return Compile(r)
})

// mustDefault returns the compiled embedded pack, shared by the tests that only read it.
func mustDefault(t testing.TB) *Set {
	t.Helper()
	s, err := defaultSet()
	if err != nil {
		t.Fatalf("default pack: %v", err)
	}
	return s
}

// mustCompile parses and compiles rule files given as name, content pairs.
func mustCompile(t testing.TB, files ...string) *Set {
	t.Helper()
	var r Rules
	for i := 0; i+1 < len(files); i += 2 {
		if err := r.Parse(files[i], []byte(files[i+1])); err != nil {
			t.Fatalf("parse %s: %v", files[i], err)
		}
	}
	s, err := Compile(r)
	if err != nil {
		t.Fatalf("compile: %v", err)
	}
	return s
}

// rawWords splits text into case-kept tokens, the form MatchParty reads.
func rawWords(s string) []string {
	var out []string
	for _, tok := range normalize.Tokenize(s) {
		out = append(out, tok.Text)
	}
	return out
}

func measureIndex(t testing.TB, s *Set, name string) int {
	t.Helper()
	for i, m := range s.Measures {
		if m.Name == name {
			return i
		}
	}
	t.Fatalf("no measure %q", name)
	return -1
}

func eventIndex(t testing.TB, s *Set, name string) int {
	t.Helper()
	for i, e := range s.Events {
		if e.Name == name {
			return i
		}
	}
	t.Fatalf("no event %q", name)
	return -1
}

func durationIndex(t testing.TB, s *Set, name string) int {
	t.Helper()
	for i, d := range s.Durations {
		if d.Name == name {
			return i
		}
	}
	t.Fatalf("no duration %q", name)
	return -1
}
