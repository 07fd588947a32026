package pipeline

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"os"
	"runtime"
	"sort"
	"strings"
	"sync"

	"github.com/crosscheck-news/crosscheck/internal/article"
	"github.com/crosscheck-news/crosscheck/internal/cache"
	"github.com/crosscheck-news/crosscheck/internal/claims"
	"github.com/crosscheck-news/crosscheck/internal/compare"
	"github.com/crosscheck-news/crosscheck/internal/normalize"
	"github.com/crosscheck-news/crosscheck/internal/ruleset"
)

// LoadRules builds the rule set: the embedded defaults (unless noDefault), then each file or
// folder in extra, in order.
func LoadRules(extra []string, noDefault bool) (*ruleset.Set, error) {
	var r ruleset.Rules
	if !noDefault {
		d, err := ruleset.Default()
		if err != nil {
			return nil, fmt.Errorf("default rules: %w", err)
		}
		r = d
	}
	for _, p := range extra {
		if err := r.LoadPath(p); err != nil {
			return nil, err
		}
	}
	return ruleset.Compile(r)
}

// RulesDigest identifies a rule set by its content: cached claims are valid only for the rules
// they were extracted with.
func RulesDigest(rules *ruleset.Set) string {
	data, err := json.Marshal(rules.Rules)
	if err != nil {
		return ""
	}
	sum := sha256.Sum256(data)
	return hex.EncodeToString(sum[:])
}

// Options says what to read.
type Options struct {
	// Paths are the articles to check: files or folders. With Corpus they are the drafts.
	Paths []string
	// Corpus are folders of published articles the drafts are checked against; findings
	// among corpus articles alone are not reported.
	Corpus []string
	// Ignore, when set, passes over article paths it reports true for.
	Ignore func(path string) bool
	// Cache, when set, keeps the claims of corpus articles between runs.
	Cache *cache.Cache
	// Version is written into cache keys, so a new build does not trust an old build's claims.
	Version string
}

// Result is what a run found.
type Result struct {
	Read   int             // articles read from disk in this run (cached ones are not read)
	Count  int             // articles checked, read or cached
	Drafts map[string]bool // draft paths when checking against a corpus, else nil
	Claims []claims.Claim  // in path, line, column order
	// ClaimCount is how many claims the articles hold: len(Claims), or more when drafts were
	// checked against an archive index and only the claims bearing on them were loaded.
	ClaimCount int
	Findings   []compare.Finding // sorted
	Warnings   []string          // "path: message" for files passed over
	Cached     int               // corpus articles whose claims came from the cache
}

// source is one article file to check.
type source struct {
	path   string
	corpus bool
	// Filled in as the run goes.
	a       *article.Article
	info    cache.FileInfo
	known   bool // info came from the cache's file index: the file need not be read for its date
	stat    os.FileInfo
	claims  []claims.Claim
	anchors []string
	cached  bool
	wasRead bool // the file was read in this run
	done    bool // claims extracted
	empty   bool // the article has no text
	err     error
}

// Extract reads every article under the options' paths and extracts its claims, using all
// cores and, for corpus articles, the cache.
func Extract(opt Options, rules *ruleset.Set) (*Result, error) {
	r, err := extract(opt, rules)
	if err != nil {
		return nil, err
	}
	return r.res, nil
}

// run is what extract leaves for building an archive index.
type run struct {
	res          *Result
	srcs         []source
	listing      article.Listing // of the corpus
	archiveStory []string        // story of each corpus source, in srcs order
	corpusDay    normalize.Day
}

