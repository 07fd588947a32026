package main

import (
	"bytes"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

func TestRun(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "corpus")
	args := []string{"-articles", "12", "-stories", "3", "-seed", "4", "-contradiction-rate", "0.5", "-out", dir}
	var out, errs bytes.Buffer
	if code := run(args, &out, &errs); code != 0 {
		t.Fatalf("exit %d: %s", code, errs.String())
	}
	if !regexp.MustCompile(`^wrote 12 files, \d+ bytes, \d+ planted contradictions to .+\n$`).MatchString(out.String()) {
		t.Errorf("summary %q", out.String())
	}
	files, _ := filepath.Glob(filepath.Join(dir, "story-*", "article-*.md"))
	if len(files) != 12 {
		t.Fatalf("%d files written", len(files))
	}
	first, _ := os.ReadFile(files[0])

	out.Reset()
	errs.Reset()
	if code := run(args, &out, &errs); code != 1 || !strings.Contains(errs.String(), "not empty") {
		t.Errorf("a second run into the same folder: exit %d, %q", code, errs.String())
	}
	if code := run(append(args, "-force"), &out, &errs); code != 0 {
		t.Fatalf("-force: exit %d: %s", code, errs.String())
	}
	again, _ := os.ReadFile(files[0])
	if !bytes.Equal(first, again) {
		t.Error("the same flags wrote different bytes")
	}
}

func TestRunUsage(t *testing.T) {
	for _, args := range [][]string{
		{},
		{"-articles", "5"},
		{"-out", t.TempDir(), "extra"},
		{"-out", t.TempDir(), "-stories", "0"},
		{"-out", t.TempDir(), "-contradiction-rate", "2"},
		{"-nosuchflag"},
	} {
		var out, errs bytes.Buffer
		if code := run(args, &out, &errs); code != 2 || out.Len() > 0 {
			t.Errorf("%q: exit %d, stdout %q", args, code, out.String())
		}
	}
}
