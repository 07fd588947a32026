package report

import (
	"io"
	"math"
	"net/url"
	"path/filepath"
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/crosscheck-news/crosscheck/internal/claims"
	"github.com/crosscheck-news/crosscheck/internal/compare"
)

// SARIF identifies the format version and the schema location the log declares.
const (
	sarifVersion = "2.1.0"
	sarifSchema  = "https://json.schemastore.org/sarif-2.1.0.json"
	toolName     = "crosscheck"
	toolURI      = "https://github.com/crosscheck-news/crosscheck"
	// fingerprintKey names the finding fingerprint among a result's partial fingerprints;
	// the version suffix lets a later change of the hash live beside this one.
	fingerprintKey = "crosscheck/v1"
)

type sarifLog struct {
	Schema  string     `json:"$schema"`
	Version string     `json:"version"`
	Runs    []sarifRun `json:"runs"`
}

type sarifRun struct {
	Tool sarifTool `json:"tool"`
	// ColumnKind says columns count Unicode code points, as claim columns do; SARIF's default
	// is UTF-16 code units.
	ColumnKind string        `json:"columnKind"`
	Results    []sarifResult `json:"results"`
}

type sarifTool struct {
	Driver sarifDriver `json:"driver"`
}

type sarifDriver struct {
	Name           string      `json:"name"`
	InformationURI string      `json:"informationUri"`
	Rules          []sarifRule `json:"rules"`
}

type sarifRule struct {
	ID                   string       `json:"id"`
	Name                 string       `json:"name"`
	ShortDescription     sarifMessage `json:"shortDescription"`
	FullDescription      sarifMessage `json:"fullDescription"`
	DefaultConfiguration sarifConfig  `json:"defaultConfiguration"`
}

type sarifConfig struct {
	Level string `json:"level"`
}

type sarifMessage struct {
	Text string `json:"text"`
}

type sarifResult struct {
	RuleID              string            `json:"ruleId"`
	RuleIndex           int               `json:"ruleIndex"`
	Level               string            `json:"level"`
	Message             sarifMessage      `json:"message"`
	Locations           []sarifLocation   `json:"locations"`
	RelatedLocations    []sarifLocation   `json:"relatedLocations"`
	PartialFingerprints map[string]string `json:"partialFingerprints,omitempty"`
	BaselineState       string            `json:"baselineState,omitempty"`
	Properties          sarifProperties   `json:"properties"`
}

type sarifProperties struct {
	Subject string   `json:"subject"`
	Values  []string `json:"values"`
}

type sarifLocation struct {
	ID               *int                  `json:"id,omitempty"`
	PhysicalLocation sarifPhysicalLocation `json:"physicalLocation"`
	Message          *sarifMessage         `json:"message,omitempty"`
}

type sarifPhysicalLocation struct {
	ArtifactLocation sarifArtifactLocation `json:"artifactLocation"`
	Region           sarifRegion           `json:"region"`
}

type sarifArtifactLocation struct {
	URI string `json:"uri"`
}

type sarifRegion struct {
	StartLine   int          `json:"startLine"`
	StartColumn int          `json:"startColumn"`
	EndLine     int          `json:"endLine,omitempty"`
	EndColumn   int          `json:"endColumn"`
	Snippet     sarifMessage `json:"snippet"`
}

// ruleText describes the finding of one kind, for the rule list code-scanning tools show.
type ruleText struct {
	name, short, full string
}

