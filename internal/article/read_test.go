package article

import (
	"errors"
	"os"
	"path/filepath"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// makeTree creates files (with parent folders) under root.
func makeTree(t *testing.T, root string, files ...string) {
	t.Helper()
	for _, f := range files {
		p := filepath.Join(root, f)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte("text"), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

func symlink(t *testing.T, target, link string) {
	t.Helper()
	if err := os.Symlink(target, link); err != nil {
		t.Skipf("symlinks not available: %v", err)
	}
}

func TestExpand(t *testing.T) {
	root := t.TempDir()
	makeTree(t, root,
		"story/a.md", "story/b.TXT", "story/c.html", "story/d.HTM", "story/e.markdown",
		"story/notes.json", "story/image.png", "story/.draft.md", "story/.hidden/x.md",
		"story/day2/f.md", "story/day2/deeper/g.txt",
		"other/h.md", "other/readme.rst",
	)
	// A loop: story/day2/loop → story, and a second link to a folder.
	symlink(t, filepath.Join(root, "story"), filepath.Join(root, "story/day2/loop"))
	symlink(t, filepath.Join(root, "other"), filepath.Join(root, "story/linked"))
	symlink(t, filepath.Join(root, "nowhere"), filepath.Join(root, "story/dangling.md"))
	j := func(p string) string { return filepath.Join(root, p) }

	tests := []struct {
		name  string
		paths []string
		want  []string
	}{
		{
			name:  "folder, recursive, links followed once",
			paths: []string{j("story")},
			want: []string{
				j("story/a.md"), j("story/b.TXT"), j("story/c.html"), j("story/d.HTM"),
				j("story/day2/deeper/g.txt"), j("story/day2/f.md"), j("story/e.markdown"),
				j("story/linked/h.md"),
			},
		},
		{
			name:  "explicit file of any extension, deduplicated by clean path",
			paths: []string{j("other/readme.rst"), j("other/../other/h.md"), j("other/h.md"), j("story/.draft.md")},
			want:  []string{j("other/h.md"), j("other/readme.rst"), j("story/.draft.md")},
		},
		{
			name:  "hidden folder named explicitly",
			paths: []string{j("story/.hidden")},
			want:  []string{j("story/.hidden/x.md")},
		},
		{
			name:  "folder and a file inside it",
			paths: []string{j("story/day2/deeper/g.txt"), j("story/day2/deeper/")},
			want:  []string{j("story/day2/deeper/g.txt")},
		},
		{
			name:  "nothing",
			paths: nil,
			want:  nil,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := Expand(tt.paths)
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("Expand (-want +got):\n%s", diff)
			}
		})
	}
}

func TestExpandSelfLoop(t *testing.T) {
	root := t.TempDir()
	makeTree(t, root, "a/x.md")
	symlink(t, ".", filepath.Join(root, "a/self"))
	symlink(t, filepath.Join(root, "a"), filepath.Join(root, "b"))
	got, err := Expand([]string{filepath.Join(root, "a"), filepath.Join(root, "b")})
	if err != nil {
		t.Fatal(err)
	}
	want := []string{filepath.Join(root, "a/x.md")}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("Expand (-want +got):\n%s", diff)
	}
}

func TestExpandMissing(t *testing.T) {
	root := t.TempDir()
	makeTree(t, root, "a.md")
	missing := filepath.Join(root, "nope")
	_, err := Expand([]string{filepath.Join(root, "a.md"), missing})
	var got *Error
	if !errors.As(err, &got) {
		t.Fatalf("Expand error = %v, want *Error", err)
	}
	if want := (Error{Path: missing, Msg: "no such file or directory"}); *got != want {
		t.Errorf("error = %+v, want %+v", *got, want)
	}
	if got.Error() != missing+": no such file or directory" {
		t.Errorf("Error() = %q", got.Error())
	}
}
