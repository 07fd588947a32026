package report

import (
	"errors"

	"github.com/crosscheck-news/crosscheck/internal/claims"
	"github.com/crosscheck-news/crosscheck/internal/compare"
)

var errNil = errors.New("report: nothing to print")

// Report is the result of a check, as the printers see it.
type Report struct {
	Articles int
	Claims   int
	Findings []compare.Finding
	// Known counts findings a baseline held back (they are in Findings with New false).
	Known int
	// Stale counts baseline entries that matched no finding; StaleList describes them, one
	// line each, for Verbose output.
	Stale     int
	StaleList []string
	// Suppressed counts findings silenced by crosscheck-ignore comments in the articles.
	Suppressed int
	// Drafts holds the paths of the draft articles when drafts are checked against a corpus;
	// a finding's draft-side claim is its location. Nil when every article is a draft.
	Drafts map[string]bool
	// Severity maps a finding kind to "error" or "warning"; a kind not in it is an error.
	Severity map[string]string
	// Verbose asks printers for detail such as the stale baseline entries.
	Verbose bool
}

// NewCount returns how many findings are new.
func (r *Report) NewCount() int {
	n := 0
	for _, f := range r.Findings {
		if f.New {
			n++
		}
	}
	return n
}

// ClaimList is the result of listing claims.
type ClaimList struct {
	Articles int
	Claims   []claims.Claim
}
