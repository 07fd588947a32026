package benchcorpus

import (
	"fmt"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"
)

// Word limits of an article body.
const (
	MinWords = 300
	MaxWords = 900

	minTarget = 340
	maxTarget = 820
)

// outlets are the fictional sources articles are credited to.
var outlets = []string{"Highland Courier", "Port Gazette", "Continental Wire", "Eastern Dispatch",
	"Meridian News Service", "Valley Herald", "The Morning Ledger", "Northern Star Agency",
	"Riverside Chronicle", "Coastal Times", "Capital Press Agency", "The Evening Standard-Post"}

// article is one article being written: the story's figures as of its day, and whom it has
// named so far.
type article struct {
	s         *story
	g         *rng
	day       int
	date      time.Time
	nums      map[string]int
	people    []person
	exact     map[string]bool // counts stated without "at least" or "more than"
	mentioned []bool
	err       error
}

func (s *story) newArticle(day int, g *rng) *article {
	a := &article{
		s:         s,
		g:         g,
		day:       day,
		date:      s.start.AddDate(0, 0, day),
		nums:      make(map[string]int, len(s.nums)+len(s.series)),
		people:    append([]person(nil), s.people...),
		exact:     map[string]bool{},
		mentioned: make([]bool, len(s.people)),
	}
	for k, v := range s.nums {
		a.nums[k] = v
	}
	for k, v := range s.series {
		a.nums[k] = v[min(day, len(v)-1)]
	}
	return a
}

// fill expands a template: {key} by resolve, [a|b] by one alternative chosen at random.
func (a *article) fill(tpl string) string {
	var b strings.Builder
	b.Grow(len(tpl) + 32)
	a.fillInto(&b, tpl)
	return b.String()
}

func (a *article) fillInto(b *strings.Builder, tpl string) {
	for i := 0; i < len(tpl); {
		switch tpl[i] {
		case '[':
			end := matchingBracket(tpl, i)
			if end < 0 {
				a.fail("unbalanced [ in %q", tpl)
				return
			}
			inner := tpl[i+1 : end]
			a.fillInto(b, nthAlt(inner, a.g.intn(countAlts(inner))))
			i = end + 1
		case '{':
			end := strings.IndexByte(tpl[i:], '}')
			if end < 0 {
				a.fail("unbalanced { in %q", tpl)
				return
			}
			start := atSentenceStart(b.String())
			v := a.resolve(tpl[i+1:i+end], start)
			if start {
				v = capitalize(v)
			}
			b.WriteString(v)
			i += end + 1
		default:
			j := strings.IndexAny(tpl[i:], "[{")
			if j < 0 {
				b.WriteString(tpl[i:])
				return
			}
			b.WriteString(tpl[i : i+j])
			i += j
		}
	}
}

// matchingBracket returns the index of the ] closing the [ at open, or -1.
func matchingBracket(s string, open int) int {
	depth := 0
	for i := open; i < len(s); i++ {
		switch s[i] {
		case '[':
			depth++
		case ']':
			depth--
			if depth == 0 {
				return i
			}
		}
	}
	return -1
}

// countAlts counts the alternatives of "a|b|[c|d]": the bars outside nested brackets, plus one.
func countAlts(s string) int {
	n, depth := 1, 0
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case '[':
			depth++
		case ']':
			depth--
		case '|':
			if depth == 0 {
				n++
			}
		}
	}
	return n
}

// nthAlt returns the k-th alternative (from 0) of "a|b|[c|d]".
func nthAlt(s string, k int) string {
	depth, start := 0, 0
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case '[':
			depth++
		case ']':
			depth--
		case '|':
			if depth == 0 {
				if k == 0 {
					return s[start:i]
				}
				k--
				start = i + 1
			}
		}
	}
	return s[start:]
}

// atSentenceStart reports whether text written next begins a sentence.
func atSentenceStart(s string) bool {
	s = strings.TrimRight(s, " ")
	if s == "" {
		return true
	}
	r, _ := utf8.DecodeLastRuneInString(s)
	switch r {
	case '.', '!', '?', '—', '“', '\n':
		return true
	}
	return false
}

func (a *article) fail(format string, args ...any) {
	if a.err == nil {
		a.err = fmt.Errorf("benchcorpus: story %d: "+format, append([]any{a.s.num}, args...)...)
	}
}

