package claims

import (
	"sort"
	"strings"

	"github.com/crosscheck-news/crosscheck/internal/normalize"
	"github.com/crosscheck-news/crosscheck/internal/ruleset"
)

// personMention is one place a sentence names a person.
type personMention struct {
	s          *sentence
	start, end int // tokens of the name
	spanStart  int // first token of the mention with its title (title before the name)
	spanEnd    int // token after the mention with its title (title in apposition)
	title      *Title
	name       string // cleaned
	key        string // folded full name; "" for a surname alone
	parts      normalize.NameParts
	core       string
	person     *Person // the full-name person this mention is, once linked
	kin        bool    // a family word stands beside the mention
}

func (pm *personMention) display() string {
	if pm.person != nil {
		return pm.person.Name
	}
	return pm.name
}

// notNames are capitalised words that begin sentences or name no one.
var notNames = map[string]bool{
	"the": true, "a": true, "an": true, "he": true, "she": true, "it": true, "they": true,
	"we": true, "i": true, "this": true, "that": true, "these": true, "those": true, "his": true,
	"her": true, "their": true, "its": true, "our": true, "in": true, "on": true, "at": true,
	"but": true, "and": true, "or": true, "if": true, "when": true, "while": true, "after": true,
	"before": true, "since": true, "as": true, "despite": true, "meanwhile": true, "however": true,
	"according": true, "officials": true, "police": true, "monday": true, "tuesday": true,
	"wednesday": true, "thursday": true, "friday": true, "saturday": true, "sunday": true,
	"january": true, "february": true, "march": true, "april": true, "may": true, "june": true,
	"july": true, "august": true, "september": true, "october": true, "november": true,
	"december": true, "mr": true, "mrs": true, "ms": true, "dr": true, "mv": true, "ms.": true,
	"st": true, "mount": true, "lake": true, "river": true, "street": true, "road": true,
	"north": true, "south": true, "east": true, "west": true, "northern": true, "southern": true,
	"eastern": true, "western": true, "central": true, "new": true, "coast": true, "guard": true,
	"ministry": true, "court": true, "house": true, "office": true, "department": true,
	"agency": true, "council": true, "party": true, "union": true, "army": true, "forces": true,
	"province": true, "state": true, "city": true, "county": true, "district": true,
	"hospital": true, "university": true, "airport": true, "port": true, "strait": true,
	"bay": true, "island": true, "islands": true, "valley": true, "dam": true, "bridge": true,
	"times": true, "post": true, "news": true, "press": true, "radio": true, "tv": true,
	"gazette": true, "online": true, "daily": true, "reuters": true, "associated": true,
	"also": true, "read": true, "table": true, "contents": true, "profile": true, "update": true,
	"forum": true, "front": true, "movement": true, "alliance": true, "committee": true,
	"bank": true, "group": true, "company": true, "corporation": true, "association": true,
	"institute": true, "foundation": true, "coalition": true, "league": true, "federation": true,
	"authority": true, "commission": true, "organisation": true, "organization": true,
	"brigade": true, "brigades": true, "battalion": true, "wing": true, "service": true,
	"services": true, "school": true, "church": true, "mosque": true, "club": true,
	"cross": true, "crescent": true, "seismological": true, "meteorological": true,
}

// speechVerbs after a name show it is a person's.
var speechVerbs = map[string]bool{
	"said": true, "says": true, "told": true, "added": true, "stated": true, "wrote": true,
	"announced": true, "confirmed": true, "declared": true, "insisted": true, "argued": true,
	"explained": true, "warned": true, "noted": true, "asked": true, "replied": true,
	"promised": true, "visited": true, "testified": true, "denied": true, "urged": true,
}

var particles = map[string]bool{
	"al": true, "el": true, "bin": true, "ibn": true, "bint": true, "abu": true, "van": true,
	"von": true, "de": true, "da": true, "di": true, "du": true, "le": true, "la": true,
	"del": true, "della": true, "der": true, "den": true, "dos": true, "das": true, "ben": true,
	"ter": true, "zu": true, "y": true,
}

