package claims

import (
	"fmt"
	"strings"

	"github.com/crosscheck-news/crosscheck/internal/normalize"
	"github.com/crosscheck-news/crosscheck/internal/ruleset"
)

// personNouns are nouns for people; "the 21-year-old soldier" says nothing comparable unless a
// name goes with it.
var personNouns = map[string]bool{
	"man": true, "woman": true, "boy": true, "girl": true, "child": true, "person": true,
	"student": true, "teenager": true, "mother": true, "father": true, "son": true,
	"daughter": true, "victim": true, "driver": true, "resident": true, "worker": true,
	"suspect": true, "defendant": true, "passenger": true, "tourist": true, "survivor": true,
	"hostage": true, "prisoner": true, "widow": true, "retiree": true, "pensioner": true,
	"grandmother": true, "grandfather": true, "baby": true, "infant": true, "toddler": true,
	"miner": true, "firefighter": true, "officer": true, "soldier": true, "pilot": true,
	"captain": true, "nurse": true, "doctor": true, "teacher": true, "farmer": true,
	"fisherman": true, "fishermen": true, "shopkeeper": true, "trader": true, "volunteer": true,
	"engineer": true, "labourer": true, "laborer": true, "widower": true, "neighbour": true,
	"neighbor": true, "villager": true, "rescuer": true, "guard": true, "porter": true,
	"waiter": true, "cook": true, "mechanic": true, "vendor": true, "priest": true,
}

// ageFromYears handles "the 21-year-old soldier Edan Alexander", "Alexander, a 21-year-old from
// New Jersey", "the 28-year-old ferry" and "Varga, 47 years old". It reports whether the
// quantity was an age.
func (d *docState) ageFromYears(s *sentence, q normalize.Quantity, first, last int) bool {
	rest := s.p.text[q.End:]
	if !strings.HasPrefix(rest, "-old") && !strings.HasPrefix(rest, " old") && !strings.HasPrefix(rest, "s old") && !strings.HasPrefix(rest, " years old") {
		return false
	}
	years := q.Value.Low / (365 * 86400)
	if !q.Value.IsExact() || years < 0 || years > 5000 {
		return true
	}
	// The token after the whole "21-year-old".
	after := last + 1
	if after < len(s.words) && (s.words[after] == "old" || s.words[after] == "-old") {
		after++
	}
	lo, hi := s.spanBounds(first, last)
	// A name after it ("21-year-old Edan Alexander", "the 21-year-old soldier Edan Alexander").
	for _, pm := range s.people {
		if pm.spanStart >= after && pm.spanStart <= after+2 && pm.person != nil {
			d.ageClaim(s, q, years, pm)
			return true
		}
	}
	// A name before it in apposition ("Alexander, a 21-year-old from New Jersey").
	if pm := d.appositionOwner(s, first); pm != nil {
		d.ageClaim(s, q, years, pm)
		return true
	}
	// A thing: "the 28-year-old ferry".
	if thing := d.nounAfter(s, after, hi); thing != "" && !personNouns[thing] {
		if r := d.x.rules; matchAt(r, ruleset.CatTitleHead, s.words, after) {
			return true
		}
		_ = lo
		d.emit(s, q.Start, q.End, Claim{
			Kind:    KindAge,
			Subject: "age|thing:" + thing,
			Label:   "age of the " + thing,
			Value:   normalize.Exact(years),
			Unit:    "years",
			Display: formatNumber(years) + " years",
			Change:  ruleset.Static,
		})
	}
	return true
}

// appositionOwner returns the person named just before "Name, a 21-year-old" or "Name, 47,".
func (d *docState) appositionOwner(s *sentence, first int) *personMention {
	k := first - 1
	if k >= 0 && (s.words[k] == "a" || s.words[k] == "the" || s.words[k] == "aged") {
		k--
	}
	if k < 0 || s.words[k] != "," {
		if k >= 0 && s.words[k] == "(" {
			// "Elena Varga (47)"
		} else {
			return nil
		}
	}
	for _, pm := range s.people {
		if pm.end == k && (pm.person != nil || pm.key == "" && pm.core != "") {
			return pm
		}
	}
	return nil
}

