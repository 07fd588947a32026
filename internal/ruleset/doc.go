// Package ruleset loads crosscheck's rule files — YAML data that names subjects, says how
// figures may change over time and which names and titles are the same — validates them, and
// compiles them into word-sequence indexes the extractor can match in one pass.
//
// A rule file is a YAML mapping whose top-level keys are sections (measures, generic_groups,
// durations, money, dimensions, events, titles, names, parties, markers). Every file may hold
// any sections; files are merged in the order given, later ones adding to earlier ones. An
// unknown key, a wrong type or an empty word is an *Error that names the file and line.
package ruleset