// isNameToken reports whether token i can be part of a person's name. The answers are worked
// out once per sentence: the people passes ask for every token several times.
func (s *sentence) isNameToken(i int) bool {
	if s.nameTok == nil {
		s.nameTok = make([]bool, len(s.raw))
		for k := range s.raw {
			s.nameTok[k] = s.nameTokenAt(k)
		}
	}
	return s.nameTok[i]
}

func (s *sentence) nameTokenAt(i int) bool {
	raw := s.raw[i]
	if !isWord(raw) {
		return false
	}
	if isCapitalized(raw) {
		return true
	}
	w := s.words[i]
	if particles[w] {
		return true
	}
	// "al-Hayya", "el-Sisi", "bin-Laden": a particle glued to a capitalised name.
	if k := strings.IndexAny(raw, "-\u2010\u2011"); k > 0 && particles[strings.ToLower(raw[:k])] {
		return true
	}
	return false
}

// findPeople finds the people a sentence names, with the titles written beside them.
func (d *docState) findPeople(s *sentence) {
	r := d.x.rules
	n := len(s.toks)
	for i := 0; i < n; {
		if !s.isNameToken(i) || particles[s.words[i]] {
			i++
			continue
		}
		j := i
		for j < n && s.isNameToken(j) && !(j > i && s.words[j-1] != "" && s.toks[j].Start > s.toks[j-1].End+1) {
			j++
		}
		// A run may start with its title: "Coast Guard Commander Elena Varga".
		nameStart := i
		// "Twelve-year-old Cudi": an age opening the sentence is not part of the name.
		if strings.HasSuffix(s.words[i], "-old") && j-i >= 2 {
			nameStart = i + 1
		}
		for k := i; k < j; k++ {
			if _, m, ok := r.Match(ruleset.CatTitleHead, s.words, k); ok && k+m <= j {
				nameStart = k + m
				k += m - 1
			} else if (personNouns[s.words[k]] || i == 0 && occupationLike(s.words[k])) && k == i && k+2 < j && (i == 0 || s.words[i-1] != "for" && s.words[i-1] != "of") {
				// "Fisherman Teo Manahi": a common noun capitalised at the start of a sentence.
				nameStart = k + 1
			} else if isExclusiveWord(r, s.words[k]) && k+1 < j {
				// "Deputy", "Transport": title words before the head
				continue
			}
		}
		// "Special Envoy for Hostage Affairs Adam Boehler": a run after "for" or "of" that holds
		// no title word continues the title before it; the name is its last words.
		if nameStart == i && j-i >= 3 && i > 0 && (s.words[i-1] == "for" || s.words[i-1] == "of") {
			nameStart = j - 2
			for nameStart > i && particles[s.words[nameStart-1]] {
				nameStart--
			}
		}
		// Trailing particles belong to no one.
		nameEnd := j
		for nameEnd > nameStart && particles[s.words[nameEnd-1]] {
			nameEnd--
		}
		if nameEnd-nameStart >= 1 && nameEnd-nameStart <= 4 {
			d.addMention(s, i, nameStart, nameEnd)
		}
		i = j
	}
	d.findKin(s)
}

func isExclusiveWord(r *ruleset.Set, w string) bool { return r.IsExclusiveWord(w) }

