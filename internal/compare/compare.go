package compare

import (
	"fmt"
	"math"
	"sort"
	"strings"

	"github.com/crosscheck-news/crosscheck/internal/claims"
	"github.com/crosscheck-news/crosscheck/internal/normalize"
	"github.com/crosscheck-news/crosscheck/internal/ruleset"
)

// strictFacets must be stated alike on both claims: an actual ceasefire and a proposed one are
// different things even when only one proposal is known.
// The place of a count's population is strict too: a toll "in Georgia" and one that names no
// place are not shown to be about one population.
var strictFacets = map[string]bool{"proposal": true, "person": true, "place": true, "among": true, "event": true}

// Compare returns every disagreement among the claims, sorted. Claims of different stories
// (Claim.Story) are never compared.
func Compare(cs []claims.Claim, rules *ruleset.Set) []Finding {
	return CompareFor(cs, rules, nil)
}

// CompareFor is Compare keeping only the findings with a claim that focus reports true for
// (all of them when focus is nil). It finds the same findings as Compare filtered afterwards,
// but does not spend time describing the rest: checking one draft against a story of thousands
// of articles is then about the draft.
func CompareFor(cs []claims.Claim, rules *ruleset.Set, focus func(claims.Claim) bool) []Finding {
	// Claims are large: each slice is made once at its size rather than grown by appending.
	size := map[string]int{}
	var order []string
	for _, c := range cs {
		if _, ok := size[c.Story]; !ok {
			order = append(order, c.Story)
		}
		size[c.Story]++
	}
	byStory := make(map[string][]claims.Claim, len(size))
	if len(order) == 1 {
		byStory[order[0]] = cs
	} else {
		for st, n := range size {
			byStory[st] = make([]claims.Claim, 0, n)
		}
		for _, c := range cs {
			byStory[c.Story] = append(byStory[c.Story], c)
		}
	}
	sort.Strings(order)
	var out []Finding
	for _, st := range order {
		out = append(out, compareStory(byStory[st], rules, focus)...)
	}
	if focus != nil {
		kept := out[:0]
		for _, f := range out {
			if focus(f.Claims[0]) || focus(f.Claims[1]) {
				kept = append(kept, f)
			}
		}
		out = kept
	}
	Sort(out)
	return out
}

// compareStory compares the claims of one story.
func compareStory(cs []claims.Claim, rules *ruleset.Set, focus func(claims.Claim) bool) []Finding {
	var out []Finding
	groups := map[string][]claims.Claim{}
	var keys []string
	var names, titles []claims.Claim
	ids := newIdentities(cs, rules)
	size := map[string]int{}
	for _, c := range cs {
		size[c.Subject]++
	}
	for _, c := range cs {
		if c.Kind == claims.KindAge && c.Person != nil {
			id, ok := ids.of(c.Person)
			if !ok {
				continue // a surname that several people of the story bear, or none
			}
			c.Subject = "age|" + id
		}
		switch c.Kind {
		case claims.KindName:
			names = append(names, c)
			continue
		case claims.KindTitle:
			titles = append(titles, c)
			continue
		}
		if _, ok := groups[c.Subject]; !ok {
			keys = append(keys, c.Subject)
			groups[c.Subject] = make([]claims.Claim, 0, size[c.Subject])
		}
		groups[c.Subject] = append(groups[c.Subject], c)
	}
	sort.Strings(keys)
	for _, k := range keys {
		for _, sub := range splitFacets(groups[k]) {
			out = append(out, compareGroup(sub, focus)...)
		}
	}
	out = append(out, comparePeople(names, titles, rules)...)
	return out
}

// splitFacets splits a subject's claims by their facets. A claim that leaves a facet unstated is
// taken to share the value of the others when they agree on one, and is left out when they name
// several: it cannot be shown to be about either.
func splitFacets(cs []claims.Claim) [][]claims.Claim {
	values := map[string]map[string]bool{}
	for _, c := range cs {
		for _, f := range c.Facets {
			if f.Value == claims.Unknown {
				if values[f.Name] == nil {
					values[f.Name] = map[string]bool{}
				}
				continue
			}
			if values[f.Name] == nil {
				values[f.Name] = map[string]bool{}
			}
			values[f.Name][f.Value] = true
		}
	}
	if len(values) == 0 {
		return [][]claims.Claim{cs}
	}
	names := make([]string, 0, len(values))
	for n := range values {
		names = append(names, n)
	}
	sort.Strings(names)
	groups := map[string][]claims.Claim{}
	var order []string
	for _, c := range cs {
		var parts []string
		ok := true
		for _, n := range names {
			v, stated := facet(c, n)
			if stated && v == claims.Unknown {
				ok = false
				break
			}
			if !stated {
				if strictFacets[n] {
					v = ""
				} else if len(values[n]) == 1 {
					for only := range values[n] {
						v = only
					}
				} else {
					ok = false
					break
				}
			}
			parts = append(parts, n+"="+v)
		}
		if !ok {
			continue
		}
		k := strings.Join(parts, "|")
		if _, seen := groups[k]; !seen {
			order = append(order, k)
		}
		groups[k] = append(groups[k], c)
	}
	sort.Strings(order)
	out := make([][]claims.Claim, 0, len(order))
	for _, k := range order {
		out = append(out, groups[k])
	}
	return out
}