// ageFromCount handles "Elena Varga, 47, said" and "Varga (47)". It reports whether the number
// was an age.
func (d *docState) ageFromCount(s *sentence, q normalize.Quantity, first, last int) bool {
	if !q.Value.IsExact() || q.Value.Low < 1 || q.Value.Low > 120 || q.Value.Low != float64(int(q.Value.Low)) {
		return false
	}
	if first != last {
		return false
	}
	pm := d.appositionOwner(s, first)
	if pm == nil {
		return false
	}
	next := last + 1
	if next < len(s.words) && !(s.words[next] == "," || s.words[next] == "." || s.words[next] == ")" || s.words[next] == ";") {
		return false
	}
	d.ageClaim(s, q, q.Value.Low, pm)
	return true
}

func (d *docState) ageClaim(s *sentence, q normalize.Quantity, years float64, pm *personMention) {
	// "Al-Rashidi, 41" in an article that never gives the full name: the comparison ties the
	// surname to the one person of the story who bears it, if there is one.
	p, subject := Person{Name: pm.name, Surname: pm.parts.Surname, Core: pm.core}, "age|?"+pm.core
	if pm.person != nil {
		p, subject = *pm.person, "age|"+pm.person.Key
	}
	d.emit(s, q.Start, q.End, Claim{
		Kind:    KindAge,
		Subject: subject,
		Label:   "age of " + p.Name,
		Value:   normalize.Exact(years),
		Unit:    "years",
		Display: formatNumber(years),
		Person:  &p,
		Change:  ruleset.Static,
	})
}

// kinLookback is how many sentences back "his" or "her" may point for its person.
const kinLookback = 3

// kinAgeClaims reads the age of a named person's relative given by decade: "his octogenarian
// father" is the father, in his eighties, of the person "his" points at. The relative is known
// as that person's father, so two articles' words for his age can be compared.
func (d *docState) kinAgeClaims(s *sentence) {
	r := d.x.rules
	for i := 0; i+2 < len(s.words); i++ {
		if s.words[i] != "his" && s.words[i] != "her" {
			continue
		}
		decade, ok := r.Names.Decades[s.words[i+1]]
		if !ok || !matchAt(r, ruleset.CatKinship, s.words, i+2) {
			continue
		}
		owner := d.pronounOwner(s, i)
		if owner == nil {
			continue
		}
		kin := s.words[i+2]
		p := Person{Name: kin + " of " + owner.Name, Key: kin + " of " + owner.Key, Core: kin + " of " + owner.Core}
		value := normalize.Interval{Low: float64(decade), High: float64(decade + 10), HighOpen: true}
		d.emit(s, s.toks[i+1].Start, s.toks[i+1].End, Claim{
			Kind:    KindAge,
			Subject: "age|" + p.Key,
			Label:   "age of the " + p.Name,
			Value:   value,
			Unit:    "years",
			Display: fmt.Sprintf("%d to %d", decade, decade+9),
			Person:  &p,
			Change:  ruleset.Static,
		})
	}
}

// pronounOwner returns the person "his" or "her" at token at points at: the one person named
// before it in its sentence, or else in the nearest earlier sentence of the article that names
// people, if that sentence names one. Two people, or none, leave it unknown.
func (d *docState) pronounOwner(s *sentence, at int) *Person {
	one := func(pms []*personMention, before int) (*Person, bool) {
		var found *Person
		any := false
		for _, pm := range pms {
			if before >= 0 && pm.start >= before {
				continue
			}
			any = true
			if pm.person == nil || pm.person.Key == "" || found != nil && found != pm.person {
				return nil, true
			}
			found = pm.person
		}
		return found, any
	}
	if p, named := one(s.people, at); named {
		return p
	}
	k := -1
	for i, t := range d.sentences {
		if t == s {
			k = i
		}
	}
	for i := k - 1; i >= 0 && i >= k-kinLookback; i-- {
		if d.sentences[i].p.headline {
			break
		}
		if p, named := one(d.sentences[i].people, -1); named {
			return p
		}
	}
	return nil
}
