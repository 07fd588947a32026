package ruleset

import (
	"fmt"
	"github.com/crosscheck-news/crosscheck/internal/yamlfile"
	"regexp"
	"strconv"
	"strings"
	"unicode/utf8"

	"go.yaml.in/yaml/v3"
)

// Parse decodes one rule file and merges it into r. Every problem is an *Error with the line.
func (r *Rules) Parse(path string, data []byte) error {
	if !utf8.Valid(data) {
		return &Error{Path: path, Line: yamlfile.InvalidUTF8Line(data), Msg: "invalid UTF-8"}
	}
	var doc yaml.Node
	if err := yaml.Unmarshal(data, &doc); err != nil {
		return yamlfile.Error(path, data, err)
	}
	if doc.Kind == 0 || len(doc.Content) == 0 {
		return nil // an empty file adds nothing
	}
	root := doc.Content[0]
	p := &parser{path: path}
	if root.Kind != yaml.MappingNode {
		return p.errorf(root, "a rule file is a mapping of sections (measures:, durations:, …), not %s", yamlfile.KindName(root))
	}
	var add Rules
	err := p.mapping(root, map[string]func(*yaml.Node) error{
		"measures": func(n *yaml.Node) error {
			return p.list(n, func(item *yaml.Node) error {
				var m Measure
				m.Source = Source{path, item.Line}
				var change string
				err := p.mapping(item, map[string]func(*yaml.Node) error{
					"name":      p.str(&m.Name),
					"label":     p.str(&m.Label),
					"change":    p.str(&change),
					"phrases":   p.words(&m.Phrases),
					"by_entity": p.boolean(&m.ByEntity),
				}, "name", "phrases")
				if err != nil {
					return err
				}
				// An unstated change stays empty here, so that a file adding phrases to a
				// default measure keeps its change; Compile makes it varying.
				switch Change(change) {
				case "", Cumulative, Static, Varying:
					m.Change = Change(change)
				default:
					return p.errorf(item, "measure %q: change must be cumulative, static or varying, not %q", m.Name, change)
				}
				add.Measures = append(add.Measures, m)
				return nil
			})
		},
		"generic_groups": p.words(&add.GenericGroups),
		"kinds":          p.words(&add.Kinds),
		"synonyms": func(n *yaml.Node) error {
			return p.list(n, func(item *yaml.Node) error {
				var set []string
				if err := p.words(&set)(item); err != nil {
					return err
				}
				if len(set) < 2 {
					return p.errorf(item, "a synonym set needs at least two words")
				}
				add.Synonyms = append(add.Synonyms, set)
				return nil
			})
		},
		"durations":   p.things(&add.Durations),
		"percentages": p.things(&add.Percentages),
		"money":       p.things(&add.Money),
		"dimensions": func(n *yaml.Node) error {
			return p.list(n, func(item *yaml.Node) error {
				d := Dimension{Source: Source{path, item.Line}}
				if err := p.mapping(item, map[string]func(*yaml.Node) error{
					"name":  p.str(&d.Name),
					"words": p.words(&d.Words),
				}, "name", "words"); err != nil {
					return err
				}
				add.Dimensions = append(add.Dimensions, d)
				return nil
			})
		},
		"events": func(n *yaml.Node) error {
			return p.list(n, func(item *yaml.Node) error {
				e := Event{Source: Source{path, item.Line}}
				if err := p.mapping(item, map[string]func(*yaml.Node) error{
					"name":       p.str(&e.Name),
					"label":      p.str(&e.Label),
					"verbs":      p.words(&e.Verbs),
					"background": p.boolean(&e.Background),
					"subjects":   p.words(&e.Subjects),
				}, "name", "verbs"); err != nil {
					return err
				}
				add.Events = append(add.Events, e)
				return nil
			})
		},
		"titles": func(n *yaml.Node) error {
			t := &add.Titles
			return p.mapping(n, map[string]func(*yaml.Node) error{
				"heads":       p.words(&t.Heads),
				"not_holders": p.words(&t.NotHolders),
				"honorifics":  p.words(&t.Honorifics),
				"modifiers":   p.words(&t.Modifiers),
				"former":      p.words(&t.Former),
				"exclusive": func(n *yaml.Node) error {
					return p.list(n, func(item *yaml.Node) error {
						x := Exclusive{Source: Source{path, item.Line}}
						if err := p.mapping(item, map[string]func(*yaml.Node) error{
							"heads": p.wordsAllowEmpty(&x.Heads),
							"words": p.wordsAllowEmpty(&x.Words),
						}, "heads", "words"); err != nil {
							return err
						}
						if len(x.Words) < 2 {
							return p.errorf(item, "an exclusive set needs at least two words")
						}
						t.Exclusive = append(t.Exclusive, x)
						return nil
					})
				},
			})
		},
		"names": func(n *yaml.Node) error {
			nm := &add.Names
			return p.mapping(n, map[string]func(*yaml.Node) error{
				"nicknames": func(n *yaml.Node) error {
					return p.list(n, func(item *yaml.Node) error {
						var set []string
						if err := p.words(&set)(item); err != nil {
							return err
						}
						if len(set) < 2 {
							return p.errorf(item, "a nickname set needs at least two names")
						}
						nm.Nicknames = append(nm.Nicknames, set)
						return nil
					})
				},
				"kinship": p.words(&nm.Kinship),
				"decades": func(n *yaml.Node) error {
					if n.Kind != yaml.MappingNode {
						return p.errorf(n, "want a mapping of a decade's first age to its words, not %s", yamlfile.KindName(n))
					}
					for i := 0; i+1 < len(n.Content); i += 2 {
						k, v := n.Content[i], n.Content[i+1]
						age, err := strconv.Atoi(k.Value)
						if err != nil || age < 0 || age > 150 || age%10 != 0 {
							return p.errorf(k, "a decade is a whole number of years ending in 0, not %q", clip(k.Value))
						}
						var ws []string
						if err := p.words(&ws)(v); err != nil {
							return err
						}
						if nm.Decades == nil {
							nm.Decades = map[string]int{}
						}
						for _, w := range ws {
							nm.Decades[w] = age
						}
					}
					return nil
				},
			})
		},
		"parties": func(n *yaml.Node) error {
			return p.list(n, func(item *yaml.Node) error {
				pt := Party{Source: Source{path, item.Line}}
				if err := p.mapping(item, map[string]func(*yaml.Node) error{
					"name":  p.str(&pt.Name),
					"forms": p.rawWords(&pt.Forms),
				}, "name", "forms"); err != nil {
					return err
				}
				add.Parties = append(add.Parties, pt)
				return nil
			})
		},
		"markers": func(n *yaml.Node) error {
			fields := map[string]func(*yaml.Node) error{}
			for _, l := range add.Markers.lists() {
				fields[l.key] = p.words(l.words)
			}
			return p.mapping(n, fields)
		},
	})
	if err != nil {
		return err
	}
	r.merge(&add)
	return nil
}

