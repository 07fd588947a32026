package main

import (
	"bufio"
	"encoding/json"
	"fmt"
	"math"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// peerFile is Duckling's English numeral and duration examples, kept beside the project.
const peerFile = "../../../shared/peers/duckling-en.jsonl"

type peerExample struct {
	Dim   string  `json:"dim"`
	Text  string  `json:"text"`
	Value float64 `json:"value"`
	Unit  string  `json:"unit"`
}

// unitSeconds converts Duckling's duration grains (month = 30 days, year = 365 days).
var unitSeconds = map[string]float64{
	"second": 1, "minute": 60, "hour": 3600, "day": 86400, "week": 7 * 86400,
	"month": 30 * 86400, "quarter": 90 * 86400, "year": 365 * 86400,
}

// TestPeerExamplesThroughClaims sets each Duckling numeral and duration example in a sentence,
// runs "crosscheck claims --format json" over them, and checks that the one claim on each line
// has the example's value. It must read at least 90 % of each dimension.
func TestPeerExamplesThroughClaims(t *testing.T) {
	f, err := os.Open(peerFile)
	if err != nil {
		t.Skipf("peer examples not available: %v", err)
	}
	defer f.Close()
	var examples []peerExample
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		var e peerExample
		if err := json.Unmarshal(sc.Bytes(), &e); err != nil {
			t.Fatal(err)
		}
		if e.Dim == "numeral" || e.Dim == "duration" {
			examples = append(examples, e)
		}
	}
	templates := map[string]string{
		"numeral":  "Officials said %s people were injured.",
		"duration": "The ceasefire will last %s.",
	}
	dir := t.TempDir()
	for dim, tmpl := range templates {
		var lines []string
		var want []peerExample
		for _, e := range examples {
			if e.Dim == dim {
				lines = append(lines, fmt.Sprintf(tmpl, e.Text), "")
				want = append(want, e)
			}
		}
		path := filepath.Join(dir, dim+".txt")
		if err := os.WriteFile(path, []byte(strings.Join(lines, "\n")), 0o644); err != nil {
			t.Fatal(err)
		}
		out, err := exec.Command(binary, "claims", "--format", "json", path).Output()
		if err != nil {
			t.Fatalf("crosscheck claims: %v", err)
		}
		var got struct {
			Claims []struct {
				Line int      `json:"line"`
				Kind string   `json:"kind"`
				Low  *float64 `json:"low"`
				High *float64 `json:"high"`
			} `json:"claims"`
		}
		if err := json.Unmarshal(out, &got); err != nil {
			t.Fatal(err)
		}
		byLine := map[int][]int{}
		for i, c := range got.Claims {
			byLine[c.Line] = append(byLine[c.Line], i)
		}
		read := 0
		var refused []string
		for i, e := range want {
			line := 2*i + 1
			ok := false
			if idx := byLine[line]; len(idx) == 1 {
				c := got.Claims[idx[0]]
				// A figure written with a scale word ("3 million") carries its rounding: the
				// claim is the interval around the stated value.
				if c.Low != nil && c.High != nil {
					mid := (*c.Low + *c.High) / 2
					c.Low = &mid
					switch dim {
					case "numeral":
						ok = c.Kind == "count" && math.Abs(*c.Low-e.Value) < 1e-6*math.Max(1, math.Abs(e.Value))
					case "duration":
						// Duckling counts "2 years and 3 months" as 27 months of 30 days; a
						// year of 365 days makes it 10 days more, so month and year grains are
						// read within 1.5 %.
						w := e.Value * unitSeconds[e.Unit]
						tol := 1e-6 * w
						if e.Unit == "month" || e.Unit == "year" || e.Unit == "quarter" {
							tol = 0.015 * w
						}
						ok = c.Kind == "duration" && math.Abs(*c.Low-w) <= tol
					}
				}
			}
			if ok {
				read++
			} else {
				refused = append(refused, fmt.Sprintf("%q", e.Text))
			}
		}
		rate := float64(read) / float64(len(want))
		t.Logf("%s through crosscheck claims: %d/%d read (%.1f%%); refused: %s", dim, read, len(want), 100*rate, strings.Join(refused, ", "))
		if rate < 0.90 {
			t.Errorf("%s: read %.1f%% of the peer examples, want at least 90%%", dim, 100*rate)
		}
	}
}
