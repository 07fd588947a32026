package compare

import (
	"crypto/sha256"
	"encoding/hex"
	"sort"
	"strings"

	"github.com/crosscheck-news/crosscheck/internal/claims"
)

// Finding is one disagreement between two claims about one subject.
type Finding struct {
	Kind    claims.Kind
	Subject string // for a person to read
	Key     string // the subject key the claims were grouped by
	Claims  [2]claims.Claim
	// Agreeing holds, for each side, the other claims that state the same value at the same
	// time as Claims[i]: one odd figure against several articles that agree is one finding.
	Agreeing [2][]claims.Claim
	Message  string
	// Basis says what made the two claims one referent: the measure and every field the text
	// states alike on both ("killed · place: north carolina").
	Basis string
	// Fingerprint identifies the disagreement without line numbers, so that edits elsewhere in
	// an article keep it and a changed value makes a new one.
	Fingerprint string
	// New is false when a baseline already holds the finding.
	New bool
}

// fingerprint hashes the kind, the subject and each side's value and quote.
func fingerprint(kind claims.Kind, key string, a, b claims.Claim) string {
	sides := []string{side(a), side(b)}
	sort.Strings(sides)
	h := sha256.New()
	for _, s := range []string{string(kind), key, sides[0], sides[1]} {
		h.Write([]byte(s))
		h.Write([]byte{0})
	}
	return hex.EncodeToString(h.Sum(nil))[:16]
}

// withAgreeing folds the agreeing claims into a finding's fingerprint: a new article that
// repeats a value already known to be wrong makes a new finding, which a baseline does not hide.
func withAgreeing(fp string, agreeing [2][]claims.Claim) string {
	var extra []string
	for i, cs := range agreeing {
		for _, c := range cs {
			extra = append(extra, string(rune('a'+i))+side(c))
		}
	}
	if len(extra) == 0 {
		return fp
	}
	sort.Strings(extra)
	h := sha256.New()
	h.Write([]byte(fp))
	for _, e := range extra {
		h.Write([]byte{0})
		h.Write([]byte(e))
	}
	return hex.EncodeToString(h.Sum(nil))[:16]
}

func side(c claims.Claim) string {
	return c.Display + "\x00" + strings.ToLower(strings.Join(strings.Fields(c.Quote), " "))
}

// Sort puts findings in a stable order: by subject, then by the places of their claims.
func Sort(fs []Finding) {
	sort.SliceStable(fs, func(i, j int) bool {
		a, b := fs[i], fs[j]
		if a.Subject != b.Subject {
			return a.Subject < b.Subject
		}
		if c := cmpClaim(a.Claims[0], b.Claims[0]); c != 0 {
			return c < 0
		}
		if c := cmpClaim(a.Claims[1], b.Claims[1]); c != 0 {
			return c < 0
		}
		return a.Fingerprint < b.Fingerprint
	})
}

func cmpClaim(a, b claims.Claim) int {
	switch {
	case a.Path != b.Path:
		return strings.Compare(a.Path, b.Path)
	case a.Line != b.Line:
		return a.Line - b.Line
	case a.Column != b.Column:
		return a.Column - b.Column
	}
	return strings.Compare(a.Text, b.Text)
}
