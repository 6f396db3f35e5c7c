package batch

import (
	"errors"
	"fmt"
	"math/rand/v2"
	"sync/atomic"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// feedInts emits 0..n-1.
func feedInts(n int) func(emit func(int) error) error {
	return func(emit func(int) error) error {
		for i := range n {
			if err := emit(i); err != nil {
				return err
			}
		}
		return nil
	}
}

// jitter sleeps a pseudo-random while derived from i, so that workers
// finish out of order.
func jitter(i int) {
	time.Sleep(time.Duration((i*7919)%13) * 100 * time.Microsecond)
}

func TestRunKeepsInputOrder(t *testing.T) {
	const n = 500
	var want []string
	for i := range n {
		want = append(want, fmt.Sprintf("item %d", i))
	}
	for _, workers := range []int{1, 2, 3, 8} {
		for _, window := range []int{0, 1, workers, 64} {
			t.Run(fmt.Sprintf("workers=%d/window=%d", workers, window), func(t *testing.T) {
				var got []string
				err := Run(Options{Workers: workers, Window: window}, feedInts(n),
					func(w int, i int) string {
						assert.True(t, w >= 0 && w < workers, "worker number %d", w)
						jitter(i)
						return fmt.Sprintf("item %d", i)
					},
					func(s string) error { got = append(got, s); return nil })
				require.NoError(t, err)
				assert.Equal(t, want, got)
			})
		}
	}
}

// TestRunWorkerState checks that a worker number is never used by two
// goroutines at once, so per-worker state needs no lock.
func TestRunWorkerState(t *testing.T) {
	const workers = 4
	var busy [workers]atomic.Int32
	err := Run(Options{Workers: workers}, feedInts(400),
		func(w, i int) int {
			if busy[w].Add(1) != 1 {
				t.Errorf("worker %d used by two goroutines at once", w)
			}
			jitter(i)
			busy[w].Add(-1)
			return i
		},
		func(int) error { return nil })
	require.NoError(t, err)
}

// TestRunBoundedWindow checks that feed is never more than Window items
// ahead of write, however slow write is.
func TestRunBoundedWindow(t *testing.T) {
	const window = 6
	var emitted, written atomic.Int64
	var maxAhead atomic.Int64
	feed := func(emit func(int) error) error {
		for i := range 200 {
			if err := emit(i); err != nil {
				return err
			}
			ahead := emitted.Add(1) - written.Load()
			for {
				m := maxAhead.Load()
				if ahead <= m || maxAhead.CompareAndSwap(m, ahead) {
					break
				}
			}
		}
		return nil
	}
	err := Run(Options{Workers: 3, Window: window}, feed,
		func(_, i int) int { return i },
		func(int) error {
			time.Sleep(50 * time.Microsecond)
			written.Add(1)
			return nil
		})
	require.NoError(t, err)
	assert.LessOrEqual(t, maxAhead.Load(), int64(window+1), "items in flight")
	assert.Equal(t, int64(200), written.Load())
}

func TestRunWriteErrorStops(t *testing.T) {
	boom := errors.New("disk full")
	var emitted atomic.Int64
	var feedSaw error
	feed := func(emit func(int) error) error {
		for i := range 100_000 {
			if err := emit(i); err != nil {
				feedSaw = err
				return err
			}
			emitted.Add(1)
		}
		return nil
	}
	var written []int
	err := Run(Options{Workers: 2, Window: 8}, feed,
		func(_, i int) int { return i },
		func(i int) error {
			if i == 10 {
				return boom
			}
			written = append(written, i)
			return nil
		})
	assert.Same(t, boom, err)
	assert.Equal(t, []int{0, 1, 2, 3, 4, 5, 6, 7, 8, 9}, written)
	assert.Error(t, feedSaw, "emit tells feed to stop")
	assert.Less(t, emitted.Load(), int64(100), "feeding stopped soon after the failure")
}

func TestRunFeedErrorAfterWritingWhatCameBefore(t *testing.T) {
	boom := errors.New("unreadable input")
	var written []int
	err := Run(Options{Workers: 3},
		func(emit func(int) error) error {
			for i := range 20 {
				if err := emit(i); err != nil {
					return err
				}
			}
			return boom
		},
		func(_, i int) int { jitter(i); return i },
		func(i int) error { written = append(written, i); return nil })
	assert.Same(t, boom, err)
	require.Len(t, written, 20)
	for i, v := range written {
		assert.Equal(t, i, v)
	}
}

func TestRunPanic(t *testing.T) {
	var written []int
	err := Run(Options{Workers: 2}, feedInts(50),
		func(_, i int) int {
			if i == 7 {
				panic("bad item")
			}
			return i
		},
		func(i int) error { written = append(written, i); return nil })
	var pe *PanicError
	require.ErrorAs(t, err, &pe)
	assert.Equal(t, 7, pe.Seq)
	assert.Equal(t, "bad item", pe.Value)
	assert.Equal(t, []int{0, 1, 2, 3, 4, 5, 6}, written)
}

func TestRunEmpty(t *testing.T) {
	called := false
	err := Run(Options{Workers: 4}, feedInts(0),
		func(_, i int) int { return i },
		func(int) error { called = true; return nil })
	require.NoError(t, err)
	assert.False(t, called)
}

// TestRunSameOutputWhateverWorkers runs random work with different worker
// counts and compares the outputs.
func TestRunSameOutputWhateverWorkers(t *testing.T) {
	inputs := make([]uint64, 300)
	r := rand.New(rand.NewPCG(1, 2))
	for i := range inputs {
		inputs[i] = r.Uint64()
	}
	run := func(workers int) []uint64 {
		var out []uint64
		err := Run(Options{Workers: workers},
			func(emit func(uint64) error) error {
				for _, v := range inputs {
					if err := emit(v); err != nil {
						return err
					}
				}
				return nil
			},
			func(_ int, v uint64) uint64 {
				time.Sleep(time.Duration(v%50) * time.Microsecond)
				return v * 31
			},
			func(v uint64) error { out = append(out, v); return nil })
		require.NoError(t, err)
		return out
	}
	one := run(1)
	for _, w := range []int{2, 5, 16} {
		assert.Equal(t, one, run(w), "workers=%d", w)
	}
}
