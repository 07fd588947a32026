package compare

import (
	"fmt"
	"sort"
	"strings"

	"github.com/crosscheck-news/crosscheck/internal/claims"
	"github.com/crosscheck-news/crosscheck/internal/normalize"
	"github.com/crosscheck-news/crosscheck/internal/ruleset"
)

// person gathers every claim about one full name across the articles.
type person struct {
	key     string
	given   []string
	surname string
	core    string
	names   []claims.Claim // name claims, in order
	titles  []claims.Claim // title claims, in order
	parties map[string]bool
	heads   map[string]bool
	kin     bool
}

// comparePeople finds names written two ways and people given titles that exclude each other.
func comparePeople(names, titles []claims.Claim, rules *ruleset.Set) []Finding {
	// Work in text order so that which claim stands for a person does not depend on input order.
	names, titles = sortedClaims(names), sortedClaims(titles)
	people := map[string]*person{}
	var keys []string
	get := func(c claims.Claim) *person {
		p := people[c.Person.Key]
		if p == nil {
			p = &person{key: c.Person.Key, given: c.Person.Given, surname: c.Person.Surname, core: c.Person.Core,
				parties: map[string]bool{}, heads: map[string]bool{}}
			people[c.Person.Key] = p
			keys = append(keys, c.Person.Key)
		}
		if c.Person.Kin {
			p.kin = true
		}
		for _, pt := range c.Person.Parties {
			p.parties[pt] = true
		}
		if t := c.Person.Title; t != nil && !t.Former {
			p.heads[t.Head] = true
			if t.Party != "" {
				p.parties[t.Party] = true
			}
		}
		return p
	}
	for _, c := range names {
		if c.Person == nil || c.Person.Key == "" {
			continue
		}
		p := get(c)
		p.names = append(p.names, c)
	}
	for _, c := range titles {
		if c.Person == nil || c.Person.Key == "" {
			continue
		}
		p := get(c)
		p.titles = append(p.titles, c)
	}
	sort.Strings(keys)
	var out []Finding
	for _, k := range keys {
		out = append(out, titleConflicts(people[k], rules)...)
	}
	// Names: compare people that share a surname core or a first name.
	bySurname := map[string][]*person{}
	for _, k := range keys {
		p := people[k]
		if len(p.names) == 0 || len(p.given) == 0 {
			continue
		}
		bySurname[p.surname] = append(bySurname[p.surname], p)
	}
	// Only two kinds of pair can be one person written two ways: the same surname, or the same
	// first name (up to nicknames and initials). Pairing within those groups keeps a large
	// archive from costing every person against every other.
	byGiven := map[string][]*person{}
	for _, k := range keys {
		p := people[k]
		if len(p.names) == 0 || len(p.given) == 0 {
			continue
		}
		g := strings.TrimSuffix(p.given[0], ".")
		if len(g) == 1 {
			continue // an initial could be anyone's; it joins no group
		}
		byGiven[rules.GivenNameGroup(g)] = append(byGiven[rules.GivenNameGroup(g)], p)
	}
	// Given names written with or without a space ("Kamilcan", "Kamil Can") are a third way
	// one person's names meet.
	byJoinedGiven := map[string][]*person{}
	for _, k := range keys {
		p := people[k]
		if len(p.names) == 0 || len(p.given) == 0 {
			continue
		}
		j := strings.Join(p.given, "")
		byJoinedGiven[j] = append(byJoinedGiven[j], p)
	}
	seen := map[[2]string]bool{}
	try := func(a, b *person) {
		pair := [2]string{a.key, b.key}
		if b.key < a.key {
			pair = [2]string{b.key, a.key}
		}
		if a.key == b.key || seen[pair] {
			return
		}
		seen[pair] = true
		if a.key > b.key {
			a, b = b, a
		}
		if f, ok := nameConflict(a, b, bySurname, rules); ok {
			out = append(out, f)
		}
	}
	for _, group := range sortedGroups(bySurname) {
		for i := range group {
			for j := i + 1; j < len(group); j++ {
				try(group[i], group[j])
			}
		}
	}
	for _, group := range sortedGroups(byGiven) {
		for i := range group {
			for j := i + 1; j < len(group); j++ {
				if d := len(group[i].core) - len(group[j].core); d <= 2 && d >= -2 {
					try(group[i], group[j])
				}
			}
		}
	}
	for _, group := range sortedGroups(byJoinedGiven) {
		for i := range group {
			for j := i + 1; j < len(group); j++ {
				if len(group[i].given) != len(group[j].given) {
					try(group[i], group[j])
				}
			}
		}
	}
	return out
}