// personKey parses "p3", "p3," (with age in apposition) and "p3n" (name only).
func personKey(k string) (idx int, form byte, ok bool) {
	if len(k) < 2 || k[0] != 'p' {
		return 0, 0, false
	}
	digits := k[1:]
	if last := digits[len(digits)-1]; last == ',' || last == 'n' {
		form, digits = last, digits[:len(digits)-1]
	}
	n, err := strconv.Atoi(digits)
	if err != nil || n < 0 {
		return 0, 0, false
	}
	return n, form, true
}

func lowerFirst(s string) string {
	if s != "" && s[0] >= 'A' && s[0] <= 'Z' {
		return string(s[0]+'a'-'A') + s[1:]
	}
	return s
}

// resolve returns the text of one key.
// A count that begins a sentence is never a bare figure.
func (a *article) resolve(key string, start bool) string {
	k := lowerFirst(key)
	if idx, form, ok := personKey(k); ok {
		if idx >= len(a.people) {
			a.fail("no person %d", idx)
			return ""
		}
		return a.person(idx, form)
	}
	if n := len(k); n > 1 {
		base := k[:n-1]
		switch k[n-1] {
		case '~':
			if v, ok := a.nums[base]; ok {
				return a.qualified(base, v, start)
			}
		case '#':
			if v, ok := a.nums[base]; ok {
				return spelled(v)
			}
		case '$':
			if m, ok := a.s.money[base]; ok {
				return m.render(a.g)
			}
		case '^':
			// "{length^}": the figure with its article, "a 62" or "an 80".
			b := strings.TrimSuffix(base, "#")
			if v, ok := a.nums[b]; ok {
				text := commas(v)
				if b != base {
					text = spelled(v)
				}
				return indefinite(text) + " " + text
			}
		}
	}
	if v, ok := a.nums[k]; ok {
		if k == "built" {
			return strconv.Itoa(v) // a year
		}
		return countText(k, v)
	}
	if v, ok := a.s.str[k]; ok {
		return v
	}
	if k == "weekday" {
		return a.date.Weekday().String()
	}
	list, ok := a.s.spec.words[k]
	if !ok {
		list, ok = commonWords[k]
	}
	if ok {
		v := a.g.pick(list)
		if strings.ContainsAny(v, "[{") {
			v = a.fill(v)
		}
		return v
	}
	a.fail("unknown key %q", key)
	return ""
}

// person names someone: the title and full name the first time, the surname after.
func (a *article) person(i int, form byte) string {
	p := a.people[i]
	full := p.given + " " + p.surname
	if form == 'n' {
		return full
	}
	if a.mentioned[i] {
		if form == ',' {
			return p.surname + ","
		}
		return p.surname
	}
	a.mentioned[i] = true
	s := full
	if p.title != "" {
		s = p.title + " " + full
	}
	if form == ',' {
		if p.age > 0 {
			s += ", " + strconv.Itoa(p.age)
		}
		s += ","
	}
	return s
}

// countKeys are the counts of people, written in words under ten as wire style does.
var countKeys = map[string]bool{"killed": true, "injured": true, "missing": true,
	"rescued": true, "evacuated": true, "displaced": true, "arrested": true, "charged": true,
	"released": true, "held": true}

func countText(key string, n int) string {
	if countKeys[key] && n < 10 {
		return spelled(n)
	}
	return commas(n)
}

// qualified writes a count as wire copy does: "at least 87", "more than 80" or "87". Every
// wording's lower bound is at least lowBound(n), which the toll plant relies on. A count that
// begins a sentence is not a bare figure: "At least 12", "Four", "A total of 12".
func (a *article) qualified(key string, n int, start bool) string {
	if a.exact[key] {
		if start && n >= 10 {
			return "a total of " + commas(n)
		}
		return countText(key, n)
	}
	switch a.g.intn(5) {
	case 0, 1:
		return "at least " + commas(n)
	case 2:
		if n >= 20 {
			return "more than " + commas(below(n))
		}
	}
	if start && n >= 10 {
		return "at least " + commas(n)
	}
	return countText(key, n)
}

// eligible reports whether the article can state a fact on its day: not before the story's
// late day for late facts, and no count in it below two.
func (a *article) eligible(f *fact) bool {
	if f.late && a.day < a.s.lateDay || f.firstDay && a.day > 0 {
		return false
	}
	for _, k := range f.keys {
		if v, ok := a.nums[k]; ok && (v <= 0 || countKeys[k] && v < 2) {
			return false // "no people missing", "one people"
		}
	}
	return true
}

func hasKey(keys []string, k string) bool {
	for _, x := range keys {
		if x == k {
			return true
		}
	}
	return false
}