func extract(opt Options, rules *ruleset.Set) (*run, error) {
	srcs, drafts, listing, err := sources(opt)
	if err != nil {
		return nil, err
	}
	digest := RulesDigest(rules)
	// First pass: every article's date, from the cache's file index or by reading it. Undated
	// articles take their year from the story's latest date, so they wait for the second pass;
	// a dated article read here is extracted at once, so that its text need not be kept.
	x := claims.NewExtractor(rules)
	parallel(len(srcs), func(i int) {
		s := &srcs[i]
		if s.corpus && opt.Cache != nil {
			if st, err := os.Stat(s.path); err == nil {
				s.stat = st
				if fi, ok := opt.Cache.Lookup(s.path, st.Size(), st.ModTime()); ok {
					s.info, s.known = fi, true
					return
				}
			}
		}
		s.read()
		if s.err == nil && s.corpus && opt.Cache != nil && s.stat != nil {
			_ = opt.Cache.Remember(s.path, s.stat.Size(), s.stat.ModTime(), s.info)
		}
		if s.err == nil && s.info.Dated && (!s.corpus || opt.Cache == nil) {
			s.extract(x, normalize.Day{}, nil, cache.Key{})
		}
	})
	for _, s := range srcs {
		if s.err != nil {
			return nil, s.err
		}
	}
	// An undated article takes its year from the latest date of what it is read with: a corpus
	// article from the corpus alone (a draft does not change how the archive reads), a draft from
	// everything.
	var storyDay, corpusDay normalize.Day
	for _, s := range srcs {
		if s.info.Dated {
			day := normalize.DayOf(s.info.Published)
			if storyDay.Before(day) {
				storyDay = day
			}
			if s.corpus && corpusDay.Before(day) {
				corpusDay = day
			}
		}
	}
	// Second pass: claims, from the cache for unchanged corpus articles.
	parallel(len(srcs), func(i int) {
		s := &srcs[i]
		if s.done {
			return
		}
		// An undated article is not placed in time: a date it gives without a year stays
		// without one, and its figures are compared only where time does not matter.
		var day normalize.Day
		var key cache.Key
		if s.corpus && opt.Cache != nil {
			key = cache.Key{Path: s.path, ContentHash: s.info.ContentHash, Rules: digest, Version: opt.Version}
			if !s.info.Dated {
				key.StoryDay = day.String()
			}
			if e, ok := opt.Cache.Get(key); ok {
				s.claims, s.anchors, s.cached = e.Claims, e.Anchors, true
				return
			}
		}
		if s.a == nil {
			s.read()
			if s.err != nil {
				return
			}
		}
		s.extract(x, day, opt.Cache, key)
	})
	// Articles are grouped into stories by the names they share; claims are compared only within
	// a story.
	r := &run{srcs: srcs, listing: listing, corpusDay: corpusDay}
	story := make([]string, len(srcs))
	if drafts == nil {
		var paths []string
		var anchors [][]string
		for _, s := range srcs {
			paths = append(paths, s.path)
			anchors = append(anchors, s.anchors)
		}
		story = stories(paths, anchors)
	} else {
		// The archive is grouped on its own, and the drafts placed into its stories: so an
		// archive index holds the same stories whatever the drafts.
		var paths, dPaths []string
		var anchors, dAnchors [][]string
		var at, dAt []int
		for i, s := range srcs {
			if s.corpus {
				paths, anchors, at = append(paths, s.path), append(anchors, s.anchors), append(at, i)
			} else {
				dPaths, dAnchors, dAt = append(dPaths, s.path), append(dAnchors, s.anchors), append(dAt, i)
			}
		}
		r.archiveStory = stories(paths, anchors)
		for k, i := range at {
			story[i] = r.archiveStory[k]
		}
		for k, st := range draftStories(dPaths, dAnchors, r.archiveStory, len(paths), postingsOf(anchors)) {
			story[dAt[k]] = st
		}
	}
	for i := range srcs {
		for j := range srcs[i].claims {
			srcs[i].claims[j].Story = story[i]
		}
	}
	res := &Result{Drafts: drafts}
	r.res = res
	total := 0
	for _, s := range srcs {
		total += len(s.claims)
	}
	res.Claims = make([]claims.Claim, 0, total)
	for i, s := range srcs {
		if s.err != nil {
			return nil, s.err
		}
		if s.empty {
			res.Warnings = append(res.Warnings, emptyWarning(s.path))
			continue
		}
		if s.wasRead {
			res.Read++
		}
		if s.cached {
			res.Cached++
		}
		res.Count++
		res.Claims = append(res.Claims, s.claims...)
		srcs[i].claims = nil // the result holds them now
	}
	res.ClaimCount = len(res.Claims)
	sortClaims(res.Claims)
	sort.Strings(res.Warnings)
	return r, nil
}

// postingsOf maps each name to the articles bearing it, in order.
func postingsOf(anchors [][]string) map[string][]int32 {
	out := map[string][]int32{}
	for i, as := range anchors {
		for _, a := range as {
			if l := out[a]; len(l) == 0 || l[len(l)-1] != int32(i) {
				out[a] = append(l, int32(i))
			}
		}
	}
	return out
}

// extract takes the source's claims and anchors and lets its text go: memory then stays near
// the size of the claims rather than of the corpus. With a cache, the claims are stored under key.
func (s *source) extract(x *claims.Extractor, storyDay normalize.Day, c *cache.Cache, key cache.Key) {
	s.claims, s.anchors = x.ExtractWithAnchors(s.a, storyDay)
	s.empty = strings.TrimSpace(s.a.Text) == "" && strings.TrimSpace(s.a.Title) == ""
	s.a, s.done = nil, true
	if c != nil {
		_ = c.Put(key, cache.Entry{Published: s.info.Published, Dated: s.info.Dated, Claims: s.claims, Anchors: s.anchors})
	}
}

