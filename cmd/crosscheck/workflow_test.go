package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// jsonReport is the part of the JSON output the workflow tests read.
type jsonReport struct {
	Contradictions []struct {
		Fingerprint string `json:"fingerprint"`
		New         bool   `json:"new"`
		Subject     string `json:"subject"`
	} `json:"contradictions"`
	Summary struct {
		Contradictions int `json:"contradictions"`
		New            int `json:"new"`
	} `json:"summary"`
}

func readReport(t *testing.T, stdout string) jsonReport {
	t.Helper()
	var r jsonReport
	if err := json.Unmarshal([]byte(stdout), &r); err != nil {
		t.Fatalf("output is not JSON: %v\n%s", err, stdout)
	}
	return r
}

func writeFile(t *testing.T, dir, name, text string) {
	t.Helper()
	p := filepath.Join(dir, name)
	if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
}

const (
	storyOne = "---\npublished: 2026-07-11\n---\nThe ferry Marit sank on Saturday, July 11.\n\nThe government declared three days of national mourning.\n\nThe ferry, built in 1986, carried 210 people.\n\nMayor Lena Ortiz and fire chief Tomas Berg spoke.\n"
	storyTwo = "---\npublished: 2026-07-12\n---\nThe government declared five days of national mourning.\n\nThe ferry, built in 1990, had been sold twice.\n\nMayor Lena Ortiz and fire chief Tomas Berg spoke.\n"
)

// TestBaselineWorkflow walks the CI scenarios: write a baseline; edits elsewhere keep every
// finding known; a changed value is one new finding; a removed conflict leaves a stale entry.
func TestBaselineWorkflow(t *testing.T) {
	dir := t.TempDir()
	writeFile(t, dir, "one.md", storyOne)
	writeFile(t, dir, "two.md", storyTwo)

	// 1. Write the baseline: exit 0, both findings in the file.
	_, stderr, exit := runBinary(t, dir, "check", "--write-baseline", "base.json", "one.md", "two.md")
	if exit != exitClean {
		t.Fatalf("--write-baseline: exit %d, stderr %q", exit, stderr)
	}
	data, err := os.ReadFile(filepath.Join(dir, "base.json"))
	if err != nil || !strings.Contains(string(data), "mourning") || !strings.Contains(string(data), "1986") {
		t.Fatalf("baseline file: %v\n%s", err, data)
	}

	// 2. Same articles: nothing new, exit 0; the table says how many were held back.
	stdout, _, exit := runBinary(t, dir, "check", "--baseline", "base.json", "one.md", "two.md")
	if exit != exitClean || !strings.Contains(stdout, "2 held back by the baseline") || !strings.Contains(stdout, "(known)") {
		t.Fatalf("unchanged: exit %d\n%s", exit, stdout)
	}

	// 3. A paragraph inserted at the top, text reflowed, arguments reordered: still nothing new.
	writeFile(t, dir, "one.md", strings.Replace(storyOne, "---\nThe ferry", "---\nA new opening paragraph about the weather.\n\nThe ferry", 1))
	writeFile(t, dir, "two.md", strings.Replace(storyTwo, "declared five days", "declared\nfive days", 1))
	stdout, _, exit = runBinary(t, dir, "check", "--format", "json", "--baseline", "base.json", "two.md", "one.md")
	r := readReport(t, stdout)
	if exit != exitClean || r.Summary.Contradictions != 2 || r.Summary.New != 0 {
		t.Fatalf("after edits elsewhere: exit %d, %d findings, %d new\n%s", exit, r.Summary.Contradictions, r.Summary.New, stdout)
	}

	// 4. One conflicting number changed: exactly one new finding, exit 1, and its old entry is stale.
	writeFile(t, dir, "two.md", strings.Replace(storyTwo, "built in 1990", "built in 1991", 1))
	stdout, _, exit = runBinary(t, dir, "check", "--format", "json", "--baseline", "base.json", "one.md", "two.md")
	r = readReport(t, stdout)
	if exit != exitContradiction || r.Summary.New != 1 {
		t.Fatalf("changed value: exit %d, %d new\n%s", exit, r.Summary.New, stdout)
	}

	// 5. The conflict removed: the entry is stale; counted always, listed with --verbose, and
	// --fail-on-stale fails the run.
	writeFile(t, dir, "two.md", strings.Replace(storyTwo, "built in 1990", "built in 1986", 1))
	stdout, _, exit = runBinary(t, dir, "check", "--baseline", "base.json", "one.md", "two.md")
	if exit != exitClean || !strings.Contains(stdout, "1 stale baseline entry") || strings.Contains(stdout, "Stale baseline entries") {
		t.Fatalf("stale, not verbose: exit %d\n%s", exit, stdout)
	}
	stdout, _, _ = runBinary(t, dir, "check", "-v", "--baseline", "base.json", "one.md", "two.md")
	if !strings.Contains(stdout, "Stale baseline entries") || !strings.Contains(stdout, "1986") {
		t.Fatalf("stale, verbose:\n%s", stdout)
	}
	if _, _, exit = runBinary(t, dir, "check", "--fail-on-stale", "--baseline", "base.json", "one.md", "two.md"); exit != exitContradiction {
		t.Fatalf("--fail-on-stale: exit %d, want 1", exit)
	}

	// 6. A new article repeating a known-wrong value is a new finding.
	writeFile(t, dir, "two.md", storyTwo)
	writeFile(t, dir, "three.md", "---\npublished: 2026-07-13\n---\nOfficials said five days of national mourning would end on Friday.\n\nMayor Lena Ortiz and fire chief Tomas Berg spoke.\n")
	stdout, _, exit = runBinary(t, dir, "check", "--format", "json", "--baseline", "base.json", "one.md", "two.md", "three.md")
	r = readReport(t, stdout)
	if exit != exitContradiction || r.Summary.New < 1 {
		t.Fatalf("repeated wrong value: exit %d, %d new\n%s", exit, r.Summary.New, stdout)
	}
}

