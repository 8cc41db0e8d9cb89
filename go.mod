module github.com/factloom/factloom

go 1.26.8

require (
	github.com/klauspost/compress v1.20.4
	github.com/knakk/rdf v0.0.0-20190304171630-8521bf4c5042
	github.com/spf13/cobra v1.10.2
	golang.org/x/sync v0.25.0
)

require (
	github.com/inconshreveable/mousetrap v1.1.0 // indirect
	github.com/spf13/pflag v1.0.9 // indirect
)
