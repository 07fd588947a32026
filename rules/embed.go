// Package rules holds crosscheck's default rule pack: YAML files that say which words name which
// subjects, how figures may change over time, and which names and titles are the same or exclude
// each other. The files are embedded in the binary; users add their own with --rules.
package rules

import "embed"

// Default is the embedded default pack: every *.yaml file in this folder.
//
//go:embed *.yaml
var Default embed.FS