// TestBaselineWriteIsAtomic checks that a baseline that cannot be written leaves the old one.
func TestBaselineWriteIsAtomic(t *testing.T) {
	dir := t.TempDir()
	writeFile(t, dir, "one.md", storyOne)
	writeFile(t, dir, "two.md", storyTwo)
	writeFile(t, dir, "base.json", "precious")
	_, stderr, exit := runBinary(t, dir, "check", "--write-baseline", "missing/base.json", "one.md", "two.md")
	if exit != exitError || !strings.Contains(stderr, "missing/base.json") {
		t.Fatalf("exit %d, stderr %q", exit, stderr)
	}
	if data, _ := os.ReadFile(filepath.Join(dir, "base.json")); string(data) != "precious" {
		t.Errorf("an unrelated file changed")
	}
}

// TestDraftsAgainstCorpusCLI checks --corpus: only draft findings, and a cache hit on the
// second run (reported with -v).
func TestDraftsAgainstCorpusCLI(t *testing.T) {
	dir := t.TempDir()
	writeFile(t, dir, "archive/one.md", storyOne)
	writeFile(t, dir, "archive/two.md", storyTwo)
	writeFile(t, dir, "draft.md", "---\npublished: 2026-07-14\n---\nThe ferry Marit sank on Friday, July 10.\n\nMayor Lena Ortiz and fire chief Tomas Berg spoke.\n")
	args := []string{"check", "-v", "--format", "json", "--cache-dir", "cache", "--corpus", "archive", "draft.md"}
	stdout, stderr, exit := runBinary(t, dir, args...)
	r := readReport(t, stdout)
	if exit != exitContradiction || r.Summary.Contradictions != 1 || !strings.Contains(r.Contradictions[0].Subject, "sank") {
		t.Fatalf("draft vs corpus: exit %d\n%s\n%s", exit, stdout, stderr)
	}
	if !strings.Contains(stderr, "0 of 3 articles' claims came from the cache") {
		t.Errorf("first run: %q", stderr)
	}
	// Age the corpus files so the cache trusts their timestamps, then run again.
	for _, f := range []string{"archive/one.md", "archive/two.md"} {
		old := mustOld(t)
		os.Chtimes(filepath.Join(dir, f), old, old)
	}
	runBinary(t, dir, args...)
	stdout2, stderr, _ := runBinary(t, dir, args...)
	if !strings.Contains(stderr, "2 of 3 articles' claims came from the cache") {
		t.Errorf("second run: %q", stderr)
	}
	if stdout2 != stdout {
		t.Errorf("cached run printed something else")
	}
	// --no-cache reads everything.
	_, stderr, _ = runBinary(t, dir, "check", "-v", "--no-cache", "--corpus", "archive", "draft.md")
	if !strings.Contains(stderr, "0 of 3") {
		t.Errorf("--no-cache: %q", stderr)
	}
}

func mustOld(t *testing.T) (old time.Time) {
	t.Helper()
	return time.Now().Add(-time.Hour)
}
