// Package report prints findings and claims: one printer per output format — a table for the
// terminal, JSON for scripts, SARIF for code scanning, GitHub Actions workflow commands, and
// Markdown for pull-request comments — each writing bytes that depend only on its input.
package report