var ruleTexts = map[claims.Kind]ruleText{
	claims.KindCount: {"ConflictingCount",
		"Two statements give counts of one thing that cannot both be true.",
		"Two statements count the same people or things (killed, injured, missing, held, released, rescued and so on) and their figures cannot both hold, allowing for rounding, hedges such as \"more than\" and running totals that only grow."},
	claims.KindDuration: {"ConflictingDuration",
		"Two statements give different lengths of time for one named thing.",
		"Two statements give the length of the same named period (a ceasefire, a sentence, a stay) and the figures do not agree, allowing for hedges and rounding."},
	claims.KindDate: {"ConflictingDate",
		"Two statements put one event on different dates.",
		"Two statements date the same event and the days, months or years they give do not overlap."},
	claims.KindWeekday: {"ConflictingWeekday",
		"Two statements put one event on different days of the week.",
		"Two statements, or a date and a weekday, put the same event on different days of the week."},
	claims.KindMoney: {"ConflictingAmount",
		"Two statements give different amounts of money for one thing.",
		"Two statements give an amount of money for the same thing in the same currency and the amounts cannot both hold, allowing for rounding and hedges."},
	claims.KindAge: {"ConflictingAge",
		"Two statements give one person different ages.",
		"Two statements give the age of the same person and the ages do not agree, allowing for a birthday between the dates of the statements."},
	claims.KindLength: {"ConflictingLength",
		"Two statements give different lengths or distances for one thing.",
		"Two statements give the length, height or distance of the same thing and the figures cannot both hold, allowing for rounding and hedges."},
	claims.KindName: {"ConflictingName",
		"One person's name is spelled two ways.",
		"Two statements name what is likely the same person with names that differ in spelling, such as a surname with a letter more or less."},
	claims.KindTitle: {"ConflictingTitle",
		"One person is given two different titles.",
		"Two statements give the same person titles or roles that cannot both be current."},
}

func ruleFor(kind claims.Kind) ruleText {
	if t, ok := ruleTexts[kind]; ok {
		return t
	}
	name := "Conflicting"
	for _, w := range strings.FieldsFunc(string(kind), func(r rune) bool { return !isAlnum(r) }) {
		r, n := utf8.DecodeRuneInString(w)
		name += strings.ToUpper(string(r)) + w[n:]
	}
	return ruleText{name,
		"Two statements give values of one subject that cannot both be true.",
		"Two statements about the same subject (" + string(kind) + ") give values that cannot both be true."}
}

func isAlnum(r rune) bool {
	return r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9'
}

func ruleID(kind claims.Kind) string { return "crosscheck/" + string(kind) }

// WriteSARIF writes the report as a SARIF 2.1.0 log with one run, for code-scanning tools
// such as GitHub's. Each finding is one result located at its draft-side claim (see locate),
// with the other claim as its related location and the finding fingerprint as its partial
// fingerprint.
//
// A result carries a baselineState ("new" or "unchanged") only when a baseline took part in
// the check. The report does not say so directly; it is taken to have when any finding is
// known (New false) or the baseline held back or left unmatched any entry (Known or Stale
// above zero). A baseline that matched nothing and held nothing looks the same as no
// baseline, and the results then carry no state, which consumers read as "not compared".
func WriteSARIF(w io.Writer, r *Report) error {
	if r == nil {
		return errNil
	}
	kinds := map[claims.Kind]bool{}
	for _, f := range r.Findings {
		kinds[f.Kind] = true
	}
	ids := make([]string, 0, len(kinds))
	byID := map[string]claims.Kind{}
	for k := range kinds {
		ids = append(ids, ruleID(k))
		byID[ruleID(k)] = k
	}
	sort.Strings(ids)
	index := map[claims.Kind]int{}
	rules := make([]sarifRule, 0, len(ids))
	for i, id := range ids {
		k := byID[id]
		index[k] = i
		t := ruleFor(k)
		rules = append(rules, sarifRule{
			ID:                   id,
			Name:                 t.name,
			ShortDescription:     sarifMessage{t.short},
			FullDescription:      sarifMessage{t.full},
			DefaultConfiguration: sarifConfig{level(r, k)},
		})
	}

	withBaseline := baselineUsed(r)
	results := make([]sarifResult, 0, len(r.Findings))
	for _, f := range r.Findings {
		here, other := locate(f, r.Drafts)
		related := 1
		res := sarifResult{
			RuleID:    ruleID(f.Kind),
			RuleIndex: index[f.Kind],
			Level:     level(r, f.Kind),
			Message:   sarifMessage{message(f)},
			Locations: []sarifLocation{{PhysicalLocation: physical(here)}},
			RelatedLocations: []sarifLocation{{
				ID:               &related,
				PhysicalLocation: physical(other),
				Message:          &sarifMessage{"other statement: " + other.Display},
			}},
			Properties: sarifProperties{Subject: f.Subject, Values: []string{here.Display, other.Display}},
		}
		if f.Fingerprint != "" {
			res.PartialFingerprints = map[string]string{fingerprintKey: f.Fingerprint}
		}
		if withBaseline {
			res.BaselineState = "unchanged"
			if f.New {
				res.BaselineState = "new"
			}
		}
		results = append(results, res)
	}

	return encode(w, sarifLog{
		Schema:  sarifSchema,
		Version: sarifVersion,
		Runs: []sarifRun{{
			Tool:       sarifTool{Driver: sarifDriver{Name: toolName, InformationURI: toolURI, Rules: rules}},
			ColumnKind: "unicodeCodePoints",
			Results:    results,
		}},
	})
}