// addMention records the name in tokens [start, end) if the sentence shows it is a person.
func (d *docState) addMention(s *sentence, runStart, start, end int) {
	r := d.x.rules
	for k := start; k < end; k++ {
		if notNames[s.words[k]] {
			if k == start {
				// "The", "On": a sentence opener before the name; try the rest.
				if end-start > 1 {
					d.addMention(s, runStart, start+1, end)
				}
				return
			}
			return
		}
	}
	allParty := true
	for k := start; k < end; k++ {
		if _, _, ok := r.MatchParty(s.raw, k); !ok {
			allParty = false
		}
	}
	if allParty {
		return
	}
	// "Valdoria's Democratic Forum": a name owned by something is not a person's.
	if start > 0 && stripPossessive(s.toks[start-1].Text) != s.toks[start-1].Text {
		return
	}
	pm := &personMention{s: s, start: start, end: end, spanStart: start, spanEnd: end}
	// The title before the name: words of the run before it, then lower-case title words.
	tStart := d.titleBefore(s, runStart, start)
	if tStart < start {
		pm.title = d.makeTitle(s, tStart, start)
		if pm.title != nil {
			pm.spanStart = tStart
			pm.title.Formal = true
		}
	}
	// A role in apposition before the name: "The driver, Goran Mesić, 44, …".
	if pm.title == nil && start >= 3 && s.words[start-1] == "," && (personNouns[s.words[start-2]] || matchAt(r, ruleset.CatTitleHead, s.words, start-2)) {
		switch s.words[start-3] {
		case "the", "a", "its", "their", "his", "her":
			pm.title = &Title{Text: s.raw[start-2], Words: []string{s.words[start-2]}, Head: s.words[start-2]}
		}
	}
	// A title in apposition: "Steve Witkoff, the US Middle East envoy, …", also after an age:
	// "Alistair Penrose, 58, chief executive of Kernow Tin".
	if pm.title == nil && end+1 < len(s.toks) && s.words[end] == "," {
		from := end + 1
		if from+1 < len(s.words) && isNumberToken(s.raw[from]) && s.words[from+1] == "," {
			from += 2
		}
		if from < len(s.words) && (s.words[from] == "the" || s.words[from] == "a" || s.words[from] == "an") {
			from++
		}
		to := from
		for to < len(s.words) && to < from+10 && !isClauseEnd(s.words[to]) && s.words[to] != "who" && s.words[to] != "which" && !speechVerbs[s.words[to]] {
			to++
		}
		if to > from {
			if t := d.makeTitle(s, from, to); t != nil {
				pm.title = t
				pm.spanEnd = to
			}
		}
	}
	hasAge := end+2 < len(s.toks) && s.words[end] == "," && isNumberToken(s.raw[end+1])
	// "Dario Lenac, who paid", "his nephew Luka Kovac": words only people take.
	if end+1 < len(s.words) && s.words[end] == "," && (s.words[end+1] == "who" || s.words[end+1] == "whose") {
		hasAge = true
	}
	if start > 0 && (matchAt(r, ruleset.CatKinship, s.words, start-1) || personNouns[s.words[start-1]]) {
		hasAge = true
	}
	// "the contractor Dario Lenac": a common noun in apposition before a full name.
	if end-start >= 2 && start > 1 && isAppositiveNoun(s.raw[start-1], s.words[start-1]) && (s.words[start-2] == "the" || s.words[start-2] == "a") {
		hasAge = true
	}
	// "40-year-old Vishwas Kumar Ramesh", "Ramesh Bucharvada, aged 38", "Cudi, a 10-year-old
	// girl": ages are told of people.
	if start > 0 && (s.words[start-1] == "old" || strings.HasSuffix(s.words[start-1], "-old") || strings.HasSuffix(s.words[runStart], "-old")) {
		hasAge = true
	}
	if end+2 < len(s.words) && s.words[end] == "," && s.words[end+1] == "aged" && isNumberToken(s.raw[end+2]) {
		hasAge = true
	}
	if end+3 < len(s.words) && s.words[end] == "," && (s.words[end+1] == "a" || s.words[end+1] == "an") &&
		(strings.HasSuffix(s.words[end+2], "-old") || s.words[end+2] == "old" || s.words[end+3] == "old" || strings.HasSuffix(s.words[end+3], "-old")) {
		hasAge = true
	}
	// "Vishwash Kumar Ramesh, a passenger": a person noun in apposition after the name.
	if end+2 < len(s.words) && s.words[end] == "," && (s.words[end+1] == "a" || s.words[end+1] == "an") && personNouns[s.words[end+2]] {
		hasAge = true
	}
	// "The only survivor was Vishwash Kumar Ramesh", "the victim is Corey Comperatore".
	if start > 1 && (s.words[start-1] == "was" || s.words[start-1] == "is") && personNouns[s.words[start-2]] {
		hasAge = true
	}
	said := (end < len(s.words) && speechVerbs[s.words[end]]) || (start > 0 && speechVerbs[s.words[start-1]])
	// "a team led by Sophie Lindqvist": only people lead, head or chair.
	if start > 1 && s.words[start-1] == "by" && (s.words[start-2] == "led" || s.words[start-2] == "headed" || s.words[start-2] == "chaired" || s.words[start-2] == "founded") {
		said = true
	}
	if pm.title == nil && !hasAge && !said {
		return
	}
	pm.name = strings.TrimSpace(s.p.text[s.toks[start].Start:s.toks[end-1].End])
	pm.name = stripPossessive(normalize.CleanText(pm.name))
	folded := normalize.FoldName(pm.name)
	pm.parts = normalize.SplitName(folded)
	pm.core = normalize.SurnameCore(pm.parts.Surname)
	if pm.core == "" {
		return
	}
	if len(pm.parts.Given) > 0 {
		pm.key = folded
	} else if end-start > 1 {
		return // particles only, or a name we cannot split
	}
	s.people = append(s.people, pm)
	d.mentions = append(d.mentions, pm)
}