func facet(c claims.Claim, name string) (string, bool) {
	for _, f := range c.Facets {
		if f.Name == name {
			return f.Value, true
		}
	}
	return "", false
}

// valueCluster is the claims of a subject that state one value at one time.
type valueCluster struct {
	value  normalize.Interval
	asOf   normalize.Day
	dated  bool
	claims []claims.Claim
}

// clusterKey is what makes two claims of one subject one value cluster.
type clusterKey struct {
	value   normalize.Interval
	asOf    normalize.Day
	dated   bool
	anyTime bool // the figure does not change over time: asOf and dated are left zero
}

// compareGroup finds the disagreements among claims of one subject. Claims stating the same
// value at the same time are one cluster; each pair of clusters that cannot both be true is one
// finding, shown by the first claim of each.
func compareGroup(cs []claims.Claim, focus func(claims.Claim) bool) []Finding {
	if len(cs) < 2 {
		return nil
	}
	// Stated values stand for their cluster before implied ones.
	sort.SliceStable(cs, func(i, j int) bool {
		if cs[i].Implied != cs[j].Implied {
			return !cs[i].Implied
		}
		if cs[i].Headline != cs[j].Headline {
			return !cs[i].Headline
		}
		return cmpClaim(cs[i], cs[j]) < 0
	})
	var clusters []*valueCluster
	index := map[clusterKey]*valueCluster{}
	for _, c := range cs {
		v := c.Value
		v.Low, v.High = v.Low+0, v.High+0 // -0 is 0
		k := clusterKey{value: v, asOf: c.AsOf, dated: c.Dated}
		if c.Change == ruleset.Static || c.Timeless {
			k = clusterKey{value: v, anyTime: true} // a static figure's time does not matter
		}
		if vc := index[k]; vc != nil {
			vc.claims = append(vc.claims, c)
			continue
		}
		vc := &valueCluster{value: c.Value, asOf: c.AsOf, dated: c.Dated, claims: []claims.Claim{c}}
		index[k] = vc
		clusters = append(clusters, vc)
	}
	if len(clusters) < 2 {
		return nil
	}
	// Every pair of clusters that cannot both be true, decided once.
	type badPair struct {
		i, j   int
		why    string
		ca, cb claims.Claim
	}
	var pairs []badPair
	bad := map[[2]int]bool{}
	for i := 0; i < len(clusters); i++ {
		for j := i + 1; j < len(clusters); j++ {
			a, b := clusters[i], clusters[j]
			why, ok := disagree(a, b)
			if !ok {
				continue
			}
			ca, cb := a.claims[0], b.claims[0]
			// Two figures in one sentence are about two things: a writer does not state two
			// values of one thing side by side without saying why.
			// A weekday set against its own date is the exception: that is the finding.
			if sameSentence(a.claims, b.claims) && ca.Kind != claims.KindWeekday {
				continue
			}
			// Two different figures of one measure in one article are, in real reporting, two
			// populations, two moments or a rounded headline, which the article itself sets
			// side by side; a finding needs two articles that disagree.
			if ca.Kind != claims.KindWeekday {
				if ca, cb, ok = acrossArticles(a.claims, b.claims); !ok {
					continue
				}
			}
			bad[[2]int{i, j}] = true
			pairs = append(pairs, badPair{i, j, why, ca, cb})
		}
	}
	disagrees := func(i, j int) bool {
		if j < i {
			i, j = j, i
		}
		return bad[[2]int{i, j}]
	}
	// One finding per odd cluster: a value that disagrees with several clusters that agree
	// with each other is one finding, the odd value against all of them. The odd one of a
	// pair is the one fewer articles state, then the one that disagrees with more values, then
	// the later one; so n values give at most n-1 findings.
	type pending struct {
		f      Finding
		odd    int
		others []int
	}
	var found []*pending
	byOdd := map[int]*pending{}
	degree := make([]int, len(clusters))
	for _, p := range pairs {
		degree[p.i]++
		degree[p.j]++
	}
	for _, p := range pairs {
		odd, other := p.j, p.i
		si, sj := support(clusters[p.i]), support(clusters[p.j])
		if si < sj || si == sj && degree[p.i] > degree[p.j] {
			odd, other = p.i, p.j
		}
		// An odd value already reported is not reported again: it joins the values it is set
		// against when it agrees with them, and is otherwise already shown as wrong.
		if pf := byOdd[odd]; pf != nil {
			fits := true
			for _, o := range pf.others {
				if disagrees(o, other) {
					fits = false
					break
				}
			}
			if fits {
				pf.others = append(pf.others, other)
			}
			continue
		}
		pf := &pending{odd: odd, others: []int{other}}
		pf.f = newFinding(p.ca, p.cb, p.why)
		byOdd[odd] = pf
		found = append(found, pf)
	}
	var out []Finding
	for _, pf := range found {
		f := pf.f
		// Which of the two shown claims stands for the odd cluster.
		oddSide := 0
		if !containsClaim(clusters[pf.odd].claims, f.Claims[0]) {
			oddSide = 1
		}
		for _, c := range clusters[pf.odd].claims {
			if !sameClaim(c, f.Claims[oddSide]) {
				f.Agreeing[oddSide] = append(f.Agreeing[oddSide], c)
			}
		}
		for _, k := range pf.others {
			for _, c := range clusters[k].claims {
				if !sameClaim(c, f.Claims[1-oddSide]) {
					f.Agreeing[1-oddSide] = append(f.Agreeing[1-oddSide], c)
				}
			}
		}
		f.Fingerprint = withAgreeing(f.Fingerprint, f.Agreeing)
		if focus != nil && !anyFocus(focus, f) {
			continue // found, but not wanted
		}
		out = append(out, f)
	}
	return out
}

