package ruleset

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"

	"github.com/crosscheck-news/crosscheck/rules"
)

func TestDefaultLoadsAndCompiles(t *testing.T) {
	r, err := Default()
	if err != nil {
		t.Fatalf("Default: %v", err)
	}
	s, err := Compile(r)
	if err != nil {
		t.Fatalf("Compile(Default()): %v", err)
	}
	if len(s.Measures) == 0 || len(s.Parties) == 0 || len(s.Events) == 0 || len(s.Durations) == 0 ||
		len(s.Money) == 0 || len(s.Dimensions) == 0 || len(s.Names.Nicknames) == 0 || len(s.Synonyms) == 0 {
		t.Fatalf("default pack is missing sections: %d measures, %d parties, %d events, %d durations, %d money, %d dimensions, %d nickname sets, %d synonym sets",
			len(s.Measures), len(s.Parties), len(s.Events), len(s.Durations), len(s.Money), len(s.Dimensions),
			len(s.Names.Nicknames), len(s.Synonyms))
	}
	for _, m := range s.Measures {
		switch m.Change {
		case Cumulative, Static, Varying:
		default:
			t.Errorf("measure %q: change %q", m.Name, m.Change)
		}
		if len(m.Phrases) == 0 || m.Label == "" {
			t.Errorf("measure %q: %d phrases, label %q", m.Name, len(m.Phrases), m.Label)
		}
	}
}

// TestDefaultSources checks that every named rule of the embedded pack points at the line of
// the file where its name is written.
func TestDefaultSources(t *testing.T) {
	r, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	type named struct {
		kind, name string
		src        Source
	}
	var all []named
	for _, m := range r.Measures {
		all = append(all, named{"measure", m.Name, m.Source})
	}
	for _, x := range r.Durations {
		all = append(all, named{"duration", x.Name, x.Source})
	}
	for _, x := range r.Money {
		all = append(all, named{"money", x.Name, x.Source})
	}
	for _, x := range r.Dimensions {
		all = append(all, named{"dimension", x.Name, x.Source})
	}
	for _, x := range r.Events {
		all = append(all, named{"event", x.Name, x.Source})
	}
	for _, x := range r.Parties {
		all = append(all, named{"party", x.Name, x.Source})
	}
	for _, n := range all {
		rel, ok := strings.CutPrefix(n.src.Path, "rules"+string(filepath.Separator))
		if !ok {
			t.Errorf("%s %q: source path %q not under rules/", n.kind, n.name, n.src.Path)
			continue
		}
		data, err := fs.ReadFile(rules.Default, rel)
		if err != nil {
			t.Errorf("%s %q: %v", n.kind, n.name, err)
			continue
		}
		lines := strings.Split(string(data), "\n")
		if n.src.Line < 1 || n.src.Line > len(lines) {
			t.Errorf("%s %q: line %d outside %s", n.kind, n.name, n.src.Line, n.src.Path)
			continue
		}
		if want := "- name: " + n.name; strings.TrimSpace(lines[n.src.Line-1]) != want {
			t.Errorf("%s %q: %s:%d is %q, want %q", n.kind, n.name, n.src.Path, n.src.Line, lines[n.src.Line-1], want)
		}
	}
}

// TestDefaultPhrasesResolve checks that each phrase of the default pack is matched as the rule
// that lists it: a phrase listed under two rules of one category is only ever the first.
func TestDefaultPhrasesResolve(t *testing.T) {
	s := mustDefault(t)
	cases := []struct {
		name  string
		cat   Category
		rules func() (names []string, phrases [][]string)
		bug   string
	}{
		{"measures", CatMeasure, func() (n []string, p [][]string) {
			for _, m := range s.Measures {
				n, p = append(n, m.Name), append(p, m.Phrases)
			}
			return n, p
		}, ""},
		{"durations", CatDuration, func() (n []string, p [][]string) {
			for _, x := range s.Durations {
				n, p = append(n, x.Name), append(p, x.Words)
			}
			return n, p
		}, ""},
		{"money", CatMoney, func() (n []string, p [][]string) {
			for _, x := range s.Money {
				n, p = append(n, x.Name), append(p, x.Words)
			}
			return n, p
		}, ""},
		{"dimensions", CatDimension, func() (n []string, p [][]string) {
			for _, x := range s.Dimensions {
				n, p = append(n, x.Name), append(p, x.Words)
			}
			return n, p
		}, ""},
		{"events", CatEvent, func() (n []string, p [][]string) {
			for _, x := range s.Events {
				n, p = append(n, x.Name), append(p, x.Verbs)
			}
			return n, p
		}, `rules/events.yaml lists "inaugurated" under built and sworn, and "broke out" under began and fire; the second listing is never matched`},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			names, phrases := c.rules()
			var problems []string
			for i, list := range phrases {
				for _, ph := range list {
					w := Words(ph)
					idx, n, ok := s.Match(c.cat, w, 0)
					if !ok || idx != i || n != len(w) {
						got := "nothing"
						if ok {
							got = fmt.Sprintf("%s (%d words)", names[idx], n)
						}
						problems = append(problems, fmt.Sprintf("%q of %s matches %s", ph, names[i], got))
					}
				}
			}
			checkCase(t, c.bug, problems)
		})
	}
	t.Run("parties", func(t *testing.T) {
		for _, p := range s.Parties {
			for _, f := range p.Forms {
				if got := s.PartyOf(f); got != p.Name {
					t.Errorf("PartyOf(%q) = %q, want %q", f, got, p.Name)
				}
			}
		}
	})
}

