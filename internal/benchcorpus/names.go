package benchcorpus

import (
	"strings"
	"unicode/utf8"
)

// Given names are real; surnames and places are built from syllables so that they belong to
// no real person or place.
var (
	femaleNames = []string{"Anna", "Elena", "Petra", "Mirela", "Marta", "Ilona", "Sofia", "Lena",
		"Irina", "Katarina", "Vera", "Daria", "Agnes", "Teodora", "Nadia", "Lucia", "Milena",
		"Ivana", "Roxana", "Helena", "Clara", "Dorina", "Jana", "Silvia", "Alma", "Livia", "Zora",
		"Nina", "Oana", "Edita", "Greta", "Rada", "Simona", "Tereza", "Ema", "Hana"}
	maleNames = []string{"Radu", "Mihai", "Hadrian", "Piet", "Tomas", "Andrei", "Ivo", "Stefan",
		"Viktor", "Pavel", "Bogdan", "Matei", "Emil", "Karel", "Lukas", "Dorin", "Anton", "Filip",
		"Marek", "Oskar", "Teodor", "Vasil", "Goran", "Milan", "Sorin", "Erik", "Adrian", "Iosif",
		"Cornel", "Luca", "Jakub", "Nikola", "Petar", "Ciprian", "Aurel", "Zoltan"}

	onsets = []string{"B", "Br", "D", "Dr", "F", "G", "Gr", "H", "K", "Kr", "L", "M", "N", "P",
		"Pr", "R", "S", "Sl", "St", "T", "Tr", "V", "Vl", "Z", "Ch", "Sh", "J", "Bl", "Gl"}
	vowels = []string{"a", "e", "i", "o", "u", "a", "e", "o"}
	mids   = []string{"b", "d", "g", "k", "l", "m", "n", "r", "s", "t", "v", "z", "nd", "rk", "sk",
		"lt", "rn", "st", "sh", "ch", "vr", "ld", "rv", "mb", "sl"}
	codas = []string{"sk", "rn", "nd", "lt", "rk", "st", "ss", "rd", "nk", "lm", "rg", "ck", "sz",
		"vic", "nic"}
	surnameEnds = []string{"escu", "ova", "ic", "ek", "an", "en", "as", "is", "ar", "el", "ov",
		"ak", "os", "ari", "ini", "er", "ich", "ola", "ez", "anu", "ard", "ent", "ius", "ay", "ai",
		"ovic", "enko", "ani", "eanu", "ulis"}
	placeEnds = []string{"in", "esk", "ava", "ora", "eth", "un", "ar", "ia", "ov", "ena", "ac",
		"ith", "ond", "ast", "ira", "old", "ara", "ene", "ovo", "ice"}
)

// reservedWords are words the checker's rules give meaning to, or common English words, that a
// generated name must not be.
var reservedWords = map[string]bool{"major": true, "general": true, "captain": true,
	"judge": true, "mayor": true, "chief": true, "pope": true, "king": true, "queen": true,
	"bishop": true, "dean": true, "lord": true, "lady": true, "sir": true, "miss": true,
	"dame": true, "marshal": true, "senator": true, "leader": true, "owner": true, "pilot": true,
	"nurse": true, "doctor": true, "mark": true, "bill": true, "will": true, "rose": true,
	"hope": true, "grace": true, "dead": true, "toll": true, "died": true, "held": true,
	"taken": true, "freed": true, "saved": true, "fled": true, "dam": true, "bank": true,
	"port": true, "fort": true, "park": true, "rock": true, "stand": true, "band": true,
	"land": true, "salt": true, "bold": true, "most": true, "last": true, "past": true,
	"fast": true, "list": true, "lost": true, "must": true, "never": true, "later": true,
	"sever": true, "saver": true, "rover": true, "motel": true, "hotel": true, "solar": true,
	"polar": true, "total": true, "rival": true, "naval": true, "mural": true, "gold": true,
	"cold": true, "told": true, "sold": true, "hold": true, "fold": true, "mold": true,
	"rescue": true, "ran": true, "man": true, "can": true, "pan": true, "tan": true}

// registry hands out names that are far apart: any two differ by at least three edits, so a
// misspelling of one (one letter changed) is never another. Two names within two edits of
// each other share a string reachable from both by deleting at most two letters; the index
// holds every such string of every name given out.
type registry struct {
	index map[string][]int32 // deletion variant → names
	names []string           // lower case
}