func isClauseEnd(w string) bool {
	switch w {
	case ",", ".", ";", ":", "(", ")", "!", "?", "\"", "-":
		return true
	}
	return false
}

// titleBefore returns where the title before a name starts: capitalised words of the run before
// the name, and lower-case title words, parties and modifiers before the run.
func (d *docState) titleBefore(s *sentence, runStart, nameStart int) int {
	r := d.x.rules
	t := runStart
	for k := runStart - 1; k >= 0 && k >= runStart-6; k-- {
		w := s.words[k]
		// A head of several words ending here: "Chief executive Alistair Penrose".
		if j := headEndingAt(r, s, k); j >= 0 {
			t = j
			k = j
			continue
		}
		switch {
		case matchAt(r, ruleset.CatTitleHead, s.words, k),
			matchAt(r, ruleset.CatTitleModifier, s.words, k) && w != "the" && w != "a" && w != "an",
			matchAt(r, ruleset.CatFormer, s.words, k),
			isExclusiveWord(r, w),
			isPartyWord(r, s.raw[k]),
			isCapitalized(s.raw[k]) && isWord(s.raw[k]):
			t = k
			continue
		case w == "of" || w == "for":
			continue
		}
		break
	}
	if t < runStart {
		// Leading "of"/"for" belong to no title.
		for t < nameStart && (s.words[t] == "of" || s.words[t] == "for") {
			t++
		}
	}
	return t
}

// isPartyWord reports whether a token names a party, also in hyphenated dual forms
// ("Israeli-American").
func isPartyWord(r *ruleset.Set, raw string) bool {
	if r.PartyOf(raw) != "" {
		return true
	}
	parts := strings.FieldsFunc(raw, func(c rune) bool { return c == '-' })
	if len(parts) < 2 {
		return false
	}
	for _, p := range parts {
		if r.PartyOf(p) == "" {
			return false
		}
	}
	return true
}

// makeTitle reads tokens [from, to) as a title; it must hold a head noun from the rules.
func (d *docState) makeTitle(s *sentence, from, to int) *Title {
	r := d.x.rules
	t := &Title{}
	for k := from; k < to; k++ {
		if _, n, ok := r.Match(ruleset.CatTitleHead, s.words, k); ok && k+n <= to {
			t.Head = strings.Join(s.words[k:k+n], " ")
			for j := k; j < k+n; j++ {
				t.Words = append(t.Words, s.words[j])
			}
			k += n - 1
			continue
		}
		if matchAt(r, ruleset.CatFormer, s.words, k) || strings.HasPrefix(s.words[k], "ex-") {
			t.Former = true
		}
		if t.Party == "" {
			if p, _, ok := r.MatchParty(s.raw, k); ok {
				t.Party = p
			}
		}
		t.Words = append(t.Words, s.words[k])
	}
	if t.Head == "" {
		return nil
	}
	t.Text = normalize.CleanText(strings.TrimSpace(s.p.text[s.toks[from].Start:s.toks[to-1].End]))
	return t
}