// TestDefaultIsFresh checks that each call of Default returns rules of its own, so adding to one
// does not change the next.
func TestDefaultIsFresh(t *testing.T) {
	a, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	if err := a.Parse("user.yaml", []byte("measures:\n  - name: killed\n    change: cumulative\n    phrases: [slain]\nparties:\n  - name: US\n    forms: [Yankees]\n")); err != nil {
		t.Fatal(err)
	}
	b, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	sa, err := Compile(a)
	if err != nil {
		t.Fatal(err)
	}
	sb, err := Compile(b)
	if err != nil {
		t.Fatal(err)
	}
	if _, _, ok := sa.Match(CatMeasure, Words("slain"), 0); !ok {
		t.Error("added phrase not matched in the extended pack")
	}
	if _, _, ok := sb.Match(CatMeasure, Words("slain"), 0); ok {
		t.Error("phrase added to one Default() result is matched in another")
	}
	if got := sb.PartyOf("Yankees"); got != "" {
		t.Errorf("form added to one Default() result: PartyOf in another = %q", got)
	}
}

func TestLoadFS(t *testing.T) {
	const killed = "measures:\n  - name: killed\n    change: cumulative\n    phrases: [killed]\n"
	cases := []struct {
		name    string
		fsys    fs.FS
		want    []Measure
		wantErr string // prefix of Error()
	}{
		{
			name: "top-level rule files in name order",
			fsys: fstest.MapFS{
				"b.yaml":          {Data: []byte("measures:\n  - name: killed\n    change: cumulative\n    phrases: [dead]\n")},
				"a.yml":           {Data: []byte(killed)},
				"c.YAML":          {Data: []byte("measures:\n  - name: killed\n    change: cumulative\n    phrases: [slain]\n")},
				"README.md":       {Data: []byte("not: [yaml")},
				"sub/broken.yaml": {Data: []byte("not: [yaml")},
				"dir.yaml/x.yaml": {Data: []byte("not: [yaml")},
			},
			want: []Measure{{Name: "killed", Change: Cumulative, Phrases: []string{"killed", "dead", "slain"},
				Source: Source{filepath.Join("pack", "a.yml"), 2}}},
		},
		{
			name:    "error names the file under the prefix",
			fsys:    fstest.MapFS{"a.yaml": {Data: []byte(killed)}, "b.yaml": {Data: []byte("kinds: [dam]\nmeasures: oops\n")}},
			wantErr: filepath.Join("pack", "b.yaml") + ":2: want a list, not \"oops\"",
		},
		{
			name:    "unreadable folder",
			fsys:    os.DirFS(filepath.Join("testdata", "no-such-folder")),
			wantErr: "pack: ",
		},
		{
			name: "no rule files adds nothing",
			fsys: fstest.MapFS{"notes.txt": {Data: []byte("x")}},
		},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			var r Rules
			err := r.LoadFS(c.fsys, "pack")
			if c.wantErr != "" {
				var perr *Error
				if !errors.As(err, &perr) || !strings.HasPrefix(err.Error(), c.wantErr) {
					t.Fatalf("LoadFS error = %v, want an *Error starting %q", err, c.wantErr)
				}
				return
			}
			if err != nil {
				t.Fatalf("LoadFS: %v", err)
			}
			if d := cmp.Diff(c.want, r.Measures, cmpopts.EquateEmpty()); d != "" {
				t.Errorf("measures (-want +got):\n%s", d)
			}
		})
	}
}