func newRegistry() *registry {
	return &registry{index: map[string][]int32{}}
}

// deletions returns s and every string made from it by deleting one or two runes.
func deletions(s string) []string {
	rs := []rune(s)
	out := []string{s}
	for i := range rs {
		one := string(append(append([]rune(nil), rs[:i]...), rs[i+1:]...))
		out = append(out, one)
		r1 := []rune(one)
		for j := i; j < len(r1); j++ {
			out = append(out, string(append(append([]rune(nil), r1[:j]...), r1[j+1:]...)))
		}
	}
	return out
}

// free reports whether name is at least three edits from every name given out.
func (r *registry) free(name string) bool {
	name = strings.ToLower(name)
	if reservedWords[name] {
		return false
	}
	for _, v := range deletions(name) {
		if len(r.index[v]) > 0 {
			return false
		}
	}
	return true
}

// farFrom reports whether name is more than two edits from every name given out except those
// in skip.
func (r *registry) farFrom(name string, skip ...string) bool {
	name = strings.ToLower(name)
	for _, v := range deletions(name) {
		for _, id := range r.index[v] {
			other := r.names[id]
			skipped := false
			for _, s := range skip {
				if strings.ToLower(s) == other {
					skipped = true
				}
			}
			if !skipped && editDistance(name, other) <= 2 {
				return false
			}
		}
	}
	return true
}

func (r *registry) add(name string) {
	name = strings.ToLower(name)
	id := int32(len(r.names))
	r.names = append(r.names, name)
	seen := map[string]bool{}
	for _, v := range deletions(name) {
		if !seen[v] {
			seen[v] = true
			r.index[v] = append(r.index[v], id)
		}
	}
}

// editDistance is the Levenshtein distance between a and b, in runes.
func editDistance(a, b string) int {
	ra, rb := []rune(a), []rune(b)
	prev := make([]int, len(rb)+1)
	cur := make([]int, len(rb)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(ra); i++ {
		cur[0] = i
		for j := 1; j <= len(rb); j++ {
			cost := 1
			if ra[i-1] == rb[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
		}
		prev, cur = cur, prev
	}
	return prev[len(rb)]
}

// maxNameTries bounds the draws for one new name; the space of names is far larger than any
// corpus needs, so running out means the registry is nearly full.
const maxNameTries = 2000

// surname draws a new surname from the syllables.
func (r *registry) surname(g *rng) (string, bool) {
	for range maxNameTries {
		var s string
		switch n := g.intn(10); {
		case n < 2:
			s = g.pick(onsets) + g.pick(vowels) + g.pick(codas)
		case n < 8:
			s = g.pick(onsets) + g.pick(vowels) + g.pick(mids) + g.pick(surnameEnds)
		default:
			s = g.pick(onsets) + g.pick(vowels) + g.pick(mids) + g.pick(vowels) + g.pick(mids) +
				g.pick(surnameEnds)
		}
		if utf8.RuneCountInString(s) >= 4 && r.free(s) {
			r.add(s)
			return s, true
		}
	}
	return "", false
}

// place draws a new place name.
func (r *registry) place(g *rng) (string, bool) {
	for range maxNameTries {
		s := g.pick(onsets) + g.pick(vowels) + g.pick(mids) + g.pick(placeEnds)
		if g.chance(1, 4) {
			s = g.pick(onsets) + g.pick(vowels) + g.pick(mids) + g.pick(vowels) + g.pick(mids) +
				g.pick(placeEnds)
		}
		if r.free(s) {
			r.add(s)
			return s, true
		}
	}
	return "", false
}

// misspell changes one letter of a surname (never the first) so that the result is still far
// from every other name but the surname and its earlier misspellings, and registers it.
func (r *registry) misspell(g *rng, surname string, earlier []string) (string, bool) {
	rs := []rune(surname)
	if len(rs) < 3 {
		return "", false
	}
	const vowelSet, consonantSet = "aeiou", "bdgklmnprstvz"
	for range maxNameTries {
		i := 1 + g.intn(len(rs)-1)
		set := consonantSet
		if strings.ContainsRune(vowelSet, rs[i]) {
			set = vowelSet
		}
		c := rune(set[g.intn(len(set))])
		if c == rs[i] {
			continue
		}
		m := append([]rune(nil), rs...)
		m[i] = c
		s := string(m)
		if r.farFrom(s, append([]string{surname}, earlier...)...) {
			r.add(s)
			return s, true
		}
	}
	return "", false
}