// nameConflict decides whether two spellings name one person: the same first name with a
// surname a small edit apart, or the same surname and role with a first name that is no form of
// the other.
func nameConflict(a, b *person, bySurname map[string][]*person, rules *ruleset.Set) (Finding, bool) {
	sameGiven := rules.SameGivenName(a.given[0], b.given[0])
	switch {
	case a.surname == b.surname && sameGiven:
		return Finding{}, false // "Steve" and "Steven", "J." and "John"
	case a.surname == b.surname && !closeGivenNames(a.given, b.given):
		if sameGiven {
			return Finding{}, false // "Steve" and "Steven", "J." and "John"
		}
		// Relatives share surnames: a person spoken of with a family word is not compared.
		if a.kin || b.kin {
			return Finding{}, false
		}
		if !sharedRole(a, b, len(bySurname[a.surname]) == 2, rules) {
			return Finding{}, false
		}
		return nameFinding(a, b, "one surname and role with two first names"), true
	case a.surname == b.surname && !a.kin && !b.kin && closeGivenNames(a.given, b.given):
		return nameFinding(a, b, "one person's first name spelled two ways"), true
	case len(a.given) != len(b.given) && strings.Join(a.given, "") == strings.Join(b.given, "") && len(strings.Join(a.given, "")) >= 6 &&
		(a.core == b.core || closeSurnames(a.core, b.core)):
		return nameFinding(a, b, "one person's name written two ways"), true
	case sameGiven && len(a.given) == len(b.given) && closeSurnames(a.core, b.core):
		return nameFinding(a, b, "one person's surname spelled two ways"), true
	}
	return Finding{}, false
}

// closeGivenNames reports whether two full names' given names are one written two ways: at
// least two given names, all but the first alike, and first names of one initial a single edit
// apart ("Vishwas Kumar" and "Vishwash Kumar"). With the surname alike too, that is one person.
func closeGivenNames(a, b []string) bool {
	if len(a) < 2 || len(a) != len(b) {
		return false
	}
	for i := 1; i < len(a); i++ {
		if a[i] != b[i] {
			return false
		}
	}
	x, y := a[0], b[0]
	if x == y || len([]rune(x)) < 4 || len([]rune(y)) < 4 || x[0] != y[0] {
		return false
	}
	return normalize.EditDistance(x, y) == 1
}

// closeSurnames reports whether two surname cores are a small edit apart: one edit, or two in a
// long name.
func closeSurnames(a, b string) bool {
	if a == b || len([]rune(a)) < 3 || len([]rune(b)) < 3 {
		return false
	}
	d := normalize.EditDistance(a, b)
	if d == 1 {
		return true
	}
	return d == 2 && min(len([]rune(a)), len([]rune(b))) >= 8
}

// sharedRole reports whether two people hold titles that show they are the same office-holder:
// the same head noun (not a mere "Mr"), or, when only these two share the surname, the same
// party; and no titles that exclude each other.
func sharedRole(a, b *person, onlyTwo bool, rules *ruleset.Set) bool {
	if len(a.titles) == 0 || len(b.titles) == 0 {
		return false
	}
	for _, ta := range distinctTitles(a.titles) {
		for _, tb := range distinctTitles(b.titles) {
			if _, excl := exclusive(ta.Person.Title, tb.Person.Title, rules); excl {
				return false
			}
		}
	}
	for h := range a.heads {
		if b.heads[h] && !inSet(h, rules.Titles.Honorifics) {
			return true
		}
	}
	if !onlyTwo {
		return false
	}
	for p := range a.parties {
		if b.parties[p] {
			return true
		}
	}
	return false
}

