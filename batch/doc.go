// Package batch runs a function over a stream of items on several
// goroutines and hands the results on in the order of the items, holding
// only a bounded number of them at any time: an ordered, streaming worker
// pool.
//
// The order of the results does not depend on the number of workers or on
// how the goroutines are scheduled, so a run's output is the same whatever
// the parallelism.
package batch
