package source

import (
	"errors"
	"fmt"
)

// Reasons an input is refused. Callers tell them apart with errors.Is.
var (
	ErrEmpty       = errors.New("empty input")
	ErrBinary      = errors.New("binary content, not text or HTML")
	ErrTooLarge    = errors.New("input too large")
	ErrTruncated   = errors.New("truncated gzip stream")
	ErrCorruptGzip = errors.New("corrupt gzip stream")
	ErrBadRecord   = errors.New("bad JSON Lines record")
	ErrUnsupported = errors.New("unsupported input")
)

// InputError is an input that could not be read, named as the user gave it.
type InputError struct {
	Input string
	Err   error
}

func (e *InputError) Error() string { return fmt.Sprintf("%s: %v", e.Input, e.Err) }
func (e *InputError) Unwrap() error { return e.Err }

func inputErr(input string, err error) error { return &InputError{Input: input, Err: err} }
