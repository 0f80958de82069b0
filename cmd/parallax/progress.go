package main

import (
	"fmt"
	"io"
	"time"
)

// progress draws a one-line counter on a terminal's stderr while inputs go
// through. The number of inputs is not known in advance (folders and JSON
// Lines are streamed), so it shows counts and rate rather than a percentage.
type progress struct {
	w          io.Writer
	on         bool
	start      time.Time
	last       time.Time
	done, fail int
}

func newProgress(w io.Writer, on bool) *progress {
	now := time.Now()
	return &progress{w: w, on: on, start: now, last: now}
}

// step counts one input and redraws at most ten times a second.
func (p *progress) step(failed bool) {
	p.done++
	if failed {
		p.fail++
	}
	if !p.on || time.Since(p.last) < 100*time.Millisecond {
		return
	}
	p.last = time.Now()
	p.draw()
}

func (p *progress) draw() {
	rate := float64(p.done) / max(time.Since(p.start).Seconds(), 1e-3)
	fmt.Fprintf(p.w, "\r\033[K%d inputs, %d failed, %.1f/s", p.done, p.fail, rate)
}

// clear removes the line before other output goes to stderr.
func (p *progress) clear() {
	if p.on {
		fmt.Fprint(p.w, "\r\033[K")
	}
}

// finish draws the final count and ends the line.
func (p *progress) finish() {
	if p.on {
		p.draw()
		fmt.Fprintln(p.w)
	}
}
