package normalize

import (
	"bufio"
	"encoding/json"
	"math"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

// The peer corpora are examples extracted from Duckling's English corpora
// (see ../shared/peers/README.md). They are read from the shared folder
// next to the project and the tests skip when it is absent.
var peerDir = filepath.Join("..", "..", "..", "shared", "peers")

type peerRow struct {
	Dim     string   `json:"dim"`
	Kind    string   `json:"kind"`
	Text    string   `json:"text"`
	Value   *float64 `json:"value"`
	From    *float64 `json:"from"`
	To      *float64 `json:"to"`
	Unit    string   `json:"unit"`
	Product string   `json:"product"`
	Latent  bool     `json:"latent"`
}

func loadPeerRows(t *testing.T, name string) []peerRow {
	t.Helper()
	f, err := os.Open(filepath.Join(peerDir, name))
	if os.IsNotExist(err) {
		t.Skipf("peer corpus %s not present", name)
	}
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var rows []peerRow
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := strings.TrimSpace(sc.Text())
		if line == "" {
			continue
		}
		var r peerRow
		if err := json.Unmarshal([]byte(line), &r); err != nil {
			t.Fatalf("%s: %v in %q", name, err, line)
		}
		rows = append(rows, r)
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	if len(rows) == 0 {
		t.Fatalf("%s: no rows", name)
	}
	return rows
}

func peerClose(a, b float64) bool {
	if a == b {
		return true
	}
	return math.Abs(a-b) <= 1e-9*math.Max(math.Abs(a), math.Abs(b))
}

// peerUnitSeconds is the length of Duckling's duration units in seconds.
var peerUnitSeconds = map[string]float64{
	"second": 1, "minute": 60, "hour": 3600, "day": 86400, "week": 7 * 86400,
	"month": 30 * 86400, "quarter": 90 * 86400, "year": 365 * 86400,
}

// peerDurationValue expresses parts in a Duckling unit the way Duckling
// does: calendar units count in months (a year is 12 of them), smaller
// units in seconds (a year is 365 days, a month 30).
func peerDurationValue(p DurationParts, unit string) (float64, bool) {
	switch unit {
	case "month", "quarter", "year":
		months := p.Years*12 + p.Months + p.Seconds/(30*86400)
		div := map[string]float64{"month": 1, "quarter": 3, "year": 12}[unit]
		return months / div, true
	}
	secs, ok := peerUnitSeconds[unit]
	if !ok {
		return 0, false
	}
	return p.InSeconds() / secs, true
}

type peerTally struct {
	t       *testing.T
	name    string
	total   int
	matched int
}

func (pt *peerTally) record(ok bool, format string, args ...any) {
	pt.total++
	if ok {
		pt.matched++
		return
	}
	pt.t.Logf("%s: refused "+format, append([]any{pt.name}, args...)...)
}

func (pt *peerTally) rate() float64 {
	if pt.total == 0 {
		return 0
	}
	return float64(pt.matched) / float64(pt.total)
}

func (pt *peerTally) report(floor float64) {
	pt.t.Logf("%s: %d/%d read exactly (%.1f%%)", pt.name, pt.matched, pt.total, 100*pt.rate())
	if pt.total == 0 {
		pt.t.Errorf("%s: no examples", pt.name)
		return
	}
	if pt.rate() < floor {
		pt.t.Errorf("%s: rate %.1f%% is below the %.0f%% floor", pt.name, 100*pt.rate(), 100*floor)
	}
}

func TestPeerNumerals(t *testing.T) {
	rows := loadPeerRows(t, "duckling-en.jsonl")
	tally := peerTally{t: t, name: "numeral"}
	for _, r := range rows {
		if r.Dim != "numeral" || r.Value == nil {
			continue
		}
		got, ok := ParseNumber(r.Text)
		tally.record(ok && peerClose(got, *r.Value), "%q: want %v, got %v (ok=%v)", r.Text, *r.Value, got, ok)
	}
	tally.report(0.90)
}

func TestPeerDurations(t *testing.T) {
	rows := loadPeerRows(t, "duckling-en.jsonl")
	tally := peerTally{t: t, name: "duration"}
	for _, r := range rows {
		if r.Dim != "duration" || r.Value == nil {
			continue
		}
		parts, ok := ParseDurationParts(r.Text)
		got, unitOK := peerDurationValue(parts, r.Unit)
		secs, ok2 := ParseDuration(r.Text)
		consistent := ok2 == ok && (!ok || peerClose(secs, parts.InSeconds()))
		tally.record(ok && unitOK && consistent && peerClose(got, *r.Value),
			"%q: want %v %s, got %v (ok=%v)", r.Text, *r.Value, r.Unit, got, ok)
	}
	tally.report(0.90)
}

// TestPeerOrdinals is not required by the spec of Scan, but ordinals must be
// found so that callers can skip them.
func TestPeerOrdinals(t *testing.T) {
	rows := loadPeerRows(t, "duckling-en.jsonl")
	tally := peerTally{t: t, name: "ordinal"}
	for _, r := range rows {
		if r.Dim != "ordinal" || r.Value == nil {
			continue
		}
		qs := Scan(r.Text)
		ok := len(qs) == 1 && qs[0].Ordinal && qs[0].Dim == DimCount && qs[0].Value.IsExact() &&
			qs[0].Value.Low == *r.Value && qs[0].Start == 0 && qs[0].End == len(r.Text)
		tally.record(ok, "%q: want ordinal %v, got %+v", r.Text, *r.Value, qs)
	}
	tally.report(0.90)
}

// TestPeerScanInSentence embeds each example in a sentence and checks that
// Scan finds exactly one mention of the right dimension and value covering it.
func TestPeerScanInSentence(t *testing.T) {
	rows := loadPeerRows(t, "duckling-en.jsonl")
	numerals := peerTally{t: t, name: "numeral in sentence"}
	durations := peerTally{t: t, name: "duration in sentence"}
	for _, r := range rows {
		if r.Value == nil {
			continue
		}
		switch r.Dim {
		case "numeral":
			const prefix = "Officials said "
			sentence := prefix + r.Text + " people were injured."
			qs := Scan(sentence)
			ok := len(qs) == 1 && qs[0].Dim == DimCount && !qs[0].Ordinal &&
				peerCovers(qs[0], len(prefix), r.Text) && peerValueMatches(qs[0].Value, *r.Value)
			numerals.record(ok, "%q: want %v, got %s", sentence, *r.Value, peerDescribe(sentence, qs))
		case "duration":
			const prefix = "The ceasefire will last "
			sentence := prefix + r.Text + "."
			parts, _ := ParseDurationParts(r.Text)
			want, _ := peerDurationValue(parts, r.Unit)
			qs := Scan(sentence)
			ok := peerClose(want, *r.Value) && len(qs) == 1 && qs[0].Dim == DimDuration &&
				peerCovers(qs[0], len(prefix), r.Text) && qs[0].Value.IsExact() &&
				peerClose(qs[0].Value.Low, parts.InSeconds())
			durations.record(ok, "%q: want %v %s, got %s", sentence, *r.Value, r.Unit, peerDescribe(sentence, qs))
		}
	}
	numerals.report(0.90)
	durations.report(0.90)
}

// peerCovers reports whether q spans the example at start, allowing a
// trailing "of" ("a dozen of") to stay outside the mention.
func peerCovers(q Quantity, start int, text string) bool {
	end := start + len(text)
	if q.Start != start {
		return false
	}
	return q.End == end || strings.HasSuffix(text, " of") && q.End == end-len(" of")
}

// peerValueMatches accepts an exact interval equal to want, or an interval
// that a scale word widened around want ("3 million").
func peerValueMatches(iv Interval, want float64) bool {
	if iv.IsExact() {
		return peerClose(iv.Low, want)
	}
	return iv.Contains(want) && peerClose((iv.Low+iv.High)/2, want)
}

func peerDescribe(text string, qs []Quantity) string {
	var b strings.Builder
	b.WriteByte('[')
	for k, q := range qs {
		if k > 0 {
			b.WriteString("; ")
		}
		b.WriteString(q.Dim.String())
		b.WriteString(" ")
		b.WriteString(q.Value.String())
		b.WriteString(" ")
		if q.Start >= 0 && q.Start <= q.End && q.End <= len(text) {
			b.WriteString(strconv.Quote(text[q.Start:q.End]))
		}
	}
	b.WriteByte(']')
	return b.String()
}

// peerCurrency maps Duckling's money units to ISO codes; "" accepts any
// currency (Duckling's "unknown", e.g. "42 bucks").
var peerCurrency = map[string]string{"$": "USD", "£": "GBP", "cent": "USD", "unknown": ""}

// TestPeerExtra reads the money and quantity examples Crosscheck supports
// (amounts of money, bare counts) and the negative examples, and reports the
// rate. Weights and volumes ("2 grams", "3 cups") are out of scope.
func TestPeerExtra(t *testing.T) {
	rows := loadPeerRows(t, "duckling-en-extra.jsonl")
	money := peerTally{t: t, name: "money"}
	counts := peerTally{t: t, name: "latent count"}
	negatives := peerTally{t: t, name: "negative"}
	skipped := 0
	for _, r := range rows {
		qs := Scan(r.Text)
		switch {
		case r.Kind == "negative":
			bad := false
			for _, q := range qs {
				if r.Dim == "duration" && q.Dim == DimDuration || r.Dim == "amount-of-money" && q.Dim == DimMoney {
					bad = true
				}
			}
			negatives.record(!bad, "%q: found %s", r.Text, peerDescribe(r.Text, qs))
		case r.Dim == "quantity" && r.Unit == "unnamed" || r.Dim == "amount-of-money" && r.Latent:
			ok := len(qs) == 1 && qs[0].Dim == DimCount && r.Value != nil && qs[0].Value.Contains(*r.Value)
			counts.record(ok, "%q: want %v, got %s", r.Text, *r.Value, peerDescribe(r.Text, qs))
		case r.Dim == "amount-of-money":
			want, known := peerCurrency[r.Unit]
			if !known {
				want = r.Unit
			}
			cents := r.Unit == "cent"
			ok := false
			for _, q := range qs {
				if q.Dim != DimMoney || want != "" && q.Currency != want {
					continue
				}
				ok = peerMoneyMatches(q.Value, r, cents)
				break
			}
			money.record(ok, "%q: want %s %v/%v/%v, got %s", r.Text, r.Unit, peerFmt(r.Value), peerFmt(r.From), peerFmt(r.To), peerDescribe(r.Text, qs))
		default:
			skipped++
		}
	}
	money.report(0)
	counts.report(0)
	negatives.report(1)
	t.Logf("out of scope (weights, volumes): %d rows", skipped)
}

func peerFmt(p *float64) string {
	if p == nil {
		return "-"
	}
	return formatFigure(*p)
}

func peerMoneyMatches(iv Interval, r peerRow, cents bool) bool {
	scale := 1.0
	if cents {
		scale = 0.01
	}
	near := func(got, want float64) bool {
		return math.Abs(got-want) <= 0.1*math.Abs(want)+1e-9
	}
	switch {
	case r.Value != nil:
		return iv.Contains(*r.Value*scale) && peerClose((iv.Low+iv.High)/2, *r.Value*scale)
	case r.From != nil && r.To != nil:
		return near(iv.Low, *r.From*scale) && near(iv.High, *r.To*scale)
	case r.From != nil:
		return near(iv.Low, *r.From*scale) && math.IsInf(iv.High, 1)
	case r.To != nil:
		return near(iv.High, *r.To*scale) && iv.Low <= 0
	}
	return false
}
