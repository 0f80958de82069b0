// Package pipeline wires the stages together: documents from a source go
// through extraction (in parallel, results in input order) and on to the
// caller, which prints or stores them. It holds no stage logic of its own.
package pipeline
