package ruleset

import (
	"github.com/crosscheck-news/crosscheck/rules"
)

// Default returns the embedded default rule pack, uncompiled, so callers can add to it.
func Default() (Rules, error) {
	var r Rules
	err := r.LoadFS(rules.Default, "rules")
	return r, err
}