// support is how many articles state a cluster's value.
func support(vc *valueCluster) int {
	paths := map[string]bool{}
	for _, c := range vc.claims {
		paths[c.Path] = true
	}
	return len(paths)
}

func anyFocus(focus func(claims.Claim) bool, f Finding) bool {
	for i, c := range f.Claims {
		if focus(c) {
			return true
		}
		for _, o := range f.Agreeing[i] {
			if focus(o) {
				return true
			}
		}
	}
	return false
}

func sameClaim(a, b claims.Claim) bool {
	return a.Path == b.Path && a.Line == b.Line && a.Column == b.Column
}

func containsClaim(cs []claims.Claim, c claims.Claim) bool {
	for _, o := range cs {
		if o.Path == c.Path && o.Line == c.Line && o.Column == c.Column {
			return true
		}
	}
	return false
}

// disagree decides whether two value clusters of one subject cannot both be true.
func disagree(a, b *valueCluster) (string, bool) {
	ca := a.claims[0]
	switch ca.Kind {
	case claims.KindWeekday:
		if a.value.Overlaps(b.value) {
			return "", false
		}
		return "the weekday does not fall on the date", true
	case claims.KindAge:
		return ageDisagree(a, b)
	}
	sameTime := !a.dated || !b.dated || a.asOf == b.asOf
	switch ca.Change {
	case ruleset.Static:
		if a.value.Overlaps(b.value) {
			return "", false
		}
		return "the two values cannot both be right", true
	case ruleset.Cumulative:
		// A running total in an undated article could be from any day of the story: it fits
		// somewhere in any rising series, so it is never compared.
		if !a.dated || !b.dated {
			return "", false
		}
		if sameTime {
			if a.value.Overlaps(b.value) {
				return "", false
			}
			if a.dated && b.dated {
				return "two totals for the same day, " + a.asOf.String(), true
			}
			return "two totals for the same time", true
		}
		early, late := a, b
		if b.asOf.Before(a.asOf) {
			early, late = b, a
		}
		// A fall the later article explains ("revised down to 42") is news, not a mistake.
		if anyRevised(late.claims) {
			return "", false
		}
		// A running total may rise; it is a contradiction only if the later figure must be lower.
		if late.value.High < early.value.Low || (late.value.High == early.value.Low && (late.value.HighOpen || early.value.LowOpen)) {
			return fmt.Sprintf("a running total that fell from %s (%s) to %s (%s)",
				early.claims[0].Display, early.asOf, late.claims[0].Display, late.asOf), true
		}
		return "", false
	default: // varying: only figures for one moment can disagree
		if !a.dated || !b.dated || a.asOf != b.asOf {
			return "", false
		}
		if a.value.Overlaps(b.value) {
			return "", false
		}
		return "two figures for the same time", true
	}
}