// baselineUsed reports whether a baseline took part in the check, as far as the report shows:
// see WriteSARIF.
func baselineUsed(r *Report) bool {
	if r.Known > 0 || r.Stale > 0 {
		return true
	}
	for _, f := range r.Findings {
		if !f.New {
			return true
		}
	}
	return false
}

// level is "warning" for a kind the report's severities call a warning and "error" otherwise,
// so that a misspelt severity still stops a build.
func level(r *Report, kind claims.Kind) string {
	if r.Severity[string(kind)] == "warning" {
		return "warning"
	}
	return "error"
}

// locate returns the claim a finding is shown at and the other one. When drafts are checked
// against a corpus it is the draft's claim, since the draft is what the reader can still change;
// otherwise, or when both or neither claim is in a draft, it is the first claim.
func locate(f compare.Finding, drafts map[string]bool) (here, other claims.Claim) {
	a, b := f.Claims[0], f.Claims[1]
	if drafts != nil && !drafts[a.Path] && drafts[b.Path] {
		return b, a
	}
	return a, b
}

// message is the finding's message, or a plain one built from its claims when it has none:
// code-scanning tools reject results without text.
func message(f compare.Finding) string {
	if strings.TrimSpace(f.Message) != "" {
		return f.Message
	}
	a, b := f.Claims[0], f.Claims[1]
	return f.Subject + ": \"" + a.Display + "\" at " + where(a) + " and \"" + b.Display + "\" at " + where(b) + "."
}

func physical(c claims.Claim) sarifPhysicalLocation {
	line, col := max(c.Line, 1), max(c.Column, 1)
	reg := sarifRegion{StartLine: line, StartColumn: col, Snippet: sarifMessage{c.Text}}
	// A mention that wraps onto later lines ends on its last line, one past its last character.
	if i := strings.LastIndex(c.Text, "\n"); i >= 0 {
		reg.EndLine = line + strings.Count(c.Text, "\n")
		reg.EndColumn = utf8.RuneCountInString(strings.TrimSuffix(c.Text[i+1:], "\r")) + 1
	} else {
		reg.EndColumn = col
		if n := utf8.RuneCountInString(c.Text); col <= math.MaxInt-n {
			reg.EndColumn = col + n
		}
	}
	return sarifPhysicalLocation{ArtifactLocation: sarifArtifactLocation{URI: artifactURI(c.Path)}, Region: reg}
}

// artifactURI turns a path as the user gave it into a URI reference: forward slashes, relative
// paths kept relative (code scanning resolves them against the repository root), characters
// that URIs reserve percent-encoded.
func artifactURI(path string) string {
	p := filepath.ToSlash(path)
	u := (&url.URL{Path: p}).EscapedPath()
	// A colon in the first segment would read as a URI scheme ("c:/x").
	first, rest, found := strings.Cut(u, "/")
	first = strings.ReplaceAll(first, ":", "%3A")
	if found {
		return first + "/" + rest
	}
	return first
}
