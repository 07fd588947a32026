package report

import (
	"encoding/json"
	"io"
	"math"
	"time"

	"github.com/crosscheck-news/crosscheck/internal/claims"
)

type jsonClaim struct {
	Path   string `json:"path"`
	Line   int    `json:"line"`
	Column int    `json:"column"`
	Text   string `json:"text"`
	Value  string `json:"value"`
	// Side is "a" or "b" when a finding lists agreeing claims beside the two it sets apart.
	Side string `json:"side,omitempty"`
}

type jsonFinding struct {
	Subject     string      `json:"subject"`
	Kind        string      `json:"kind"`
	Fingerprint string      `json:"fingerprint"`
	New         bool        `json:"new"`
	Message     string      `json:"message"`
	Basis       string      `json:"basis,omitempty"`
	Claims      []jsonClaim `json:"claims"`
}

type jsonSummary struct {
	Articles       int `json:"articles"`
	Claims         int `json:"claims"`
	Contradictions int `json:"contradictions"`
	New            int `json:"new"`
}

type jsonReport struct {
	Contradictions []jsonFinding `json:"contradictions"`
	Summary        jsonSummary   `json:"summary"`
}

// WriteJSON writes the report as one JSON object (the contract scripts and CI read).
func WriteJSON(w io.Writer, r *Report) error {
	if r == nil {
		return errNil
	}
	out := jsonReport{Contradictions: []jsonFinding{}}
	for _, f := range r.Findings {
		jf := jsonFinding{
			Subject:     f.Subject,
			Kind:        string(f.Kind),
			Fingerprint: f.Fingerprint,
			New:         f.New,
			Message:     f.Message,
			Basis:       f.Basis,
		}
		sided := len(f.Agreeing[0])+len(f.Agreeing[1]) > 0
		for i, c := range f.Claims {
			side := ""
			if sided {
				side = string(rune('a' + i))
			}
			jf.Claims = append(jf.Claims, jsonClaim{Path: c.Path, Line: c.Line, Column: c.Column, Text: c.Text, Value: c.Display, Side: side})
		}
		for i, cs := range f.Agreeing {
			for _, c := range cs {
				jf.Claims = append(jf.Claims, jsonClaim{Path: c.Path, Line: c.Line, Column: c.Column, Text: c.Text, Value: c.Display, Side: string(rune('a' + i))})
			}
		}
		out.Contradictions = append(out.Contradictions, jf)
	}
	out.Summary = jsonSummary{Articles: r.Articles, Claims: r.Claims, Contradictions: len(r.Findings), New: r.NewCount()}
	return encode(w, out)
}

type jsonListedClaim struct {
	Path    string `json:"path"`
	Line    int    `json:"line"`
	Column  int    `json:"column"`
	Text    string `json:"text"`
	Kind    string `json:"kind"`
	Subject string `json:"subject"`
	Value   string `json:"value"`
	Low     any    `json:"low"`
	High    any    `json:"high"`
	Unit    string `json:"unit"`
	// Referent is what the claim is about, field by field ("?" where the text does not say).
	Referent map[string]string `json:"referent"`
}

// WriteClaimsJSON writes every claim with its normalized value and bounds.
func WriteClaimsJSON(w io.Writer, l *ClaimList) error {
	if l == nil {
		return errNil
	}
	out := struct {
		Claims []jsonListedClaim `json:"claims"`
	}{Claims: []jsonListedClaim{}}
	for _, c := range l.Claims {
		jc := jsonListedClaim{Path: c.Path, Line: c.Line, Column: c.Column, Text: c.Text,
			Kind: string(c.Kind), Subject: c.Label, Value: c.Display, Unit: c.Unit, Referent: map[string]string{}}
		for _, f := range c.Referent() {
			jc.Referent[f.Name] = f.Value
		}
		switch c.Kind {
		case claims.KindName, claims.KindTitle:
			jc.Low, jc.High = nil, nil
		case claims.KindDate:
			jc.Low, jc.High = isoDay(c.Value.Low), isoDay(c.Value.High)
		default:
			jc.Low, jc.High = bound(c.Value.Low), bound(c.Value.High)
		}
		out.Claims = append(out.Claims, jc)
	}
	return encode(w, out)
}

func bound(x float64) any {
	if math.IsInf(x, 0) || math.IsNaN(x) {
		return nil
	}
	return x
}

func isoDay(n float64) any {
	if math.IsInf(n, 0) || math.IsNaN(n) {
		return nil
	}
	return time.Unix(int64(n)*86400, 0).UTC().Format("2006-01-02")
}

func encode(w io.Writer, v any) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(v)
}