// choose picks one of the eligible facts, preferring those whose every wording has key.
func (a *article) choose(facts []fact, key string) int {
	var all, some []int
	for i := range facts {
		f := &facts[i]
		if key != "" && !hasKey(f.keys, key) || !a.eligible(f) {
			continue
		}
		if key == "" || hasKey(f.allKeys, key) {
			all = append(all, i)
		} else {
			some = append(some, i)
		}
	}
	if len(all) == 0 {
		all = some
	}
	if len(all) == 0 {
		return -1
	}
	return all[a.g.intn(len(all))]
}

type paragraph struct {
	text  string
	words int
}

// write composes the article: headline, lede, facts, and background paragraphs until the
// body reaches a drawn length. A forced key is stated in the article; so is every required
// key.
func (a *article) write(forced string, required []string) (headline, body string, err error) {
	spec := a.s.spec
	h := a.choose(spec.headlines, "")
	if h < 0 {
		a.fail("no headline fits day %d", a.day)
		return "", "", a.err
	}
	headline = a.fill(spec.headlines[h].alts[a.g.intn(len(spec.headlines[h].alts))])

	var paras []paragraph
	add := func(text string) {
		paras = append(paras, paragraph{text: text, words: wordCount(text)})
	}
	l := a.choose(spec.ledes, "")
	if l < 0 {
		a.fail("no lede fits day %d", a.day)
		return "", "", a.err
	}
	add(a.fill(spec.ledes[l].alts[a.g.intn(len(spec.ledes[l].alts))]))

	chosen := make([]bool, len(spec.facts))
	covered := func(k string) bool {
		for i, c := range chosen {
			if c && hasKey(spec.facts[i].allKeys, k) {
				return true
			}
		}
		return false
	}
	for _, k := range append([]string{forced}, required...) {
		if k == "" || covered(k) {
			continue
		}
		if i := a.choose(spec.facts, k); i >= 0 {
			chosen[i] = true
		} else if k == forced {
			a.fail("no fact states %q on day %d", k, a.day)
		}
	}
	for i := range spec.facts {
		if !chosen[i] && a.eligible(&spec.facts[i]) && a.g.chance(3, 5) {
			chosen[i] = true
		}
	}
	for _, i := range a.g.perm(len(spec.facts)) {
		if chosen[i] {
			f := &spec.facts[i]
			add(a.fill(f.alts[a.g.intn(len(f.alts))]))
		}
	}
	if a.err != nil {
		return "", "", a.err
	}
	words := 0
	for _, p := range paras {
		words += p.words
	}
	background := a.background(words)
	for _, p := range background {
		words += p.words
	}
	if words > MaxWords || words < MinWords {
		a.fail("%d words on day %d", words, a.day)
		return "", "", a.err
	}
	paras = interleave(a.g, paras, background)
	var b strings.Builder
	for i, p := range paras {
		if i > 0 {
			b.WriteString("\n\n")
		}
		b.WriteString(p.text)
	}
	b.WriteByte('\n')
	return headline, b.String(), a.err
}

// background writes paragraphs of filler until the body reaches a length drawn between
// minTarget and maxTarget words.
func (a *article) background(words int) []paragraph {
	target := a.g.between(minTarget, maxTarget)
	frames := append([]string(nil), commonFiller...)
	if a.s.spec.disaster {
		frames = append(frames, disasterFiller...)
	}
	frames = append(frames, a.s.spec.filler...)
	order := a.g.perm(len(frames))
	next := 0
	var out []paragraph
	for words < target {
		var sentences []string
		n := 0
		for want := a.g.between(2, 4); len(sentences) < want && words+n < target; {
			if next == len(order) {
				order, next = a.g.perm(len(frames)), 0
			}
			s := a.fill(frames[order[next]])
			next++
			w := wordCount(s)
			if words+n+w > MaxWords {
				break
			}
			sentences = append(sentences, s)
			n += w
		}
		if len(sentences) == 0 {
			break
		}
		out = append(out, paragraph{text: strings.Join(sentences, " "), words: n})
		words += n
	}
	return out
}

// interleave keeps the lede and the first fact on top and mixes the other facts with the
// background paragraphs, each list keeping its order.
func interleave(g *rng, facts, background []paragraph) []paragraph {
	head := min(2, len(facts))
	out := append([]paragraph(nil), facts[:head]...)
	rest := facts[head:]
	for len(rest) > 0 || len(background) > 0 {
		if len(background) == 0 || len(rest) > 0 && g.intn(len(rest)+len(background)) < len(rest) {
			out = append(out, rest[0])
			rest = rest[1:]
		} else {
			out = append(out, background[0])
			background = background[1:]
		}
	}
	return out
}
