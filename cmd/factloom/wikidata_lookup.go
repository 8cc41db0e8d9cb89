package main

import (
	"context"
	"fmt"
	"strings"
	"text/tabwriter"

	"github.com/spf13/cobra"

	"github.com/factloom/factloom/extract"
	"github.com/factloom/factloom/extract/wikidata"
)

type wikidataLookupOptions struct {
	*Env
	Index string
	Name  string
	Type  string
	Years string
}

func newWikidataLookupCmd(env *Env, run func(context.Context, *wikidataLookupOptions) error) *cobra.Command {
	opts := &wikidataLookupOptions{Env: env}
	cmd := &cobra.Command{
		Use:   "lookup [flags] INDEX NAME",
		Short: "Show the items a name may refer to, with their types and scores",
		Long: `Lookup prints every item of the index that NAME may refer to, with its
classes, the entity types they imply, its Wikipedia title, and the score
the linker gives it for an entity of that name (and of --type, dated
--date), so that you can see why a name is or is not linked. The linked
item is marked with "*"; a candidate that cannot be linked says why.`,
		Example: `  factloom wikidata lookup sample.idx Mali --type Country
  factloom wikidata lookup sample.idx "Battle of Kirkuk" --type Event --date 2016`,
		Args: cobra.ExactArgs(2),
	}
	cmd.Flags().StringVar(&opts.Type, "type", "", "the entity's type: Person, Organization, Country, Place, Event, Equipment")
	cmd.Flags().StringVar(&opts.Years, "date", "", "the entity's date (ISO 8601, as YYYY or YYYY-MM-DD)")
	cmd.RunE = func(cmd *cobra.Command, args []string) error {
		opts.Index, opts.Name = args[0], args[1]
		return run(cmd.Context(), opts)
	}
	return cmd
}

func runWikidataLookup(_ context.Context, opts *wikidataLookupOptions) error {
	var t extract.Type
	if opts.Type != "" {
		types, err := wikidata.ParseTypes(opts.Type)
		if err != nil || strings.Contains(opts.Type, ",") {
			return usagef("lookup: --type wants one of Person, Organization, Country, Place, Event, Equipment")
		}
		t = extract.Type(strings.Split(types.String(), ",")[0])
	}
	x, err := wikidata.Open(opts.Index)
	if err != nil {
		return err
	}
	defer x.Close()
	e := &extract.Entity{Key: extract.Key(opts.Name), Label: opts.Name, Type: t}
	a := &extract.Article{Subject: e.Key, Entities: []*extract.Entity{e}}
	if opts.Years != "" {
		a.Attributes = []extract.Attribute{{Subject: e.Key, Attr: extract.StartDate, Value: opts.Years}}
	}
	l := &wikidata.Linker{Index: x}
	scored, err := l.Candidates(wikidata.NewArticleContext(a), e)
	if err != nil {
		return err
	}
	best := l.Choose(scored)
	if x.Meta.Partial {
		fmt.Fprintf(opts.Stderr, "factloom: %s is a partial index: %s\n", opts.Index, x.Meta.Reason)
	}
	if len(scored) == 0 {
		fmt.Fprintf(opts.Stdout, "no item is named %q\n", opts.Name)
		return nil
	}
	tw := tabwriter.NewWriter(opts.Stdout, 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "\tQID\tscore\tlabel\ttypes\tP31\ttitle\tmatch\tverdict")
	for i := range scored {
		s := &scored[i]
		mark, verdict := "", "kept, not chosen"
		switch {
		case s == best:
			mark, verdict = "*", "linked"
		case s.Rejected != "":
			verdict = "rejected: " + s.Rejected
		case best == nil:
			verdict = "abstain: no clear best"
		}
		fmt.Fprintf(tw, "%s\t%s\t%.2f\t%s\t%s\t%s\t%s\t%s\t%s\n", mark, s.QID, s.Score, s.Label, s.Types,
			strings.Join(s.P31, ","), s.Title, s.Match, verdict)
	}
	if err := tw.Flush(); err != nil {
		return err
	}
	for _, s := range scored {
		fmt.Fprintf(opts.Stdout, "%s: %s\n", s.QID, strings.Join(s.Why, ", "))
	}
	return nil
}
