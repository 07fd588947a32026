package article

import (
	"syscall"
	"testing"
	"time"
)

func cpuTime() time.Duration {
	var ru syscall.Rusage
	syscall.Getrusage(syscall.RUSAGE_SELF, &ru)
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

func TestZZCPU(t *testing.T) {
	for _, c := range []struct{ name, src string }{{"a.md", markdownSample(1000)}, {"a.txt", textSample(1 << 20)}, {"a.html", htmlSample(2000)}} {
		data := []byte(c.src)
		Parse(c.name, data)
		start := cpuTime()
		n := 0
		for cpuTime()-start < 2*time.Second {
			Parse(c.name, data)
			n++
		}
		el := cpuTime() - start
		t.Logf("%s: %.1f MB/s (cpu)", c.name, float64(len(data)*n)/el.Seconds()/1e6)
	}
}
