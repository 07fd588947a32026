// Package pipeline runs crosscheck end to end: it loads the rules, finds the article files,
// reads and extracts them in parallel, and compares the claims. Its results do not depend on the
// order of the paths given or on how the work was scheduled.
package pipeline
