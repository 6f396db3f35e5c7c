package golden

import "flag"

// update is accepted so that `go test ./... -update` (which rewrites the
// golden files of the packages that have them) runs here too; this package
// has no golden files.
var _ = flag.Bool("update", false, "rewrite golden files (none in this package)")