// findKin notes the people the sentence speaks of with family words ("his son, Tom Penrose").
func (d *docState) findKin(s *sentence) {
	r := d.x.rules
	for _, pm := range s.people {
		// "his brother Selim Haldar", "the mother of the current chief, Dale Whitcombe": the
		// family word comes just before the relative's name.
		for k := max(0, pm.spanStart-6); k < pm.spanStart; k++ {
			if matchAt(r, ruleset.CatKinship, s.words, k) {
				pm.kin = true
			}
		}
		// "Edan Alexander's mother", "Alexander, whose mother": the name owns a relative.
		for k := pm.end; k < min(len(s.words), pm.end+3); k++ {
			if matchAt(r, ruleset.CatKinship, s.words, k) && k == pm.end {
				pm.kin = true
			}
		}
	}
}

// linkPeople ties every mention to a full-name person of the article: a full name to itself, a
// surname alone to the one full name in the article that has it.
func (d *docState) linkPeople() {
	d.surnames = map[string][]*Person{}
	for _, pm := range d.mentions {
		if pm.key == "" {
			continue
		}
		p := d.people[pm.key]
		if p == nil {
			p = &Person{Name: pm.name, Key: pm.key, Given: pm.parts.Given, Surname: pm.parts.Surname, Core: pm.core}
			d.people[pm.key] = p
			d.surnames[pm.core] = append(d.surnames[pm.core], p)
		}
		pm.person = p
	}
	// A surname alone, anywhere in the article, is the person it names in full: "Lenac was
	// sentenced to six years" after "Dario Lenac, who paid the bribes".
	for _, s := range d.sentences {
		d.findSurnames(s)
	}
	for _, pm := range d.mentions {
		if pm.person == nil {
			if list := d.surnames[pm.core]; len(list) == 1 {
				pm.person = list[0]
			}
		}
		if pm.person != nil && pm.title != nil && pm.title.Party != "" {
			pm.person.Parties = appendUnique(pm.person.Parties, pm.title.Party)
		}
	}
	// A one-word name that no full name in the article carries ("Twelve-year-old Cudi") is a
	// person known by that name alone.
	single := map[string]*Person{}
	for _, pm := range d.mentions {
		if pm.person != nil || pm.key != "" || pm.core == "" || len(d.surnames[pm.core]) > 0 || pm.end-pm.start != 1 {
			continue
		}
		p := single[pm.core]
		if p == nil {
			p = &Person{Name: pm.name, Surname: pm.parts.Surname, Core: pm.core}
			single[pm.core] = p
		}
		pm.person = p
	}
	for _, pm := range d.mentions {
		if pm.kin && pm.person != nil {
			pm.person.Kin = true
		}
	}
}

func appendUnique(list []string, s string) []string {
	for _, x := range list {
		if x == s {
			return list
		}
	}
	return append(list, s)
}

// personIn returns the one person named in tokens [lo, hi), or nil when there is none, more
// than one, or a mention that cannot be tied to one person.
func (d *docState) personIn(s *sentence, lo, hi int) *personMention {
	var found *personMention
	for _, pm := range s.people {
		if pm.start < lo || pm.start >= hi || d.notHolder(pm) || speaker(s, pm) {
			continue
		}
		if pm.person == nil || found != nil && found.person != pm.person {
			return nil
		}
		found = pm
	}
	return found
}

// peopleClaims emits the name and title claims of a sentence.
func (d *docState) peopleClaims(s *sentence) {
	for _, pm := range s.people {
		if pm.person == nil {
			continue
		}
		p := *pm.person
		if pm.key != "" {
			c := Claim{
				Kind:    KindName,
				Subject: "name|" + p.Core,
				Label:   "name of " + p.Name,
				Display: pm.name,
				Person:  withTitle(&p, pm.title),
				Change:  ruleset.Static,
			}
			d.emit(s, s.toks[pm.start].Start, s.toks[pm.end-1].End, c)
		}
		if pm.title != nil {
			c := Claim{
				Kind:    KindTitle,
				Subject: "title|" + p.Key,
				Label:   "title of " + p.Name,
				Display: pm.title.Text,
				Person:  withTitle(&p, pm.title),
				Change:  ruleset.Static,
			}
			d.emit(s, s.toks[pm.spanStart].Start, s.toks[pm.spanEnd-1].End, c)
		}
	}
}