// merge appends add to r. Entries with a name already present extend the earlier entry, so a
// user file can add phrases to a default measure.
func (r *Rules) merge(add *Rules) {
	for _, m := range add.Measures {
		if i := indexOf(len(r.Measures), func(i int) bool { return r.Measures[i].Name == m.Name }); i >= 0 {
			r.Measures[i].Phrases = append(r.Measures[i].Phrases, m.Phrases...)
			if m.Label != "" {
				r.Measures[i].Label = m.Label
			}
			if m.Change != "" {
				r.Measures[i].Change = m.Change
			}
			r.Measures[i].ByEntity = r.Measures[i].ByEntity || m.ByEntity
			continue
		}
		r.Measures = append(r.Measures, m)
	}
	r.Durations = mergeThings(r.Durations, add.Durations)
	r.Percentages = mergeThings(r.Percentages, add.Percentages)
	r.Money = mergeThings(r.Money, add.Money)
	r.GenericGroups = append(r.GenericGroups, add.GenericGroups...)
	r.Kinds = append(r.Kinds, add.Kinds...)
	r.Synonyms = append(r.Synonyms, add.Synonyms...)
	r.Dimensions = append(r.Dimensions, add.Dimensions...)
	for _, e := range add.Events {
		if i := indexOf(len(r.Events), func(i int) bool { return r.Events[i].Name == e.Name }); i >= 0 {
			r.Events[i].Verbs = append(r.Events[i].Verbs, e.Verbs...)
			r.Events[i].Subjects = append(r.Events[i].Subjects, e.Subjects...)
			r.Events[i].Background = r.Events[i].Background || e.Background
			if e.Label != "" {
				r.Events[i].Label = e.Label
			}
			continue
		}
		r.Events = append(r.Events, e)
	}
	r.Titles.Heads = append(r.Titles.Heads, add.Titles.Heads...)
	r.Titles.NotHolders = append(r.Titles.NotHolders, add.Titles.NotHolders...)
	r.Titles.Honorifics = append(r.Titles.Honorifics, add.Titles.Honorifics...)
	r.Titles.Modifiers = append(r.Titles.Modifiers, add.Titles.Modifiers...)
	r.Titles.Former = append(r.Titles.Former, add.Titles.Former...)
	r.Titles.Exclusive = append(r.Titles.Exclusive, add.Titles.Exclusive...)
	r.Names.Nicknames = append(r.Names.Nicknames, add.Names.Nicknames...)
	r.Names.Kinship = append(r.Names.Kinship, add.Names.Kinship...)
	for w, age := range add.Names.Decades {
		if r.Names.Decades == nil {
			r.Names.Decades = map[string]int{}
		}
		r.Names.Decades[w] = age
	}
	for _, pt := range add.Parties {
		if i := indexOf(len(r.Parties), func(i int) bool { return r.Parties[i].Name == pt.Name }); i >= 0 {
			r.Parties[i].Forms = append(r.Parties[i].Forms, pt.Forms...)
			continue
		}
		r.Parties = append(r.Parties, pt)
	}
	have, more := r.Markers.lists(), add.Markers.lists()
	for i := range have {
		*have[i].words = append(*have[i].words, *more[i].words...)
	}
}

