package claims

import (
	"strings"
)

// ReferentField is one part of what a claim is about, as the text gives it.
type ReferentField struct {
	Name  string // "measure", "place", "among", "time", "proposal", "person", …
	Value string // as normalized; Unknown when the text points at one but does not say which
}

// Referent lists what the claim is about, field by field: the measure its subject names, the
// facets the sentence states, and the time the figure speaks for. A field that is not listed
// was not stated; Unknown marks one the text points at without resolving ("in the state").
// Two figures are compared only when every field is equal on both.
func (c Claim) Referent() []ReferentField {
	out := []ReferentField{{"measure", measureOf(c)}}
	for _, f := range c.Facets {
		out = append(out, ReferentField{f.Name, f.Value})
	}
	switch {
	case c.Timeless:
		out = append(out, ReferentField{"time", "any time"})
	case c.Dated:
		out = append(out, ReferentField{"time", "as of " + c.AsOf.String()})
	default:
		out = append(out, ReferentField{"time", Unknown})
	}
	if c.Revised {
		out = append(out, ReferentField{"revision", "explained in the sentence"})
	}
	return out
}

// measureOf is the measure part of the subject key: "count|killed|child" is "killed child".
func measureOf(c Claim) string {
	parts := strings.Split(c.Subject, "|")
	if len(parts) > 1 {
		parts = parts[1:]
	}
	var kept []string
	for _, p := range parts {
		if p != "" {
			kept = append(kept, p)
		}
	}
	if len(kept) == 0 {
		return string(c.Kind)
	}
	if c.Kind == KindAge {
		// The identity compare gives an age: a person's folded name, or a one-word name
		// marked as such ("single:cudi").
		id := strings.TrimPrefix(strings.Join(kept, " "), "single:")
		return "age of " + strings.TrimPrefix(id, "?")
	}
	return strings.Join(kept, " ")
}

// DescribeReferent writes the referent for a person to read: "killed · place: georgia · as of
// 2024-10-11", with unknown fields marked "?".
func DescribeReferent(fields []ReferentField) string {
	parts := make([]string, 0, len(fields))
	for _, f := range fields {
		switch f.Name {
		case "measure", "time":
			parts = append(parts, f.Value)
		default:
			parts = append(parts, f.Name+": "+f.Value)
		}
	}
	return strings.Join(parts, " · ")
}
