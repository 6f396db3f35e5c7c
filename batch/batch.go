package batch

import (
	"errors"
	"fmt"
	"runtime/debug"
	"sync"
)

// Options size a Run.
type Options struct {
	// Workers is the number of goroutines that call work; less than 1
	// means 1.
	Workers int
	// Window is the most items read but not yet written at any time, which
	// bounds memory; less than Workers means 4 × Workers. A larger window
	// keeps the workers busy when some items take much longer than others.
	Window int
}

// errStopped is returned by emit once Run has stopped taking items.
var errStopped = errors.New("batch: stopped")

// PanicError is returned by Run when work panicked on an item.
type PanicError struct {
	Seq   int // 0-based position of the item in the input
	Value any
	Stack []byte
}

func (e *PanicError) Error() string {
	return fmt.Sprintf("panic while processing item %d: %v", e.Seq, e.Value)
}

// result is one item's output, or its panic.
type result[Out any] struct {
	out   Out
	panic *PanicError
}

type job[In, Out any] struct {
	seq int
	in  In
	out chan result[Out] // buffered: a worker never waits for the writer
}

// Run calls feed, which calls emit once for each input in order. Each
// input goes to one of the worker goroutines, which calls work(worker, in)
// with its worker number (0 to Workers-1, so that each worker can use state
// of its own that is not safe for concurrent use). write is called with
// the outputs in the order of the inputs, on the goroutine that called Run.
//
// emit blocks while Window items are in flight, so feed is never more than
// Window items ahead of write. If write returns an error, emit returns an
// error to feed (which should return it) and Run returns write's error once
// the goroutines are done. If feed returns an error, the outputs of the
// inputs emitted before it are all written, then Run returns it. If work
// panics, the outputs before that item are written and Run returns a
// *PanicError.
func Run[In, Out any](opts Options, feed func(emit func(In) error) error, work func(worker int, in In) Out, write func(Out) error) error {
	workers := max(opts.Workers, 1)
	window := opts.Window
	if window < workers {
		window = 4 * workers
	}
	jobs := make(chan job[In, Out], workers)
	// order holds the pending outputs in input order; its capacity, plus
	// the one output write is waiting for, bounds the items in flight.
	order := make(chan chan result[Out], window-1)
	stop := make(chan struct{})

	var feedErr error
	go func() {
		defer close(order)
		defer close(jobs)
		seq := 0
		feedErr = feed(func(in In) error {
			out := make(chan result[Out], 1)
			// Stop at once after a failure, even while order has room.
			select {
			case <-stop:
				return errStopped
			default:
			}
			// The output's place in order is taken first, so that at most
			// window items are ever in flight.
			select {
			case order <- out:
			case <-stop:
				return errStopped
			}
			// Once in order, the job must reach a worker, or write would
			// wait for it forever: jobs is only ever full for a while.
			jobs <- job[In, Out]{seq: seq, in: in, out: out}
			seq++
			return nil
		})
	}()

	var wg sync.WaitGroup
	for w := range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range jobs {
				j.out <- do(w, j, work)
			}
		}()
	}

	var err error
	for out := range order {
		res := <-out
		if err != nil {
			continue // draining after a failure
		}
		if res.panic != nil {
			err = res.panic
		} else {
			err = write(res.out)
		}
		if err != nil {
			close(stop)
		}
	}
	wg.Wait()
	if err != nil {
		return err
	}
	return feedErr
}

// do runs work on one job, turning a panic into a PanicError.
func do[In, Out any](w int, j job[In, Out], work func(int, In) Out) (res result[Out]) {
	defer func() {
		if p := recover(); p != nil {
			res = result[Out]{panic: &PanicError{Seq: j.seq, Value: p, Stack: debug.Stack()}}
		}
	}()
	return result[Out]{out: work(w, j.in)}
}