func nameFinding(a, b *person, why string) Finding {
	ca, cb := a.names[0], b.names[0]
	ca.Label = "name of " + sortedPair(ca.Display, cb.Display)
	cb.Label = ca.Label
	f := newFinding(ca, cb, why)
	f.Kind = claims.KindName
	f.Subject = ca.Label
	f.Key = "name|" + sortedPair(a.key, b.key)
	f.Fingerprint = fingerprint(claims.KindName, f.Key, f.Claims[0], f.Claims[1])
	return f
}

func sortedPair(a, b string) string {
	if b < a {
		a, b = b, a
	}
	return a + " / " + b
}

// titleConflicts finds titles of one person that exclude each other.
func titleConflicts(p *person, rules *ruleset.Set) []Finding {
	var out []Finding
	seen := map[string]bool{}
	titles := distinctTitles(p.titles)
	for i := 0; i < len(titles); i++ {
		for j := i + 1; j < len(titles); j++ {
			a, b := titles[i], titles[j]
			ta, tb := a.Person.Title, b.Person.Title
			if ta.Former || tb.Former {
				continue
			}
			if cmpClaim(b, a) < 0 {
				a, b, ta, tb = b, a, tb, ta
			}
			why, excl := exclusive(ta, tb, rules)
			if !excl {
				continue
			}
			pair := sortedPair(strings.ToLower(ta.Text), strings.ToLower(tb.Text))
			if seen[pair] {
				continue
			}
			seen[pair] = true
			out = append(out, newFinding(a, b, why))
		}
	}
	return out
}

// exclusive reports whether two titles name offices one person cannot hold at once.
func exclusive(a, b *claims.Title, rules *ruleset.Set) (string, bool) {
	for _, x := range rules.Titles.Exclusive {
		any := len(x.Heads) == 1 && x.Heads[0] == "*"
		wa, wb := setWord(a, x.Words), setWord(b, x.Words)
		if any {
			// A set for any head applies when both titles have one head, or both heads are
			// words of the set (ranks).
			if a.Head != b.Head && !(inSet(a.Head, x.Words) && inSet(b.Head, x.Words)) {
				continue
			}
		} else {
			if !inSet(a.Head, x.Heads) || !inSet(b.Head, x.Heads) {
				continue
			}
			if wa == "" || wb == "" {
				continue // "Minister" and "Transport Minister" agree
			}
		}
		if wa == "" && !inSet("", x.Words) || wb == "" && !inSet("", x.Words) {
			continue
		}
		// "none of the others" is read only from a formal title before a name, and only
		// against a title of the same office: "Minister Petrovic" may be shorthand for any
		// minister, so it does not stand against "Deputy Rail Minister Petrovic".
		if wa == "" && !a.Formal || wb == "" && !b.Formal {
			continue
		}
		if wa == "" && officeWords(a, x.Words) == "" && officeWords(b, x.Words) != "" ||
			wb == "" && officeWords(b, x.Words) == "" && officeWords(a, x.Words) != "" {
			continue
		}
		if wa != wb {
			return describeWord(wa) + " and " + describeWord(wb) + " are different offices", true
		}
	}
	return "", false
}

func describeWord(w string) string {
	if w == "" {
		return "no rank word"
	}
	return "\"" + w + "\""
}

// setWord returns the longest word of the set that stands in the title, or "".
func setWord(t *claims.Title, words []string) string {
	joined := " " + strings.Join(t.Words, " ") + " "
	best := ""
	for _, w := range words {
		if w != "" && len(w) > len(best) && strings.Contains(joined, " "+w+" ") {
			best = w
		}
	}
	return best
}

