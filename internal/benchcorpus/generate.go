package benchcorpus

import (
	"errors"
	"fmt"
	"math"
	"strconv"
	"strings"
)

// Config says what corpus to generate.
type Config struct {
	Articles          int     // number of articles, at most MaxArticles
	Stories           int     // number of stories the articles are spread over, at most MaxStories
	Seed              int64   // the same seed gives the same bytes
	ContradictionRate float64 // chance, from 0 to 1, that an article has one figure changed
}

// Stats describes a generated corpus.
type Stats struct {
	Articles int   // files written
	Bytes    int64 // their total size
	Planted  int   // articles with one planted contradiction
}

// Limits of a Config; file names have room for this many digits.
const (
	MaxArticles = 999999
	MaxStories  = 999
)

// Validate reports whether the Config can be generated.
func (c Config) Validate() error {
	switch {
	case c.Articles < 0 || c.Articles > MaxArticles:
		return fmt.Errorf("benchcorpus: articles must be between 0 and %d, not %d", MaxArticles, c.Articles)
	case c.Stories < 1 || c.Stories > MaxStories:
		return fmt.Errorf("benchcorpus: stories must be between 1 and %d, not %d", MaxStories, c.Stories)
	case math.IsNaN(c.ContradictionRate) || c.ContradictionRate < 0 || c.ContradictionRate > 1:
		return fmt.Errorf("benchcorpus: contradiction rate must be between 0 and 1, not %v", c.ContradictionRate)
	}
	return nil
}

// ArticlePath is the slash-separated path of the n-th article (from 1) of the story-th story
// (from 1).
func ArticlePath(story, n int) string {
	return fmt.Sprintf("story-%03d/article-%06d.md", story, n)
}

// Generate writes cfg.Articles articles, spread evenly over cfg.Stories stories (fewer when
// there are fewer articles than stories), by calling write with each article's
// slash-separated path (see ArticlePath) and contents, in path order. write may keep data. It
// stops at the first error write returns.
func Generate(cfg Config, write func(path string, data []byte) error) (Stats, error) {
	var st Stats
	if err := cfg.Validate(); err != nil {
		return st, err
	}
	if write == nil {
		return st, errors.New("benchcorpus: no write function")
	}
	stories := min(cfg.Stories, cfg.Articles)
	if stories == 0 {
		return st, nil
	}
	seed := uint64(cfg.Seed)
	master := newRNG(seed, seed)
	offset := master.intn(len(kinds))
	reg := newRegistry()
	for _, n := range femaleNames {
		reg.add(n)
	}
	for _, n := range maleNames {
		reg.add(n)
	}
	// Streams: one per story for its world, its text and its plants, so that the plants never
	// change the text of articles they do not touch.
	worlds := make([]*story, stories)
	texts := make([]*rng, stories)
	plants := make([]*rng, stories)
	for i := range worlds {
		wg := master.split()
		texts[i] = master.split()
		plants[i] = master.split()
		s, err := newStory(i+1, kinds[(offset+i)%len(kinds)], wg, reg)
		if err != nil {
			return st, err
		}
		worlds[i] = s
	}
	// An article is planted when 53 random bits fall below rate·2⁵³: integer arithmetic, so
	// every platform plants the same articles.
	threshold := uint64(cfg.ContradictionRate * (1 << 53))
	num := 0
	for i, s := range worlds {
		n := cfg.Articles / stories
		if i < cfg.Articles%stories {
			n++
		}
		for j := range n {
			num++
			day := 0
			if n > 1 {
				day = j * s.span / (n - 1)
			}
			g := texts[i].split()
			pl := plant{}
			if plants[i].uint64()>>11 < threshold && j > 0 {
				pl = s.choosePlant(plants[i], day, reg)
			}
			data, err := s.render(g, day, j, pl)
			if err != nil {
				return st, err
			}
			if pl.kind != plantNone {
				st.Planted++
			}
			if err := write(ArticlePath(s.num, num), data); err != nil {
				return st, err
			}
			st.Articles++
			st.Bytes += int64(len(data))
		}
	}
	return st, nil
}

// render writes one article file: front matter and body.
func (s *story) render(g *rng, day, index int, pl plant) ([]byte, error) {
	a := s.newArticle(day, g)
	forced := pl.apply(a)
	var required []string
	if index == 0 {
		required = s.requiredKeys()
	}
	headline, body, err := a.write(forced, required)
	if err != nil {
		return nil, err
	}
	source := g.pick(outlets)
	var b strings.Builder
	b.Grow(len(body) + len(headline) + 100)
	b.WriteString("---\ntitle: ")
	b.WriteString(yamlQuote(headline))
	b.WriteString("\nsource: ")
	b.WriteString(yamlQuote(source))
	b.WriteString("\npublished: ")
	b.WriteString(a.date.Format("2006-01-02"))
	b.WriteString("\n---\n")
	b.WriteString(body)
	return []byte(b.String()), nil
}

// requiredKeys are the facts the first article of a story states, so that a plant in any
// later article contradicts it.
func (s *story) requiredKeys() []string {
	var keys []string
	if s.hasToll {
		keys = append(keys, "killed")
	}
	if _, ok := s.nums["built"]; ok {
		keys = append(keys, "built")
	}
	keys = append(keys, s.durations...)
	for i := range s.people {
		keys = append(keys, "p"+strconv.Itoa(i))
	}
	return keys
}
