package suppress

import (
	"regexp"
	"sort"
	"strings"
	"unicode"
)

// Rules are the suppressions of one file.
type Rules struct {
	lines   int      // lines in the file
	off     []span   // lines silenced by crosscheck off, sorted and disjoint
	ignores []ignore // sorted by first line
}

// span is a range of 1-based lines, both ends included.
type span struct{ from, to int }

// ignore is one crosscheck-ignore comment and the paragraph it covers.
type ignore struct {
	span
	targets []string // lower-case kinds or subject fragments; nil silences everything
}

// Set holds the rules of every file, by path as given.
type Set map[string]Rules

// Silences reports whether a finding of the given kind and subject, with a claim on the given
// line of the file at path, is silenced. A file without rules silences nothing.
func (s Set) Silences(path string, line int, kind, subject string) bool {
	r, ok := s[path]
	return ok && r.Silences(line, kind, subject)
}

// comment matches one crosscheck comment: group 1 holds the words of an ignore (possibly
// empty), group 2 off or on.
var comment = regexp.MustCompile(`(?i)<!--\s*crosscheck(?:\s*-\s*|\s+)(?:ignore(?:\s+(.*?))?|(off|on))\s*-->`)

// markup is what does not count as text beside a comment: other comments and tags.
var markup = regexp.MustCompile(`<!--.*?-->|<[^<>]*>`)

// Parse reads the suppressions in the lines of one file, as stored (a line may keep its
// carriage return). Results use 1-based line numbers.
func Parse(lines []string) Rules {
	r := Rules{lines: len(lines)}
	blank := make([]bool, len(lines))
	for i, l := range lines {
		blank[i] = strings.TrimSpace(l) == ""
	}
	// paraStart[i] and paraEnd[i] bound the paragraph of a non-blank line i (0-based).
	paraStart := make([]int, len(lines))
	paraEnd := make([]int, len(lines))
	for i := range lines {
		paraStart[i] = i
		if i > 0 && !blank[i] && !blank[i-1] {
			paraStart[i] = paraStart[i-1]
		}
	}
	for i := len(lines) - 1; i >= 0; i-- {
		paraEnd[i] = i
		if i+1 < len(lines) && !blank[i] && !blank[i+1] {
			paraEnd[i] = paraEnd[i+1]
		}
	}

	off := false
	for i, raw := range lines {
		line := strings.TrimSuffix(raw, "\r")
		if i == 0 {
			line = strings.TrimPrefix(line, "\ufeff")
		}
		if !off && !strings.Contains(strings.ToLower(line), "crosscheck") {
			continue
		}
		matches := comment.FindAllStringSubmatchIndex(line, -1)
		hasText, silenced := false, false
		var targets [][]string // one entry per ignore comment on the line
		prev := 0
		for _, m := range matches {
			if isText(line[prev:m[0]]) {
				hasText = true
				silenced = silenced || off
			}
			prev = m[1]
			switch {
			case m[4] >= 0:
				off = strings.EqualFold(line[m[4]:m[5]], "off")
			case m[2] >= 0:
				words, ok := parseTargets(line[m[2]:m[3]])
				if ok {
					targets = append(targets, words)
				}
			default: // a bare crosscheck-ignore
				targets = append(targets, nil)
			}
		}
		if isText(line[prev:]) {
			hasText = true
			silenced = silenced || off
		}
		if silenced {
			r.addOff(i + 1)
		}
		for _, t := range targets {
			var s span
			if hasText {
				s = span{paraStart[i] + 1, paraEnd[i] + 1}
			} else {
				next := i + 1
				for next < len(lines) && blank[next] {
					next++
				}
				if next == len(lines) {
					continue
				}
				s = span{next + 1, paraEnd[next] + 1}
			}
			r.ignores = append(r.ignores, ignore{span: s, targets: t})
		}
	}
	sort.SliceStable(r.ignores, func(a, b int) bool { return r.ignores[a].from < r.ignores[b].from })
	return r
}

// addOff adds a silenced line, extending the last span when the lines are consecutive.
func (r *Rules) addOff(line int) {
	if n := len(r.off); n > 0 && r.off[n-1].to == line-1 {
		r.off[n-1].to = line
		return
	}
	r.off = append(r.off, span{line, line})
}

// isText reports whether s holds a letter or digit outside markup.
func isText(s string) bool {
	if s == "" {
		return false
	}
	s = markup.ReplaceAllString(s, "")
	return strings.IndexFunc(s, func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }) >= 0
}

// parseTargets splits the words of a crosscheck-ignore comment into lower-case alternatives
// with runs of space folded. Empty words means every finding; words that are only commas are
// malformed.
func parseTargets(words string) ([]string, bool) {
	if strings.TrimSpace(words) == "" {
		return nil, true
	}
	var out []string
	for _, w := range strings.Split(words, ",") {
		if w = fold(w); w != "" {
			out = append(out, w)
		}
	}
	return out, len(out) > 0
}

// fold lower-cases s and folds runs of space into one.
func fold(s string) string {
	return strings.Join(strings.Fields(strings.ToLower(s)), " ")
}

// Silences reports whether a finding of the given kind and subject with a claim on the given
// 1-based line is silenced. Lines outside the file are never silenced.
func (r Rules) Silences(line int, kind, subject string) bool {
	if line < 1 || line > r.lines {
		return false
	}
	i := sort.Search(len(r.off), func(i int) bool { return r.off[i].to >= line })
	if i < len(r.off) && r.off[i].from <= line {
		return true
	}
	folded := false
	for _, ig := range r.ignores {
		if ig.from > line {
			break
		}
		if line > ig.to {
			continue
		}
		if !folded {
			kind, subject, folded = fold(kind), fold(subject), true
		}
		if ig.matches(kind, subject) {
			return true
		}
	}
	return false
}

// matches reports whether the comment covers a finding of the folded kind and subject.
func (ig ignore) matches(kind, subject string) bool {
	if ig.targets == nil {
		return true
	}
	for _, t := range ig.targets {
		if t == kind || strings.Contains(subject, t) {
			return true
		}
	}
	return false
}