func mergeThings(have, add []Thing) []Thing {
	for _, t := range add {
		if i := indexOf(len(have), func(i int) bool { return have[i].Name == t.Name }); i >= 0 {
			have[i].Words = append(have[i].Words, t.Words...)
			have[i].PerPerson = have[i].PerPerson || t.PerPerson
			have[i].UntilEvent = have[i].UntilEvent || t.UntilEvent
			continue
		}
		have = append(have, t)
	}
	return have
}

func indexOf(n int, match func(int) bool) int {
	for i := 0; i < n; i++ {
		if match(i) {
			return i
		}
	}
	return -1
}

type parser struct{ path string }

func (p *parser) errorf(n *yaml.Node, format string, args ...any) error {
	return &Error{Path: p.path, Line: n.Line, Msg: fmt.Sprintf(format, args...)}
}

// mapping walks a mapping node, handing each known key's value to its handler. Unknown keys and
// missing required keys are errors.
func (p *parser) mapping(n *yaml.Node, fields map[string]func(*yaml.Node) error, required ...string) error {
	if n.Kind != yaml.MappingNode {
		return p.errorf(n, "want a mapping with keys %s, not %s", yamlfile.KeyList(fields), yamlfile.KindName(n))
	}
	seen := map[string]bool{}
	for i := 0; i+1 < len(n.Content); i += 2 {
		k, v := n.Content[i], n.Content[i+1]
		h, ok := fields[k.Value]
		if !ok {
			return p.errorf(k, "unknown key %q (want one of %s)", k.Value, yamlfile.KeyList(fields))
		}
		if seen[k.Value] {
			return p.errorf(k, "key %q given twice", k.Value)
		}
		seen[k.Value] = true
		if err := h(v); err != nil {
			return err
		}
	}
	for _, r := range required {
		if !seen[r] {
			return p.errorf(n, "missing key %q", r)
		}
	}
	return nil
}