func withTitle(p *Person, t *Title) *Person {
	q := *p
	q.Title = t
	return &q
}

// findSurnames adds a mention for every capitalised word that is the surname of exactly one
// person the article names in full, where no mention stands yet.
func (d *docState) findSurnames(s *sentence) {
	taken := make([]bool, len(s.toks))
	for _, pm := range s.people {
		for k := pm.spanStart; k < pm.spanEnd && k < len(taken); k++ {
			taken[k] = true
		}
	}
	added := false
	for i := range s.toks {
		if taken[i] || !s.isNameToken(i) || particles[s.words[i]] {
			continue
		}
		if i+1 < len(s.toks) && s.isNameToken(i+1) {
			// A full name the article has shown to be a person's: "Helena Marsh was sworn in".
			j := i
			for j < len(s.toks) && j < i+4 && s.isNameToken(j) {
				j++
			}
			key := normalize.FoldName(stripPossessive(normalize.CleanText(s.p.text[s.toks[i].Start:s.toks[j-1].End])))
			if p := d.people[key]; p != nil && !taken[j-1] {
				pm := &personMention{s: s, start: i, end: j, spanStart: i, spanEnd: j, name: p.Name, key: key, core: p.Core, person: p}
				s.people = append(s.people, pm)
				d.mentions = append(d.mentions, pm)
				added = true
				for k := i; k < j; k++ {
					taken[k] = true
				}
			}
			continue
		}
		if i > 0 && s.isNameToken(i-1) && isCapitalized(s.raw[i-1]) && !notNames[s.words[i-1]] {
			continue // part of a longer name
		}
		core := normalize.SurnameCore(normalize.FoldName(s.raw[i]))
		list := d.surnames[core]
		if len(list) == 0 {
			continue
		}
		// A surname two people share is a mention of someone, but of whom is unknown.
		pm := &personMention{s: s, start: i, end: i + 1, spanStart: i, spanEnd: i + 1, name: s.raw[i], core: core}
		if len(list) == 1 {
			pm.person = list[0]
		}
		s.people = append(s.people, pm)
		d.mentions = append(d.mentions, pm)
		added = true
	}
	if added {
		sort.SliceStable(s.people, func(a, b int) bool { return s.people[a].start < s.people[b].start })
	}
}

// isAppositiveNoun reports whether a word before a name can be a noun describing the person
// ("contractor", "broker"): a lower-case word that is no preposition, verb form or adjective
// ending we know.
func isAppositiveNoun(raw, w string) bool {
	if !isWord(raw) || isCapitalized(raw) || auxiliaries[w] || len(w) < 4 {
		return false
	}
	for _, suf := range []string{"ed", "ing", "ly", "al", "ic", "ous", "ive", "ese", "ish", "an"} {
		if strings.HasSuffix(w, suf) {
			return false
		}
	}
	return true
}

// notHolder reports whether the person mentioned holds an office that hands out sentences and
// fines (a judge), in this mention or another of the article.
func (d *docState) notHolder(pm *personMention) bool {
	for _, m := range d.mentions {
		if m.person == nil || m.person != pm.person || m.title == nil {
			continue
		}
		for _, h := range d.x.rules.Titles.NotHolders {
			if m.title.Head == h {
				return true
			}
		}
	}
	return false
}

// headEndingAt returns where a title head of two or more words that ends at token k starts, or -1.
func headEndingAt(r *ruleset.Set, s *sentence, k int) int {
	for j := k - 1; j >= 0 && j >= k-3; j-- {
		if _, n, ok := r.Match(ruleset.CatTitleHead, s.words, j); ok && j+n-1 == k {
			return j
		}
	}
	return -1
}

// occupationLike reports whether a word opening a sentence reads as an occupation rather than a
// given name: "Geologist Leandro Macaraeg said", "Spokeswoman Ana Ruiz said".
func occupationLike(w string) bool {
	for _, suf := range []string{"ist", "ian", "man", "woman", "men", "ologist", "person"} {
		if len(w) > len(suf)+2 && strings.HasSuffix(w, suf) {
			return true
		}
	}
	return false
}