// ageDisagree allows a person's age to grow by the years between two dated articles (one more
// when a birthday may fall between them).
func ageDisagree(a, b *valueCluster) (string, bool) {
	if !a.value.IsExact() || !b.value.IsExact() {
		return ageRangeDisagree(a, b)
	}
	av, bv := a.value.Low, b.value.Low
	if !a.dated || !b.dated || a.asOf == b.asOf {
		if av == bv {
			return "", false
		}
		return "two ages for one person at one time", true
	}
	early, late := a, b
	if b.asOf.Before(a.asOf) {
		early, late = b, a
	}
	days := late.asOf.Time().Sub(early.asOf.Time()).Hours() / 24
	years := days / 365.2425
	diff := late.value.Low - early.value.Low
	if diff >= math.Floor(years) && diff <= math.Ceil(years) {
		return "", false
	}
	return fmt.Sprintf("ages %s (%s) and %s (%s) do not fit the time between the articles",
		early.claims[0].Display, early.asOf, late.claims[0].Display, late.asOf), true
}

func newFinding(a, b claims.Claim, why string) Finding {
	if cmpClaim(b, a) < 0 {
		a, b = b, a
	}
	basis := sharedReferent(a, b)
	msg := fmt.Sprintf("%s: %q at %s:%d and %q at %s:%d: %s.", a.Label, a.Display, a.Path, a.Line, b.Display, b.Path, b.Line, why)
	if basis != "" {
		msg += " Both: " + basis + "."
	}
	return Finding{
		Kind:        a.Kind,
		Subject:     a.Label,
		Key:         a.Subject,
		Claims:      [2]claims.Claim{a, b},
		Message:     msg,
		Basis:       basis,
		Fingerprint: fingerprint(a.Kind, referentKey(a), a, b),
		New:         true,
	}
}

// sharedReferent describes the referent fields two claims hold alike: the measure, the facets
// and, when it is one, the day they speak for. Names and titles are grouped by person, not by
// referent, and have none.
func sharedReferent(a, b claims.Claim) string {
	if a.Kind == claims.KindName || a.Kind == claims.KindTitle {
		return ""
	}
	bf := map[string]string{}
	for _, f := range b.Referent() {
		bf[f.Name] = f.Value
	}
	var kept []claims.ReferentField
	for _, f := range a.Referent() {
		if f.Name == "revision" || bf[f.Name] != f.Value {
			continue
		}
		// A fixed fact's time does not make it one referent; a varying figure's does.
		if f.Name == "time" && (f.Value == claims.Unknown || a.Change == ruleset.Static || a.Timeless) {
			continue
		}
		kept = append(kept, f)
	}
	return claims.DescribeReferent(kept)
}

// referentKey is the normalized referent a fingerprint is made from: the subject key and the
// stated facets, so that one figure in two populations gives two fingerprints.
func referentKey(c claims.Claim) string {
	k := c.Subject
	for _, f := range c.Facets {
		k += "|" + f.Name + "=" + f.Value
	}
	return k
}

// sameSentence reports whether every claim of two clusters stands in one sentence.
func sameSentence(a, b []claims.Claim) bool {
	x := a[0]
	for _, cs := range [][]claims.Claim{a, b} {
		for _, y := range cs {
			if x.Path != y.Path || x.Quote != y.Quote || x.Line != y.Line {
				return false
			}
		}
	}
	return true
}

// acrossArticles returns a claim of a and a claim of b that stand in different articles,
// preferring the clusters' first claims.
func acrossArticles(a, b []claims.Claim) (claims.Claim, claims.Claim, bool) {
	for _, x := range a {
		for _, y := range b {
			if x.Path != y.Path {
				return x, y, true
			}
		}
	}
	return claims.Claim{}, claims.Claim{}, false
}

func anyRevised(cs []claims.Claim) bool {
	for _, c := range cs {
		if c.Revised {
			return true
		}
	}
	return false
}

// ageRangeDisagree compares ages given as ranges ("octogenarian" is 80 to 89): the earlier range,
// grown by the whole years between the articles, must meet the later one.
func ageRangeDisagree(a, b *valueCluster) (string, bool) {
	early, late := a, b
	if a.dated && b.dated && b.asOf.Before(a.asOf) {
		early, late = b, a
	}
	grown := early.value
	if early.dated && late.dated {
		years := late.asOf.Time().Sub(early.asOf.Time()).Hours() / 24 / 365.2425
		// Whole years only: a decade word changing within days is a mistake far more often
		// than a birthday.
		grown.High += math.Round(years)
	}
	if grown.Overlaps(late.value) {
		return "", false
	}
	return fmt.Sprintf("ages %s and %s cannot both be right", early.claims[0].Display, late.claims[0].Display), true
}
