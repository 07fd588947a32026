// Package report prints findings and claims: one printer per output format (table for the
// terminal, JSON for machines), each writing bytes that depend only on its input.
package report
