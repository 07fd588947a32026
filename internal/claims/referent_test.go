package claims_test

import (
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/crosscheck-news/crosscheck/internal/claims"
)

// TestReferentFields checks each field a count's referent is read with, field by field.
func TestReferentFields(t *testing.T) {
	rules := defaultRules(t)
	cases := []struct {
		name, text, mention string
		want                map[string]string // nil: no claim for the mention
	}{
		{"a place named with a preposition",
			"At least 49 people have died in South Carolina, officials said.", "At least 49",
			map[string]string{"measure": "killed", "place": "south carolina", "time": "as of 2026-07-12"}},
		{"a place pointed back at resolves to the one named before it",
			"Rain fell across North Carolina, and 95 people were confirmed dead in the state.", "95",
			map[string]string{"measure": "killed", "place": "north carolina", "time": "as of 2026-07-12"}},
		{"a place pointed back at with none before it is unknown",
			"Officials said 95 people were confirmed dead in the state.", "95",
			map[string]string{"measure": "killed", "place": "?", "time": "as of 2026-07-12"}},
		{"the place of an event is not a population's",
			"The death toll from the earthquake in Velesk province rose to 87.", "87",
			map[string]string{"measure": "killed", "time": "as of 2026-07-12"}},
		{"part of an event's people",
			"Around 33 people were killed on the ground.", "Around 33",
			map[string]string{"measure": "killed", "among": "on the ground", "time": "as of 2026-07-12"}},
		{"an incident the clause names",
			"An air strike on a school killed 50 people, medics said.", "50",
			map[string]string{"measure": "killed", "event": "strike", "time": "as of 2026-07-12"}},
		{"a revision the sentence explains",
			"The sheriff's office revised its death toll down to 42.", "42",
			map[string]string{"measure": "killed", "revision": "explained in the sentence", "time": "as of 2026-07-12"}},
		{"a figure of another event named for comparison is no claim",
			"It was the deadliest flood since a 1931 flood that killed 140 people.", "140", nil},
		{"a designator is no count",
			"The remains of 19 of the people aboard the Boeing 787 were identified.", "787", nil},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			var got map[string]string
			for _, c := range extract(t, rules, tc.text) {
				if c.Text != tc.mention || c.Kind != claims.KindCount {
					continue
				}
				got = map[string]string{}
				for _, f := range c.Referent() {
					got[f.Name] = f.Value
				}
			}
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("referent of %q (-want +got):\n%s", tc.mention, diff)
			}
		})
	}
}
