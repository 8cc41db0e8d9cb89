package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"strings"

	"github.com/spf13/cobra"
)

// Exit codes.
const (
	exitOK     = 0 // all went well
	exitFailed = 1 // some inputs failed; the good ones were still written
	exitUsage  = 2 // the command line was wrong
)

// Env is what a command reads and writes besides its flags.
type Env struct {
	Stdin  io.Reader
	Stdout io.Writer
	Stderr io.Writer
}

// errPartial says that some inputs failed after their errors were printed.
var errPartial = errors.New("some inputs failed")

// usageError marks an error in the command line.
type usageError struct{ err error }

func (e usageError) Error() string { return e.err.Error() }
func (e usageError) Unwrap() error { return e.err }

func usagef(format string, args ...any) error { return usageError{fmt.Errorf(format, args...)} }

// NewCmdRoot builds the command tree.
func NewCmdRoot(env *Env) *cobra.Command {
	root := &cobra.Command{
		Use:   "factloom",
		Short: "Knowledge graphs of events, agents and roles from articles about armed conflicts",
		Long: `factloom reads encyclopedia articles about armed conflicts (an infobox plus
prose) and builds a knowledge graph of events, agents and roles: who fought
whom, where and when, who commanded, who led or founded which group, who was
killed or captured, with casualty figures, aliases and the sentence each fact
came from. It writes Turtle or N-Triples.`,
		SilenceUsage:  true,
		SilenceErrors: true,
	}
	root.SetIn(env.Stdin)
	root.SetOut(env.Stdout)
	root.SetErr(env.Stderr)
	root.SetFlagErrorFunc(func(_ *cobra.Command, err error) error { return usageError{err} })
	root.AddCommand(newExtractCmd(env, runExtract))
	root.AddCommand(newWikidataCmd(env))
	root.AddCommand(newLoadCmd(env, runLoad), newQueryCmd(env, runQuery))
	return root
}

// Main runs factloom with args and returns the exit code.
func Main(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	env := &Env{Stdin: stdin, Stdout: stdout, Stderr: stderr}
	root := NewCmdRoot(env)
	root.SetArgs(args)
	err := root.ExecuteContext(ctx)
	return exitCode(err, stderr)
}

// exitCode prints err and maps it to an exit code.
func exitCode(err error, stderr io.Writer) int {
	if err == nil {
		return exitOK
	}
	if errors.Is(err, errPartial) {
		return exitFailed
	}
	fmt.Fprintf(stderr, "factloom: %v\n", err)
	var ue usageError
	if errors.As(err, &ue) || isCobraUsage(err) {
		return exitUsage
	}
	return exitFailed
}

// isCobraUsage recognises the argument errors cobra makes itself.
func isCobraUsage(err error) bool {
	msg := err.Error()
	for _, p := range []string{"unknown command", "unknown flag", "unknown shorthand flag", "accepts ", "requires at least", "invalid argument", "flag needs an argument"} {
		if strings.Contains(msg, p) {
			return true
		}
	}
	return false
}
