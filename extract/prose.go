package extract

func (x *extractor) readProse() {}

// finish runs what needs the whole article.
func (x *extractor) finish() {
	x.resolveWinner()
}
