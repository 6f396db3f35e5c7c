package input

import (
	"bytes"
	"compress/gzip"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func jsonlLines(n int) string {
	var b strings.Builder
	for i := range n {
		b.WriteString(`{"id":"d` + string(rune('a'+i)) + `","text":"Text number ` + string(rune('a'+i)) + `."}` + "\n")
	}
	return b.String()
}

func TestReadJSONLGzip(t *testing.T) {
	dir := t.TempDir()
	content := jsonlLines(5)
	gz := gzipped(t, []byte(content))

	t.Run("whole", func(t *testing.T) {
		path := filepath.Join(dir, "a.jsonl.gz")
		require.NoError(t, os.WriteFile(path, gz, 0o644))
		items, err := collect(t, []string{path}, Options{})
		require.NoError(t, err)
		require.Len(t, items, 5)
		var size int64
		for i, it := range items {
			assert.Nil(t, it.Err)
			assert.Equal(t, i+1, it.Doc.Location.Line)
			size += it.Size
		}
		assert.Equal(t, int64(len(gz)), size, "sizes count compressed bytes")
	})
	t.Run("several members", func(t *testing.T) {
		path := filepath.Join(dir, "b.JSONL.GZ")
		both := append(gzipped(t, []byte(jsonlLines(2))), gzipped(t, []byte(jsonlLines(3)))...)
		require.NoError(t, os.WriteFile(path, both, 0o644))
		items, err := collect(t, []string{path}, Options{})
		require.NoError(t, err)
		assert.Len(t, items, 5)
	})
	t.Run("truncated", func(t *testing.T) {
		// Cut in the middle of the compressed stream: the lines before are
		// read, then one error record, then the next input.
		big := jsonlLines(20) + strings.Repeat(`{"id":"pad","text":"`+strings.Repeat("padding words ", 2000)+`"}`+"\n", 20)
		var b bytes.Buffer
		zw, _ := gzip.NewWriterLevel(&b, gzip.NoCompression)
		_, _ = zw.Write([]byte(big))
		require.NoError(t, zw.Close())
		path := filepath.Join(dir, "cut.jsonl.gz")
		require.NoError(t, os.WriteFile(path, b.Bytes()[:b.Len()/2], 0o644))
		next := filepath.Join(dir, "next.txt")
		writeFile(t, next, "Next\nbody")
		items, err := collect(t, []string{path, next}, Options{})
		require.NoError(t, err)
		require.Greater(t, len(items), 21)
		for _, it := range items[:20] {
			assert.Nil(t, it.Err)
		}
		bad := items[len(items)-2]
		require.NotNil(t, bad.Err)
		assert.Contains(t, bad.Err.Reason, "truncated gzip data: the file ends in the middle of a compressed stream; line")
		assert.Equal(t, filepath.ToSlash(path), bad.Err.File)
		assert.Equal(t, bad.Doc.Location.Line, bad.Err.Line)
		assert.Equal(t, filepath.ToSlash(next), items[len(items)-1].Doc.ID)
	})
	t.Run("not gzip", func(t *testing.T) {
		path := filepath.Join(dir, "plain.jsonl.gz")
		writeFile(t, path, content)
		items, err := collect(t, []string{path}, Options{})
		require.NoError(t, err)
		require.Len(t, items, 1)
		require.NotNil(t, items[0].Err)
		assert.Equal(t, "not a gzip file (bad header)", items[0].Err.Reason)
	})
	t.Run("empty", func(t *testing.T) {
		path := filepath.Join(dir, "empty.jsonl.gz")
		writeFile(t, path, "")
		items, err := collect(t, []string{path}, Options{})
		require.NoError(t, err)
		require.Len(t, items, 1)
		assert.Equal(t, "empty gzip file", items[0].Err.Reason)
	})
	t.Run("corrupt checksum", func(t *testing.T) {
		data := bytes.Clone(gz)
		data[len(data)-5] ^= 0xff // the CRC-32 in the trailer
		path := filepath.Join(dir, "crc.jsonl.gz")
		require.NoError(t, os.WriteFile(path, data, 0o644))
		items, err := collect(t, []string{path}, Options{})
		require.NoError(t, err)
		require.NotEmpty(t, items)
		last := items[len(items)-1]
		require.NotNil(t, last.Err)
		assert.Contains(t, last.Err.Reason, "checksum")
	})
}

func TestReadLimits(t *testing.T) {
	dir := t.TempDir()
	t.Run("large .txt is not read", func(t *testing.T) {
		path := filepath.Join(dir, "big.txt")
		f, err := os.Create(path)
		require.NoError(t, err)
		require.NoError(t, f.Truncate(50<<20)) // sparse: 50 MB at no cost
		require.NoError(t, f.Close())
		items, err := collect(t, []string{path}, Options{})
		require.NoError(t, err)
		require.Len(t, items, 1)
		require.NotNil(t, items[0].Err)
		assert.Equal(t, "document too large: 52428800 bytes of file, more than the limit of 1048576 (see --max-size)", items[0].Err.Reason)
		assert.Equal(t, int64(50<<20), items[0].Size)
	})
	t.Run("JSONL text over the limit", func(t *testing.T) {
		path := filepath.Join(dir, "big.jsonl")
		writeFile(t, path, `{"id":"big","text":"`+strings.Repeat("x", 2000)+`"}`+"\n"+`{"id":"small","text":"ok"}`+"\n")
		items, err := collect(t, []string{path}, Options{MaxSize: 1000})
		require.NoError(t, err)
		require.Len(t, items, 2)
		require.NotNil(t, items[0].Err)
		assert.Equal(t, "big", items[0].Doc.ID)
		assert.Contains(t, items[0].Err.Reason, "document too large: 2000 bytes of text")
		assert.Nil(t, items[1].Err)
	})
	t.Run("JSONL line over the raw limit is not held", func(t *testing.T) {
		path := filepath.Join(dir, "huge.jsonl")
		writeFile(t, path, `{"id":"huge","text":"`+strings.Repeat("y", minRawLimit)+`"}`+"\n"+`{"id":"after","text":"ok"}`)
		items, err := collect(t, []string{path}, Options{})
		require.NoError(t, err)
		require.Len(t, items, 2)
		require.NotNil(t, items[0].Err)
		assert.Equal(t, filepath.ToSlash(path)+":1", items[0].Doc.ID)
		assert.Contains(t, items[0].Err.Reason, "line too long: 16777240 bytes")
		assert.Equal(t, "after", items[1].Doc.ID)
		assert.Equal(t, 2, items[1].Doc.Location.Line)
	})
	t.Run("binary .txt", func(t *testing.T) {
		path := filepath.Join(dir, "image.txt")
		writeFile(t, path, "%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n")
		items, err := collect(t, []string{path}, Options{})
		require.NoError(t, err)
		require.Len(t, items, 1)
		require.NotNil(t, items[0].Err)
		assert.Equal(t, "binary file (application/pdf), not text", items[0].Err.Reason)
	})
	t.Run("not English .txt", func(t *testing.T) {
		path := filepath.Join(dir, "de.txt")
		writeFile(t, path, "Flutschutz\n"+germanText)
		items, err := collect(t, []string{path}, Options{})
		require.NoError(t, err)
		require.Len(t, items, 1)
		require.NotNil(t, items[0].Err)
		assert.Contains(t, items[0].Err.Reason, "not English: the text reads as German")
	})
}

func TestCheckAndTotalSize(t *testing.T) {
	dir := t.TempDir()
	writeFile(t, filepath.Join(dir, "a.txt"), "12345")
	writeFile(t, filepath.Join(dir, "sub", "b.warc.gz"), "1234567890")
	writeFile(t, filepath.Join(dir, "sub", "notes.md"), "ignored")
	writeFile(t, filepath.Join(dir, ".hidden", "c.txt"), "ignored")
	total, known := TotalSize([]string{dir})
	assert.True(t, known)
	assert.Equal(t, int64(15), total)
	_, known = TotalSize([]string{dir, "-"})
	assert.False(t, known)

	require.NoError(t, Check([]string{dir, "-", filepath.Join(dir, "a.txt")}, Options{Published: "2025-08-16"}))
	assert.ErrorContains(t, Check([]string{filepath.Join(dir, "nope.txt")}, Options{}), "no such file")
	assert.ErrorContains(t, Check([]string{filepath.Join(dir, "sub", "notes.md")}, Options{}), "not a .txt, .jsonl, .jsonl.gz, .html, .htm, .warc or .warc.gz file")
	assert.ErrorContains(t, Check(nil, Options{Published: "16/08/2025"}), "want YYYY-MM-DD")
}
