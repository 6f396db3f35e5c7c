package input

import (
	"compress/gzip"
	"errors"
	"io"
)

// corruptError marks an error of a decompressor, as opposed to one of the
// file beneath it: the data is damaged or cut short, and what follows the
// damage cannot be read.
type corruptError struct{ err error }

func (e corruptError) Error() string { return e.err.Error() }
func (e corruptError) Unwrap() error { return e.err }

// corruptReader wraps a gzip.Reader so that its errors other than io.EOF
// come out as corruptError.
type corruptReader struct{ r io.Reader }

func (c corruptReader) Read(p []byte) (int, error) {
	n, err := c.r.Read(p)
	if err != nil && err != io.EOF {
		err = corruptError{err}
	}
	return n, err
}

// gzipReason says what is wrong with a gzip stream, for an error record.
func gzipReason(err error) string {
	var ce corruptError
	if errors.As(err, &ce) {
		err = ce.err
	}
	switch {
	case errors.Is(err, io.ErrUnexpectedEOF):
		return "truncated gzip data: the file ends in the middle of a compressed stream"
	case errors.Is(err, io.EOF):
		return "empty gzip file"
	case errors.Is(err, gzip.ErrHeader):
		return "not a gzip file (bad header)"
	case errors.Is(err, gzip.ErrChecksum):
		return "corrupt gzip data: checksum mismatch"
	}
	return "corrupt gzip data: " + err.Error()
}

// countingReader counts the bytes read through it into *n. It implements
// io.ByteReader when its source does, so that a gzip.Reader over it reads
// no further than the end of the current member.
type countingReader struct {
	r io.Reader
	n *int64
}

func (c countingReader) Read(p []byte) (int, error) {
	n, err := c.r.Read(p)
	*c.n += int64(n)
	return n, err
}

// byteCountingReader is a countingReader over an io.ByteReader.
type byteCountingReader struct {
	countingReader
	br io.ByteReader
}

func (c byteCountingReader) ReadByte() (byte, error) {
	b, err := c.br.ReadByte()
	if err == nil {
		*c.n++
	}
	return b, err
}

// count returns src counting the bytes read from it into r.consumed.
func (r *reader) count(src io.Reader) io.Reader {
	return countingReader{r: src, n: &r.consumed}
}
