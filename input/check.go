package input

import (
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
)

// Check tells, before anything is read, whether Read would refuse opts or
// one of inputs outright: a default publication date that is not
// YYYY-MM-DD, or an input that does not exist or is of a kind Read does
// not read. A command can so reject a bad command line before it writes
// anything.
func Check(inputs []string, opts Options) error {
	if opts.Published != "" && !isDate(opts.Published) {
		return fmt.Errorf("default publication date: want YYYY-MM-DD, got %q", opts.Published)
	}
	for _, in := range inputs {
		if in == "-" {
			continue
		}
		fi, err := os.Stat(in)
		if err != nil {
			return fmt.Errorf("input %s: %w", in, unwrapPath(err))
		}
		if !fi.IsDir() && kindOf(in) == kindNone {
			return fmt.Errorf("input %s: not a %s file, a directory or -", in, extList)
		}
	}
	return nil
}

// TotalSize is the number of bytes of the files that Read would read for
// inputs, as stored (compressed for .gz), to size a progress bar. known is
// false when an input is standard input, whose size is not known.
func TotalSize(inputs []string) (total int64, known bool) {
	known = true
	for _, in := range inputs {
		if in == "-" {
			known = false
			continue
		}
		fi, err := os.Stat(in)
		if err != nil {
			continue
		}
		if !fi.IsDir() {
			total += fi.Size()
			continue
		}
		_ = filepath.WalkDir(in+string(filepath.Separator), func(p string, d fs.DirEntry, err error) error {
			if err != nil {
				return nil
			}
			if strings.HasPrefix(d.Name(), ".") && p != in+string(filepath.Separator) {
				if d.IsDir() {
					return fs.SkipDir
				}
				return nil
			}
			if d.IsDir() || kindOf(p) == kindNone {
				return nil
			}
			if fi, err := os.Stat(p); err == nil && fi.Mode().IsRegular() {
				total += fi.Size()
			}
			return nil
		})
	}
	return total, known
}