func (p *parser) boolean(out *bool) func(*yaml.Node) error {
	return func(n *yaml.Node) error {
		if n.Kind != yaml.ScalarNode || (n.Value != "true" && n.Value != "false") {
			return p.errorf(n, "want true or false, not %s", yamlfile.KindName(n))
		}
		*out = n.Value == "true"
		return nil
	}
}

func (p *parser) list(n *yaml.Node, item func(*yaml.Node) error) error {
	if n.Kind != yaml.SequenceNode {
		return p.errorf(n, "want a list, not %s", yamlfile.KindName(n))
	}
	for _, c := range n.Content {
		if err := item(c); err != nil {
			return err
		}
	}
	return nil
}

func (p *parser) str(out *string) func(*yaml.Node) error {
	return func(n *yaml.Node) error {
		if n.Kind != yaml.ScalarNode {
			return p.errorf(n, "want a string, not %s", yamlfile.KindName(n))
		}
		*out = strings.TrimSpace(n.Value)
		if *out == "" {
			return p.errorf(n, "empty value")
		}
		return nil
	}
}

// words reads a list of phrases, lower-cased and with runs of space folded.
func (p *parser) words(out *[]string) func(*yaml.Node) error {
	return p.wordList(out, true, false)
}

func (p *parser) wordsAllowEmpty(out *[]string) func(*yaml.Node) error {
	return p.wordList(out, true, true)
}

// rawWords keeps case: party forms such as "US" must not match the pronoun "us".
func (p *parser) rawWords(out *[]string) func(*yaml.Node) error {
	return p.wordList(out, false, false)
}

var spaceRun = regexp.MustCompile(`\s+`)

func (p *parser) wordList(out *[]string, lower, allowEmpty bool) func(*yaml.Node) error {
	return func(n *yaml.Node) error {
		if n.Kind != yaml.SequenceNode {
			return p.errorf(n, "want a list of words, not %s", yamlfile.KindName(n))
		}
		for _, c := range n.Content {
			if c.Kind != yaml.ScalarNode {
				return p.errorf(c, "want a word or phrase, not %s", yamlfile.KindName(c))
			}
			w := strings.TrimSpace(spaceRun.ReplaceAllString(c.Value, " "))
			if w == "" && !allowEmpty {
				return p.errorf(c, "empty word")
			}
			if len(w) > 200 {
				return p.errorf(c, "phrase longer than 200 bytes")
			}
			if lower {
				w = strings.ToLower(w)
			}
			*out = append(*out, w)
		}
		return nil
	}
}

func (p *parser) things(out *[]Thing) func(*yaml.Node) error {
	return func(n *yaml.Node) error {
		return p.list(n, func(item *yaml.Node) error {
			t := Thing{Source: Source{p.path, item.Line}}
			if err := p.mapping(item, map[string]func(*yaml.Node) error{
				"name":        p.str(&t.Name),
				"label":       p.str(&t.Label),
				"words":       p.words(&t.Words),
				"per_person":  p.boolean(&t.PerPerson),
				"until_event": p.boolean(&t.UntilEvent),
			}, "name", "words"); err != nil {
				return err
			}
			*out = append(*out, t)
			return nil
		})
	}
}

// clip shortens a scalar quoted in an error message: a message quotes what it is about, not a
// whole file that was given where a word was expected.
func clip(s string) string {
	const most = 24
	if r := []rune(s); len(r) > most {
		return string(r[:most]) + "…"
	}
	return s
}
