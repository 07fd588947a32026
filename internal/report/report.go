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