// speaker reports whether a mention is the source of its sentence ("said Graham Ashworth", "the
// company's chief executive, Graham Ashworth, said"): a figure beside it is not the speaker's.
func speaker(s *sentence, pm *personMention) bool {
	for k := max(0, pm.spanStart-3); k < pm.spanStart; k++ {
		if speechVerbs[s.words[k]] {
			return true
		}
	}
	for k := pm.spanEnd; k < min(len(s.words), pm.spanEnd+2); k++ {
		if speechVerbs[s.words[k]] {
			return true
		}
	}
	return false
}

// anchors returns the distinctive names of the article, sorted: every person named in full, and
// every capitalised name of two or more words that names no person ("Tarvel Dam", "Careth
// Strait"), or of one word used at least twice away from the start of a sentence ("Solenne").
// Titles, parties, months and other common words are not names.
func (d *docState) anchors() []string {
	r := d.x.rules
	set := map[string]bool{}
	for k := range d.people {
		set[anchorKey(k)] = true
	}
	single := map[string]int{}
	for _, s := range d.sentences {
		inPerson := make([]bool, len(s.toks))
		for _, pm := range s.people {
			for k := pm.spanStart; k < pm.spanEnd && k < len(inPerson); k++ {
				inPerson[k] = true
			}
		}
		for i := 0; i < len(s.toks); {
			if inPerson[i] || !isCapitalized(s.raw[i]) || !isWord(s.raw[i]) || commonCapital(r, s.words[i], s.raw[i]) {
				i++
				continue
			}
			j := i
			for j < len(s.toks) && !inPerson[j] && isCapitalized(s.raw[j]) && isWord(s.raw[j]) && !commonCapital(r, s.words[j], s.raw[j]) {
				j++
			}
			// "the Red Cross", "the National Seismological Institute": bodies that appear in
			// many stories name none of them.
			if j < len(s.words) && isCapitalized(s.raw[j]) && notNames[s.words[j]] || orgWords[s.words[j-1]] {
				i = j + 1
				continue
			}
			switch {
			case j-i >= 2:
				set[anchorKey(strings.Join(s.words[i:j], " "))] = true
			case i > 0 && len(s.words[i]) >= 4:
				single[s.words[i]]++
			}
			i = j
		}
	}
	for w, n := range single {
		if n >= 2 {
			set[anchorKey(w)] = true
		}
	}
	out := make([]string, 0, len(set))
	for k := range set {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

// anchorKey folds a name into the form articles are matched on, so that one name written two
// ways links them: full stops and the spaces between initials go ("G.S. Malik", "G S Malik"
// and "GS Malik" are one; "B.J. Medical College" is "BJ Medical College"), and a person's
// name is the same anchor as the same words read as a place or a thing.
func anchorKey(name string) string {
	fields := strings.Fields(strings.ReplaceAll(name, ".", " "))
	var b strings.Builder
	for i, f := range fields {
		if i > 0 && !(len(f) == 1 && len(fields[i-1]) == 1) {
			b.WriteByte(' ')
		}
		b.WriteString(f)
	}
	return b.String()
}

// commonCapital reports whether a capitalised word is too common to tell stories apart: a title,
// a party, a month or weekday, or a word that begins sentences.
func commonCapital(r *ruleset.Set, w, raw string) bool {
	if notNames[w] || r.IsExclusiveWord(w) || matchAt(r, ruleset.CatTitleHead, []string{w}, 0) || r.PartyOf(raw) != "" {
		return true
	}
	return false
}

// orgWords end the names of bodies that work on many stories.
var orgWords = map[string]bool{
	"cross": true, "crescent": true, "institute": true, "agency": true, "ministry": true,
	"council": true, "committee": true, "commission": true, "authority": true, "service": true,
	"office": true, "department": true, "organisation": true, "organization": true, "bank": true,
	"fund": true, "programme": true, "program": true, "union": true, "association": true,
	"federation": true, "foundation": true, "society": true, "bureau": true, "press": true,
	"times": true, "post": true, "news": true, "gazette": true, "wire": true, "tribune": true,
}