func inSet(w string, set []string) bool {
	for _, s := range set {
		if s == w {
			return true
		}
	}
	return false
}

// identities ties the ways the articles name one person together: full names whose first names
// are forms of one name ("Yusuf" and "Youssef al-Rashidi"), and a surname alone to the one
// person of the story who bears it.
type identities struct {
	canon  map[string]string          // full-name key → identity
	byCore map[string]map[string]bool // surname core → identities
}

func newIdentities(cs []claims.Claim, rules *ruleset.Set) *identities {
	ids := &identities{canon: map[string]string{}, byCore: map[string]map[string]bool{}}
	bySurname := map[string][]*claims.Person{}
	var surnames []string
	seen := map[string]bool{}
	for _, c := range cs {
		p := c.Person
		if p == nil || p.Key == "" || len(p.Given) == 0 || seen[p.Key] {
			continue
		}
		seen[p.Key] = true
		if _, ok := bySurname[p.Surname]; !ok {
			surnames = append(surnames, p.Surname)
		}
		bySurname[p.Surname] = append(bySurname[p.Surname], p)
	}
	sort.Strings(surnames)
	for _, sn := range surnames {
		list := bySurname[sn]
		sort.Slice(list, func(i, j int) bool { return list[i].Key < list[j].Key })
		for i, p := range list {
			id := p.Key
			for _, q := range list[:i] {
				if rules.SameGivenName(p.Given[0], q.Given[0]) {
					id = ids.canon[q.Key]
					break
				}
			}
			ids.canon[p.Key] = id
			if ids.byCore[p.Core] == nil {
				ids.byCore[p.Core] = map[string]bool{}
			}
			ids.byCore[p.Core][id] = true
		}
	}
	return ids
}

// of returns the identity of the person a claim names.
func (ids *identities) of(p *claims.Person) (string, bool) {
	if p.Key != "" {
		if id, ok := ids.canon[p.Key]; ok {
			return id, true
		}
		return p.Key, true
	}
	if set := ids.byCore[p.Core]; len(set) == 1 {
		for id := range set {
			return id, true
		}
	} else if len(set) == 0 && p.Name != "" && !strings.Contains(p.Name, " ") {
		// One name and no one in the story with it as a surname ("Cudi"): the story's only
		// person of that name.
		return "single:" + p.Core, true
	}
	return "", false
}

func sortedClaims(cs []claims.Claim) []claims.Claim {
	out := append([]claims.Claim(nil), cs...)
	sort.SliceStable(out, func(i, j int) bool { return cmpClaim(out[i], out[j]) < 0 })
	return out
}

// distinctTitles keeps the first claim of each title as written (and whether it is formal), so
// that a title repeated in a thousand articles is compared once.
func distinctTitles(cs []claims.Claim) []claims.Claim {
	seen := map[string]bool{}
	var out []claims.Claim
	for _, c := range cs {
		t := c.Person.Title
		k := strings.ToLower(t.Text) + fmt.Sprint(t.Formal, t.Former)
		if !seen[k] {
			seen[k] = true
			out = append(out, c)
		}
	}
	return out
}

// sortedGroups returns a map's groups in key order, for deterministic output.
func sortedGroups(m map[string][]*person) [][]*person {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	out := make([][]*person, len(keys))
	for i, k := range keys {
		out[i] = m[k]
	}
	return out
}

// officeWords returns the words of a title that name its office, leaving out the head, the
// words of the set being compared ("deputy") and the words that do not change the office
// ("senior", "the"): "Deputy Rail Minister" and "Rail Minister" both give "rail".
func officeWords(t *claims.Title, set []string) string {
	var out []string
	for _, w := range t.Words {
		switch {
		case inSet(w, set), w == t.Head, strings.Contains(t.Head, w):
		case w == "the" || w == "of" || w == "for" || w == "a" || w == "'s" || w == "senior" || w == "top":
		default:
			out = append(out, w)
		}
	}
	return strings.Join(out, " ")
}