// read parses the source's file and notes its date and content hash.
func (s *source) read() {
	a, err := article.Read(s.path)
	if err != nil {
		s.err = err
		return
	}
	s.a, s.wasRead = a, true
	s.info = cache.FileInfo{ContentHash: a.Hash(), Published: a.Published, Dated: a.Dated}
}

// sources lists the article files: drafts first claim a path that is also under a corpus folder.
func sources(opt Options) ([]source, map[string]bool, article.Listing, error) {
	var listing article.Listing
	paths, err := article.Expand(opt.Paths)
	if err != nil {
		return nil, nil, listing, err
	}
	var srcs []source
	var drafts map[string]bool
	if len(opt.Corpus) > 0 {
		drafts = map[string]bool{}
	}
	seen := map[string]bool{}
	for _, p := range paths {
		if opt.Ignore != nil && opt.Ignore(p) {
			continue
		}
		seen[p] = true
		if drafts != nil {
			drafts[p] = true
		}
		srcs = append(srcs, source{path: p})
	}
	if len(opt.Corpus) > 0 {
		listing, err = article.ExpandListing(opt.Corpus)
		if err != nil {
			return nil, nil, listing, err
		}
		for _, p := range listing.Files {
			if seen[p] || opt.Ignore != nil && opt.Ignore(p) {
				continue
			}
			seen[p] = true
			srcs = append(srcs, source{path: p, corpus: true})
		}
	}
	sort.Slice(srcs, func(i, j int) bool { return srcs[i].path < srcs[j].path })
	return srcs, drafts, listing, nil
}

// parallelChunks runs work(0..n-1) on all cores, in a few large chunks: for work as small as a
// file's stat, handing out items one by one would cost more than the work.
func parallelChunks(n int, work func(i int)) {
	workers := min(runtime.GOMAXPROCS(0)*2, max(1, n))
	var wg sync.WaitGroup
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func(lo, hi int) {
			defer wg.Done()
			for i := lo; i < hi; i++ {
				work(i)
			}
		}(n*w/workers, n*(w+1)/workers)
	}
	wg.Wait()
}

// parallel runs work(0..n-1) on all cores.
func parallel(n int, work func(i int)) {
	jobs := make(chan int)
	var wg sync.WaitGroup
	for w := 0; w < min(runtime.GOMAXPROCS(0), max(1, n)); w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range jobs {
				work(i)
			}
		}()
	}
	for i := 0; i < n; i++ {
		jobs <- i
	}
	close(jobs)
	wg.Wait()
}

// Check extracts and compares. With a corpus, only findings with a claim from a draft are kept:
// contradictions inside the archive alone are not the draft's problem.
func Check(opt Options, rules *ruleset.Set) (*Result, error) {
	if len(opt.Corpus) > 0 {
		return checkDrafts(opt, rules)
	}
	res, err := Extract(opt, rules)
	if err != nil {
		return nil, err
	}
	res.Findings = compare.Compare(res.Claims, rules)
	return res, nil
}

// draftRelevant keeps the claims a finding with a draft can come from: those of the drafts'
// stories that share a subject with a draft claim, and every claim about a person there (which
// person a name, title or age belongs to is settled over the whole story). Comparing the rest of
// an archive could only find contradictions the drafts take no part in.
func draftRelevant(cs []claims.Claim, drafts map[string]bool) []claims.Claim {
	subjects := map[string]map[string]bool{} // story → subjects the drafts speak of
	for _, c := range cs {
		if !drafts[c.Path] {
			continue
		}
		if subjects[c.Story] == nil {
			subjects[c.Story] = map[string]bool{}
		}
		subjects[c.Story][c.Subject] = true
	}
	var out []claims.Claim
	for _, c := range cs {
		st, ok := subjects[c.Story]
		if !ok {
			continue
		}
		if st[c.Subject] || aboutPerson(c) {
			out = append(out, c)
		}
	}
	return out
}

// aboutPerson reports whether the claim's subject is a person, whose identity the comparison
// settles from all the story's claims.
func aboutPerson(c claims.Claim) bool {
	switch c.Kind {
	case claims.KindName, claims.KindTitle, claims.KindAge:
		return true
	}
	return c.Person != nil
}
