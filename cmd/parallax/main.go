// Command parallax follows a news story across many outlets: it reads pages,
// extracts the articles and stores them. Run `parallax help` for commands.
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/signal"
	"syscall"
)

// Exit codes, listed in every command's help.
const (
	exitOK       = 0
	exitFailure  = 1 // the command could not run at all
	exitUsage    = 2 // wrong flags or arguments
	exitSomeBad  = 3 // the command ran, but some inputs failed
	exitCanceled = 130
)

const exitCodesHelp = `Exit status: 0 all went well; 1 the command failed; 2 usage error;
3 finished, but some inputs failed (each reported on stderr); 130 interrupted.`

// env is what commands share: the streams and the environment, so that tests
// can run commands in-process.
type env struct {
	stdin          io.Reader
	stdout, stderr io.Writer
	getenv         func(string) string
}

// command is one subcommand.
type command struct {
	name    string
	summary string
	run     func(ctx context.Context, e *env, args []string) error
}

// commands is the one explicit list of subcommands.
func commands() []command {
	return []command{
		{"extract", "print the articles extracted from inputs", runExtract},
		{"cluster", "group inputs into events and stories, without a database", runCluster},
		{"analyze", "read entities, quotes, figures and dates of inputs", runAnalyze},
		{"ingest", "extract inputs and store them in the database", runIngest},
		{"articles", "list the stored articles", runArticles},
		{"events", "list the stored events", runEvents},
		{"stories", "list the stored stories", runStories},
		{"entities", "list the stored people, organisations and places", runEntities},
		{"brief", "the brief of a stored event or story, or of inputs", runBrief},
		{"version", "print the version", runVersion},
	}
}

// errUsage marks usage errors (exit 2); errSomeInputs marks a run in which
// some inputs failed (exit 3). Both are reported by the command itself.
var (
	errUsage      = errors.New("usage error")
	errSomeInputs = errors.New("some inputs failed")
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	e := &env{stdin: os.Stdin, stdout: os.Stdout, stderr: os.Stderr, getenv: os.Getenv}
	os.Exit(run(ctx, e, os.Args[1:]))
}

// run dispatches to a subcommand and maps its error to an exit code.
func run(ctx context.Context, e *env, args []string) int {
	if len(args) == 0 || args[0] == "help" || args[0] == "-h" || args[0] == "--help" {
		if len(args) > 1 {
			return run(ctx, e, []string{args[1], "--help"})
		}
		usage(e.stdout)
		if len(args) == 0 {
			return exitUsage
		}
		return exitOK
	}
	for _, c := range commands() {
		if c.name == args[0] {
			return exitCode(e, c.run(ctx, e, args[1:]))
		}
	}
	fmt.Fprintf(e.stderr, "parallax: unknown command %q (run 'parallax help')\n", args[0])
	return exitUsage
}

func exitCode(e *env, err error) int {
	switch {
	case err == nil, errors.Is(err, flag.ErrHelp):
		return exitOK
	case errors.Is(err, errUsage):
		fmt.Fprintf(e.stderr, "parallax: %v\n", err)
		return exitUsage
	case errors.Is(err, context.Canceled):
		fmt.Fprintln(e.stderr, "parallax: interrupted")
		return exitCanceled
	case errors.Is(err, errSomeInputs):
		fmt.Fprintf(e.stderr, "parallax: %v\n", err)
		return exitSomeBad
	default:
		fmt.Fprintf(e.stderr, "parallax: %v\n", err)
		return exitFailure
	}
}

func usage(w io.Writer) {
	fmt.Fprintln(w, "parallax follows a news story across many outlets.")
	fmt.Fprintln(w, "\nUsage: parallax COMMAND [flags] [PATH…]\n\nCommands:")
	for _, c := range commands() {
		fmt.Fprintf(w, "  %-10s %s\n", c.name, c.summary)
	}
	fmt.Fprintln(w, "\nRun 'parallax COMMAND --help' for a command's flags.")
	fmt.Fprintln(w, "\n"+exitCodesHelp)
}

// newFlags returns a flag set whose --help prints the command's synopsis,
// its flags and the exit codes.
func newFlags(e *env, name, synopsis string) *flag.FlagSet {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(e.stderr)
	fs.Usage = func() {
		fmt.Fprintf(e.stderr, "Usage: parallax %s\n\n", synopsis)
		fs.PrintDefaults()
		fmt.Fprintln(e.stderr, "\n"+exitCodesHelp)
	}
	return fs
}

// parseFlags parses args, mapping a flag error to errUsage. Flags may come
// before or after the paths.
func parseFlags(fs *flag.FlagSet, args []string) ([]string, error) {
	var paths []string
	for {
		if err := fs.Parse(args); err != nil {
			if errors.Is(err, flag.ErrHelp) {
				return nil, err
			}
			return nil, fmt.Errorf("%w: %v", errUsage, err)
		}
		args = fs.Args()
		if len(args) == 0 {
			return paths, nil
		}
		paths = append(paths, args[0])
		args = args[1:]
	}
}
