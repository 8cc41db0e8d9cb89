package graph

import "github.com/factloom/factloom/ontology"

// ArticleIRI is the IRI of the node of the article with the given ID,
// {base}article/{Slug(id)}, with ontology.DefaultBase when base is empty.
// factloom load names an article's graph with it.
func ArticleIRI(base, id string) string {
	if base == "" {
		base = ontology.DefaultBase
	}
	return minter{base: base}.article(id)
}
