package benchcorpus

import (
	"strconv"
	"strings"
)

func init() {
	for _, k := range kinds {
		for _, list := range [][]fact{k.headlines, k.ledes, k.facts} {
			for i := range list {
				list[i].index()
			}
		}
	}
}

// each makes one fact of each wording.
func each(alts ...string) []fact {
	out := make([]fact, len(alts))
	for i, a := range alts {
		out[i] = fact{alts: []string{a}}
	}
	return out
}

// firstDay makes one fact of each wording, the first of them told only on the day of the
// event: "struck on Tuesday, April 14, killing at least 23" dates the toll to that day.
func firstDay(alts ...string) []fact {
	out := each(alts...)
	out[0].firstDay = true
	return out
}

// index records the keys the fact's wordings use.
func (f *fact) index() {
	f.keys, f.allKeys = nil, nil
	for i, alt := range f.alts {
		ks := templateKeys(alt)
		for _, k := range ks {
			if !hasKey(f.keys, k) {
				f.keys = append(f.keys, k)
			}
		}
		if i == 0 {
			f.allKeys = ks
			continue
		}
		var both []string
		for _, k := range f.allKeys {
			if hasKey(ks, k) {
				both = append(both, k)
			}
		}
		f.allKeys = both
	}
}

// templateKeys returns the keys of a template without their forms: "{Killed~}" and
// "{p3,}" give "killed" and "p3".
func templateKeys(tpl string) []string {
	var out []string
	for i := 0; i < len(tpl); i++ {
		if tpl[i] != '{' {
			continue
		}
		end := i + 1
		for end < len(tpl) && tpl[end] != '}' {
			end++
		}
		k := baseKey(tpl[i+1 : end])
		if !hasKey(out, k) {
			out = append(out, k)
		}
		i = end
	}
	return out
}

func baseKey(key string) string {
	k := lowerFirst(key)
	if idx, _, ok := personKey(k); ok {
		return "p" + strconv.Itoa(idx)
	}
	if n := len(k); n > 1 {
		switch k[n-1] {
		case '~', '#', '$':
			return k[:n-1]
		case '^':
			return strings.TrimSuffix(k[:n-1], "#")
		}
	}
	return k
}
