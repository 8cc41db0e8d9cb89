package main

import "github.com/spf13/cobra"

func newWikidataCmd(env *Env) *cobra.Command {
	cmd := &cobra.Command{
		Use:   "wikidata",
		Short: "Index the Wikidata dump and look names up in the index",
		Long: `The wikidata commands build the index that "factloom extract --wikidata"
links entities with, and show why a name is or is not linked.`,
	}
	cmd.AddCommand(newWikidataIndexCmd(env, runWikidataIndex))
	cmd.AddCommand(newWikidataLookupCmd(env, runWikidataLookup))
	return cmd
}
