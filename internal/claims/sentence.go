package claims

import (
	"github.com/crosscheck-news/crosscheck/internal/normalize"
)

// extractSentence finds every claim in one sentence.
func (d *docState) extractSentence(s *sentence) {
	s.dates = normalize.ScanDates(s.p.text, d.ref)
	if d.undated {
		kept := s.dates[:0]
		for _, dt := range s.dates {
			if !dt.Relative {
				kept = append(kept, dt)
			}
		}
		s.dates = kept
	}
	s.qs = normalize.Scan(s.p.text)
	d.dropDateline(s)
	d.peopleClaims(s)
	d.eventClaims(s)
	d.weekdayClaims(s)
	d.kinAgeClaims(s)
	for _, q := range s.qs {
		if d.insideDate(s, q) {
			continue
		}
		first, last := s.tokenRange(q.Start, q.End)
		if first < 0 {
			continue
		}
		switch q.Dim {
		case normalize.DimCount:
			if d.ageFromCount(s, q, first, last) {
				continue
			}
			d.countClaim(s, q, first, last)
		case normalize.DimDuration:
			if d.ageFromYears(s, q, first, last) {
				continue
			}
			d.durationClaim(s, q, first, last)
		case normalize.DimMoney:
			d.moneyClaim(s, q, first, last)
		case normalize.DimLength:
			d.lengthClaim(s, q, first, last)
		case normalize.DimPercent:
			d.percentClaim(s, q, first, last)
		}
	}
}

// insideDate reports whether a number is part of a date ("7 October 2023", "in 1998").
func (d *docState) insideDate(s *sentence, q normalize.Quantity) bool {
	for _, dt := range s.dates {
		if q.NumStart < dt.End && q.End > dt.Start {
			return true
		}
	}
	return false
}