func TestLoadPath(t *testing.T) {
	pack := filepath.Join("testdata", "pack")
	cases := []struct {
		name string
		// setup returns the path to load and, for a failing load, the start of the error.
		setup       func(t *testing.T) (path, wantErr string)
		wantMeasure []Measure
		wantParties []Party
	}{
		{
			name:  "folder read recursively in sorted path order",
			setup: func(*testing.T) (string, string) { return pack, "" },
			// Sorted paths: a.yaml, b.yml, b/c.yaml (a walk would visit b/ before b.yml).
			wantMeasure: []Measure{{Name: "killed", Label: "people killed", Change: Cumulative,
				Phrases: []string{"killed", "slain", "perished"}, Source: Source{filepath.Join(pack, "a.yaml"), 3}}},
			wantParties: []Party{{Name: "US", Forms: []string{"US", "United States"}, Source: Source{filepath.Join(pack, "a.yaml"), 8}}},
		},
		{
			name:  "single file",
			setup: func(*testing.T) (string, string) { return filepath.Join(pack, "b", "c.yaml"), "" },
			wantMeasure: []Measure{{Name: "killed", Change: Cumulative, Phrases: []string{"perished"},
				Source: Source{filepath.Join(pack, "b", "c.yaml"), 3}}},
			wantParties: []Party{{Name: "US", Forms: []string{"United States"}, Source: Source{filepath.Join(pack, "b", "c.yaml"), 7}}},
		},
		{
			name: "single file with another extension is read",
			setup: func(t *testing.T) (string, string) {
				p := filepath.Join(t.TempDir(), "extra.rules")
				writeFile(t, p, "measures:\n  - name: trapped\n    phrases: [trapped]\n")
				return p, ""
			},
			wantMeasure: []Measure{{Name: "trapped", Phrases: []string{"trapped"}}},
		},
		{
			name: "error in a nested file names that file and line",
			setup: func(*testing.T) (string, string) {
				dir := filepath.Join("testdata", "broken")
				return dir, filepath.Join(dir, "sub", "bad.yaml") + ":2: "
			},
		},
		{
			name: "empty folder",
			setup: func(t *testing.T) (string, string) {
				dir := t.TempDir()
				return dir, dir + ": no rule files (*.yaml) in folder"
			},
		},
		{
			name: "folder without rule files",
			setup: func(t *testing.T) (string, string) {
				dir := t.TempDir()
				writeFile(t, filepath.Join(dir, "notes.txt"), "kinds: [dam]\n")
				if err := os.Mkdir(filepath.Join(dir, "sub.yaml"), 0o755); err != nil {
					t.Fatal(err)
				}
				return dir, dir + ": no rule files (*.yaml) in folder"
			},
		},
		{
			name: "missing path",
			setup: func(*testing.T) (string, string) {
				p := filepath.Join("testdata", "no-such-rules")
				return p, p + ": no such file or directory"
			},
		},
		{
			name: "missing file in a folder",
			setup: func(*testing.T) (string, string) {
				p := filepath.Join(pack, "missing.yaml")
				return p, p + ": no such file or directory"
			},
		},
		{
			name: "file over the size limit",
			setup: func(t *testing.T) (string, string) {
				p := filepath.Join(t.TempDir(), "huge.yaml")
				writeFile(t, p, "#"+strings.Repeat(" ", MaxFileSize))
				return p, fmt.Sprintf("%s: rule file too large (%d bytes; limit %d)", p, MaxFileSize+1, MaxFileSize)
			},
		},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			path, wantErr := c.setup(t)
			var r Rules
			err := r.LoadPath(path)
			if wantErr != "" {
				var perr *Error
				if !errors.As(err, &perr) || !strings.HasPrefix(err.Error(), wantErr) {
					t.Fatalf("LoadPath(%q) error = %v, want an *Error starting %q", path, err, wantErr)
				}
				return
			}
			if err != nil {
				t.Fatalf("LoadPath(%q): %v", path, err)
			}
			opts := cmp.Options{cmpopts.EquateEmpty()}
			if !strings.HasPrefix(path, "testdata") {
				opts = append(opts, cmpopts.IgnoreFields(Measure{}, "Source")) // a temporary path
			}
			if d := cmp.Diff(c.wantMeasure, r.Measures, opts); d != "" {
				t.Errorf("measures (-want +got):\n%s", d)
			}
			if d := cmp.Diff(c.wantParties, r.Parties, cmpopts.EquateEmpty()); d != "" {
				t.Errorf("parties (-want +got):\n%s", d)
			}
		})
	}
}

func writeFile(t *testing.T, path, data string) {
	t.Helper()
	if err := os.WriteFile(path, []byte(data), 0o644); err != nil {
		t.Fatal(err)
	}
}
